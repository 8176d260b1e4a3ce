// 業務帳號: one row per account of a school, matched by school and account name.

import type { RecordFor } from '../../imports/index.ts';
import { defaultsOf, duplicate, firstRows, tableWriter, valuesOf, type Field, type KindWriter, type Row, type WriterContext } from '../writerKit.ts';
import { schoolLookup, unknownSchool } from './lookups.ts';

type AccountRecord = RecordFor<'accounts'>;

const FIELDS: readonly Field[] = [
  { column: 'name', key: 'name' },
  { column: 'kind', key: 'kind' },
  { column: 'phone', key: 'phone' },
  { column: 'email', key: 'email' },
  { column: 'status', key: 'status', fallback: '啟用中' },
];
const COLUMNS = ['school_id', 'account', ...FIELDS.map((f) => f.column)];

export function accountsWriter(ctx: WriterContext): KindWriter<AccountRecord> {
  const { sqlite, year } = ctx;
  const find = sqlite.prepare(`SELECT id, ${COLUMNS.join(', ')} FROM business_accounts WHERE school_id = ? AND account = ?`);
  const table = tableWriter(sqlite, 'business_accounts', COLUMNS);
  const schoolOf = schoolLookup(sqlite, year);
  const keys = firstRows();
  const defaults = defaultsOf(FIELDS);

  return {
    write(record) {
      const schoolId = schoolOf(record.schoolCode);
      if (schoolId === null) return [{ column: ctx.header('schoolCode'), reason: unknownSchool(year, record.schoolCode) }];
      const earlier = keys.earlier(`${schoolId}\u0000${record.account}`, record.row);
      if (earlier !== null) return duplicate(ctx.header('account'), earlier, '學校代碼與帳號');
      const existing = find.get(schoolId, record.account) as (Row & { id: number }) | undefined;
      const values = valuesOf(record, FIELDS, ctx.present);
      return table.put(existing, values, { ...defaults, school_id: schoolId, account: record.account }).outcome;
    },
    finish: () => ({ missing: 0 }),
  };
}
