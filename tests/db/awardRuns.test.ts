import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqlite, type Sqlite } from '../../db/connection.ts';
import { migrate } from '../../db/migrate.ts';
import { readAwardData } from '../../db/queries/awardInput.ts';
import { explainInput, rebuildResult, runJson } from '../../db/queries/awardRunRead.ts';
import { schoolPage, teacherPage } from '../../db/queries/awardRunPages.ts';
import { listRuns, runSummary } from '../../db/queries/awardRuns.ts';
import { appendEvents, rederivePlans } from '../../db/queries/plans.ts';
import { executeCompare, executeRun } from '../../main/awards/execute.ts';
import { explain } from '../../main/engine/awardExplain.ts';
import { computeAwards } from '../../main/engine/awards.ts';
import { BELOW, EXPECTED, LATE, masked, PR } from '../helpers/awardDbExpected.ts';
import { buildAwardWorld } from '../helpers/awardDbWorld.ts';

// The award run over a real database, against the small year of tests/helpers/awardDbWorld.ts
// worked out by hand: national average 275 / 11 = 25; PR by the mid-rank rule with i = 1.

const run = (sqlite: Sqlite, settings = {}) => executeRun(sqlite, { year: 113, settings, createdBy: '測試', appVersion: 'test' });

let sqlite: Sqlite;
let ids: ReturnType<typeof buildAwardWorld>;
beforeEach(() => {
  sqlite = openSqlite(':memory:');
  migrate(sqlite);
  ids = buildAwardWorld(sqlite);
});
afterEach(() => sqlite.close());

const seqOf = (result: { teachers: { name: string }[] }, n: number) => result.teachers.findIndex((t) => t.name === `教師${n}`);

describe('migration 0006 (awards)', () => {
  it('adds the run tables to a database with data; a run cascades with its year', () => {
    const db = openSqlite(':memory:');
    migrate(db, { target: 5 });
    db.exec(`INSERT INTO school_years (year, created_at) VALUES (113, 'x');
      INSERT INTO authorities (id, year, code, name) VALUES (1, 113, '19', '臺中市');`);
    expect(migrate(db, { target: 6 })).toMatchObject({ from: 5, to: 6 });
    db.exec(`INSERT INTO award_runs (id, year, created_at, created_by, app_version, class_width, class_origin, threshold, fill_rate_threshold,
        national_average_source, national_average, authorities, schools, teachers, hour_records, school_plans, teacher_plans,
        awarded_authorities, awarded_schools, awarded_teachers, result_sha256, result_bytes)
      VALUES (1, 113, 'x', 'u', 't', 1, -0.5, 70, 0.6, 'computed', 25, 1, 0, 0, 0, 0, 0, 0, 0, 0, 'h', 2);
      INSERT INTO award_run_authorities (run_id, seq, authority, schools, filed_on_time, fill_rate, awarded, reasons) VALUES (1, 0, '臺中市', 0, 0, NULL, 0, 16);`);
    expect(() => db.exec(`INSERT INTO award_run_teachers VALUES (1, 0, 'A12****789', '王', 0, 100, 1, 50, 1, 0, 4, 9, NULL)`)).toThrow(/CHECK/);
    expect(() => db.exec(`UPDATE award_runs SET national_average_source = 'guessed'`)).toThrow(/CHECK/);
    db.exec('DELETE FROM school_years');
    expect(db.prepare('SELECT COUNT(*) FROM award_run_authorities').pluck().get()).toBe(0);
    db.close();
  });
});

describe('an award run over the database', () => {
  it('reads the roster, hours and filings and awards exactly the hand-computed list', () => {
    const outcome = run(sqlite);
    expect(JSON.parse(outcome.json)).toEqual(EXPECTED);
    const summary = runSummary(sqlite, outcome.runId)!;
    expect(summary).toMatchObject({
      year: 113, createdBy: '測試', nationalAverage: 25,
      counts: { authorities: 3, schools: 6, teachers: 11, hourRecords: 14, schoolPlans: 5, teacherPlans: 10 },
      awarded: { authorities: 1, schools: 1, teachers: 2 },
    });
  });

  it('counts a teacher who changed school where rostered in that year, with that year’s hours only', () => {
    const data = readAwardData(sqlite, 113);
    const t4 = data.input.teachers.filter((t) => t.maskedId === masked(4));
    expect(t4).toEqual([expect.objectContaining({ school: '193601', authority: '臺中市', hours: 40 })]);
    const next = JSON.parse(run(sqlite).json);
    expect(next.teachers.find((t: { name: string }) => t.name === '教師4')).toMatchObject({ school: '193601', hours: 40, awarded: true });
    const y114 = executeRun(sqlite, { year: 114, settings: {}, createdBy: '測試', appVersion: 'test' });
    expect(JSON.parse(y114.json).teachers).toEqual([expect.objectContaining({ school: '133601', authority: '屏東縣', hours: 99, pr: 50, reasons: [LATE, PR] })]);
  });

  it('never stores or prints a full national ID', () => {
    const outcome = run(sqlite);
    expect(outcome.json).not.toMatch(/[A-Z][12]\d{8}/);
    const stored = sqlite.prepare('SELECT masked_id FROM award_run_teachers').pluck().all() as string[];
    expect(stored.every((id) => /^[A-Z]\d{2}\*{4}\d{3}$/.test(id))).toBe(true);
  });

  it('reopens a run and exports it again byte for byte, even after the data changed', () => {
    const first = run(sqlite);
    const t4plan = sqlite.prepare('SELECT id FROM teacher_plans WHERE teacher_id = ?').pluck().get(ids.teacherIds.get(4)) as number;
    appendEvents(sqlite, 'teacher', t4plan, [{ action: '退回修改', at: '2024-09-30T09:00:00+08:00', actor: '承辦人', reason: '重複送出', origin: 'app' }]);
    rederivePlans(sqlite, 'teacher', 113, [t4plan]);
    const second = run(sqlite);
    expect(JSON.parse(second.json).teachers.find((t: { name: string }) => t.name === '教師4')).toMatchObject({ awarded: false, reasons: ['notFiledOnTime'] });

    expect(runJson(sqlite, first.runId)).toEqual({ json: first.json, intact: true });
    expect(runJson(sqlite, second.runId)).toEqual({ json: second.json, intact: true });
    expect(rebuildResult(sqlite, first.runId)).toEqual(EXPECTED);
    expect(listRuns(sqlite, 113).map((r) => r.id)).toEqual([second.runId, first.runId]);
    // The stored hash catches a row changed behind the app's back.
    sqlite.prepare('UPDATE award_run_teachers SET pr = pr + 1e-9 WHERE run_id = ? AND seq = 0').run(first.runId);
    expect(runJson(sqlite, first.runId)!.intact).toBe(false);
  });

  it('explains a stored candidate exactly as the fresh result explains it, with the filing as it stood at the run', () => {
    const { runId } = run(sqlite);
    const data = readAwardData(sqlite, 113);
    const fresh = computeAwards(data.input);
    for (const n of [2, 3, 6, 7, 9]) {
      const seq = seqOf(fresh, n);
      const stored = explainInput(sqlite, runId, { kind: 'teacher', seq })!;
      const fromRun = explain(stored.result, stored.candidate, stored.filing);
      const t = fresh.teachers[seq]!;
      expect(fromRun).toEqual(explain(fresh, { kind: 'teacher', maskedId: t.maskedId, school: t.school, name: t.name }, data.input.teachers[seq]!.filing));
    }
    for (let seq = 0; seq < fresh.schools.length; seq++) {
      const stored = explainInput(sqlite, runId, { kind: 'school', seq })!;
      expect(explain(stored.result, stored.candidate, stored.filing)).toEqual(explain(fresh, { kind: 'school', code: fresh.schools[seq]!.code }, data.input.schools[seq]!.filing));
    }
    const authority = explainInput(sqlite, runId, { kind: 'authority', seq: 1 })!;
    expect(explain(authority.result, authority.candidate)!.sentences).toEqual(['轄屬學校 2 校，於填報期間內送出學校本位規劃 1 校', '填報率 50%，門檻 60%：未達門檻', '結果：未獲獎（轄屬學校填報率未達門檻）']);
  });

  it('says which window and which submission decided each filing', () => {
    const { runId, json } = run(sqlite);
    const result = JSON.parse(json);
    const sentencesOf = (n: number) => {
      const e = explainInput(sqlite, runId, { kind: 'teacher', seq: seqOf(result, n) })!;
      return explain(e.result, e.candidate, e.filing)!;
    };
    // Inside wave 4 but outside 臺中市's narrower window.
    expect(sentencesOf(2).sentences[0]).toBe('教師規劃：未於填報期間內送出：最後送出 113/09/19 10:00（臺中市自訂教師填寫期間 113/09/20 00:00 至 113/09/23 17:00）');
    expect(sentencesOf(4).sentences[0]).toContain('已於填報期間內送出：最後送出 113/09/23 17:00（');
    // Returned, then resubmitted after the window: judged on the new timestamp.
    expect(sentencesOf(6).sentences[0]).toContain('未於填報期間內送出：最後送出 113/09/24 10:00（');
    // Returned after the window and never resubmitted.
    const t7 = sentencesOf(7);
    expect(t7.sentences[0]).toContain('已退回修改、尚未重新送出');
    expect(t7.sentences[0]).toContain('缺少研習主題');
    expect(t7).toMatchObject({ awarded: false, score: 50, filing: { status: 'returned', lastReturn: { at: '2024-09-25T09:00:00+08:00', reason: '缺少研習主題' } } });
    // The sentence shows minutes; the second that made it late is in the filing's numbers.
    const t9 = sentencesOf(9);
    expect(t9.sentences[0]).toContain('未於填報期間內送出：最後送出 113/09/24 17:00（教師填寫第 4 波段');
    expect(t9).toMatchObject({ filing: { lastSubmission: '2024-09-24T17:00:01+08:00', window: { end: '2024-09-24T17:00:00+08:00' } } });
    // Narrowly missed: every deciding number.
    const t3 = sentencesOf(3);
    expect(t3).toMatchObject({ score: 30, nationalAverage: 25, group: { authority: '臺中市', stage: '國小', size: 7 }, rank: { cfL: 4, fx: 1, classLower: 29.5, n: 7 }, threshold: 70 });
    expect(t3.sentences).toContain('PR = [4 + ((30 − 29.5) / 1) × 1] × 100 / 7 = 64.29');
  });

  it('stores a school without teachers and a provided national average, and says which average it used', () => {
    const provided = run(sqlite, { nationalAverage: 30 });
    const result = JSON.parse(provided.json);
    expect(result.parameters.nationalAverageSource).toBe('provided');
    expect(result.nationalAverage).toBe(30);
    expect(result.teachers.find((t: { name: string }) => t.name === '教師3')).toMatchObject({ reasons: [PR] });
    expect(result.teachers.find((t: { name: string }) => t.name === '教師6')).toMatchObject({ reasons: [LATE, BELOW, PR] });
    expect(runSummary(sqlite, provided.runId)!.parameters.nationalAverageSource).toBe('provided');
    expect(runJson(sqlite, provided.runId)!.json).toBe(provided.json);
    const school = explainInput(sqlite, provided.runId, { kind: 'school', seq: 5 })!;
    expect(explain(school.result, school.candidate, school.filing)!.sentences).toContain('學校沒有名單內教師，無法計算平均研習時數與百分等級');
  });

  it('compares two runs with different thresholds: who entered, who left, and why', () => {
    const a = run(sqlite, { threshold: 70 });
    const b = run(sqlite, { threshold: 60 });
    const c = executeCompare(sqlite, a.runId, b.runId)!;
    expect(c.parameters).toEqual([{ name: 'threshold', before: 70, after: 60 }]);
    expect(c.entered.map((x) => [x.kind, x.label, x.reasonsRemoved])).toEqual([['teacher', `臺中市 193601 教師3（${masked(3)}）`, [PR]]]);
    expect(c.left).toEqual([]);
    expect(c.reasonsChanged.map((x) => [x.label, x.reasonsRemoved, x.after!.awarded])).toEqual([['臺中市 193602 臺中市立乙國民小學', [PR], false]]);
    const back = executeCompare(sqlite, b.runId, a.runId)!;
    expect(back.left.map((x) => [x.label, x.reasonsAdded])).toEqual([[`臺中市 193601 教師3（${masked(3)}）`, [PR]]]);
  });

  it('pages, filters and counts the stored result in SQL', () => {
    const { runId } = run(sqlite);
    const all = { authority: null, stage: null, awarded: null, reason: null, q: '', school: null };
    const first = { offset: 0, limit: 50 };
    const taichung = teacherPage(sqlite, runId, { ...all, authority: '臺中市' }, { by: 'order', dir: 'asc' }, first);
    expect(taichung.counts).toEqual({ total: 8, awarded: 1, reasons: { notFiledOnTime: 4, belowNationalAverage: 3, prBelowThreshold: 6, noTeachers: 0, fillRateBelowThreshold: 0 } });
    expect(taichung.rows.map((r) => r.name)).toEqual(['教師8', '教師1', '教師2', '教師3', '教師4', '教師5', '教師6', '教師7']);
    const missed = teacherPage(sqlite, runId, { ...all, authority: '臺中市', stage: '國小', reason: 'prBelowThreshold' }, { by: 'pr', dir: 'desc' }, { offset: 0, limit: 2 });
    expect(missed.total).toBe(5);
    expect(missed.rows.map((r) => [r.name, r.schoolName, r.filing])).toEqual([['教師3', '臺中市立甲國民小學', 'onTime'], ['教師6', '臺中市立乙國民小學', 'outsideWindow']]);
    expect(teacherPage(sqlite, runId, { ...all, awarded: true }, { by: 'score', dir: 'desc' }, first).rows.map((r) => [r.name, r.hours])).toEqual([['教師10', 45], ['教師4', 40]]);
    expect(teacherPage(sqlite, runId, { ...all, school: '133602' }, { by: 'order', dir: 'asc' }, first).rows.map((r) => r.name)).toEqual(['教師11']);
    expect(teacherPage(sqlite, runId, { ...all, q: masked(7) }, { by: 'order', dir: 'asc' }, first).rows.map((r) => r.name)).toEqual(['教師7']);
    const schools = schoolPage(sqlite, runId, { ...all, reason: 'noTeachers' }, { by: 'order', dir: 'asc' }, first);
    expect(schools).toMatchObject({ total: 1, rows: [{ code: '163601', averageHours: null, pr: null, filing: 'draft' }] });
    expect(schools.counts).toMatchObject({ total: 6, awarded: 1 });
    expect(schoolPage(sqlite, runId, { ...all, q: '屏東' }, { by: 'score', dir: 'asc' }, first).rows.map((r) => r.code)).toEqual(['133602', '133601']);
  });
});
