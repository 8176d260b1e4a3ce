// Writes a laid-out book as one PDF: the font subset once for all of its glyphs (harfbuzz) and
// embedded once, templates as form XObjects, one shared resource dictionary, every content stream
// deflated with zlib. Metadata says what the document is, in Chinese, for the viewer's title bar.

import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFPageLeaf, type PDFRef } from 'pdf-lib';
import type { PdfBook } from './book.ts';
import { embedSubsetFont, type EmbeddedFont } from './fontEmbed.ts';
import type { FontWeight } from './fontFiles.ts';
import { subsetFontBytes, subsetTag } from './fontSubset.ts';
import { charsByWeight, paintOps, type PaintResources } from './paint.ts';

export interface PdfMeta {
  title: string;
  subject?: string;
  /** Fixed in tests so the same input gives the same bytes. */
  now?: Date;
}

export interface WrittenPdf {
  bytes: Uint8Array;
  pages: number;
  /** Characters the font has no glyph for (drawn as 〓). */
  missingGlyphs: string[];
}

const POSTSCRIPT_NAMES: Record<FontWeight, string> = { regular: 'NotoSansTC-Regular', bold: 'NotoSansTC-Bold' };
const FONT_KEYS: Record<FontWeight, string> = { regular: 'F1', bold: 'F2' };

async function embedFonts(doc: PDFDocument, book: PdfBook): Promise<Map<FontWeight, { name: string; font: EmbeddedFont }>> {
  const chars = charsByWeight([...book.templates.values(), ...book.sections.flatMap((s) => s.pages)]);
  const fonts = new Map<FontWeight, { name: string; font: EmbeddedFont }>();
  for (const [weight, set] of chars) {
    const bytes = await subsetFontBytes(weight, set);
    const font = embedSubsetFont(doc, bytes, set, `${subsetTag(set)}+${POSTSCRIPT_NAMES[weight]}`);
    fonts.set(weight, { name: FONT_KEYS[weight], font });
  }
  return fonts;
}

// Page contents are a few kilobytes: a small window and hash table cost far less to set up per
// stream and compress them just as well.
const SMALL_STREAM = { level: 6, windowBits: 12, memLevel: 5 } as const;

function flate(doc: PDFDocument, content: string, dict: Record<string, unknown> = {}): PDFRef {
  const { context } = doc;
  return context.register(context.stream(deflateSync(Buffer.from(content, 'latin1'), SMALL_STREAM), { ...dict, Filter: 'FlateDecode' } as never));
}

export async function writePdf(book: PdfBook, meta: PdfMeta): Promise<WrittenPdf> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const { context } = doc;
  const fonts = await embedFonts(doc, book);
  const fontDict = Object.fromEntries([...fonts.values()].map((f) => [f.name, f.font.ref]));

  const xobjects = new Map<string, string>();
  const imageRefs: Record<string, PDFRef> = {};
  let i = 0;
  for (const [key, png] of book.images) {
    const image = await doc.embedPng(png);
    const name = `Im${++i}`;
    xobjects.set(`image:${key}`, name);
    imageRefs[name] = image.ref;
  }
  const baseResources = context.register(context.obj({ Font: fontDict, XObject: imageRefs, ProcSet: ['PDF', 'Text', 'ImageC'] }));
  const res: PaintResources = { fonts, xobjects };

  const templateRefs: Record<string, PDFRef> = {};
  i = 0;
  for (const [id, template] of book.templates) {
    const name = `T${++i}`;
    templateRefs[name] = flate(doc, paintOps(template.ops, template.height, res), {
      Type: 'XObject',
      Subtype: 'Form',
      BBox: [0, 0, template.width, template.height],
      Resources: baseResources,
    });
    xobjects.set(`template:${id}`, name);
  }
  const pageResources = context.register(
    context.obj({ Font: fontDict, XObject: { ...imageRefs, ...templateRefs }, ProcSet: ['PDF', 'Text', 'ImageC'] }),
  );

  // Pages are appended to the root node directly: doc.addPage walks the tree for every page,
  // which is quadratic over a batch of thousands.
  const tree = doc.catalog.Pages();
  const treeRef = doc.catalog.get(PDFName.of('Pages')) as PDFRef;
  const [resourcesKey, contentsKey, mediaBoxKey] = ['Resources', 'Contents', 'MediaBox'].map((k) => PDFName.of(k)) as [PDFName, PDFName, PDFName];
  for (const section of book.sections) {
    for (const draft of section.pages) {
      const leaf = PDFPageLeaf.withContextAndParent(context, treeRef);
      leaf.set(mediaBoxKey, context.obj([0, 0, draft.width, draft.height]));
      leaf.set(resourcesKey, pageResources);
      leaf.set(contentsKey, flate(doc, paintOps(draft.ops, draft.height, res)));
      tree.pushLeafNode(context.register(leaf));
    }
  }

  const now = meta.now ?? new Date();
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.subject) doc.setSubject(meta.subject);
  doc.setLanguage('zh-TW');
  doc.setCreator('進修規劃管理');
  doc.setProducer('進修規劃管理（pdf-lib）');
  doc.setCreationDate(now);
  doc.setModificationDate(now);
  const bytes = await doc.save({ useObjectStreams: true, addDefaultPage: false, updateFieldAppearances: false });
  return { bytes, pages: book.pageCount, missingGlyphs: [...book.glyphs.missing] };
}
