// The satisfaction survey's summaries: per question the distribution of the scores 1–5 and their
// mean, overall and per respondent kind. A question is a scale question when anyone answered it
// with a score; one answered only in words is a text question.
import { SURVEY_RESPONDENT_KINDS, type SurveyRespondentKind } from './statsVocabulary.ts';

export interface ScoreSummary {
  n: number;
  /** counts[s-1]: answers with score s. */
  counts: number[];
  mean: number | null;
}

/** The summary of counts[s-1] (answers with score s). */
export function scoreSummary(counts: readonly number[]): ScoreSummary {
  const c = [1, 2, 3, 4, 5].map((s) => counts[s - 1] ?? 0);
  const n = c.reduce((a, b) => a + b, 0);
  const sum = c.reduce((a, k, i) => a + k * (i + 1), 0);
  return { n, counts: c, mean: n === 0 ? null : sum / n };
}

/** One question's counts: per respondent kind, the answers with each score, and its text answers. */
export interface QuestionTally {
  index: number;
  question: string;
  /** byKind[kind][s-1] */
  byKind: Record<SurveyRespondentKind, number[]>;
  texts: number;
}

export interface QuestionSummary {
  index: number;
  question: string;
  type: 'scale' | 'text';
  overall: ScoreSummary;
  byKind: (ScoreSummary & { kind: SurveyRespondentKind })[];
  texts: number;
}

export function questionSummary(t: QuestionTally): QuestionSummary {
  const overall = scoreSummary([0, 1, 2, 3, 4].map((i) => SURVEY_RESPONDENT_KINDS.reduce((a, k) => a + (t.byKind[k][i] ?? 0), 0)));
  return {
    index: t.index,
    question: t.question,
    type: overall.n > 0 ? 'scale' : 'text',
    overall,
    byKind: SURVEY_RESPONDENT_KINDS.map((kind) => ({ kind, ...scoreSummary(t.byKind[kind]) })),
    texts: t.texts,
  };
}

/**
 * An answer as the file gives it: a whole score 1–5, or a text; a blank is no answer. A number
 * outside 1–5 (0, 6, 3.5) is a mistake, not an opinion, and comes back as a problem in Chinese.
 */
export function surveyAnswer(value: number | string | null): { score: number } | { text: string } | { problem: string } | null {
  if (value === null) return null;
  const text = typeof value === 'number' ? String(value) : value.trim();
  if (text === '') return null;
  const folded = text.normalize('NFKC');
  if (/^[1-5](\.0+)?$/.test(folded)) return { score: Number(folded) };
  if (/^[+-]?\d+(\.\d+)?$/.test(folded)) return { problem: `分數「${text}」不在 1 到 5 之間（須為 1、2、3、4、5 的整數）` };
  return { text };
}
