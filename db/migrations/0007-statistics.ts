import type { Migration } from './types.ts';

// Statistics (issue 9): the satisfaction survey and the participation history.
//
// Survey: each imported row is one respondent (業務帳號 or 教師) of one school in one school year,
// with an answer per question. Questions are the file's column headers, kept per year in the order
// first seen; an answer is a score 1–5 or a free text (never both). The school is kept by its code
// as written (school_id when the year's registry knows it, so statistics can group by authority);
// a re-import replaces the responses of every (school, respondent kind) the file covers.
//
// Participation history: seed 001 (the 106 service plan, 附件二「伍、各學年度參與縣市資料」) publishes
// the schools and teachers that took part in 99–105 and which authorities did. Those are real
// numbers this app cannot recompute, so they are data here, with their source. 104 is absent on
// purpose: the seed's note 3 says filing was not opened that year. Years the database holds are
// counted from its own plans instead.
const SOURCE = '106年度學校本位暨教師自我專業進修規劃促進服務計畫 附件二「伍、各學年度參與縣市資料」';

const YEARS = [99, 100, 101, 102, 103, 105] as const;
const SCHOOLS = [671, 1544, 2345, 3274, 3260, 1131] as const;
const TEACHERS = [9900, 20009, 34172, 74879, 76080, 25009] as const;
const NOTES: Record<number, string> = {
  99: '試辦；臺中市欄以▲標示，為五都合併前之臺中縣轄屬學校（不含原臺中市）',
  100: '試辦',
};

/** Each authority's marks for 99, 100, 101, 102, 103, 105 as the seed prints them ('' = not taking part). */
const MARKS: readonly (readonly [string, string])[] = [
  ['新北市', '  ●●●●'],
  ['臺北市', ' ●●●●●'],
  ['臺中市', '▲●●●●●'],
  ['臺南市', '  ●●●●'],
  ['高雄市', '●●●●●●'],
  ['宜蘭縣', ' ●●●●●'],
  ['桃園縣', '●●●●●●'],
  ['新竹縣', '  ●●●●'],
  ['苗栗縣', ' ●●●●●'],
  ['彰化縣', '  ●●●●'],
  ['南投縣', ' ●●●●●'],
  ['雲林縣', ' ●●●●●'],
  ['嘉義縣', ' ●●●●●'],
  ['屏東縣', '●●●●●●'],
  ['臺東縣', ' ●●●●●'],
  ['花蓮縣', '●●●●●●'],
  ['澎湖縣', ' ●●●●●'],
  ['基隆市', ' ●●●●●'],
  ['新竹市', ' ●●●●●'],
  ['嘉義市', '●●●●●●'],
  ['連江縣', '●●●●●●'],
  ['金門縣', '  ●●●●'],
  ['教育部國教署', '●●●●●●'],
];

export const m0007: Migration = {
  version: 7,
  name: 'statistics',
  up(sqlite) {
    sqlite.exec(`
      CREATE TABLE survey_questions (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL REFERENCES school_years(year) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        text TEXT NOT NULL,
        UNIQUE (year, text)
      );

      CREATE TABLE survey_responses (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL REFERENCES school_years(year) ON DELETE CASCADE,
        respondent_kind TEXT NOT NULL CHECK (respondent_kind IN ('業務帳號', '教師')),
        school_code TEXT NOT NULL,
        school_id INTEGER REFERENCES schools(id) ON DELETE SET NULL,
        import_id INTEGER,
        source_row INTEGER
      );
      CREATE INDEX survey_responses_by_school ON survey_responses (year, school_code, respondent_kind);

      CREATE TABLE survey_answers (
        response_id INTEGER NOT NULL REFERENCES survey_responses(id) ON DELETE CASCADE,
        question_id INTEGER NOT NULL REFERENCES survey_questions(id) ON DELETE CASCADE,
        score INTEGER CHECK (score IS NULL OR score BETWEEN 1 AND 5),
        text TEXT,
        CHECK ((score IS NULL) <> (text IS NULL)),
        PRIMARY KEY (response_id, question_id)
      ) WITHOUT ROWID;
      CREATE INDEX survey_answers_by_question ON survey_answers (question_id, score);

      CREATE TABLE participation_history (
        year INTEGER PRIMARY KEY,
        schools INTEGER NOT NULL CHECK (schools >= 0),
        teachers INTEGER NOT NULL CHECK (teachers >= 0),
        source TEXT NOT NULL,
        note TEXT
      );

      CREATE TABLE participation_history_authorities (
        year INTEGER NOT NULL REFERENCES participation_history(year) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        authority TEXT NOT NULL,
        mark TEXT NOT NULL CHECK (mark IN ('●', '▲')),
        PRIMARY KEY (year, authority)
      ) WITHOUT ROWID;
    `);
    const year = sqlite.prepare('INSERT INTO participation_history (year, schools, teachers, source, note) VALUES (?, ?, ?, ?, ?)');
    YEARS.forEach((y, i) => year.run(y, SCHOOLS[i], TEACHERS[i], SOURCE, NOTES[y] ?? null));
    const member = sqlite.prepare('INSERT INTO participation_history_authorities (year, seq, authority, mark) VALUES (?, ?, ?, ?)');
    MARKS.forEach(([authority, marks], seq) => {
      [...marks].forEach((mark, i) => {
        if (mark !== ' ') member.run(YEARS[i], seq + 1, authority, mark);
      });
    });
  },
};
