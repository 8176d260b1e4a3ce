import { statSync } from 'node:fs';
import { join } from 'node:path';
import { generateDemoHours } from '../../db/demo/hours.ts';
import { createDemo } from '../../db/demo/index.ts';
import { openStore } from '../../db/open.ts';
import { loadPackage } from '../../main/exchange/packageLoad.ts';
import { readPackage } from '../../main/exchange/packageRead.ts';
import { writePackage } from '../../main/exchange/packageWrite.ts';
import { benchDir, ms, peakRssMb, report } from './util.ts';

// Issue 10: the data package of a big county. The national demo's 臺中市 is about the size of the
// real one (~20,000 teachers, ~500,000 hour records). Measured: export; read + verify; import into
// an empty central database; the same package again (answered "unchanged"); and replacing the
// county inside the full national database (the delete path, with the other 180,000 teachers there).

const YEAR = 113;
const AUTHORITY = '臺中市';

export async function packagesBench(): Promise<void> {
  const dir = benchDir('packages');
  const national = openStore(join(dir, 'national.db'));
  let t = performance.now();
  const demo = createDemo(national.sqlite, { scale: 'national', year: YEAR });
  national.sqlite.transaction(() => generateDemoHours(national.sqlite, { year: YEAR, seed: demo.seed }))();
  console.log(`national demo built in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  const file = join(dir, `${AUTHORITY}.iapkg`);
  t = performance.now();
  const manifest = await writePackage(national.sqlite, { authority: AUTHORITY, year: YEAR, path: file, appVersion: 'bench' });
  const exportMs = performance.now() - t;
  const rows = (name: string) => manifest.parts.find((p) => p.name === name)!.rows;
  console.log(`${AUTHORITY}: ${rows('schools')} schools, ${rows('teachers').toLocaleString('en-US')} teachers, ${rows('hour-records').toLocaleString('en-US')} hour records, ${rows('teacher-plans').toLocaleString('en-US')} teacher plans; package ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB`);
  report('export (read + JSON lines + zip)', ms(exportMs), exportMs < 30_000);

  t = performance.now();
  const pkg = await readPackage(file);
  const readMs = performance.now() - t;
  report('read + verify (unzip, SHA-256, parse)', ms(readMs), readMs < 30_000);

  const central = openStore(join(dir, 'central.db'));
  t = performance.now();
  const first = loadPackage(central.sqlite, pkg);
  const importMs = performance.now() - t;
  report(`import into an empty central DB (${first.status})`, ms(importMs), importMs < 60_000);

  t = performance.now();
  const again = loadPackage(central.sqlite, await readPackage(file));
  const againMs = performance.now() - t;
  report(`same package again, read included (${again.status})`, ms(againMs), again.status === 'unchanged');

  t = performance.now();
  const replaced = loadPackage(national.sqlite, pkg);
  const replaceMs = performance.now() - t;
  report(`replace ${AUTHORITY} inside the national DB (${replaced.status}, removed ${replaced.removed.hourRecords.toLocaleString('en-US')} records)`, ms(replaceMs), replaceMs < 60_000);
  console.log(`peak RSS ${peakRssMb().toFixed(0)} MB; files in ${dir}`);
  central.close();
  national.close();
}
