// An officer's choice in 待確認, recorded and applied in one transaction (the caller's): the
// decision row first, then the waiting rows it concerns run through the import's rules again
// (replay.ts), so the records and the teachers' totals change with it.
//
// - a teacher, for rows of that year written the same way (name, ID, school as the file has them):
//   this and later imports place such rows with that teacher;
// - a classification, for a course: the course list takes it when it had none, and the rows of that
//   course waiting for a classification take it;
// - leave out one row: it leaves the list, and later imports skip it.

import type { Sqlite } from '../../../db/connection.ts';
import { encodeCategory } from '../../engine/hourCategory.ts';
import { identityKey } from '../../engine/hourMatching.ts';
import { PENDING_COLUMNS, replayPending, type ReplayResult, type StoredPending } from './replay.ts';

export type Resolution = { kind: 'teacher'; teacherId: number } | { kind: 'classification'; code: string } | { kind: 'dismiss' };

export class ResolveRefused extends Error {}

const identityOf = (p: StoredPending): string =>
  identityKey({ name: p.name, nationalId: p.national_id || null, schoolCode: p.school_code || null, schoolName: p.school_name || null });

function pendingRows(sqlite: Sqlite, where: string, ...args: unknown[]): StoredPending[] {
  return sqlite.prepare(`SELECT ${PENDING_COLUMNS} FROM hour_pending p JOIN courses c ON c.id = p.course_id WHERE ${where} ORDER BY p.id`).all(...args) as StoredPending[];
}

function record(sqlite: Sqlite, p: StoredPending, decision: { kind: string; identity: string | null; teacherId: number | null; category: number | null; courseId: number }): void {
  sqlite
    .prepare('INSERT INTO hour_decisions (year, kind, identity, course_id, teacher_id, category, pending, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(p.year, decision.kind, decision.identity, decision.courseId, decision.teacherId, decision.category, JSON.stringify(p), new Date().toISOString());
}

export function resolvePending(sqlite: Sqlite, pendingId: number, resolution: Resolution): ReplayResult & { year: number } {
  const [p] = pendingRows(sqlite, 'p.id = ?', pendingId);
  if (!p) throw new ResolveRefused('這一列已不在「待確認」清單中（可能已處理過），請重新整理。');
  const courseId = sqlite.prepare('SELECT course_id FROM hour_pending WHERE id = ?').pluck().get(pendingId) as number;
  const identity = identityOf(p);

  if (resolution.kind === 'teacher') {
    const teacherYear = sqlite.prepare('SELECT year FROM teachers WHERE id = ?').pluck().get(resolution.teacherId) as number | undefined;
    if (teacherYear !== p.year) throw new ResolveRefused(`選擇的教師不在 ${p.year} 學年度的教師名冊中。`);
    record(sqlite, p, { kind: 'teacher', identity, teacherId: resolution.teacherId, category: null, courseId });
    const same = pendingRows(sqlite, 'p.year = ? AND p.teacher_id IS NULL AND p.name = ?', p.year, p.name).filter((q) => identityOf(q) === identity);
    return { year: p.year, ...replayPending(sqlite, p.year, same) };
  }

  if (resolution.kind === 'classification') {
    const category = encodeCategory(resolution.code);
    if (category === null) throw new ResolveRefused(`「${resolution.code}」不是有效的課程分類代碼。`);
    record(sqlite, p, { kind: 'classification', identity: null, teacherId: null, category, courseId });
    sqlite.prepare('UPDATE courses SET category = ? WHERE id = ? AND category IS NULL').run(category, courseId);
    // The officer's code replaces what the rows of this course had (nothing, or a bad code).
    sqlite.prepare('UPDATE hour_pending SET category_text = ? WHERE course_id = ? AND teacher_id IS NOT NULL').run(resolution.code, courseId);
    const waiting = pendingRows(sqlite, 'p.course_id = ? AND p.teacher_id IS NOT NULL', courseId);
    const years = [...new Set(waiting.map((q) => q.year))];
    const results = years.map((y) => replayPending(sqlite, y, waiting.filter((q) => q.year === y)));
    return {
      year: p.year,
      placed: results.reduce((s, r) => s + r.placed, 0),
      dropped: results.reduce((s, r) => s + r.dropped, 0),
      remaining: results.reduce((s, r) => s + r.remaining, 0),
      teacherIds: results.flatMap((r) => r.teacherIds),
    };
  }

  record(sqlite, p, { kind: 'dismiss', identity, teacherId: null, category: null, courseId });
  sqlite.prepare('DELETE FROM hour_pending WHERE id = ?').run(pendingId);
  return { year: p.year, placed: 0, dropped: 1, remaining: 0, teacherIds: [] };
}

/** Every waiting row of a year through the rules again (after a new roster or course list). */
export function retryPending(sqlite: Sqlite, year: number): ReplayResult {
  return replayPending(sqlite, year, pendingRows(sqlite, 'p.year = ?', year));
}
