// The document the desktop app hands to the system print dialog: every page of a form as one
// full-page image, each on its own sheet of paper of the page's own size, margins zero. Electron
// prints a loaded PDF as blank pages (electron/electron#30947), so the pages are drawn as images
// by the same renderer as the preview, at print resolution. The page carries no script and loads
// nothing but its own images: its CSP allows images from files and data URLs and exactly the one
// style block below (by its hash), nothing else.

import { createHash } from 'node:crypto';

export interface PrintPage {
  /** The image: a file name beside the HTML ('page-0001.png'), a file:// URL or a data: URL. */
  src: string;
  /** The paper, in PDF points (1/72 inch), as the form laid the page out. */
  width: number;
  height: number;
}

const MM_PER_PT = 25.4 / 72;

const attr = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Millimetres to a tenth: 595.28 pt is 210.0 mm. */
const millimetres = (pt: number): string => (Math.round(pt * MM_PER_PT * 10) / 10).toFixed(1);

/** Only images and one inline style: no script, no frames, no fetches, no form posts. */
export function printDocumentCsp(style: string): string {
  const hash = createHash('sha256').update(style, 'utf8').digest('base64');
  return `default-src 'none'; img-src file: data:; style-src 'sha256-${hash}'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'`;
}

/** The sizes the pages use, each a named @page, in order of first use. */
function paperSizes(pages: readonly PrintPage[]): Map<string, { width: string; height: string; name: string }> {
  const sizes = new Map<string, { width: string; height: string; name: string }>();
  for (const p of pages) {
    const width = millimetres(p.width);
    const height = millimetres(p.height);
    const key = `${width}x${height}`;
    if (!sizes.has(key)) sizes.set(key, { width, height, name: `paper${sizes.size + 1}` });
  }
  return sizes;
}

/** The HTML of the print document; `title` names the print job in the system's queue. */
export function printDocumentHtml(pages: readonly PrintPage[], title: string): string {
  if (pages.length === 0) throw new RangeError('a print document needs at least one page');
  const sizes = paperSizes(pages);
  const first = [...sizes.values()][0]!;
  const style =
    `@page{size:${first.width}mm ${first.height}mm;margin:0}` +
    [...sizes.values()].map((s) => `@page ${s.name}{size:${s.width}mm ${s.height}mm;margin:0}.${s.name}{page:${s.name};width:${s.width}mm;height:${s.height}mm}`).join('') +
    'html,body{margin:0;padding:0;background:#fff}' +
    '.sheet{overflow:hidden;break-after:page;page-break-after:always}.sheet:last-child{break-after:auto;page-break-after:auto}' +
    'img{display:block;width:100%;height:100%}';
  const body = pages
    .map((p, i) => {
      const size = sizes.get(`${millimetres(p.width)}x${millimetres(p.height)}`)!;
      return `<div class="sheet ${size.name}"><img src="${attr(p.src)}" alt="第 ${i + 1} 頁"></div>`;
    })
    .join('\n');
  return (
    '<!doctype html>\n<html lang="zh-Hant-TW"><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="${attr(printDocumentCsp(style))}">` +
    `<title>${attr(title)}</title><style>${style}</style></head>\n<body>\n${body}\n</body></html>\n`
  );
}
