// The schedule workbook in and out. A refused workbook (a bad cell, or a schedule the rules
// refuse) is FILE_REFUSED — the CLI exits 2 — and changes nothing.
import { basename } from 'node:path';
import { readSchedule, scheduleAuthorities, writeSchedule } from '../../db/queries/schedule.ts';
import { validateSchedule } from '../engine/schedule.ts';
import { writeScheduleWorkbook } from '../exports/scheduleWorkbook.ts';
import { describeProblem, isScheduleWorkbook, readScheduleWorkbook, ScheduleWorkbookRefused } from '../exports/scheduleWorkbookRead.ts';
import type { Handlers } from './context.ts';
import { AppError } from './errors.ts';
import { checkOutputPath } from './outputPath.ts';
import { listMessage, requireYear, scheduleState } from './scheduleState.ts';

const REFUSED = 'FILE_REFUSED';

export const scheduleFileHandlers: Handlers<'schedule:export' | 'schedule:import'> = {
  'schedule:export'({ year, out }, { store }) {
    requireYear(store.sqlite, year);
    const stored = readSchedule(store.sqlite, year);
    if (!stored) throw new AppError('NO_SCHEDULE', `${year} 學年度還沒有時程，沒有可匯出的內容。`);
    // Only a path the officer chose, never over a file that is not an earlier schedule workbook.
    const path = checkOutputPath(out, ['.xlsx'], isScheduleWorkbook);
    try {
      return { path, sheets: writeScheduleWorkbook(stored.schedule, path) };
    } catch {
      throw new AppError('WRITE_FAILED', `無法寫入「${path}」：請確認資料夾存在、檔案沒有被 Excel 開啟。`);
    }
  },

  'schedule:import'({ year, path }, { store }) {
    const { sqlite } = store;
    requireYear(sqlite, year);
    let read;
    try {
      read = readScheduleWorkbook(path, year);
    } catch (error) {
      if (!(error instanceof ScheduleWorkbookRefused)) throw error;
      const headline = `${error.message}，沒有匯入，資料沒有任何變更`;
      throw new AppError(REFUSED, error.problems.length > 0 ? listMessage(headline, error.problems.map(describeProblem)) : error.message);
    }
    const { schedule, locate } = read;
    sqlite.transaction(() => {
      const violations = validateSchedule(schedule, scheduleAuthorities(sqlite, year, schedule));
      if (violations.length > 0) {
        const items = violations.map((v) => {
          const where = locate(v.path);
          return where ? `${where}：${v.message}` : v.message;
        });
        throw new AppError(REFUSED, listMessage(`檔案中的時程有 ${violations.length} 項問題，沒有匯入，資料沒有任何變更`, items));
      }
      writeSchedule(sqlite, schedule, { status: 'final', source: `匯入 ${basename(path)}` });
    })();
    return scheduleState(sqlite, year);
  },
};
