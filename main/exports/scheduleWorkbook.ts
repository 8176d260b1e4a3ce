// The year's schedule as an xlsx workbook (sheets in scheduleWorkbookLayout.ts). Every time is
// written as ROC text ('113/08/05 00:00'), as officers write it in their letters; text cells are
// stored as strings, so Excel neither converts them to dates nor evaluates them.
import { writeFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { formatRocDate, formatRocDateTime } from '../engine/rocDate.ts';
import { safeCellText } from './safeText.ts';
import type { Schedule } from '../engine/schedule.ts';
import {
  COLUMNS,
  DATE_HINT,
  DONE_LABELS,
  KIND_LABELS,
  MEMBER_SEPARATOR,
  PERIOD_ITEMS,
  PERIOD_NOTES,
  SHEETS,
  titleOf,
  type ColumnDef,
  type SheetKey,
} from './scheduleWorkbookLayout.ts';

type Cell = string | number;

function sheetOf(year: number, key: SheetKey, rows: Cell[][]): XLSX.WorkSheet {
  const columns: ColumnDef[] = Object.values(COLUMNS[key]);
  const ws = XLSX.utils.aoa_to_sheet([[titleOf(year, key)], [DATE_HINT], columns.map((c) => c.label), ...rows]);
  ws['!cols'] = columns.map((c) => ({ wch: c.width }));
  return ws;
}

/** The rows of each sheet, without title and header. */
export function scheduleSheets(schedule: Schedule): Record<SheetKey, Cell[][]> {
  const time = (iso: string): string => formatRocDateTime(iso);
  return {
    period: [
      [PERIOD_ITEMS.openStart, time(schedule.open.start), PERIOD_NOTES.openStart],
      [PERIOD_ITEMS.openEnd, time(schedule.open.end), PERIOD_NOTES.openEnd],
      [PERIOD_ITEMS.rosterCutoff, schedule.rosterCutoff === null ? '' : time(schedule.rosterCutoff), PERIOD_NOTES.rosterCutoff],
    ],
    groups: schedule.schoolGroups.map((g) => [safeCellText(g.name), time(g.start), time(g.end), g.authorities.join(MEMBER_SEPARATOR)]),
    waves: schedule.teacherWaves.map((w) => [w.wave, time(w.start), time(w.end), w.authorities.join(MEMBER_SEPARATOR)]),
    own: schedule.authorityWindows.map((a) => [safeCellText(a.authority), KIND_LABELS[a.kind], time(a.start), time(a.end)]),
    // Free text goes through safeCellText: a task starting with '=' must never become a formula.
    timeline: schedule.timeline.map((t) => [
      t.month,
      t.date === null ? '' : formatRocDate(t.date),
      safeCellText(t.task),
      safeCellText(t.unit),
      t.done ? DONE_LABELS.yes : DONE_LABELS.no,
      safeCellText(t.note),
    ]),
  };
}

export function scheduleWorkbook(schedule: Schedule): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  const rows = scheduleSheets(schedule);
  for (const key of Object.keys(SHEETS) as SheetKey[]) {
    XLSX.utils.book_append_sheet(wb, sheetOf(schedule.year, key, rows[key]), SHEETS[key]);
  }
  wb.Props = { Title: `${schedule.year} 學年度服務時程`, Author: '進修規劃管理' };
  return wb;
}

export function scheduleWorkbookBuffer(schedule: Schedule): Buffer {
  return XLSX.write(scheduleWorkbook(schedule), { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}

/** Writes the workbook; returns each sheet's name and number of data rows. */
export function writeScheduleWorkbook(schedule: Schedule, path: string): { name: string; rows: number }[] {
  writeFileSync(path, scheduleWorkbookBuffer(schedule));
  const rows = scheduleSheets(schedule);
  return (Object.keys(SHEETS) as SheetKey[]).map((key) => ({ name: SHEETS[key], rows: rows[key].length }));
}
