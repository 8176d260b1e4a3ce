// Demo business accounts of every school and contact persons of every authority, drawn from their
// own seeded stream so the schools and teachers of a seed stay exactly what they were. Most schools
// have one enabled 總負責人; about one in twenty (at least one) has none, so the app's warning
// about a school without 總負責人 has something to show.
import type { Sqlite } from '../connection.ts';
import { DEMO_AUTHORITIES } from './authorities.ts';
import { personName } from './names.ts';
import { createRandom, type Random } from './random.ts';

const CONTACT_TITLES = ['科員', '專員', '輔導員', '約聘人員', '課程督學'];

function mobile(random: Random): string {
  return `09${random.int(10, 89)}-${random.int(100, 999)}-${random.int(100, 999)}`;
}

function officePhone(areaCode: string, random: Random): string {
  const digits = 10 - areaCode.length;
  const local = String(random.int(2 * 10 ** (digits - 1), 10 ** digits - 1));
  return `(${areaCode})${local.slice(0, local.length - 4)}-${local.slice(-4)}`;
}

interface SchoolRow {
  id: number;
  code: string;
  authority: string;
}

/** Adds the year's demo accounts and contacts; call inside the demo's transaction. */
export function insertDemoAccounts(sqlite: Sqlite, year: number, seed: number): { accounts: number; contacts: number } {
  const random = createRandom((seed ^ 0x5eed_acc0) >>> 0);
  const schools = sqlite
    .prepare('SELECT s.id, s.code, a.name AS authority FROM schools s JOIN authorities a ON a.id = s.authority_id WHERE s.year = ? ORDER BY s.code')
    .all(year) as SchoolRow[];
  const areaCode = (authority: string) => DEMO_AUTHORITIES.find((a) => a.name === authority)?.areaCode ?? '02';

  const withoutChief = new Set<number>();
  const wanted = Math.max(1, Math.round(schools.length * 0.05));
  while (withoutChief.size < Math.min(wanted, schools.length)) withoutChief.add(random.int(0, schools.length - 1));

  const insertAccount = sqlite.prepare(
    'INSERT INTO business_accounts (school_id, account, name, kind, phone, email, status) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  let accounts = 0;
  schools.forEach((school, i) => {
    const add = (kind: string, letter: string, n: number, status: string) => {
      const account = `${school.code}${letter}${n}`;
      insertAccount.run(school.id, account, personName(random, random.chance(0.65)), kind, officePhone(areaCode(school.authority), random),
        `${account.toLowerCase()}@${school.code}.demo.edu.tw`, status);
      accounts++;
    };
    if (!withoutChief.has(i)) add('總負責人', 'A', 1, '啟用中');
    const contacts = random.weighted([[0, 20], [1, 60], [2, 20]] as const);
    for (let n = 1; n <= contacts; n++) add('連絡人', 'C', n, random.weighted([['啟用中', 90], ['待申請', 6], ['停用中', 4]] as const));
    const operators = random.weighted([[0, 30], [1, 40], [2, 20], [3, 10]] as const);
    for (let n = 1; n <= operators; n++) add('作業人員', 'P', n, random.weighted([['啟用中', 85], ['待申請', 10], ['停用中', 5]] as const));
  });

  const authorities = sqlite.prepare('SELECT id, name, code FROM authorities WHERE year = ? ORDER BY sort_order').all(year) as {
    id: number;
    name: string;
    code: string;
  }[];
  const insertContact = sqlite.prepare(`INSERT INTO authority_contacts
    (authority_id, name, title, phone, fax, email, head_name, head_phone, head_email) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  let contacts = 0;
  for (const authority of authorities) {
    const area = areaCode(authority.name);
    const head = personName(random, random.chance(0.5));
    const headPhone = officePhone(area, random);
    const domain = `edu${authority.code}.demo.gov.tw`;
    const names = new Set<string>();
    while (names.size < (random.chance(0.3) ? 2 : 1)) names.add(personName(random, random.chance(0.6)));
    [...names].forEach((name, n) => {
      insertContact.run(authority.id, name, random.pick(CONTACT_TITLES), officePhone(area, random), officePhone(area, random),
        `inservice${n + 1}@${domain}`, head, headPhone, `head@${domain}`);
      contacts++;
    });
  }
  return { accounts, contacts };
}
