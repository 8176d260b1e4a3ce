// Embeds a harfbuzz subset as a Type 0 font (Identity-H, CIDFontType2 with CIDToGIDMap Identity)
// through pdf-lib's object model, without pdf-lib's embedFont: its fontkit text layout costs
// ~30 µs per string, too slow for thousands of pages, and its subsetter is not wanted (see
// fontSubset.ts). Here a character becomes its glyph id by one map lookup. Every glyph of the
// subset gets a width (W) and a ToUnicode entry, so viewers space it right and copying or
// pdftotext gives back the Chinese.

import { deflateSync } from 'node:zlib';
import fontkit from '@pdf-lib/fontkit';
import { PDFName, PDFString, type PDFDocument, type PDFRef } from 'pdf-lib';

export interface EmbeddedFont {
  ref: PDFRef;
  /** The glyph ids of `text` as the hex digits of a PDF string (4 per character). */
  encode(text: string): string;
}

const hex4 = (n: number): string => n.toString(16).toUpperCase().padStart(4, '0');

function utf16Hex(cp: number): string {
  if (cp < 0x10000) return hex4(cp);
  const v = cp - 0x10000;
  return hex4(0xd800 + (v >> 10)) + hex4(0xdc00 + (v & 0x3ff));
}

function toUnicodeCmap(glyphs: ReadonlyMap<number, number>): string {
  const entries = [...glyphs].sort((a, b) => a[0] - b[0]);
  let body = '';
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100);
    body += `${block.length} beginbfchar\n${block.map(([gid, cp]) => `<${hex4(gid)}> <${utf16Hex(cp)}>`).join('\n')}\nendbfchar\n`;
  }
  return (
    '/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n' +
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n' +
    '/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n' +
    '1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n' +
    body +
    'endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n'
  );
}

/** W array: runs of consecutive glyph ids share one entry: [first [w1 w2 …] …]. */
function widthArray(widths: ReadonlyMap<number, number>): (number | number[])[] {
  const gids = [...widths.keys()].sort((a, b) => a - b);
  const out: (number | number[])[] = [];
  let run: number[] = [];
  let prev = -2;
  for (const gid of gids) {
    if (gid !== prev + 1) {
      run = [];
      out.push(gid, run);
    }
    run.push(Math.round(widths.get(gid) ?? 0));
    prev = gid;
  }
  return out;
}

/**
 * Embeds `bytes` (a subset holding the glyphs of `chars`) under `baseFont`, which carries the
 * subset tag: 'ABCDEF+NotoSansTC-Regular'.
 */
export function embedSubsetFont(doc: PDFDocument, bytes: Uint8Array, chars: Iterable<string>, baseFont: string): EmbeddedFont {
  const font = fontkit.create(bytes);
  const scale = 1000 / font.unitsPerEm;
  const hexOf = new Map<string, string>();
  const unicodeOf = new Map<number, number>();
  const widths = new Map<number, number>([[0, font.getGlyph(0).advanceWidth * scale]]);
  for (const char of new Set(chars)) {
    const cp = char.codePointAt(0) ?? 0;
    const glyph = font.glyphForCodePoint(cp);
    hexOf.set(char, hex4(glyph.id));
    if (glyph.id !== 0 && !unicodeOf.has(glyph.id)) unicodeOf.set(glyph.id, cp);
    widths.set(glyph.id, glyph.advanceWidth * scale);
  }

  const { context } = doc;
  const fontFile = context.register(context.stream(deflateSync(bytes), { Filter: 'FlateDecode', Length1: bytes.length }));
  const { minX, minY, maxX, maxY } = font.bbox;
  const descriptor = context.register(
    context.obj({
      Type: 'FontDescriptor',
      FontName: baseFont,
      // Symbolic: the glyphs are addressed by id, not through a standard Latin encoding.
      Flags: 4,
      FontBBox: [minX * scale, minY * scale, maxX * scale, maxY * scale].map(Math.round),
      ItalicAngle: 0,
      Ascent: Math.round(font.ascent * scale),
      Descent: Math.round(font.descent * scale),
      CapHeight: Math.round((font.capHeight || font.ascent) * scale),
      StemV: 80,
      FontFile2: fontFile,
    }),
  );
  const cidFont = context.register(
    context.obj({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: baseFont,
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      CIDToGIDMap: 'Identity',
      DW: 1000,
      W: widthArray(widths),
    }),
  );
  const toUnicode = context.register(context.stream(deflateSync(Buffer.from(toUnicodeCmap(unicodeOf), 'latin1')), { Filter: 'FlateDecode' }));
  const ref = context.register(
    context.obj({
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: PDFName.of(baseFont),
      Encoding: 'Identity-H',
      DescendantFonts: [cidFont],
      ToUnicode: toUnicode,
    }),
  );

  return {
    ref,
    encode(text) {
      let out = '';
      for (const char of text) out += hexOf.get(char) ?? '0000';
      return out;
    },
  };
}
