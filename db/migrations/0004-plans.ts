import type { Migration } from './types.ts';

// School plans and teacher plans (domain.md "Plans"), per school year, with their full status
// history in tables of their own.
//
// The history is the truth; the plan row carries what the engine derives from it (planStatus,
// the last submission, whether it is reviewed) and the derived filing status (onTime … none), so a
// list of 200,000 teachers filters and counts on an indexed column instead of replaying histories.
// The filing status also depends on the year's schedule and on where the registry places the
// school or teacher (authority → window), so each plan row records the placement it was judged
// with (school_id, authority_id) and plan_filing_basis records the windows and the registry state
// of that judgement; db/queries/planFiling.ts re-judges whatever changed since, in one transaction.
//
// A teacher plan belongs to a teacher row of the year's roster (the roster at the cutoff): a plan
// whose teacher is not on the roster is reported by the import and not stored. The school code the
// teacher filed with is kept as written (filed_school_code).
//
// Hours are integer hundredths (engine/hundredths.ts) per classification code, stored as written:
// a code the year's classification lacks stays, and the plan screen reports it.
//
// Needs are ids of plan_need_options, the vocabulary of the ranked and single-choice needs as
// this migration knows it (copied here, frozen: the engine's list may grow later, by a migration
// that appends rows). 19 small integers instead of 19 Chinese labels keep a national year's
// 200,000 teacher plans at about a third of the size; the free texts (其他) stay text.
//
// The history is ordered per plan by seq (the order it was recorded in, which breaks ties of equal
// instants as the engine does); origin says who wrote the event: the officer in this app, an
// import (import_id names its import_runs row; no foreign key, since import history is never
// deleted and a key would cost a scan of every history per deleted run), or the demo generator.
const OPTIONS: Record<string, readonly string[]> = {
  mode: ['非學分班-研習時數', '學分班-學士層級進修', '學分班-碩士層級進修'],
  time: ['週一至週五白天', '週一至週五晚上', '週六', '週日', '暑假', '寒假'],
  place: ['服務學校', '鄰近學校/社區學校', '教師研習機構', '師資培育之大學', '電腦網路學習/遠距教學', '非師資培育之大學', '社教機構或民間團體'],
  level: ['第一階基礎-瞭解熟悉', '第二階進階-應用分析', '第三階領導-整合評價', '第四階研發-創新推廣'],
  method: ['講授', '座談', '工作坊', '參訪實察', '觀課議課', '數位課程'],
};

const needColumns = `
        mode_1 INTEGER, mode_2 INTEGER, mode_3 INTEGER,
        time_1 INTEGER, time_2 INTEGER, time_3 INTEGER, time_4 INTEGER, time_5 INTEGER, time_6 INTEGER, time_other TEXT,
        place_1 INTEGER, place_2 INTEGER, place_3 INTEGER, place_4 INTEGER, place_5 INTEGER, place_6 INTEGER, place_other TEXT,
        level INTEGER, method INTEGER,`;

const derivedColumns = `
        status TEXT CHECK (status IS NULL OR status IN ('暫存', '送出', '退回修改')),
        last_submitted_at TEXT,
        reviewed_at TEXT,
        filing TEXT NOT NULL DEFAULT 'none' CHECK (filing IN ('onTime', 'outsideWindow', 'returned', 'draft', 'none')),`;

const events = (kind: string) => `
      CREATE TABLE ${kind}_plan_events (
        plan_id INTEGER NOT NULL REFERENCES ${kind}_plans(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('暫存', '送出', '退回修改', '刪除', '已審閱')),
        at TEXT NOT NULL,
        actor TEXT,
        reason TEXT,
        origin TEXT NOT NULL CHECK (origin IN ('app', 'import', 'demo')),
        import_id INTEGER,
        PRIMARY KEY (plan_id, seq)
      ) WITHOUT ROWID;

      CREATE TABLE ${kind}_plan_hours (
        plan_id INTEGER NOT NULL REFERENCES ${kind}_plans(id) ON DELETE CASCADE,
        code TEXT NOT NULL,
        hundredths INTEGER NOT NULL CHECK (hundredths >= 0 AND hundredths < 100000),
        PRIMARY KEY (plan_id, code)
      ) WITHOUT ROWID;`;

export const m0004: Migration = {
  version: 4,
  name: 'plans',
  up(sqlite) {
    sqlite.exec(`
      CREATE TABLE plan_need_options (
        id INTEGER PRIMARY KEY,
        need TEXT NOT NULL CHECK (need IN ('mode', 'time', 'place', 'level', 'method')),
        label TEXT NOT NULL,
        UNIQUE (need, label)
      );

      CREATE TABLE school_plans (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL REFERENCES school_years(year) ON DELETE CASCADE,
        school_id INTEGER NOT NULL UNIQUE REFERENCES schools(id) ON DELETE CASCADE,
        authority_id INTEGER NOT NULL,
        ${derivedColumns}
        students INTEGER CHECK (students IS NULL OR students >= 0),
        ${needColumns}
        updated_at TEXT NOT NULL
      );
      CREATE INDEX school_plans_by_filing ON school_plans (year, filing);
      ${events('school')}

      CREATE TABLE teacher_plans (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL REFERENCES school_years(year) ON DELETE CASCADE,
        teacher_id INTEGER NOT NULL UNIQUE REFERENCES teachers(id) ON DELETE CASCADE,
        school_id INTEGER NOT NULL,
        authority_id INTEGER NOT NULL,
        filed_school_code TEXT,
        ${derivedColumns}
        education TEXT,
        service_years TEXT,
        stage TEXT,
        grade TEXT,
        ${needColumns}
        updated_at TEXT NOT NULL
      );
      CREATE INDEX teacher_plans_by_filing ON teacher_plans (year, filing, teacher_id);
      CREATE INDEX teacher_plans_by_school ON teacher_plans (year, school_id, filing);
      ${events('teacher')}

      CREATE TABLE plan_filing_basis (
        year INTEGER PRIMARY KEY REFERENCES school_years(year) ON DELETE CASCADE,
        windows TEXT NOT NULL,
        registry_mark INTEGER NOT NULL
      );
    `);
    const option = sqlite.prepare('INSERT INTO plan_need_options (need, label) VALUES (?, ?)');
    for (const [need, labels] of Object.entries(OPTIONS)) for (const label of labels) option.run(need, label);
  },
};
