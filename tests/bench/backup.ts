import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { autoBackup } from '../../db/backup.ts';
import { createDemo, type DemoScale } from '../../db/demo/index.ts';
import { openStore } from '../../db/open.ts';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { backupBeforeImport } from '../../main/api/auditBackup.ts';
import { dispatch } from '../../main/api/dispatch.ts';
import { benchDir, median, ms, report } from './util.ts';

// Issue 10: the rotating backup every import now takes first (VACUUM INTO a temporary name, verified
// with integrity_check, renamed) — directly, and in its worker as dispatch takes it, with the main
// thread's longest stall meanwhile — and the quick_check of every start, on the demo databases. An
// import of a county roster takes seconds, so a backup well under a second is an acceptable price;
// on a national database it takes seconds, which is why it runs on its own thread.
// `--national` adds the national demo (slower to build).

async function measure(scale: DemoScale, withHours: boolean): Promise<void> {
  const dir = benchDir('backup');
  try {
    const store = openStore(join(dir, `${scale}.db`));
    createDemo(store.sqlite, { scale, year: 113, seed: 113 });
    if (withHours) {
      const r = await dispatch('hours:demo', { year: 113 }, { store, appVersion: 'bench', progress: () => {} });
      if (!r.ok) throw new Error(r.error.message);
    }
    store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const mb = statSync(store.path).size / 1024 / 1024;
    const backups: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      autoBackup(store.sqlite, store.path, 'before-import', 3);
      backups.push(performance.now() - t);
    }
    // The same backup as dispatch takes it, on its own thread: how long the import waits, and the
    // longest the main thread (the window's process) stood still meanwhile.
    const waits: number[] = [];
    const stalls: number[] = [];
    for (let i = 0; i < 3; i++) {
      const loop = monitorEventLoopDelay({ resolution: 10 });
      loop.enable();
      const t = performance.now();
      await backupBeforeImport(store);
      waits.push(performance.now() - t);
      loop.disable();
      stalls.push(loop.max / 1e6);
    }
    const checks: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      store.sqlite.pragma('quick_check', { simple: true });
      checks.push(performance.now() - t);
    }
    const label = `${scale}${withHours ? ' + hours' : ''} (${mb.toFixed(1)} MB)`;
    report(`automatic backup before an import, ${label} — median`, ms(median(backups)), true);
    report(`  … in its worker: import waits — median`, ms(median(waits)), true);
    report(`  … main thread's longest stall meanwhile (≤ 100 ms)`, ms(Math.max(...stalls)), Math.max(...stalls) <= 100);
    report(`  quick_check at start, ${label} — median`, ms(median(checks)), true);
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function backupBench(args: string[]): Promise<void> {
  await measure('small', false);
  await measure('county', false);
  await measure('county', true);
  if (args.includes('--national')) await measure('national', false);
}
