import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openSqlite } from '../../db/connection.ts';
import { migrate } from '../../db/migrate.ts';

// Migration 0007: the survey tables on a database that already holds a year, and the participation
// history compared with the TEXT of seed 001 itself (附件二「伍、各學年度參與縣市資料」), read at test
// time, so no number is retyped.

const SEEDS = new URL('../../../shared/seeds/', import.meta.url);

function seed001(): string {
  const texts = readdirSync(SEEDS)
    .filter((name) => name.startsWith('001_') && name.endsWith('.txt'))
    .map((name) => readFileSync(new URL(name, SEEDS), 'utf8'));
  expect(texts).toHaveLength(1);
  return texts[0]!;
}

/** The table as the seed prints it: the year header, one line per authority, the two count lines. */
function seedTable() {
  const lines = seed001().split('\n');
  const head = lines.findIndex((l) => l.startsWith('縣市/參與辦理時間'));
  expect(head).toBeGreaterThan(0);
  const years = [...lines[head]!.matchAll(/(\d+) 學年度/g)].map((m) => Number(m[1]));
  const authorities: { name: string; marks: string[] }[] = [];
  let i = head + 1;
  for (; /^\d+ /.test(lines[i]!); i++) {
    const [first, ...marks] = lines[i]!.split('\t');
    authorities.push({ name: first!.replace(/^\d+ /, ''), marks });
  }
  const counts = (label: string) => {
    const line = lines.slice(i, i + 4).find((l) => l.includes(label))!;
    return line.split('\t').slice(1).map((n) => Number(n.replace(/,/g, '')));
  };
  return { years, authorities, schools: counts('參與學校數'), teachers: counts('參與教師數') };
}

describe('migration 0007 (statistics)', () => {
  it('adds the survey tables to a database with data; responses cascade with their year', () => {
    const db = openSqlite(':memory:');
    migrate(db, { target: 6 });
    db.exec(`INSERT INTO school_years (year, created_at) VALUES (113, 'x');
      INSERT INTO authorities (id, year, code, name) VALUES (1, 113, '19', '臺中市');
      INSERT INTO schools (id, year, authority_id, code, name, stage) VALUES (1, 113, 1, '196001', '文雅國小', '國小');`);
    expect(migrate(db, { target: 7 })).toMatchObject({ from: 6, to: 7 });
    db.exec(`INSERT INTO survey_questions (id, year, seq, text) VALUES (1, 113, 0, '好用嗎');
      INSERT INTO survey_responses (id, year, respondent_kind, school_code, school_id) VALUES (1, 113, '教師', '196001', 1);
      INSERT INTO survey_answers (response_id, question_id, score, text) VALUES (1, 1, 4, NULL);`);
    expect(() => db.exec(`INSERT INTO survey_answers (response_id, question_id, score, text) VALUES (1, 1, 6, NULL)`)).toThrow();
    expect(() => db.exec(`INSERT INTO survey_responses (year, respondent_kind, school_code) VALUES (113, '校長', '196001')`)).toThrow();
    db.exec('DELETE FROM school_years WHERE year = 113');
    expect(db.prepare('SELECT COUNT(*) FROM survey_answers').pluck().get()).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM participation_history').pluck().get()).toBe(6);
  });

  it("stores seed 001's participation table exactly as the seed prints it", () => {
    const seed = seedTable();
    expect(seed.years).toEqual([99, 100, 101, 102, 103, 105]);
    const db = openSqlite(':memory:');
    migrate(db, { target: 7 });
    const rows = db.prepare('SELECT year, schools, teachers, source FROM participation_history ORDER BY year').all() as { year: number; schools: number; teachers: number; source: string }[];
    expect(rows.map((r) => r.year)).toEqual(seed.years);
    expect(rows.map((r) => r.schools)).toEqual(seed.schools);
    expect(rows.map((r) => r.teachers)).toEqual(seed.teachers);
    expect(seed001()).toContain('伍、各學年度參與縣市資料');
    for (const r of rows) expect(r.source).toContain('伍、各學年度參與縣市資料');
    const marks = db.prepare('SELECT year, authority, mark FROM participation_history_authorities').all() as { year: number; authority: string; mark: string }[];
    expect(seed.authorities).toHaveLength(23);
    for (const a of seed.authorities) {
      seed.years.forEach((year, i) => {
        const stored = marks.find((m) => m.year === year && m.authority === a.name);
        const printed = (a.marks[i] ?? '').trim();
        expect(stored?.mark ?? '', `${a.name} ${year}`).toBe(printed);
      });
    }
    expect(marks).toHaveLength(seed.authorities.reduce((n, a) => n + a.marks.filter((m) => m.trim() !== '').length, 0));
  });
});
