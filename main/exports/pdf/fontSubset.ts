// Subsetting with harfbuzz (subset-font, WebAssembly): only the glyphs a document shows go into it.
// pdf-lib's own subsetter is not used — through fontkit it drops CJK glyphs and cannot handle CFF
// fonts. Layout tables, hinting and vertical metrics are dropped too: the PDF positions every glyph
// itself, horizontally, at print resolution.

import { createHash } from 'node:crypto';
import subsetFont from 'subset-font';
import { fontBytes, type FontWeight } from './fontFiles.ts';

const DROPPED_TABLES = ['GSUB', 'GPOS', 'GDEF', 'BASE', 'vhea', 'vmtx', 'VORG', 'STAT', 'gasp', 'DSIG'];

// Each call copies the 7 MB font into harfbuzz first (~10 ms), whatever the glyph count. A folder
// batch asks for the same set again and again (the bold of the frame is identical in every file),
// so the last few subsets are kept.
const RECENT = 8;
const recent = new Map<string, Promise<Uint8Array>>();

async function subset(weight: FontWeight, text: string): Promise<Uint8Array> {
  const bytes = await subsetFont(fontBytes(weight), text, {
    targetFormat: 'truetype',
    keepFeatures: [],
    noHinting: true,
    dropTables: DROPPED_TABLES,
  });
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A TrueType font holding exactly the glyphs of `chars` (one code point each). */
export function subsetFontBytes(weight: FontWeight, chars: Iterable<string>): Promise<Uint8Array> {
  const text = [...new Set(chars)].sort().join('');
  const key = `${weight}:${text}`;
  let found = recent.get(key);
  if (found) recent.delete(key);
  else {
    found = subset(weight, text);
    found.catch(() => recent.delete(key));
  }
  recent.set(key, found);
  if (recent.size > RECENT) recent.delete(recent.keys().next().value ?? '');
  return found;
}

/**
 * The six capital letters PDF puts before a subset font's name (ISO 32000 §9.6.4), derived from
 * the glyph set, so different subsets get different tags and the same document the same bytes.
 */
export function subsetTag(chars: Iterable<string>): string {
  const digest = createHash('sha256').update([...new Set(chars)].sort().join('')).digest();
  let tag = '';
  for (let i = 0; i < 6; i++) tag += String.fromCharCode(65 + ((digest[i] ?? 0) % 26));
  return tag;
}
