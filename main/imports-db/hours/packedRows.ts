// The matched rows of one import, held as columns of integers until the end of the file: a million
// rows take 28 MB here instead of a million objects, and they can then be written to SQLite in the
// order of its primary key (see writeRecords.ts). Columns grow by fixed chunks, so a growing import
// never holds an old and a new copy of its rows at once.

const CHUNK_BITS = 16;
const CHUNK = 1 << CHUNK_BITS;
const MASK = CHUNK - 1;
const COLUMNS = 7;
const [TEACHER, COURSE, HUNDREDTHS, DAY, CATEGORY, YEAR, ROW] = [0, 1, 2, 3, 4, 5, 6] as const;

export class PackedRows {
  length = 0;
  /** chunks[c] holds rows c·CHUNK … as COLUMNS consecutive runs of CHUNK integers. */
  private readonly chunks: Int32Array[] = [];

  push(teacher: number, course: number, hundredths: number, day: number, category: number, year: number, row: number): void {
    const off = this.length & MASK;
    if (off === 0) this.chunks.push(new Int32Array(CHUNK * COLUMNS));
    const chunk = this.chunks[this.chunks.length - 1]!;
    chunk[TEACHER * CHUNK + off] = teacher;
    chunk[COURSE * CHUNK + off] = course;
    chunk[HUNDREDTHS * CHUNK + off] = hundredths;
    chunk[DAY * CHUNK + off] = day;
    chunk[CATEGORY * CHUNK + off] = category;
    chunk[YEAR * CHUNK + off] = year;
    chunk[ROW * CHUNK + off] = row;
    this.length++;
  }

  private at(column: number, i: number): number {
    return this.chunks[i >>> CHUNK_BITS]![column * CHUNK + (i & MASK)]!;
  }

  teacher(i: number): number {
    return this.at(TEACHER, i);
  }
  course(i: number): number {
    return this.at(COURSE, i);
  }
  hundredths(i: number): number {
    return this.at(HUNDREDTHS, i);
  }
  day(i: number): number {
    return this.at(DAY, i);
  }
  category(i: number): number {
    return this.at(CATEGORY, i);
  }
  /** The school year of the row's teacher. */
  year(i: number): number {
    return this.at(YEAR, i);
  }
  /** The row number in the file, for the report. */
  row(i: number): number {
    return this.at(ROW, i);
  }

  /**
   * Row indexes grouped by teacher id, ascending, in file order within a teacher (a stable counting
   * sort: two passes, no comparisons), so the inserts walk the primary key (teacher_id, course_id)
   * forward instead of jumping around it, and a teacher's repeated course sits next to its first row.
   */
  orderByTeacher(): Int32Array {
    const order = new Int32Array(this.length);
    if (this.length === 0) return order;
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < this.length; i++) {
      const t = this.teacher(i);
      if (t < min) min = t;
      if (t > max) max = t;
    }
    const starts = new Int32Array(max - min + 2);
    for (let i = 0; i < this.length; i++) starts[this.teacher(i) - min + 1]!++;
    for (let k = 1; k < starts.length; k++) starts[k]! += starts[k - 1]!;
    for (let i = 0; i < this.length; i++) order[starts[this.teacher(i) - min]!++] = i;
    return order;
  }
}
