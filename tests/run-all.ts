#!/usr/bin/env node
// `npm test`: every test the project has, in order — typecheck, unit/db/api tests (Vitest), the
// renderer build and the browser tests (Playwright) — then ONE summary line over all of them.
// Exits non-zero when anything failed or did not run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = 'test-results';
rmSync(`${results}/vitest.json`, { force: true });
rmSync(`${results}/playwright.json`, { force: true });
mkdirSync(results, { recursive: true });

let passed = 0;
let failed = 0;
let skipped = 0;
const broken: string[] = [];

function step(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const r = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) broken.push(name);
  return r.status === 0;
}

const typecheck = step('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
if (typecheck) passed++;
else failed++;

step('vitest', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${results}/vitest.json`]);
if (existsSync(`${results}/vitest.json`)) {
  const v = JSON.parse(readFileSync(`${results}/vitest.json`, 'utf8'));
  passed += v.numPassedTests;
  failed += v.numFailedTests + (v.numFailedTestSuites ?? 0);
  skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
} else failed++;

// The security gate (Electronegativity with a reviewed allowlist) counts as one test.
if (step('security gate', 'node', ['tests/security/gate.ts'])) passed++;
else failed++;

const built = step('build', 'npx', ['electron-vite', 'build']);
if (built) {
  step('playwright', 'npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: `${results}/playwright.json` });
  if (existsSync(`${results}/playwright.json`)) {
    const p = JSON.parse(readFileSync(`${results}/playwright.json`, 'utf8'));
    passed += p.stats.expected + p.stats.flaky;
    failed += p.stats.unexpected;
    skipped += p.stats.skipped;
  } else failed++;
} else failed++;

console.log('');
if (broken.length) console.log(`未通過的步驟 / failing steps: ${broken.join(', ')}`);
console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 || broken.length > 0 ? 1 : 0;
