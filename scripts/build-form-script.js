#!/usr/bin/env node
// Bundles the respondent form's enhancement script for the browser (one small ES2017 file, with
// esbuild, a development dependency) and puts it with the stylesheet beside the compiled
// respondent-form library, where loadFormAssets() reads both in production. Runs after tsc.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const source = path.join(root, 'libs/respondent-form/src');
const target = path.join(root, 'dist/libs/respondent-form/src/assets');

async function main() {
  const { buildFormScript } = require(path.join(root, 'dist/libs/respondent-form/src/browser/build-form-script.js'));
  const script = await buildFormScript(path.join(source, 'browser/form-enhance.ts'));
  fs.mkdirSync(target, { recursive: true });
  fs.writeFileSync(path.join(target, 'form.js'), script);
  fs.copyFileSync(path.join(source, 'assets/form.css'), path.join(target, 'form.css'));
}

main().catch((error) => {
  console.error(`[build-form-script] ${error.stack}`);
  process.exit(1);
});
