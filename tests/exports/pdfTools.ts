// Reading PDFs back the way an outside reader would: poppler's command-line tools (poppler-utils,
// installed by .ci/run).
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';

const run = (cmd: string, args: string[]): string => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

export function pdfPages(path: string): number {
  return Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [path]))?.[1] ?? NaN);
}

export function pdfInfo(path: string): string {
  return run('pdfinfo', [path]);
}

/** The text of the pages, reading order as pdftotext sees it (no layout). */
export function pdfText(path: string, page?: number): string {
  return run('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-enc', 'UTF-8', path, '-']);
}

export interface PdfFont {
  name: string;
  type: string;
  encoding: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

/** pdffonts' table, one row per font object: name, type (may hold spaces), encoding, emb, sub, uni, object, generation. */
export function pdfFonts(path: string): PdfFont[] {
  const lines = run('pdffonts', [path]).split('\n').slice(2).filter((l) => l.trim());
  return lines.map((line) => {
    const t = line.trim().split(/\s+/);
    const at = (i: number) => t[t.length + i] ?? '';
    return {
      name: t[0] ?? '',
      type: t.slice(1, -6).join(' '),
      encoding: at(-6),
      embedded: at(-5) === 'yes',
      subset: at(-4) === 'yes',
      unicode: at(-3) === 'yes',
    };
  });
}

/** Page images `prefix-N.png` at 80 dpi (what a person looks at); returns their paths. */
export function rasterize(path: string, prefix: string, pages?: { first: number; last: number }): string[] {
  run('pdftoppm', ['-r', '80', '-png', ...(pages ? ['-f', String(pages.first), '-l', String(pages.last)] : []), path, prefix]);
  const dir = dirname(prefix);
  return readdirSync(dir)
    .filter((n) => n.startsWith(`${basename(prefix)}-`) && n.endsWith('.png'))
    .sort()
    .map((n) => join(dir, n));
}

/** Images placed in the PDF, as pdfimages -list reports them. */
export function pdfImages(path: string): { width: number; height: number }[] {
  return run('pdfimages', ['-list', path])
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      return { width: Number(cols[3]), height: Number(cols[4]) };
    });
}
