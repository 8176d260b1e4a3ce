// How much a single import may cost. Every bound is checked before the work it guards (declared zip
// sizes before inflating) and again while doing it (bytes actually inflated, rows actually read),
// because a hostile file lies in its headers.

import { refuse } from './errors.ts';

export interface ImportLimits {
  /** Size of the file on disk (csv, xlsx). */
  maxFileBytes: number;
  /** .xls and HTML/XML "xls" files are parsed whole in memory, so they get a much smaller bound. */
  maxInMemoryBytes: number;
  /** Rows of one sheet (title and header rows included). */
  maxRows: number;
  /** Columns of one row; cells further right are ignored. */
  maxColumns: number;
  /** Inflated bytes of one zip entry (also checked against its declared size first). */
  maxEntryBytes: number;
  /** Inflated bytes of all entries of one workbook together. */
  maxInflatedBytes: number;
  /** Declared uncompressed / compressed size, checked for entries of at least ratioFloorBytes. */
  maxCompressionRatio: number;
  ratioFloorBytes: number;
  /** Entries in a zip's central directory. */
  maxZipEntries: number;
  /** The shared-string table lives in memory for the whole read. */
  maxSharedStrings: number;
  maxSharedStringChars: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: Readonly<ImportLimits> = Object.freeze({
  maxFileBytes: 1024 * MiB,
  maxInMemoryBytes: 32 * MiB,
  maxRows: 2_000_000,
  maxColumns: 1024,
  maxEntryBytes: 1024 * MiB,
  maxInflatedBytes: 1024 * MiB,
  maxCompressionRatio: 200,
  ratioFloorBytes: 1 * MiB,
  maxZipEntries: 10_000,
  maxSharedStrings: 4_000_000,
  maxSharedStringChars: 128 * MiB,
});

/**
 * No single tag, text node or csv field is this long in a real spreadsheet; a hostile one that is
 * would otherwise grow one string until the engine gives up.
 */
export const MAX_TOKEN_CHARS = 16 * MiB;

export function tooLongToken(): Error {
  return refuse('too-large', '檔案裡有一個儲存格或標籤異常地長，疑似惡意或損毀的檔案，無法匯入');
}

export function resolveLimits(overrides: Partial<ImportLimits> | undefined): ImportLimits {
  return { ...DEFAULT_LIMITS, ...overrides };
}

/** '2,000,000' — limits are quoted to the officer with thousands separators. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

export function formatBytes(n: number): string {
  return n >= MiB ? `${formatCount(Math.round(n / MiB))} MB` : `${formatCount(Math.ceil(n / 1024))} KB`;
}
