#!/usr/bin/env node
// Makes a fresh machine ready for `npm test` and `npm run demo`: installs the npm dependencies
// when package-lock.json changed, and starts PostgreSQL and Redis when they do not answer.
// Plain JavaScript with no dependencies, because it runs before anything is installed.
'use strict';
const { execSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const quiet = process.argv.includes('--quiet');
const log = (message) => quiet || console.log(`[stemme] ${message}`);

function run(command) {
  execSync(command, { cwd: root, stdio: quiet ? 'ignore' : 'inherit' });
}

function ensureDependencies() {
  const lock = fs.readFileSync(path.join(root, 'package-lock.json'));
  const hash = crypto.createHash('sha256').update(lock).digest('hex');
  const marker = path.join(root, 'node_modules', '.stemme-deps-hash');
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === hash) return;
  log('installing npm dependencies (npm ci)');
  run('npm ci --no-audit --no-fund');
  fs.writeFileSync(marker, hash);
}

function answers(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.setTimeout(1000);
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => { socket.destroy(); resolve(false); });
  });
}

async function waitFor(name, port) {
  for (let i = 0; i < 30; i++) {
    if (await answers(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${name} does not answer on 127.0.0.1:${port}`);
}

async function ensureService(name, port, startCommand) {
  if (await answers(port)) return;
  log(`${name} does not answer on port ${port}; starting it`);
  try {
    run(startCommand);
  } catch (error) {
    throw new Error(`could not start ${name} (${startCommand}): ${error.message}`);
  }
  await waitFor(name, port);
}

// Browser tests drive Debian's Chromium with playwright-core; never a downloaded browser.
function ensureChromium() {
  if (fs.existsSync('/usr/bin/chromium')) return;
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    throw new Error('browser tests need Chromium: run "sudo apt-get install -y chromium"');
  }
  log('installing Chromium from Debian (apt-get install chromium)');
  run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
}

// Export tests read the xlsx files back with LibreOffice (soffice --convert-to csv): Debian's.
function ensureLibreOffice() {
  if (fs.existsSync('/usr/bin/soffice')) return;
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    throw new Error('export tests need LibreOffice: run "sudo apt-get install -y libreoffice-calc"');
  }
  log('installing LibreOffice Calc from Debian (apt-get install libreoffice-calc)');
  run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libreoffice-calc');
}

async function main() {
  ensureDependencies();
  if (process.argv.includes('--browser')) {
    ensureChromium();
    ensureLibreOffice();
  }
  await ensureService('PostgreSQL', 5432, 'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start');
  await ensureService('Redis', 6379, 'redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no');
}

main().catch((error) => {
  console.error(`[stemme] ${error.message}`);
  process.exit(1);
});
