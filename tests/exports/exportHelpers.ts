// What the export tests of issue 8 share: reading a PDF's text without layout breaks, checking its
// fonts are embedded subsets, and looking for any national ID printed in full.
import { execFileSync } from 'node:child_process';
import { expect } from 'vitest';
import type { Sqlite } from '../../db/connection.ts';
import { pdfFonts } from './pdfTools.ts';

/** Text without the line breaks and spaces pdftotext puts where our layout wrapped. */
export const flat = (text: string): string => text.replace(/\s+/g, '');

export function expectSubsetFonts(path: string): void {
  const fonts = pdfFonts(path);
  expect(fonts.length).toBeGreaterThan(0);
  for (const font of fonts) {
    expect(font.name).toMatch(/^[A-Z]{6}\+NotoSansTC-(Regular|Bold)$/);
    expect(font).toMatchObject({ type: 'CID TrueType', encoding: 'Identity-H', embedded: true, subset: true, unicode: true });
  }
}

/** A national ID in full: a letter, 1/2/8/9 (or A–D), eight digits. */
export const FULL_ID = /[A-Z][1289A-D]\d{8}/;

/** Every full national ID of the year's roster, to look for in an export. */
export function rosterIds(sqlite: Sqlite, year: number): string[] {
  return sqlite.prepare('SELECT t.national_id FROM teachers t JOIN schools s ON s.id = t.school_id WHERE s.year = ?').pluck().all(year) as string[];
}

/**
 * The text in the order it was drawn (pdftotext -raw): a table reads row by row, cell by cell,
 * where the default reading order interleaves neighbouring cells that wrap.
 */
export function drawnText(path: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return flat(execFileSync('pdftotext', ['-raw', ...range, '-enc', 'UTF-8', path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
}
