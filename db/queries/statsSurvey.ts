// The satisfaction survey of a year (migration 0007), narrowed to an authority by the schools the
// respondents belong to: counts per question, respondent kind and score in one grouped query, and
// the free texts paged in SQL.
import { questionSummary, type QuestionSummary } from '../../main/engine/statsSurvey.ts';
import { SURVEY_RESPONDENT_KINDS, type SurveyRespondentKind } from '../../main/engine/statsVocabulary.ts';
import type { Sqlite } from '../connection.ts';

export interface SurveyTextRow {
  question: string;
  questionIndex: number;
  kind: SurveyRespondentKind;
  school: string;
  schoolName: string | null;
  authority: string | null;
  text: string;
}

export interface SurveyStats {
  respondents: { total: number; byKind: { kind: SurveyRespondentKind; n: number }[] };
  questions: QuestionSummary[];
  texts: { total: number; rows: SurveyTextRow[] };
}

function authorityWhere(authorityId: number | null): { sql: string; params: number[] } {
  return authorityId === null ? { sql: '', params: [] } : { sql: ' AND r.school_id IN (SELECT id FROM schools WHERE authority_id = ?)', params: [authorityId] };
}

export function readSurveyStats(
  sqlite: Sqlite,
  year: number,
  authorityId: number | null,
  texts: { question: number | null; kind: SurveyRespondentKind | null; offset: number; limit: number } | null,
): SurveyStats {
  const where = authorityWhere(authorityId);
  const kinds = new Map(
    sqlite
      .prepare(`SELECT r.respondent_kind, COUNT(*) FROM survey_responses r WHERE r.year = ?${where.sql} GROUP BY r.respondent_kind`)
      .raw(true)
      .all(year, ...where.params) as [SurveyRespondentKind, number][],
  );
  const questions = sqlite.prepare('SELECT id, seq, text FROM survey_questions WHERE year = ? ORDER BY seq').all(year) as { id: number; seq: number; text: string }[];
  const tallies = new Map(
    questions.map((q) => [q.id, { index: q.seq, question: q.text, byKind: { 業務帳號: [0, 0, 0, 0, 0], 教師: [0, 0, 0, 0, 0] }, texts: 0 }]),
  );
  const counts = sqlite
    .prepare(
      `SELECT a.question_id, r.respondent_kind, a.score, COUNT(*) FROM survey_answers a JOIN survey_responses r ON r.id = a.response_id
       WHERE r.year = ?${where.sql} GROUP BY a.question_id, r.respondent_kind, a.score`,
    )
    .raw(true)
    .all(year, ...where.params) as [number, SurveyRespondentKind, number | null, number][];
  for (const [question, kind, score, n] of counts) {
    const t = tallies.get(question);
    if (!t) continue;
    if (score === null) t.texts += n;
    else t.byKind[kind][score - 1]! += n;
  }
  return {
    respondents: { total: [...kinds.values()].reduce((a, b) => a + b, 0), byKind: SURVEY_RESPONDENT_KINDS.map((kind) => ({ kind, n: kinds.get(kind) ?? 0 })) },
    questions: [...tallies.values()].map(questionSummary),
    texts: texts === null ? { total: 0, rows: [] } : readSurveyTexts(sqlite, year, where, texts),
  };
}

function readSurveyTexts(
  sqlite: Sqlite,
  year: number,
  where: { sql: string; params: number[] },
  page: { question: number | null; kind: SurveyRespondentKind | null; offset: number; limit: number },
) {
  const questionSql = (page.question === null ? '' : ' AND q.seq = ?') + (page.kind === null ? '' : ' AND r.respondent_kind = ?');
  const params = [year, ...where.params, ...(page.question === null ? [] : [page.question]), ...(page.kind === null ? [] : [page.kind])];
  const from = `FROM survey_answers a JOIN survey_responses r ON r.id = a.response_id JOIN survey_questions q ON q.id = a.question_id
    WHERE r.year = ? AND a.text IS NOT NULL${where.sql}${questionSql}`;
  const total = sqlite.prepare(`SELECT COUNT(*) ${from}`).pluck().get(...params) as number;
  const rows = sqlite
    .prepare(
      `SELECT q.text AS question, q.seq AS questionIndex, r.respondent_kind AS kind, r.school_code AS school, s.name AS schoolName, au.name AS authority, a.text AS text
       FROM (SELECT a.response_id, a.question_id, a.text ${from} ORDER BY q.seq, r.id LIMIT ? OFFSET ?) a
       JOIN survey_responses r ON r.id = a.response_id JOIN survey_questions q ON q.id = a.question_id
       LEFT JOIN schools s ON s.id = r.school_id LEFT JOIN authorities au ON au.id = s.authority_id
       ORDER BY q.seq, r.id`,
    )
    .all(...params, page.limit, page.offset) as SurveyTextRow[];
  return { total, rows };
}
