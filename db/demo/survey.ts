// The demo year's satisfaction survey (滿意度問卷): after filing, a business account of most schools
// that filed and about one teacher in eight who filed answer six 1–5 questions and, sometimes, a
// free-text suggestion. Scores lean to 4 with a per-question level and a per-respondent mood, so the
// means differ by question and by respondent kind as real returns do. Seeded: the same demo gives
// the same answers.
import type { Sqlite } from '../connection.ts';
import { batchInsert } from './batchInsert.ts';
import { createRandom, type Random } from './random.ts';

/** The questions, with the mean score each tends to (teachers a little below business accounts). */
const QUESTIONS: readonly (readonly [string, number])[] = [
  ['系統操作介面容易使用', 3.9],
  ['填報流程與操作說明清楚', 3.8],
  ['填報期程安排合宜', 3.5],
  ['研習需求選項符合實際需要', 3.7],
  ['研習主題規劃（課程分類）有助於規劃進修', 3.6],
  ['整體而言，對本服務感到滿意', 3.9],
];
const TEXT_QUESTION = '其他意見或建議';

const SUGGESTIONS = [
  '希望填報期間能再延長一週，開學初事務繁忙。',
  '建議可以直接匯入去年的規劃內容，減少重複填寫。',
  '課程分類項目很多，希望有搜尋功能。',
  '手機版畫面排版跑掉，建議改善。',
  '操作說明影片很有幫助。',
  '希望研習時數能即時同步，不必等到學期末。',
  '退回修改時希望能看到承辦人的說明。',
  '系統在填報截止前一天速度較慢。',
  '建議增加線上研習的選項說明。',
  '學校本位規劃與教師規劃的關聯可以再說明清楚。',
  '匯出 PDF 的格式很清楚，方便存檔。',
  '希望寒暑假期間的研習資訊更多。',
];

function score(random: Random, mean: number): number {
  return Math.min(5, Math.max(1, Math.round(random.normal(mean, 0.85))));
}

export interface DemoSurveySummary {
  responses: number;
}

export function generateDemoSurvey(sqlite: Sqlite, options: { year: number; seed: number }): DemoSurveySummary {
  const { year } = options;
  const random = createRandom((options.seed ^ 0x5a7e_91c3) >>> 0);
  const insertQuestion = sqlite.prepare('INSERT INTO survey_questions (year, seq, text) VALUES (?, ?, ?)');
  const questionIds = [...QUESTIONS.map(([q]) => q), TEXT_QUESTION].map((text, seq) => Number(insertQuestion.run(year, seq, text).lastInsertRowid));
  const schools = sqlite
    .prepare(`SELECT s.id, s.code FROM schools s JOIN school_plans p ON p.school_id = s.id WHERE s.year = ? AND p.status = '送出' ORDER BY s.id`)
    .raw(true)
    .all(year) as [number, string][];
  const teachers = sqlite
    .prepare(`SELECT s.id, s.code FROM teacher_plans p JOIN schools s ON s.id = p.school_id WHERE p.year = ? AND p.status = '送出' ORDER BY p.id`)
    .raw(true)
    .all(year) as [number, string][];
  let nextId = ((sqlite.prepare('SELECT MAX(id) FROM survey_responses').pluck().get() as number | null) ?? 0) + 1;
  const responses = batchInsert(sqlite, 'survey_responses', ['id', 'year', 'respondent_kind', 'school_code', 'school_id']);
  const answers = batchInsert(sqlite, 'survey_answers', ['response_id', 'question_id', 'score', 'text'], 100, [responses]);
  const respond = (kind: '業務帳號' | '教師', [schoolId, code]: [number, string], lean: number) => {
    const id = nextId++;
    responses.add([id, year, kind, code, schoolId]);
    const mood = random.normal(0, 0.45);
    QUESTIONS.forEach(([, mean], i) => {
      if (random.chance(0.03)) return;
      answers.add([id, questionIds[i]!, score(random, mean + lean + mood), null]);
    });
    if (random.chance(0.15)) answers.add([id, questionIds[QUESTIONS.length]!, null, random.pick(SUGGESTIONS)]);
  };
  let count = 0;
  for (const school of schools) {
    if (!random.chance(0.8)) continue;
    respond('業務帳號', school, 0.15);
    count++;
  }
  for (const teacher of teachers) {
    if (!random.chance(0.125)) continue;
    respond('教師', teacher, -0.1);
    count++;
  }
  responses.flush();
  answers.flush();
  return { responses: count };
}
