#!/usr/bin/env node
// `npm test`: type-check, build, then every test (unit + browser) in one vitest run.
// Browser tests need Debian's Chromium; never skip them silently.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdirSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const run = (cmd, args, opts = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  return r.status ?? 1;
};

if (!existsSync(chromium)) {
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log('Chromium is missing: installing Debian packages chromium and fonts-noto-core…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core', { stdio: 'inherit' });
  } else {
    console.error(
      `\nBrowser tests need Chromium at ${chromium}.\nInstall it with:\n\n  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-core\n\n(or set CHROMIUM_PATH to a Chromium binary). No test was skipped: nothing ran.\n`
    );
    process.exit(1);
  }
}

let status = run('npx', ['svelte-kit', 'sync']);
if (status === 0) status = run('npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--threshold', 'error']);
if (status !== 0) process.exit(status);
status = run('npm', ['run', 'build', '--silent']);
if (status !== 0) process.exit(status);

mkdirSync('test-results', { recursive: true });
status = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json', ...process.argv.slice(2)]);
try {
  const r = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
  // A plain closing line CI can read.
  console.log(`\ntests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + (r.numTodoTests ?? 0)} skipped`);
  if (r.numTotalTests === 0) status = 1;
} catch {
  console.log('\ntests: 0 passed, 1 failed (no vitest report was written)');
  status = status || 1;
}
process.exit(status);
