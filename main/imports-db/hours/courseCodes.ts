// Course codes → course rows during an hour import. Every code a record names needs a courses row
// (records store its integer id); a code the course list never had gets a row of its own, named
// from the hour file, marked as not listed. The whole code table is read once: a national year has
// tens of thousands of courses, a map of them is a few MB.

import type { Sqlite } from '../../../db/connection.ts';

export interface CourseRef {
  id: number;
  /** The course list's classification (engine/hourCategory.ts), if any. */
  category: number | null;
}

interface NewCourse {
  id: number;
  code: string;
  name: string | null;
  organizer: string | null;
}

const INSERT_ROWS = 200;

export class CourseCodes {
  private readonly byCode = new Map<string, CourseRef>();
  private nextId: number;
  private fresh: NewCourse[] = [];

  constructor(sqlite: Sqlite) {
    const rows = sqlite.prepare('SELECT code, id, category FROM courses').raw().all() as Array<[string, number, number | null]>;
    for (const [code, id, category] of rows) this.byCode.set(code, { id, category });
    this.nextId = ((sqlite.prepare('SELECT MAX(id) FROM courses').pluck().get() as number | null) ?? 0) + 1;
  }

  // Exports list a course's participants one after another: the last code is the likeliest next one.
  private lastCode = '';
  private lastRef: CourseRef = { id: 0, category: null };

  refOf(code: string, name: string | null, organizer: string | null): CourseRef {
    if (code === this.lastCode) return this.lastRef;
    let ref = this.byCode.get(code);
    if (!ref) {
      ref = { id: this.nextId++, category: null };
      this.byCode.set(code, ref);
      this.fresh.push({ id: ref.id, code, name, organizer });
    }
    this.lastCode = code;
    this.lastRef = ref;
    return ref;
  }

  /** Writes the courses first seen since the last call (before any row that refers to them). */
  flush(sqlite: Sqlite): void {
    for (let i = 0; i < this.fresh.length; i += INSERT_ROWS) {
      const part = this.fresh.slice(i, i + INSERT_ROWS);
      sqlite
        .prepare(`INSERT INTO courses (id, code, name, organizer, listed) VALUES ${part.map(() => '(?, ?, ?, ?, 0)').join(', ')}`)
        .run(part.flatMap((c) => [c.id, c.code, c.name, c.organizer]));
    }
    this.fresh = [];
  }
}
