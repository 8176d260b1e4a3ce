// The award list as a workbook (formats.md "Exports"): sheets for the authorities, schools and
// teachers of a stored run — every candidate, awarded or not, with each number that decided it
// (filing status and last submission, hours or average hours, the national average, the size of
// the rank group, PR, the thresholds) and the reasons in Chinese — and a sheet with the run's
// parameters. Numbers stay numbers (unrounded; the cell format rounds what is shown); national
// IDs are masked, and the nationalId column kind masks them again whatever it is handed.

import type { Sqlite } from '../../db/connection.ts';
import type { RunSummary } from '../../db/queries/awardRuns.ts';
import { reasonsOf } from '../../db/queries/awardRuns.ts';
import { AWARD_REASON_LABELS, type AwardReason } from '../engine/awards.ts';
import { FILING_STATUSES, FILING_STATUS_LABELS } from '../engine/planFiling.ts';
import { formatRocDateTime, toTaipeiInstant } from '../engine/rocDate.ts';
import { AVERAGE_SOURCE_LABELS, hoursFigure, rateFigure, runParameterLines } from './awardRun.ts';
import { writeStyledXlsx, type CellValue, type Column, type StyledSheet } from './xlsx/workbook.ts';

export const AWARD_SHEETS = ['主管機關', '學校', '教師', '參數'] as const;

const yes = (b: boolean | number | null): string => (b ? '是' : '否');
/** One reason a line: the column stays narrow enough to print and each reason reads whole. */
const reasons = (mask: number): string => reasonsOf(mask).map((r) => AWARD_REASON_LABELS[r]).join('\n');
const linesOf = (values: readonly CellValue[]): number => Math.max(1, ...values.map((v) => (typeof v === 'string' ? v.split('\n').length : 1)));
/** Whether a condition held, as the run decided it (its reasons), not re-derived from rounded numbers. */
const held = (mask: number, reason: AwardReason): string => yes(!reasonsOf(mask).includes(reason));
const filing = (code: number): string => FILING_STATUS_LABELS[FILING_STATUSES[code]!];
const submitted = (seconds: number | null): string | null => (seconds === null ? null : toTaipeiInstant(new Date(seconds * 1000)));
const windowText = (start: string | null, end: string | null): string | null =>
  start === null || end === null ? null : `${formatRocDateTime(start)} 至 ${formatRocDateTime(end)}`;

type AuthorityRow = [seq: number, authority: string, schools: number, filed: number, rate: number | null, awarded: number, reasons: number, ss: string | null, se: string | null, ts: string | null, te: string | null];
type SchoolRow = [seq: number, authority: string, code: string, name: string, stage: string, teachers: number, filing: number, submitted: number | null, filed: number, average: number | null, group: number, pr: number | null, awarded: number, reasons: number];
type TeacherRow = [seq: number, authority: string, code: string, school: string, stage: string, name: string, maskedId: string, filing: number, submitted: number | null, filed: number, hundredths: number, group: number, pr: number, awarded: number, reasons: number];

const col = (header: string, width: number, kind: Column['kind'] = 'text'): Column => ({ header, width, kind });

function authoritySheet(sqlite: Sqlite, run: RunSummary, titles: string[]): StyledSheet {
  const rows = sqlite
    .prepare(
      `SELECT seq, authority, schools, filed_on_time, fill_rate, awarded, reasons, school_window_start, school_window_end, teacher_window_start, teacher_window_end
       FROM award_run_authorities WHERE run_id = ? ORDER BY seq`,
    )
    .raw(true)
    .all(run.id) as AuthorityRow[];
  return {
    name: '主管機關',
    titles,
    rowLines: linesOf,
    columns: [
      col('序', 6, 'integer'), col('主管機關', 16), col('轄屬學校數', 10, 'integer'), col('期限內送出學校規劃', 12, 'integer'),
      col('學校填報率', 11, 'percent'), col('填報率門檻', 11, 'percent'), col('獲獎', 7), col('未獲獎原因', 46),
      col('學校規劃填報期間', 32), col('教師規劃填報期間', 32),
    ],
    rows: rows.map((r): CellValue[] => [r[0] + 1, r[1], r[2], r[3], r[4], run.parameters.fillRateThreshold, yes(r[5]), reasons(r[6]), windowText(r[7], r[8]), windowText(r[9], r[10])]),
  };
}

function schoolSheet(sqlite: Sqlite, run: RunSummary, titles: string[]): StyledSheet {
  const rows = sqlite
    .prepare(
      `SELECT s.seq, a.authority, s.code, s.name, s.stage, s.teachers, s.filing, s.submitted_at, s.filed_on_time, s.average_hours, s.group_size, s.pr, s.awarded, s.reasons
       FROM award_run_schools s JOIN award_run_authorities a ON a.run_id = s.run_id AND a.seq = s.authority_seq WHERE s.run_id = ? ORDER BY s.seq`,
    )
    .raw(true)
    .all(run.id) as SchoolRow[];
  const average = run.nationalAverage;
  return {
    name: '學校',
    titles,
    rowLines: linesOf,
    columns: [
      col('序', 7, 'integer'), col('主管機關', 12), col('學校代碼', 10), col('學校名稱', 28), col('學制', 12), col('名單教師數', 10, 'integer'),
      col('填報狀態', 14), col('最後送出時間', 16, 'rocDateTime'), col('期限內送出', 10), col('平均研習時數', 12, 'decimal'), col('全國平均研習時數', 12, 'decimal'),
      col('不低於全國平均', 12), col('同組學校數', 10, 'integer'), col('PR', 9, 'decimal'), col('PR門檻', 8, 'integer'), col('PR達門檻', 9),
      col('獲獎', 7), col('未獲獎原因', 46),
    ],
    rows: rows.map((r): CellValue[] => {
      // A school without rostered teachers has no score, so neither condition was judged.
      const scored = r[9] !== null;
      return [
        r[0] + 1, r[1], r[2], r[3], r[4], r[5], filing(r[6]), submitted(r[7]), yes(r[8]), r[9], average,
        scored ? held(r[13], 'belowNationalAverage') : null, r[10], r[11], run.parameters.threshold, scored ? held(r[13], 'prBelowThreshold') : null,
        yes(r[12]), reasons(r[13]),
      ];
    }),
  };
}

function teacherSheet(sqlite: Sqlite, run: RunSummary, titles: string[]): StyledSheet {
  // Read whole before the workbook is written: a statement left open across its awaits would keep
  // the connection busy for every other call of the window.
  const rows = sqlite
    .prepare(
      `SELECT t.seq, a.authority, s.code, s.name, s.stage, t.name, t.masked_id, t.filing, t.submitted_at, t.filed_on_time, t.hundredths, t.group_size, t.pr, t.awarded, t.reasons
       FROM award_run_teachers t JOIN award_run_schools s ON s.run_id = t.run_id AND s.seq = t.school_seq
       JOIN award_run_authorities a ON a.run_id = s.run_id AND a.seq = s.authority_seq WHERE t.run_id = ? ORDER BY t.seq`,
    )
    .raw(true)
    .all(run.id) as TeacherRow[];
  const average = run.nationalAverage;
  return {
    name: '教師',
    titles,
    rowLines: linesOf,
    columns: [
      col('序', 8, 'integer'), col('主管機關', 12), col('學校代碼', 10), col('學校名稱', 28), col('學制', 12), col('姓名', 10), col('身分證字號', 13, 'nationalId'),
      col('填報狀態', 14), col('最後送出時間', 16, 'rocDateTime'), col('期限內送出', 10), col('研習時數', 10, 'decimal'), col('全國平均研習時數', 12, 'decimal'),
      col('不低於全國平均', 12), col('同組教師數', 10, 'integer'), col('PR', 9, 'decimal'), col('PR門檻', 8, 'integer'), col('PR達門檻', 9),
      col('獲獎', 7), col('未獲獎原因', 46),
    ],
    rows: rows.map((r): CellValue[] => [
      r[0] + 1, r[1], r[2], r[3], r[4], r[5], r[6], filing(r[7]), submitted(r[8]), yes(r[9]), r[10] / 100, average,
      held(r[14], 'belowNationalAverage'), r[11], r[12], run.parameters.threshold, held(r[14], 'prBelowThreshold'), yes(r[13]), reasons(r[14]),
    ]),
  };
}

function parameterSheet(run: RunSummary, titles: string[]): StyledSheet {
  const lines: [string, string][] = [
    ...runParameterLines(run),
    ['全國平均研習時數（數值）', hoursFigure(run.nationalAverage)],
    ['全國平均來源', AVERAGE_SOURCE_LABELS[run.parameters.nationalAverageSource]],
    ['資料：主管機關', String(run.counts.authorities)],
    ['資料：學校', String(run.counts.schools)],
    ['資料：名單教師', String(run.counts.teachers)],
    ['資料：研習時數紀錄', String(run.counts.hourRecords)],
    ['資料：學校規劃', String(run.counts.schoolPlans)],
    ['資料：教師規劃', String(run.counts.teacherPlans)],
    ['獲獎：主管機關', `${run.awarded.authorities} / ${run.counts.authorities}`],
    ['獲獎：學校', `${run.awarded.schools} / ${run.counts.schools}`],
    ['獲獎：教師', `${run.awarded.teachers} / ${run.counts.teachers}`],
    ['未獲獎原因說明', Object.values(AWARD_REASON_LABELS).join('；')],
  ];
  return { name: '參數', titles, columns: [col('項目', 26), col('內容', 80)], rows: lines, orientation: 'portrait' };
}

export interface AwardsWorkbookResult {
  sheets: { name: string; rows: number }[];
}

/** Writes the run's award list to `path` (beside it first, then renamed into place). */
export async function writeAwardsWorkbook(sqlite: Sqlite, run: RunSummary, path: string, printedOn?: Date): Promise<AwardsWorkbookResult> {
  const titles = [
    `${run.year}學年度　獎勵名單（第 ${run.id} 次計算）`,
    `全國平均研習時數 ${hoursFigure(run.nationalAverage)} 小時；百分等級門檻 PR ≥ ${run.parameters.threshold}；學校填報率門檻 ${rateFigure(run.parameters.fillRateThreshold)}`,
  ];
  const sheets = [authoritySheet(sqlite, run, titles), schoolSheet(sqlite, run, titles), teacherSheet(sqlite, run, titles), parameterSheet(run, titles)];
  await writeStyledXlsx(path, sheets, printedOn ? { printedOn } : {});
  return { sheets: sheets.map((s) => ({ name: s.name, rows: Array.isArray(s.rows) ? s.rows.length : 0 })) };
}
