#!/usr/bin/env node
// The security gate: Electronegativity over main/, preload/ and renderer/, failing on any finding that
// is not in the reviewed allowlist — and on allowlist entries that no longer match anything, so the list
// stays a record of real reviews. Electronegativity exits 0 whatever it finds, so its SARIF is parsed.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pkg from '../../package.json' with { type: 'json' };

interface Finding {
  rule: string;
  file: string;
  line: number | null;
  message: string;
}
interface Allowed {
  rule: string;
  file: string;
  reason: string;
}

const root = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'inservice-security-'));
try {
  // One scan over the three rooms together, so global checks (navigation, permissions) see main's handlers.
  for (const dir of ['main', 'preload', 'renderer']) cpSync(join(root, dir), join(work, 'src', dir), { recursive: true });
  const sarif = join(work, 'electronegativity.sarif');
  const electron = pkg.devDependencies.electron;
  const run = spawnSync(
    process.execPath,
    ['--require', join(import.meta.dirname, 'electronegativityShim.cjs'), join(root, 'node_modules/@doyensec/electronegativity/dist/index.js'),
      '-i', join(work, 'src'), '-e', electron, '-o', sarif, '-r', '-v', 'false'],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    throw new Error(`Electronegativity failed (exit ${run.status})`);
  }
  const report = JSON.parse(readFileSync(sarif, 'utf8')) as {
    runs: { results?: { ruleId: string; message?: { text?: string }; locations?: { physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number } } }[] }[] }[];
  };
  const findings: Finding[] = report.runs.flatMap((r) =>
    (r.results ?? []).map((x) => ({
      rule: x.ruleId,
      file: x.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '',
      line: x.locations?.[0]?.physicalLocation?.region?.startLine ?? null,
      message: x.message?.text ?? '',
    })),
  );
  const allowlist = JSON.parse(readFileSync(join(import.meta.dirname, 'electronegativity-allowlist.json'), 'utf8')) as Allowed[];
  const isAllowed = (f: Finding) => allowlist.some((a) => a.rule === f.rule && a.file === f.file);
  const unreviewed = findings.filter((f) => !isAllowed(f));
  const stale = allowlist.filter((a) => !findings.some((f) => f.rule === a.rule && f.file === a.file));
  console.log(`Electronegativity ${electron}: ${findings.length} findings, ${findings.length - unreviewed.length} reviewed in the allowlist`);
  for (const f of unreviewed) console.log(`  ✗ ${f.rule} ${f.file}:${f.line ?? '?'} — ${f.message}`);
  for (const a of stale) console.log(`  ✗ allowlist entry matches nothing any more (remove it): ${a.rule} ${a.file}`);
  process.exitCode = unreviewed.length || stale.length ? 1 : 0;
} finally {
  rmSync(work, { recursive: true, force: true });
}
