// The small parts of an .xlsx that the sheet reader needs: where the sheets are, which styles are
// dates, and the shared-string table.

import { DAMAGED_MESSAGE, refuse } from '../errors.ts';
import { formatCount } from '../limits.ts';
import type { ImportLimits } from '../limits.ts';
import { isDateFormat } from './numFmt.ts';
import { parseAttributes, resolvePartPath, XmlTokenizer } from './xml.ts';
import type { XmlHandler } from './xml.ts';
import type { ZipArchive, ZipEntry } from './zip.ts';

export interface WorkbookInfo {
  sheets: Array<{ name: string; path: string }>;
  date1904: boolean;
  sharedStringsPath: string | null;
  stylesPath: string | null;
}

interface Relationship {
  type: string;
  target: string;
}

/** A decoder chosen by the part's byte-order mark: OOXML parts may be UTF-16, though almost none are. */
export function partDecoder(first: Uint8Array): TextDecoder {
  if (first[0] === 0xff && first[1] === 0xfe) return new TextDecoder('utf-16le');
  if (first[0] === 0xfe && first[1] === 0xff) return new TextDecoder('utf-16be');
  return new TextDecoder('utf-8');
}

async function tokenize(zip: ZipArchive, entry: ZipEntry, handler: XmlHandler, signal?: AbortSignal): Promise<void> {
  const tokenizer = new XmlTokenizer(handler);
  let decoder: TextDecoder | null = null;
  for await (const chunk of zip.chunks(entry, signal)) {
    decoder ??= partDecoder(chunk);
    tokenizer.write(decoder.decode(chunk, { stream: true }));
  }
  if (decoder) tokenizer.write(decoder.decode());
  tokenizer.end();
}

function requirePart(zip: ZipArchive, path: string): ZipEntry {
  const entry = zip.find(path);
  if (!entry) throw refuse('truncated', DAMAGED_MESSAGE);
  return entry;
}

async function readRelationships(zip: ZipArchive, relsPath: string, signal?: AbortSignal): Promise<Map<string, Relationship>> {
  const rels = new Map<string, Relationship>();
  const entry = zip.find(relsPath);
  if (!entry) return rels;
  await tokenize(
    zip,
    entry,
    {
      open(name, raw) {
        if (name !== 'Relationship') return;
        const a = parseAttributes(raw);
        if (a.get('TargetMode') === 'External') return;
        rels.set(a.get('Id') ?? '', { type: a.get('Type') ?? '', target: a.get('Target') ?? '' });
      },
    },
    signal,
  );
  return rels;
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The main part named by the package's root relationships, e.g. 'xl/workbook.xml'; null when none. */
export async function findMainPart(zip: ZipArchive, signal?: AbortSignal): Promise<string | null> {
  const rels = await readRelationships(zip, '_rels/.rels', signal);
  for (const rel of rels.values()) {
    if (rel.type.endsWith('/officeDocument')) return resolvePartPath('', rel.target);
  }
  return zip.find('xl/workbook.xml') ? 'xl/workbook.xml' : null;
}

export async function readWorkbookInfo(zip: ZipArchive, workbookPath: string, signal?: AbortSignal): Promise<WorkbookInfo> {
  const listed: Array<{ name: string; id: string; hidden: boolean }> = [];
  let date1904 = false;
  await tokenize(
    zip,
    requirePart(zip, workbookPath),
    {
      open(name, raw) {
        if (name === 'sheet') {
          const a = parseAttributes(raw);
          let id = '';
          for (const [key, value] of a) if (key.endsWith(':id')) id = value;
          const state = a.get('state');
          listed.push({ name: a.get('name') ?? '', id, hidden: state === 'hidden' || state === 'veryHidden' });
        } else if (name === 'workbookPr') {
          const v = parseAttributes(raw).get('date1904');
          date1904 = v === '1' || v === 'true';
        }
      },
    },
    signal,
  );
  const rels = await readRelationships(zip, relsPathOf(workbookPath), signal);
  const byType = (suffix: string): string | null => {
    for (const rel of rels.values()) if (rel.type.endsWith(suffix)) return resolvePartPath(workbookPath, rel.target);
    return null;
  };
  const sheets: WorkbookInfo['sheets'] = [];
  for (const s of listed) {
    const rel = rels.get(s.id);
    // Chart sheets and dialog sheets hold no rows.
    if (s.hidden || !rel || !rel.type.endsWith('/worksheet')) continue;
    sheets.push({ name: s.name, path: resolvePartPath(workbookPath, rel.target) });
  }
  return { sheets, date1904, sharedStringsPath: byType('/sharedStrings'), stylesPath: byType('/styles') };
}

/** One flag per cell style index (the cell's s attribute): 1 when its number format is a date. */
export async function readDateStyles(zip: ZipArchive, path: string | null, signal?: AbortSignal): Promise<Uint8Array> {
  const entry = path === null ? undefined : zip.find(path);
  if (!entry) return new Uint8Array(0);
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellXfs = false;
  await tokenize(
    zip,
    entry,
    {
      open(name, raw, selfClosing) {
        if (name === 'numFmt') {
          const a = parseAttributes(raw);
          custom.set(Number(a.get('numFmtId')), a.get('formatCode') ?? '');
        } else if (name === 'cellXfs') {
          inCellXfs = !selfClosing;
        } else if (name === 'xf' && inCellXfs) {
          formatIds.push(Number(parseAttributes(raw).get('numFmtId') ?? 0));
        }
      },
      close(name) {
        if (name === 'cellXfs') inCellXfs = false;
      },
    },
    signal,
  );
  return Uint8Array.from(formatIds, (id) => (isDateFormat(id, custom) ? 1 : 0));
}

/** The shared-string table; phonetic runs (rPh, the furigana/注音 guides) are not part of the text. */
export async function readSharedStrings(
  zip: ZipArchive,
  path: string | null,
  limits: ImportLimits,
  signal?: AbortSignal,
): Promise<string[]> {
  const entry = path === null ? undefined : zip.find(path);
  if (!entry) return [];
  const strings: string[] = [];
  let current = '';
  let inText = false;
  let phonetic = 0;
  let chars = 0;
  const tooMany = (): Error =>
    refuse(
      'too-large',
      `活頁簿的共用字串超過上限（${formatCount(limits.maxSharedStrings)} 個、${formatCount(limits.maxSharedStringChars)} 字），無法匯入`,
    );
  await tokenize(
    zip,
    entry,
    {
      open(name, _raw, selfClosing) {
        if (name === 't') inText = !selfClosing && phonetic === 0;
        else if (name === 'rPh') phonetic += selfClosing ? 0 : 1;
        else if (name === 'si') current = '';
      },
      close(name) {
        if (name === 't') inText = false;
        else if (name === 'rPh') phonetic = Math.max(0, phonetic - 1);
        else if (name === 'si') {
          chars += current.length;
          if (strings.length >= limits.maxSharedStrings || chars > limits.maxSharedStringChars) throw tooMany();
          strings.push(current);
        }
      },
      text(value) {
        if (!inText) return;
        current += value;
        if (chars + current.length > limits.maxSharedStringChars) throw tooMany();
      },
    },
    signal,
  );
  return strings;
}
