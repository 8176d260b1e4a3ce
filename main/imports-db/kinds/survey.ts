// 滿意度問卷: one row per respondent (業務帳號 or 教師) of a school, one answer column per question
// (header = question text), answers 1–5 or free text. A file replaces, for every (school, respondent
// kind) it covers, what an earlier import stored for that year; a row identical to one it replaces
// counts as unchanged, so importing the same file twice changes nothing.

import type { RecordFor } from '../../imports/index.ts';
import { surveyAnswer } from '../../engine/statsSurvey.ts';
import type { KindWriter, Problem, WriterContext } from '../writerKit.ts';
import { schoolLookup, unknownSchool } from './lookups.ts';

type SurveyRecord = RecordFor<'survey'> & { answers: Array<number | string | null> };

type Answer = { score: number } | { text: string };

/** A row's answers as one comparable string: question index, then S score or T text. */
function signature(answers: readonly (readonly [number, Answer])[]): string {
  return answers.map(([q, a]) => `${q}\u0001${'score' in a ? `S${a.score}` : `T${a.text}`}`).join('\u0002');
}

export function surveyWriter(ctx: WriterContext): KindWriter<SurveyRecord> {
  const { sqlite, year } = ctx;
  const schoolOf = schoolLookup(sqlite, year);
  const questionIds = ctx.questions.map((text) => questionId(text));
  const oldRows = sqlite.prepare(
    `SELECT r.id, q.text, a.score, a.text AS answer FROM survey_responses r
     LEFT JOIN survey_answers a ON a.response_id = r.id LEFT JOIN survey_questions q ON q.id = a.question_id
     WHERE r.year = ? AND r.school_code = ? AND r.respondent_kind = ? ORDER BY r.id`,
  );
  const deleteOld = sqlite.prepare('DELETE FROM survey_responses WHERE year = ? AND school_code = ? AND respondent_kind = ?');
  const insertResponse = sqlite.prepare('INSERT INTO survey_responses (year, respondent_kind, school_code, school_id, import_id, source_row) VALUES (?, ?, ?, ?, ?, ?)');
  const insertAnswer = sqlite.prepare('INSERT INTO survey_answers (response_id, question_id, score, text) VALUES (?, ?, ?, ?)');
  /** Per (school, kind) met in this file: the signatures of the rows it replaced, not yet matched. */
  const groups = new Map<string, { replaced: boolean; left: Map<string, number> }>();

  function questionId(text: string): number {
    const found = sqlite.prepare('SELECT id FROM survey_questions WHERE year = ? AND text = ?').pluck().get(year, text) as number | undefined;
    if (found !== undefined) return found;
    const seq = sqlite.prepare('SELECT COALESCE(MAX(seq) + 1, 0) FROM survey_questions WHERE year = ?').pluck().get(year) as number;
    return Number(sqlite.prepare('INSERT INTO survey_questions (year, seq, text) VALUES (?, ?, ?)').run(year, seq, text).lastInsertRowid);
  }

  /** The first row of a (school, kind) clears what was stored for it, keeping the signatures to compare. */
  function openGroup(code: string, kind: string) {
    const key = `${code}\u0000${kind}`;
    let group = groups.get(key);
    if (group) return group;
    const byResponse = new Map<number, [number, Answer][]>();
    for (const r of oldRows.all(year, code, kind) as { id: number; text: string | null; score: number | null; answer: string | null }[]) {
      const list = byResponse.get(r.id) ?? [];
      byResponse.set(r.id, list);
      const q = r.text === null ? -1 : ctx.questions.indexOf(r.text);
      if (r.text !== null) list.push([q < 0 ? -1 - list.length : q, r.score !== null ? { score: r.score } : { text: r.answer ?? '' }]);
    }
    const left = new Map<string, number>();
    for (const answers of byResponse.values()) {
      const sig = signature(answers.sort((a, b) => a[0] - b[0]));
      left.set(sig, (left.get(sig) ?? 0) + 1);
    }
    deleteOld.run(year, code, kind);
    group = { replaced: byResponse.size > 0, left };
    groups.set(key, group);
    return group;
  }

  return {
    write(record) {
      const schoolId = schoolOf(record.schoolCode);
      if (schoolId === null) return [{ column: ctx.header('schoolCode'), reason: unknownSchool(year, record.schoolCode) }];
      const problems: Problem[] = [];
      const answers: [number, Answer][] = [];
      record.answers.forEach((value, q) => {
        const answer = surveyAnswer(value);
        if (answer === null) return;
        if ('problem' in answer) problems.push({ column: ctx.questions[q]!, reason: answer.problem });
        else answers.push([q, answer]);
      });
      if (problems.length > 0) return problems;
      if (answers.length === 0) return [{ column: ctx.questions[0] ?? ctx.header('schoolCode'), reason: '這一列沒有任何題目的回答' }];
      const group = openGroup(record.schoolCode, record.respondentKind);
      const response = Number(insertResponse.run(year, record.respondentKind, record.schoolCode, schoolId, ctx.importId, record.row).lastInsertRowid);
      for (const [q, a] of answers) insertAnswer.run(response, questionIds[q]!, 'score' in a ? a.score : null, 'text' in a ? a.text : null);
      const sig = signature(answers);
      const same = group.left.get(sig) ?? 0;
      if (same > 0) {
        group.left.set(sig, same - 1);
        return 'unchanged';
      }
      return group.replaced ? 'replaced' : 'added';
    },
    finish: () => ({ missing: 0 }),
  };
}
