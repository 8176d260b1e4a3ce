// 學校: one row per school of the year, matched by its code; its authority must already be in the
// year's registry.

import type { RecordFor } from '../../imports/index.ts';
import { defaultsOf, duplicate, firstRows, tableWriter, valuesOf, type Field, type KindWriter, type Row, type WriterContext } from '../writerKit.ts';
import { authorityLookup, unknownAuthority } from './lookups.ts';

type SchoolRecord = RecordFor<'schools'>;

const FIELDS: readonly Field[] = [
  { column: 'name', key: 'name' },
  { column: 'stage', key: 'stage' },
  { column: 'students', key: 'studentCount' },
  { column: 'principal_name', key: 'principalName' },
  { column: 'principal_phone', key: 'principalPhone' },
  { column: 'principal_mobile', key: 'principalMobile' },
  { column: 'principal_email', key: 'principalEmail' },
  { column: 'contact_name', key: 'contactName' },
  { column: 'contact_title', key: 'contactTitle' },
  { column: 'contact_phone', key: 'contactPhone' },
  { column: 'contact_mobile', key: 'contactMobile' },
  { column: 'contact_email', key: 'contactEmail' },
];
const COLUMNS = ['year', 'authority_id', 'code', ...FIELDS.map((f) => f.column)];

export function schoolsWriter(ctx: WriterContext): KindWriter<SchoolRecord> {
  const { sqlite, year } = ctx;
  const find = sqlite.prepare(`SELECT id, ${COLUMNS.join(', ')} FROM schools WHERE year = ? AND code = ?`);
  const table = tableWriter(sqlite, 'schools', COLUMNS);
  const authorityOf = authorityLookup(sqlite, year);
  const codes = firstRows();
  const defaults = defaultsOf(FIELDS);

  return {
    write(record) {
      const earlier = codes.earlier(record.code, record.row);
      if (earlier !== null) return duplicate(ctx.header('code'), earlier, '學校代碼');
      const authorityId = authorityOf(record.authority);
      if (authorityId === null) return [{ column: ctx.header('authority'), reason: unknownAuthority(year, record.authority) }];
      const existing = find.get(year, record.code) as (Row & { id: number }) | undefined;
      const values = { ...valuesOf(record, FIELDS, ctx.present), authority_id: authorityId };
      return table.put(existing, values, { ...defaults, year, code: record.code }).outcome;
    },
    finish: () => ({ missing: 0 }),
  };
}
