// A small streaming XML tokenizer for the workbook's little parts (workbook, relationships, styles,
// shared strings). Entities are never expanded beyond the five predefined ones and character
// references, so no document can make it do more work than its own size. The sheet XML, where
// speed matters, has its own scanner (xlsxSheet.ts).

import { MAX_TOKEN_CHARS, tooLongToken } from '../limits.ts';

export interface XmlHandler {
  /** Local name (namespace prefix removed) and the raw attribute text. */
  open(name: string, attributes: string, selfClosing: boolean): void;
  close?(name: string): void;
  /** Character data with entities decoded; only whole text nodes are passed. */
  text?(value: string): void;
}

export class XmlTokenizer {
  readonly #handler: XmlHandler;
  #rest = '';

  constructor(handler: XmlHandler) {
    this.#handler = handler;
  }

  write(chunk: string): void {
    const buf = this.#rest === '' ? chunk : this.#rest + chunk;
    this.#rest = buf.slice(this.#scan(buf));
    if (this.#rest.length > MAX_TOKEN_CHARS) throw tooLongToken();
  }

  end(): void {
    this.#rest = '';
  }

  /** Returns where the unfinished tail starts. */
  #scan(buf: string): number {
    const h = this.#handler;
    let pos = 0;
    for (;;) {
      const lt = buf.indexOf('<', pos);
      if (lt < 0) return pos;
      if (lt > pos && h.text) h.text(decodeXml(buf.slice(pos, lt)));
      pos = lt;
      const c1 = buf.charCodeAt(lt + 1);
      if (c1 === 0x21 /* ! */) {
        if (buf.length < lt + 9) return pos;
        if (buf.startsWith('<!--', lt)) {
          const end = buf.indexOf('-->', lt + 4);
          if (end < 0) return pos;
          pos = end + 3;
        } else if (buf.startsWith('<![CDATA[', lt)) {
          const end = buf.indexOf(']]>', lt + 9);
          if (end < 0) return pos;
          if (h.text) h.text(buf.slice(lt + 9, end));
          pos = end + 3;
        } else {
          const end = buf.indexOf('>', lt);
          if (end < 0) return pos;
          pos = end + 1;
        }
        continue;
      }
      if (c1 === 0x3f /* ? */) {
        const end = buf.indexOf('?>', lt);
        if (end < 0) return pos;
        pos = end + 2;
        continue;
      }
      const gt = tagEnd(buf, lt + 1);
      if (gt < 0) return pos;
      if (c1 === 0x2f /* / */) {
        h.close?.(localName(buf.slice(lt + 2, gt).trim()));
      } else {
        const selfClosing = buf.charCodeAt(gt - 1) === 0x2f;
        const inner = buf.slice(lt + 1, selfClosing ? gt - 1 : gt);
        const space = inner.search(/[\s]/);
        const name = localName(space < 0 ? inner : inner.slice(0, space));
        h.open(name, space < 0 ? '' : inner.slice(space), selfClosing);
        if (selfClosing) h.close?.(name);
      }
      pos = gt + 1;
    }
  }
}

/** The '>' that ends the tag, skipping '>' inside quoted attribute values. */
function tagEnd(buf: string, from: number): number {
  let quote = 0;
  for (let i = from; i < buf.length; i++) {
    const c = buf.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) {
      quote = c;
    } else if (c === 0x3e) {
      return i;
    }
  }
  return -1;
}

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

const ATTRIBUTE_RE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** All attributes of a tag, keyed as written (with any prefix), values decoded. */
export function parseAttributes(raw: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of raw.matchAll(ATTRIBUTE_RE)) out.set(m[1] ?? '', decodeXml(m[2] ?? m[3] ?? ''));
  return out;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.charCodeAt(0) === 0x23) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

/** A relationship target resolved against the folder of the part that names it. */
export function resolvePartPath(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = fromPart.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}
