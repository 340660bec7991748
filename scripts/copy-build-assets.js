#!/usr/bin/env node
// tsc compiles only TypeScript: copy the data files that compiled code reads next to it.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const assets = ['migrations/seed'];
for (const asset of assets) {
  const from = path.join(root, asset);
  if (!fs.existsSync(from)) continue;
  fs.cpSync(from, path.join(root, 'dist', asset), { recursive: true });
}
