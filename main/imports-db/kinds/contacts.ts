// 承辦人資料: the contact persons of an authority, matched by authority and name.

import type { RecordFor } from '../../imports/index.ts';
import { defaultsOf, duplicate, firstRows, tableWriter, valuesOf, type Field, type KindWriter, type Row, type WriterContext } from '../writerKit.ts';
import { authorityLookup, unknownAuthority } from './lookups.ts';

type ContactRecord = RecordFor<'contacts'>;

const FIELDS: readonly Field[] = [
  { column: 'title', key: 'title' },
  { column: 'phone', key: 'phone' },
  { column: 'fax', key: 'fax' },
  { column: 'email', key: 'email' },
  { column: 'head_name', key: 'headName' },
  { column: 'head_phone', key: 'headPhone' },
  { column: 'head_email', key: 'headEmail' },
];
const COLUMNS = ['authority_id', 'name', ...FIELDS.map((f) => f.column)];

export function contactsWriter(ctx: WriterContext): KindWriter<ContactRecord> {
  const { sqlite, year } = ctx;
  const find = sqlite.prepare(`SELECT id, ${COLUMNS.join(', ')} FROM authority_contacts WHERE authority_id = ? AND name = ?`);
  const table = tableWriter(sqlite, 'authority_contacts', COLUMNS);
  const authorityOf = authorityLookup(sqlite, year);
  const keys = firstRows();
  const defaults = defaultsOf(FIELDS);

  return {
    write(record) {
      const authorityId = authorityOf(record.authority);
      if (authorityId === null) return [{ column: ctx.header('authority'), reason: unknownAuthority(year, record.authority) }];
      const earlier = keys.earlier(`${authorityId}\u0000${record.name}`, record.row);
      if (earlier !== null) return duplicate(ctx.header('name'), earlier, '主管機關與承辦人姓名');
      const existing = find.get(authorityId, record.name) as (Row & { id: number }) | undefined;
      const values = valuesOf(record, FIELDS, ctx.present);
      return table.put(existing, values, { ...defaults, authority_id: authorityId, name: record.name }).outcome;
    },
    finish: () => ({ missing: 0 }),
  };
}
