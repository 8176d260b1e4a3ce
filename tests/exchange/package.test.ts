import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../main/api/dispatch.ts';
import { writeSchedule } from '../../db/queries/schedule.ts';
import { ensureSchoolYear } from '../../db/queries/yearSetup.ts';
import { executeRun } from '../../main/awards/execute.ts';
import { builtInSchedules } from '../../main/engine/schoolYears/index.ts';
import type { AwardResult } from '../../main/engine/awards.ts';
import { digestOf, hashText, MANIFEST_FILE } from '../../main/exchange/package.ts';
import { cancelPackageJob, isPackageJobRunning, runPackageJob } from '../../main/exchange/packageJob.ts';
import { loadPackage } from '../../main/exchange/packageLoad.ts';
import { readPackage } from '../../main/exchange/packageRead.ts';
import { buildPackage, writePackage } from '../../main/exchange/packageWrite.ts';
import { zipToFile } from '../../main/exports/zipWriter.ts';
import { tempDir, tempStore, testContext } from '../helpers/store.ts';
import { AUTHORITIES, cutPackages, dumpAll, nationalStore } from './packageWorld.ts';

type Sqlite = ReturnType<typeof nationalStore>['sqlite'];

const national = nationalStore();
const central = tempStore();
const files = tempDir('inservice-pkg-');
let paths: string[] = [];
let source: AwardResult;

function run(sqlite: Sqlite, nationalAverage?: number): AwardResult {
  const outcome = executeRun(sqlite, { year: 113, settings: nationalAverage === undefined ? {} : { nationalAverage }, createdBy: 'test', appVersion: 'test' });
  return JSON.parse(outcome.json) as AwardResult;
}

const bySchool = (r: AwardResult, a: string) => r.schools.filter((s) => s.authority === a).sort((x, y) => x.code.localeCompare(y.code));
const byTeacher = (r: AwardResult, a: string) =>
  r.teachers.filter((t) => t.authority === a).sort((x, y) => `${x.school}${x.maskedId}${x.name}`.localeCompare(`${y.school}${y.maskedId}${y.name}`));

/** A package written from edited part texts (or manifest): a zip whose CRCs are right, so only the hashes can tell. */
async function rewritten(from: { authority: string; sqlite: Sqlite }, name: string, edit: (texts: Map<string, string>, manifest: Record<string, unknown>) => void): Promise<string> {
  const { manifest, texts } = buildPackage(from.sqlite, { authority: from.authority, year: 113, appVersion: 'test' });
  const m = structuredClone(manifest) as unknown as Record<string, unknown>;
  edit(texts, m);
  const path = join(files.dir, name);
  await zipToFile(path, [...[...texts].map(([entry, text]) => ({ name: entry, chunks: [text] })), { name: MANIFEST_FILE, chunks: [JSON.stringify(m)] }]);
  return path;
}

async function refusal(sqlite: Sqlite, path: string): Promise<string> {
  try {
    loadPackage(sqlite, await readPackage(path));
  } catch (error) {
    expect((error as { code?: string }).code).toBe('FILE_REFUSED');
    return (error as Error).message;
  }
  throw new Error('the package was not refused');
}

const teacherCount = (sqlite: Sqlite, authority: string) =>
  sqlite.prepare('SELECT COUNT(*) FROM teachers t JOIN schools s ON s.id = t.school_id JOIN authorities a ON a.id = s.authority_id WHERE a.name = ?').pluck().get(authority) as number;

beforeAll(async () => {
  paths = await cutPackages(national.sqlite, files.dir);
  source = run(national.sqlite);
});

afterAll(() => {
  national.cleanup();
  central.cleanup();
  files.cleanup();
});

describe('data package round trip', () => {
  it('three county packages imported into an empty central database give the same award run as the national data', async () => {
    expect(source.nationalAverage).toBeGreaterThan(0);
    for (const path of paths) {
      const result = loadPackage(central.sqlite, await readPackage(path));
      expect(result.status).toBe('landed');
      expect(result.conflicts).toEqual([]);
    }
    expect(central.sqlite.prepare('SELECT COUNT(*) FROM hour_records').pluck().get()).toBe(national.sqlite.prepare('SELECT COUNT(*) FROM hour_records').pluck().get());
    const rebuilt = run(central.sqlite, source.nationalAverage!);
    for (const a of AUTHORITIES) {
      expect(bySchool(rebuilt, a).length).toBeGreaterThan(0);
      expect(bySchool(rebuilt, a)).toEqual(bySchool(source, a));
      expect(byTeacher(rebuilt, a)).toEqual(byTeacher(source, a));
      expect(rebuilt.authorities.find((x) => x.authority === a)).toEqual(source.authorities.find((x) => x.authority === a));
    }
    expect(source.teachers.filter((t) => t.awarded).length).toBeGreaterThan(0);
    expect(source.schools.filter((s) => s.awarded).length).toBeGreaterThan(0);
  });

  it('the central copy exports back to the very same data (every part but the reference data hashes the same)', async () => {
    for (const [i, authority] of AUTHORITIES.entries()) {
      const again = buildPackage(central.sqlite, { authority, year: 113, appVersion: 'test' }).manifest;
      const first = (await readPackage(paths[i]!)).manifest;
      // The central copy of the schedule says where it came from (資料包（臺中市）：…), so only the reference part differs.
      const hashes = (m: typeof first) => m.parts.filter((p) => p.name !== 'reference').map((p) => [p.name, p.rows, p.sha256]);
      expect(hashes(again)).toEqual(hashes(first));
      expect(first.parts.find((p) => p.name === 'hour-records')!.rows).toBeGreaterThan(0);
    }
  });

  it('importing the same package again changes nothing at all', async () => {
    const before = dumpAll(central.sqlite);
    const result = loadPackage(central.sqlite, await readPackage(paths[0]!));
    expect(result.status).toBe('unchanged');
    expect(dumpAll(central.sqlite)).toEqual(before);
    const ctx = testContext(central);
    const envelope = await dispatch('packages:import', { path: paths[1], task: 't1' }, ctx, { checkOutput: true });
    expect(envelope).toMatchObject({ ok: true, data: { status: 'unchanged', message: expect.stringContaining('已匯入過，資料沒有變更') } });
    expect(dumpAll(central.sqlite)).toEqual(before);
  });

  it('a changed package replaces only that authority\'s year and leaves the others as they were', async () => {
    const pingtung = (sqlite: Sqlite) => buildPackage(sqlite, { authority: '屏東縣', year: 113, appVersion: 'test' }).manifest.dataSha256;
    const otherBefore = pingtung(central.sqlite);
    const teacher = national.sqlite
      .prepare("SELECT t.id FROM teachers t JOIN schools s ON s.id = t.school_id JOIN authorities a ON a.id = s.authority_id JOIN hour_totals h ON h.teacher_id = t.id WHERE a.name = '臺中市' ORDER BY t.id LIMIT 1")
      .pluck()
      .get() as number;
    const changed = join(files.dir, 'taichung-2.iapkg');
    const copy = tempStore();
    try {
      copy.close();
      national.sqlite.exec(`VACUUM INTO '${join(copy.dir, 'copy.db')}'`);
      const { openStore } = await import('../../db/open.ts');
      const edited = openStore(join(copy.dir, 'copy.db'));
      edited.sqlite.prepare('DELETE FROM teachers WHERE id = ?').run(teacher);
      await writePackage(edited.sqlite, { authority: '臺中市', year: 113, path: changed, appVersion: 'test' });
      edited.close();
    } finally {
      copy.cleanup();
    }
    const before = teacherCount(central.sqlite, '臺中市');
    const events: { label: string }[] = [];
    const envelope = await dispatch('packages:import', { path: changed, task: 't2' }, testContext(central, events as never), { checkOutput: true });
    expect(envelope).toMatchObject({ ok: true, data: { status: 'landed', removed: { teachers: before } } });
    expect(events.length).toBeGreaterThan(5);
    expect(teacherCount(central.sqlite, '臺中市')).toBe(before - 1);
    expect(pingtung(central.sqlite)).toBe(otherBefore);
    // Hour totals follow the records.
    const totals = central.sqlite.prepare('SELECT COALESCE(SUM(records), 0) FROM hour_totals').pluck().get();
    expect(central.sqlite.prepare('SELECT COUNT(*) FROM hour_records').pluck().get()).toBe(totals);
    // Importing the first package again puts it back (it is no longer the last one imported).
    expect(loadPackage(central.sqlite, await readPackage(paths[0]!)).status).toBe('landed');
    expect(teacherCount(central.sqlite, '臺中市')).toBe(before);
  });
});

describe('a central database that already has the year and its schedule', () => {
  it("keeps its schedule but takes the county's own narrower windows, and judges the county's plans with them", async () => {
    const db = tempStore();
    try {
      ensureSchoolYear(db.sqlite, 113, { classificationVersionId: null, isDemo: false });
      const schedule = structuredClone(builtInSchedules[113]!);
      // The central copy has another 臺中市 teacher window: one day only, so most plans would be late.
      schedule.authorityWindows = schedule.authorityWindows.map((w) =>
        w.authority === '臺中市' && w.kind === 'teacher' ? { ...w, start: '2024-09-18T00:00:00+08:00', end: '2024-09-18T17:00:00+08:00' } : w,
      );
      db.sqlite.transaction(() => writeSchedule(db.sqlite, schedule, { status: 'final', source: '中央' }))();
      for (const path of paths) expect(loadPackage(db.sqlite, await readPackage(path)).created).toMatchObject({ year: false, schedule: false, authority: true });
      expect(db.sqlite.prepare("SELECT source FROM schedules WHERE year = 113").pluck().get()).toBe('中央');
      const windows = db.sqlite.prepare("SELECT kind, end_at FROM schedule_authority_windows WHERE year = 113 AND authority = '臺中市' ORDER BY kind").all();
      expect(windows).toEqual([
        { kind: 'school', end_at: '2024-08-14T17:00:00+08:00' },
        { kind: 'teacher', end_at: '2024-09-24T17:00:00+08:00' },
      ]);
      const rebuilt = run(db.sqlite, source.nationalAverage!);
      for (const a of AUTHORITIES) expect(byTeacher(rebuilt, a)).toEqual(byTeacher(source, a));
    } finally {
      db.cleanup();
    }
  });
});

describe('refused packages leave the database as it was', () => {
  it('a part edited after export (hash mismatch) is refused', async () => {
    const path = await rewritten({ authority: '屏東縣', sqlite: national.sqlite }, 'tampered.iapkg', (texts) => {
      const key = 'data/hour-records.jsonl';
      const text = texts.get(key)!;
      const lines = text.split('\n');
      lines[1] = lines[1]!.replace(/,(\d+),(\d+),(\d+)\]$/, (_m, h: string, d: string, c: string) => `,${Number(h) + 10000},${d},${c}]`);
      texts.set(key, lines.join('\n'));
    });
    const before = dumpAll(central.sqlite);
    expect(await refusal(central.sqlite, path)).toMatch(/研習時數紀錄.*不符.*可能已被修改/);
    expect(dumpAll(central.sqlite)).toEqual(before);
  });

  it('a flipped byte in the file is refused', async () => {
    const bytes = readFileSync(paths[1]!);
    const at = Math.floor(bytes.length / 3);
    bytes[at] = bytes[at]! ^ 0xff;
    const path = join(files.dir, 'flipped.iapkg');
    writeFileSync(path, bytes);
    const before = dumpAll(central.sqlite);
    const envelope = await dispatch('packages:import', { path, task: 't3' }, testContext(central));
    expect(envelope).toMatchObject({ ok: false, error: { code: 'FILE_REFUSED' } });
    expect(dumpAll(central.sqlite)).toEqual(before);
  });

  it('a package from a newer schema or format is refused with advice to update', async () => {
    const newer = await rewritten({ authority: '屏東縣', sqlite: national.sqlite }, 'newer.iapkg', (_t, m) => {
      m.schemaVersion = Number(m.schemaVersion) + 1;
    });
    expect(await refusal(central.sqlite, newer)).toMatch(/較新版本.*資料結構第 \d+ 版.*請先安裝最新版/);
    const format = await rewritten({ authority: '屏東縣', sqlite: national.sqlite }, 'format.iapkg', (_t, m) => {
      m.formatVersion = 2;
    });
    expect(await refusal(central.sqlite, format)).toMatch(/資料包格式第 2 版/);
  });

  it('a truncated file, a file that is not a package, and a manifest whose counts lie are refused', async () => {
    const bytes = readFileSync(paths[2]!);
    const truncated = join(files.dir, 'truncated.iapkg');
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(await refusal(central.sqlite, truncated)).toMatch(/不完整或已損毀/);
    const text = join(files.dir, 'text.iapkg');
    writeFileSync(text, '這不是資料包');
    expect(await refusal(central.sqlite, text)).toMatch(/不是「進修規劃管理」的資料包/);
    const counts = await rewritten({ authority: '屏東縣', sqlite: national.sqlite }, 'counts.iapkg', (_t, m) => {
      const parts = m.parts as { name: string; rows: number }[];
      parts.find((p) => p.name === 'teachers')!.rows += 1;
    });
    expect(await refusal(central.sqlite, counts)).toMatch(/清單內容|筆數/);
    // A consistent file whose manifest names another authority than its data: refused, never half-applied.
    const renamed = await rewritten({ authority: '屏東縣', sqlite: national.sqlite }, 'renamed.iapkg', (_t, m) => {
      m.authority = { name: '臺中市', code: (m.authority as { code: string }).code };
    });
    expect(await refusal(central.sqlite, renamed)).toMatch(/主管機關或學年度/);
  });
});

describe('a cancelled import', () => {
  it('ends the worker and leaves the database as it was', async () => {
    const db = tempStore();
    try {
      loadPackage(db.sqlite, await readPackage(paths[0]!));
      const before = dumpAll(db.sqlite);
      const running = runPackageJob(db, { mode: 'import', path: paths[1]! }, () => {}, 'cancel-me');
      expect(isPackageJobRunning('cancel-me')).toBe(true);
      expect(cancelPackageJob('cancel-me')).toBe(true);
      expect(await running).toEqual({ type: 'cancelled' });
      expect(isPackageJobRunning('cancel-me')).toBe(false);
      expect(dumpAll(db.sqlite)).toEqual(before);
      expect(await dispatch('packages:cancel', { task: 'cancel-me' }, testContext(db))).toEqual({ ok: true, data: { cancelled: false } });
    } finally {
      db.cleanup();
    }
  });
});

describe('conflicts and county award runs', () => {
  it('a teacher rostered in another authority is reported, kept where it is, and not imported', async () => {
    const db = tempStore();
    try {
      loadPackage(db.sqlite, await readPackage(paths[0]!));
      const taichung = db.sqlite.prepare("SELECT t.national_id, t.name, s.code FROM teachers t JOIN schools s ON s.id = t.school_id ORDER BY t.id LIMIT 1").get() as { national_id: string; name: string; code: string };
      const path = await rewritten({ authority: '屏東縣', sqlite: national.sqlite }, 'conflict.iapkg', (texts, m) => {
        const key = 'data/teachers.jsonl';
        const lines = texts.get(key)!.split('\n');
        const row = JSON.parse(lines[1]!) as unknown[];
        const old = String(row[0]);
        for (const [file, text] of texts) texts.set(file, text.replaceAll(`"${old}"`, `"${taichung.national_id}"`));
        // A consistent package (hashes recomputed): the clash is in the data, not the file.
        const parts = m.parts as { name: string; file: string; sha256: string; bytes: number }[];
        for (const p of parts) {
          const t = texts.get(p.file)!;
          p.sha256 = hashText(t);
          p.bytes = Buffer.byteLength(t);
        }
        m.dataSha256 = digestOf(parts);
      });
      const inspect = await dispatch('packages:inspect', { path }, testContext(db), { checkOutput: true });
      expect(inspect).toMatchObject({ ok: true, data: { inspection: { conflicts: [{ existingAuthority: '臺中市', existingSchool: expect.stringContaining(taichung.code) }], blocked: null } } });
      const pingtungTeachers = (await readPackage(path)).manifest.parts.find((p) => p.name === 'teachers')!.rows;
      const result = loadPackage(db.sqlite, await readPackage(path));
      expect(result.status).toBe('landed');
      expect(result.conflicts).toHaveLength(1);
      expect(result.conflicts[0]!.maskedId).toMatch(/^[A-Z]\d{2}\*{4}\d{3}$/);
      expect(teacherCount(db.sqlite, '屏東縣')).toBe(pingtungTeachers - 1);
      const still = db.sqlite.prepare('SELECT s.code FROM teachers t JOIN schools s ON s.id = t.school_id WHERE t.national_id = ?').pluck().get(taichung.national_id);
      expect(still).toBe(taichung.code);
      const history = await dispatch('packages:history', {}, testContext(db), { checkOutput: true });
      expect(history).toMatchObject({ ok: true, data: [{ authority: '屏東縣', conflicts: 1 }, { authority: '臺中市', conflicts: 0 }] });
      const id = (history as { data: { id: number }[] }).data[0]!.id;
      expect(await dispatch('packages:conflicts', { id }, testContext(db), { checkOutput: true })).toMatchObject({ ok: true, data: [{ name: expect.any(String) }] });
      // Nothing of the full ID is stored with the conflict.
      expect(JSON.stringify(dumpAll(db.sqlite).package_import_conflicts)).not.toContain(taichung.national_id);
    } finally {
      db.cleanup();
    }
  });

  it("a county's own award runs travel with its package and stay out of the central office's runs", async () => {
    const county = tempStore();
    const target = tempStore();
    try {
      loadPackage(county.sqlite, await readPackage(paths[1]!));
      run(county.sqlite, source.nationalAverage!);
      const path = join(files.dir, 'county-with-run.iapkg');
      const manifest = await writePackage(county.sqlite, { authority: '屏東縣', year: 113, path, appVersion: 'test' });
      expect(manifest.parts.find((p) => p.name === 'award-runs')!.rows).toBe(1);
      expect(buildPackage(national.sqlite, { authority: '屏東縣', year: 113, appVersion: 'test' }).manifest.skippedAwardRuns).toBeGreaterThan(0);
      const result = loadPackage(target.sqlite, await readPackage(path));
      expect(result.written['award-runs']).toBe(1);
      expect(target.sqlite.prepare('SELECT COUNT(*) FROM award_runs').pluck().get()).toBe(0);
      expect(target.sqlite.prepare("SELECT authority, national_average_source FROM package_award_runs").all()).toEqual([{ authority: '屏東縣', national_average_source: 'provided' }]);
      expect(loadPackage(target.sqlite, await readPackage(path)).status).toBe('unchanged');
    } finally {
      county.cleanup();
      target.cleanup();
    }
  });
});
