import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestVersion } from '../../db/migrate.ts';
import { osUser } from '../../main/api/auditLog.ts';
import { AUDIT_ACTIONS } from '../../preload/contracts/audit.ts';
import { apiOf, writeSheet } from '../helpers/importFiles.ts';
import { nationalId, planWorld, TEACHER_PLAN_HEADER, TEACHERS, teacherPlanRow, writeBook } from '../helpers/planWorld.ts';
import { tempStore } from '../helpers/store.ts';

// The audit trail (issue 10): each kind of change leaves one row with the time, the operating-system
// user and a Chinese summary; a refused file is recorded too; no row ever holds a national ID; the
// row of a restore lands in the restored database; and every import takes a rotating backup first.

const store = tempStore();
const api = apiOf(store);
afterAll(() => store.cleanup());

type Row = Awaited<ReturnType<typeof list>>['rows'][number];
const list = (filter: Record<string, unknown> = {}, limit = 500) => api.call('audit:list', { filter, page: { offset: 0, limit } });
const latest = async (): Promise<Row> => (await list({}, 1)).rows[0]!;
const everything = () => store.sqlite.prepare('SELECT * FROM audit_log ORDER BY id').all() as Array<Record<string, unknown>>;

async function planIdOf(n: number): Promise<number> {
  const page = await api.call('plans:teachers', { year: 113, filter: { q: TEACHERS[n - 1]!.name } });
  return page.rows.find((r) => r.name === TEACHERS[n - 1]!.name)!.planId!;
}

beforeAll(async () => {
  // Authorities, schools and a teacher roster through the real imports, then the year's schedule.
  await planWorld(store, api);
});

describe('each kind of change leaves one row', () => {
  it('imports: kind, file name without its folder, year and counts; taken with a backup first', async () => {
    const rows = (await list({ action: 'imports.run' })).rows;
    expect(rows).toHaveLength(3);
    const roster = rows[0]!;
    expect(roster).toMatchObject({ action: 'imports.run', area: 'imports', result: 'ok', osUser: osUser(), appVersion: 'test' });
    expect(roster.summary).toMatch(/^匯入教師名單「teachers-[\d.]+\.xlsx」到 113 學年度：讀取 10 列，新增 10、更新 0、未變更 0、未匯入 0$/);
    expect(roster.details).toMatchObject({ kind: 'teachers', year: 113, read: 10, added: 10 });
    expect(String(roster.details.file)).not.toContain(store.dir);
    expect(roster.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
    const autos = readdirSync(join(store.dir, 'backups')).filter((n) => /^auto-.*-before-import\.db$/.test(n));
    expect(autos.length).toBe(3);
  });

  it('a schedule edit', async () => {
    const row = (await list({ action: 'schedule.save' })).rows[0]!;
    expect(row).toMatchObject({ area: 'schedule', result: 'ok', summary: '儲存 113 學年度的年度時程（定案）', details: { year: 113, status: 'final' } });
  });

  it('a plan import, a return and a review name the plan by school, never by teacher', async () => {
    const path = writeBook(store.dir, 'plans.xlsx', { 教師規劃: [TEACHER_PLAN_HEADER, teacherPlanRow(8, '送出', '113/09/21 10:00'), teacherPlanRow(9, '送出', '113/09/21 11:00')], 教師規劃時數: [['身分證字號', '課程類別', '規劃時數']] });
    await api.call('imports:run', { task: 'plans', kind: 'teacher-plans', path, year: 113 });
    const id = await planIdOf(8);
    await api.call('plans:return', { kind: 'teacher', id, reason: `${TEACHERS[7]!.name} 的時數不足` });
    const returned = await latest();
    expect(returned).toMatchObject({
      action: 'plans.return',
      area: 'plans',
      summary: `退回教師規劃修改：113 學年度 臺中市 臺中市立甲國民中學（193001，規劃編號 ${id}）`,
      details: { kind: 'teacher', planId: id, year: 113, authority: '臺中市', schoolCode: '193001' },
    });
    await api.call('plans:review', { kind: 'teacher', id: await planIdOf(9) });
    expect(await latest()).toMatchObject({ action: 'plans.review', summary: expect.stringMatching(/^標記教師規劃已審閱：113 學年度 臺中市 /) });
    expect(JSON.stringify(await list({ area: 'plans' }))).not.toContain(TEACHERS[7]!.name);
  });

  it('an award run', async () => {
    const run = await api.call('awards:run', { year: 113, task: 'award' });
    expect(await latest()).toMatchObject({
      action: 'awards.run',
      area: 'awards',
      summary: `計算 113 學年度的獎勵名單（第 ${run.id} 次）：獲獎主管機關 ${run.awarded.authorities}、學校 ${run.awarded.schools}、教師 ${run.awarded.teachers}`,
      details: { year: 113, run: run.id, sha256: run.sha256 },
    });
  });

  it('marking teachers as left and reading a full national ID (by the teacher row, not the ID)', async () => {
    const teacher = (await api.call('registry:teachers', { year: 113, filter: { q: TEACHERS[0]!.name } })).rows[0]!;
    await api.call('registry:revealNationalId', { id: teacher.id });
    expect(await latest()).toMatchObject({ action: 'registry.revealNationalId', details: { teacherId: teacher.id } });
    const short = writeSheet(store.dir, 'short.xlsx', [['身分證字號', '姓名', '學校代碼'], ...TEACHERS.slice(1).map((t) => [t.id, t.name, t.school])]);
    const report = await api.call('imports:run', { task: 'short', kind: 'teachers', path: short, year: 113 });
    await api.call('registry:confirmLeft', { importId: report.id, teacherIds: [teacher.id], status: '退休' });
    expect(await latest()).toMatchObject({ action: 'registry.confirmLeft', summary: `依第 ${report.id} 次匯入的名冊，將 1 位教師標記為「退休」`, details: { marked: 1, skipped: 0 } });
  });

  it('reads and exports are not recorded', async () => {
    const before = everything().length;
    await api.call('plans:progress', { year: 113 });
    await api.call('registry:teachers', { year: 113 });
    await api.call('audit:list', { filter: {} });
    expect(everything()).toHaveLength(before);
  });
});

describe('refused files are recorded', () => {
  it('a roster without its required column: result refused, with the message the officer saw', async () => {
    const path = writeSheet(store.dir, 'no-id.xlsx', [['姓名', '學校代碼'], ['王一', '193001']]);
    const result = await api.raw('imports:run', { task: 'bad', kind: 'teachers', path, year: 113 });
    expect(result.ok).toBe(false);
    const message = result.ok ? '' : result.error.message;
    expect(await latest()).toMatchObject({ action: 'imports.run', result: 'refused', summary: `匯入教師名單「no-id.xlsx」被拒收：${message}`, details: { kind: 'teachers', file: 'no-id.xlsx' } });
  });

  it('a file that does not exist', async () => {
    await api.raw('imports:run', { task: 'gone', kind: 'schools', path: join(store.dir, 'gone.xlsx'), year: 113 });
    expect(await latest()).toMatchObject({ result: 'refused', summary: expect.stringContaining('匯入學校「gone.xlsx」被拒收：找不到檔案') });
  });

  it('other refusals (bad input, a missing reason) leave no row', async () => {
    const before = everything().length;
    await api.raw('plans:return', { kind: 'teacher', id: await planIdOf(9), reason: '  ' });
    await api.raw('imports:run', { task: 'x', kind: 'teachers', path: '', year: 113 });
    expect(everything()).toHaveLength(before);
  });
});

describe('no personal data in the trail', () => {
  it('after importing teachers — even from a file named by a national ID — no row holds one', async () => {
    const id11 = nationalId(11);
    const named = writeSheet(store.dir, `${id11}.xlsx`, [['身分證字號', '姓名', '學校代碼'], [id11, '教師11', '196001']]);
    await api.call('imports:run', { task: 'named', kind: 'teachers', path: named, year: 113 });
    expect((await latest()).summary).toContain(`「${id11.slice(0, 3)}****${id11.slice(-3)}.xlsx」`);
    const text = JSON.stringify(everything());
    for (const t of [...TEACHERS, { id: id11 }]) expect(text).not.toContain(t.id);
    expect(text).not.toMatch(/[A-Z][1289A-D]\d{8}/);
    for (const t of TEACHERS.slice(0, 7)) expect(text).not.toContain(t.name);
  });
});

describe('filters and paging', () => {
  it('by action, area, words and days; newest first', async () => {
    const all = await list();
    expect(all.total).toBe(everything().length);
    expect(all.rows.map((r) => r.id)).toEqual([...all.rows.map((r) => r.id)].sort((a, b) => b - a));
    expect((await list({ area: 'plans' })).rows.every((r) => r.area === 'plans')).toBe(true);
    expect((await list({ q: '甲國民中學' })).rows.map((r) => r.action)).toEqual(['plans.review', 'plans.return']);
    expect((await list({ q: '甲國民中學', action: 'plans.return' })).total).toBe(1);
    const today = all.rows[0]!.at.slice(0, 10);
    expect((await list({ from: today, to: today })).total).toBe(all.total);
    expect((await list({ to: '2000-01-01' })).total).toBe(0);
    const page2 = await api.call('audit:list', { filter: {}, page: { offset: 2, limit: 2 } });
    expect(page2.rows.map((r) => r.id)).toEqual(all.rows.slice(2, 4).map((r) => r.id));
    expect((await api.raw('audit:list', { filter: { from: '2024-10-01', to: '2024-09-01' } })).ok).toBe(false);
  });

  it('exports the matching rows as a workbook (and records the export)', async () => {
    const path = join(store.dir, '操作紀錄.xlsx');
    const out = await api.call('audit:export', { filter: { area: 'imports' }, path });
    const expected = (await list({ area: 'imports' })).total;
    expect(out).toEqual({ available: true, path, rows: expected });
    const sheet = XLSX.read(readFileSync(path)).Sheets['操作紀錄']!;
    const cells = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1 });
    expect(cells[0]![0]).toBe('進修規劃管理　操作紀錄');
    expect(cells[1]![0]).toContain(`範圍：匯入；共 ${expected} 筆`);
    expect(cells[2]).toEqual(['編號', '時間', '使用者', '範圍', '動作', '結果', '內容', '程式版本']);
    expect(cells).toHaveLength(3 + expected);
    expect(cells[3]![4]).toBe(AUDIT_ACTIONS['imports.run'].label);
    expect(await latest()).toMatchObject({ action: 'exports.file', summary: `匯出操作紀錄 ${expected} 筆，存為 操作紀錄.xlsx` });
    // Without a path the host has no save dialog: nothing is written or recorded.
    expect(await api.call('audit:export', { filter: {} })).toEqual({ available: false, path: null, rows: 0 });
    // An existing file that is not ours is never overwritten.
    const other = writeSheet(store.dir, 'other.xlsx', [['x']]);
    expect(await api.raw('audit:export', { filter: {}, path: other })).toMatchObject({ ok: false, error: { code: 'BAD_PATH' } });
  });
});

describe('backup and restore', () => {
  it('the restore row lands in the restored database and names the backup', async () => {
    const backup = join(store.dir, 'backups', 'manual-test.db');
    await api.call('backup:create', { path: backup });
    expect(await latest()).toMatchObject({ action: 'backup.create', summary: expect.stringContaining('manual-test.db') });
    const idsInBackup = everything().map((r) => r.id).slice(0, -1);
    await api.call('schedule:createBuiltIn', { year: 106 });
    expect((await latest()).action).toBe('schedule.createBuiltIn');

    const restored = await api.call('backup:restore', { path: backup });
    const rows = everything();
    // The trail is the backup's (without the rows written after it was taken) plus the restore.
    expect(rows.slice(0, -1).map((r) => r.id)).toEqual(idsInBackup);
    const last = rows.at(-1)!;
    expect(last).toMatchObject({ action: 'backup.restore', area: 'data', result: 'ok' });
    expect(last.summary).toBe(`由備份 manual-test.db 還原資料庫；還原前的資料另存為 ${restored.safetyBackup!.split('/').at(-1)}`);
    expect(existsSync(restored.safetyBackup!)).toBe(true);
    expect((await api.call('years:list', {})).map((y) => y.year)).not.toContain(106);
  });

  it('lists backups with their schema version, and reports the integrity check', async () => {
    const backups = await api.call('backup:list', {});
    const manual = backups.find((b) => b.name === 'manual-test.db')!;
    expect(manual).toMatchObject({ automatic: false, schemaVersion: latestVersion() });
    expect(backups.filter((b) => b.automatic).length).toBeGreaterThan(0);
    const status = await api.call('backup:status', { check: true });
    expect(status).toMatchObject({ dbPath: store.path, backupsDir: join(store.dir, 'backups'), schemaVersion: latestVersion(), check: { ok: true } });
    expect(status.suggestedPath).toMatch(/backups\/manual-\d{8}-\d{6}\.db$/);
    expect((await api.call('backup:status', {})).check).toBeNull();
  });
});

describe('the backup before an import', () => {
  it('when it cannot be written, the import is refused and nothing changes', async () => {
    const other = tempStore();
    try {
      const otherApi = apiOf(other);
      // A file where the backups folder should be: the copy cannot be made.
      writeFileSync(join(other.dir, 'backups'), 'not a folder');
      const path = writeSheet(other.dir, 'a.xlsx', [['主管機關代碼', '主管機關名稱'], ['19', '臺中市']]);
      const result = await otherApi.raw('imports:run', { task: 'a', kind: 'authorities', path, year: 113 });
      expect(result).toMatchObject({ ok: false, error: { code: 'BACKUP_FAILED', message: expect.stringContaining('匯入前的自動備份沒有完成') } });
      expect(other.sqlite.prepare('SELECT COUNT(*) FROM school_years').pluck().get()).toBe(0);
      expect(other.sqlite.prepare('SELECT COUNT(*) FROM import_runs').pluck().get()).toBe(0);
    } finally {
      other.cleanup();
    }
  });
});
