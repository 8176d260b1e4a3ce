// The shapes shared by the importers, the job runner, the worker and the API: what a job asks for,
// and how it ended.

import type { ImportLimits, RefusalCode } from '../imports/index.ts';

/** The kinds this app writes to its database (the reading layer knows more). */
export const REGISTRY_IMPORT_KINDS = ['authorities', 'schools', 'teachers', 'accounts', 'contacts', 'courses', 'hours', 'school-plans', 'teacher-plans', 'survey'] as const;
export type RegistryImportKind = (typeof REGISTRY_IMPORT_KINDS)[number];

export interface ImportJob {
  kind: RegistryImportKind;
  /** The file the officer chose. */
  path: string;
  /** Its name as recorded in the history (the path stays out of it). */
  fileName: string;
  /**
   * The school year imported into. Courses belong to no year (it is ignored); hours import that
   * year's rows only, or with null every row goes to the school year of its date.
   */
  year: number | null;
  limits?: Partial<ImportLimits>;
}

export interface ImportCounts {
  read: number;
  added: number;
  replaced: number;
  unchanged: number;
  /** Rows rejected (a row may carry several reasons). */
  rejected: number;
  /** Teachers of the covered schools who are not in a new roster. */
  missing: number;
}

export type ImportOutcome =
  | { status: 'landed'; id: number; counts: ImportCounts }
    /** id is null when even the history row could not be written (the database stayed busy). */
  | { status: 'refused'; id: number | null; code: RefusalCode | 'busy' | 'no-year' | 'disk-full'; message: string }
  | { status: 'cancelled'; id: number; message: string };

export interface JobProgress {
  phase: 'reading' | 'finishing';
  rowsRead: number;
  bytesRead: number;
  bytesTotal: number;
}

export interface JobHooks {
  signal?: AbortSignal;
  onProgress?: (progress: JobProgress) => void;
}
