import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDemo } from '../../db/demo/index.ts';
import { writeDemoFiles } from '../../db/demo/files.ts';
import { openSqlite } from '../../db/connection.ts';
import { migrate } from '../../db/migrate.ts';
import { apiOf } from '../helpers/importFiles.ts';
import { tempStore } from '../helpers/store.ts';

// The demo files are the demo data: imported into an empty database, kind by kind, they build the
// same year as the generator; importing them again changes nothing.

const store = tempStore();
const api = apiOf(store);
afterAll(() => store.cleanup());

const SNAPSHOT = `SELECT a.code AS authority, s.code, s.name, s.stage, s.students, s.principal_name, s.principal_phone, s.contact_email,
    (SELECT group_concat(t.national_id || t.name || COALESCE(t.job_title, '') || t.account_status, ',') FROM (SELECT * FROM teachers ORDER BY national_id) t WHERE t.school_id = s.id) AS teachers,
    (SELECT group_concat(b.account || b.kind || b.status || COALESCE(b.phone, ''), ',') FROM (SELECT * FROM business_accounts ORDER BY account) b WHERE b.school_id = s.id) AS accounts
  FROM schools s JOIN authorities a ON a.id = s.authority_id ORDER BY s.code`;

describe('demo files', () => {
  it('rebuild the demo year through the importers, and a second round changes nothing', async () => {
    const files = await writeDemoFiles(store.dir, { scale: 'small', seed: 31 });
    expect(files.map((f) => f.file.slice(store.dir.length + 1))).toEqual([
      '主管機關.xlsx', '學校.xlsx', '教師名單.xlsx', '業務帳號.xlsx', '承辦人資料.xlsx', '教師名單-新學年異動範例.xlsx',
    ]);
    for (const round of [1, 2]) {
      for (const f of files.slice(0, 5)) {
        const report = await api.call('imports:run', { task: `${f.kind}-${round}`, kind: f.kind, path: f.file, year: 113 });
        expect(report, f.file).toMatchObject({ read: f.rows, rejected: 0, replaced: 0, added: round === 1 ? f.rows : 0, unchanged: round === 1 ? 0 : f.rows });
      }
    }
    const generated = openSqlite(':memory:');
    migrate(generated);
    createDemo(generated, { scale: 'small', seed: 31 });
    expect(store.sqlite.prepare(SNAPSHOT).all()).toEqual(generated.prepare(SNAPSHOT).all());
    const contacts = 'SELECT a.name, c.name, c.title, c.phone, c.fax, c.head_name FROM authority_contacts c JOIN authorities a ON a.id = c.authority_id ORDER BY 1, 2';
    expect(store.sqlite.prepare(contacts).all()).toEqual(generated.prepare(contacts).all());
    generated.close();
  });

  it('include a roster of the next year with changes, leavers and five bad rows', async () => {
    const path = join(store.dir, '教師名單-新學年異動範例.xlsx');
    const report = await api.call('imports:run', { task: 'changes', kind: 'teachers', path, year: 113 });
    expect(report.rejected).toBe(5);
    expect(report.added).toBeGreaterThan(0);
    expect(report.replaced).toBeGreaterThan(0);
    expect(report.missing).toBeGreaterThan(0);
    expect(report.unknownColumns).toEqual(['備註']);
  });
});
