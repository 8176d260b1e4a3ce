// 研習課程: the course list, one row per course code. Courses are not per school year (a code
// names one course on the national site); the list supplies the classification of hour records
// whose rows have none. A code first seen in an hour file already has a row (named from that file,
// not listed) — the list completes it.

import { dayOf } from '../../engine/dayNumber.ts';
import { encodeCategory } from '../../engine/hourCategory.ts';
import { toHundredths } from '../../engine/hundredths.ts';
import type { RecordFor } from '../../imports/index.ts';
import { duplicate, firstRows, tableWriter, valuesOf, type Field, type KindWriter, type Row, type WriterContext } from '../writerKit.ts';

type CourseRecord = RecordFor<'courses'>;

const FIELDS: readonly Field[] = [
  { column: 'name', key: 'name' },
  { column: 'category', key: 'category' },
  { column: 'organizer', key: 'organizer' },
  { column: 'start_day', key: 'startDate' },
  { column: 'end_day', key: 'endDate' },
  { column: 'hundredths', key: 'hours' },
];
const COLUMNS = ['code', 'listed', ...FIELDS.map((f) => f.column)];

export function coursesWriter(ctx: WriterContext): KindWriter<CourseRecord> {
  const { sqlite } = ctx;
  const find = sqlite.prepare(`SELECT id, ${COLUMNS.join(', ')} FROM courses WHERE code = ?`);
  const table = tableWriter(sqlite, 'courses', COLUMNS);
  const codes = firstRows();

  return {
    write(record) {
      const earlier = codes.earlier(record.code, record.row);
      if (earlier !== null) return duplicate(ctx.header('code'), earlier, '課程代碼');
      const category = record.category === null ? null : encodeCategory(record.category);
      if (record.category !== null && category === null) {
        return [{ column: ctx.header('category'), reason: `課程類別「${record.category}」不是有效的課程分類代碼` }];
      }
      const stored: Row = {
        ...record,
        category,
        startDate: record.startDate === null ? null : dayOf(record.startDate),
        endDate: record.endDate === null ? null : dayOf(record.endDate),
        hours: record.hours === null ? null : toHundredths(record.hours),
      };
      const existing = find.get(record.code) as (Row & { id: number }) | undefined;
      const values: Row = { ...valuesOf(stored, FIELDS, ctx.present), listed: 1 };
      // A blank 課程類別 means "not known here": it keeps a classification the course already has
      // (from an earlier list or an officer's decision in 待確認).
      if (category === null) delete values.category;
      return table.put(existing, values, { code: record.code, listed: 1 }).outcome;
    },
    finish: () => ({ missing: 0 }),
  };
}
