// Advance widths from the full font, so pages can be laid out before anyone knows which glyphs the
// document will need. Text is drawn glyph by glyph with exactly these advances (no kerning, no
// shaping — Chinese needs neither), so what is measured here is what lands on paper.

import fontkit from '@pdf-lib/fontkit';
import type { Font } from '@pdf-lib/fontkit';
import { fontBytes, type FontWeight } from './fontFiles.ts';

/** Drawn in place of a character the font has no glyph for: the customary 〓 (geta mark). */
export const MISSING_GLYPH = '\u3013';

export interface FontMetrics {
  readonly weight: FontWeight;
  /** Width of `text` at `size` points. */
  width(text: string, size: number): number;
  /** Width of one character (a code point) at size 1. */
  advance(char: string): number;
  has(char: string): boolean;
}

const MISSING = -1;

function createMetrics(weight: FontWeight): FontMetrics {
  const font: Font = fontkit.create(fontBytes(weight));
  const scale = 1 / font.unitsPerEm;
  const advances = new Map<number, number>();
  const advanceOf = (cp: number): number => {
    let a = advances.get(cp);
    if (a === undefined) {
      a = font.hasGlyphForCodePoint(cp) ? font.glyphForCodePoint(cp).advanceWidth * scale : MISSING;
      advances.set(cp, a);
    }
    return a;
  };
  const fallback = advanceOf(MISSING_GLYPH.codePointAt(0) ?? 0);
  return {
    weight,
    advance: (char) => {
      const a = advanceOf(char.codePointAt(0) ?? 0);
      return a === MISSING ? fallback : a;
    },
    has: (char) => advanceOf(char.codePointAt(0) ?? 0) !== MISSING,
    width(text, size) {
      let sum = 0;
      for (const char of text) {
        const a = advanceOf(char.codePointAt(0) ?? 0);
        sum += a === MISSING ? fallback : a;
      }
      return sum * size;
    },
  };
}

const cache = new Map<FontWeight, FontMetrics>();

/** The metrics of a weight, parsed once per process (the full font's tables are read lazily). */
export function fontMetrics(weight: FontWeight): FontMetrics {
  let m = cache.get(weight);
  if (!m) {
    m = createMetrics(weight);
    cache.set(weight, m);
  }
  return m;
}
