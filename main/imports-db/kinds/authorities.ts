// 主管機關: one row per authority of the year, matched by code, else by name (a code the ministry
// renumbered keeps the authority and everything hanging from it).

import type { RecordFor } from '../../imports/index.ts';
import { duplicate, firstRows, tableWriter, valuesOf, type Field, type KindWriter, type Row, type WriterContext } from '../writerKit.ts';

type AuthorityRecord = RecordFor<'authorities'>;

const FIELDS: readonly Field[] = [
  { column: 'code', key: 'code' },
  { column: 'name', key: 'name' },
  { column: 'school_group', key: 'schoolGroup' },
  { column: 'teacher_wave', key: 'teacherWave' },
];
const COLUMNS = ['year', 'code', 'name', 'school_group', 'teacher_wave', 'sort_order'];

export function authoritiesWriter(ctx: WriterContext): KindWriter<AuthorityRecord> {
  const { sqlite, year } = ctx;
  const select = 'SELECT id, year, code, name, school_group, teacher_wave, sort_order FROM authorities WHERE year = ?';
  const byCode = sqlite.prepare(`${select} AND code = ?`);
  const byName = sqlite.prepare(`${select} AND name = ?`);
  const table = tableWriter(sqlite, 'authorities', COLUMNS);
  const codes = firstRows();
  const names = firstRows();
  let nextOrder = (sqlite.prepare('SELECT COALESCE(MAX(sort_order), -1) + 1 FROM authorities WHERE year = ?').pluck().get(year) as number) ?? 0;

  return {
    write(record) {
      const earlierCode = codes.earlier(record.code, record.row);
      if (earlierCode !== null) return duplicate(ctx.header('code'), earlierCode, '主管機關代碼');
      const earlierName = names.earlier(record.name, record.row);
      if (earlierName !== null) return duplicate(ctx.header('name'), earlierName, '主管機關名稱');

      const sameCode = byCode.get(year, record.code) as (Row & { id: number }) | undefined;
      const sameName = byName.get(year, record.name) as (Row & { id: number; code: string }) | undefined;
      if (sameCode && sameName && sameCode.id !== sameName.id) {
        return [{ column: ctx.header('name'), reason: `主管機關名稱「${record.name}」已屬於代碼 ${sameName.code} 的主管機關` }];
      }
      const existing = sameCode ?? sameName;
      const values = valuesOf(record, FIELDS, ctx.present);
      const defaults = { year, school_group: null, teacher_wave: null, sort_order: nextOrder };
      const { outcome } = table.put(existing, values, defaults);
      if (outcome === 'added') nextOrder++;
      return outcome;
    },
    finish: () => ({ missing: 0 }),
  };
}
