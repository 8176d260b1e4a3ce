// The shape of an import kind: its sheets, their columns (canonical key, Chinese label, aliases,
// required flag, value type) and the record type a row becomes — derived from the spec itself, so
// the two cannot drift apart.

import type { DateTimeValue } from './values.ts';

export type ValueType =
  | 'text'
  | 'code'
  | 'nationalId'
  | 'hours'
  | 'count'
  | 'enum'
  | 'date'
  | 'dateTime'
  | 'email'
  | 'phone';

export interface ColumnSpec {
  readonly key: string;
  /** The header the template writes; also an accepted header. */
  readonly label: string;
  /** Other accepted headers, in order of preference when a file has several. */
  readonly aliases?: readonly string[];
  readonly required?: boolean;
  readonly type: ValueType;
  /** enum only: the vocabulary's options. */
  readonly options?: readonly string[];
}

/** A rejection of one row raised by a rule across columns, reported at one column. */
export interface RowProblem {
  column: string;
  reason: string;
}

export interface SheetSpec {
  readonly key: string;
  /** The sheet's name in multi-sheet workbooks and in the template. */
  readonly name: string;
  readonly required: boolean;
  readonly columns: readonly ColumnSpec[];
  /** Survey: every column not in `columns` is a question. */
  readonly questions?: boolean;
  /** Rules across columns, run on a row whose cells all parsed. */
  readonly rowCheck?: (record: Readonly<Record<string, unknown>>) => RowProblem | null;
}

export interface KindSpec {
  readonly kind: string;
  readonly label: string;
  readonly sheets: readonly SheetSpec[];
}

type ValueOf<C extends ColumnSpec> = C['type'] extends 'hours' | 'count'
  ? number
  : C['type'] extends 'dateTime'
    ? DateTimeValue
    : C['type'] extends 'enum'
      ? C['options'] extends readonly (infer O)[]
        ? O
        : string
      : string;

type ColumnsRecord<S extends SheetSpec> = {
  -readonly [C in S['columns'][number] as C['key']]: C['required'] extends true ? ValueOf<C> : ValueOf<C> | null;
};

/** One valid row: its row number in the spreadsheet and a value per column (null when blank). */
export type RecordOf<S extends SheetSpec> = { row: number } & ColumnsRecord<S> &
  (S['questions'] extends true ? { answers: Array<number | string | null> } : unknown);
