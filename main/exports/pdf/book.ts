// Everything one PDF file will hold, laid out but not yet written: sections of pages (one section
// per form instance — a school's sheet, an authority's list — numbered on their own), the
// templates their pages share, and the images (charts) they show.

import { PageDraft, type GlyphReport } from './draft.ts';
import { A4 } from './geometry.ts';

export interface PdfSection {
  /** What the section is, for the outline and for file names: '臺北市立建國高級中學'. */
  label: string;
  pages: PageDraft[];
}

export class PdfBook {
  readonly sections: PdfSection[] = [];
  readonly templates = new Map<string, PageDraft>();
  readonly #layouts = new Map<string, unknown>();
  readonly images = new Map<string, Uint8Array>();
  readonly glyphs: GlyphReport = { missing: new Set() };

  /** Starts a section; its pages are added with `page(section)`. */
  section(label: string): PdfSection {
    const section: PdfSection = { label, pages: [] };
    this.sections.push(section);
    return section;
  }

  page(section: PdfSection, size: { width: number; height: number } = A4): PageDraft {
    const page = new PageDraft(size, this.glyphs);
    section.pages.push(page);
    return page;
  }

  /**
   * The static part of a page (frame, labels, notes), drawn once by `draw` and reused by id: a
   * batch of 3,500 sheets stores its frame one time, as a form XObject. Returns what `draw`
   * returned the first time — typically where the frame left room for the values.
   */
  template<T>(id: string, draw: (page: PageDraft) => T, size: { width: number; height: number } = A4): T {
    if (!this.templates.has(id)) {
      const page = new PageDraft(size, this.glyphs);
      this.#layouts.set(id, draw(page));
      this.templates.set(id, page);
    }
    return this.#layouts.get(id) as T;
  }

  /** A PNG to show on pages (drafts refer to it by key); the same key is stored once. */
  image(key: string, png: Uint8Array): string {
    if (!this.images.has(key)) this.images.set(key, png);
    return key;
  }

  get pageCount(): number {
    return this.sections.reduce((n, s) => n + s.pages.length, 0);
  }
}
