// Builders for the files the import tests read: workbooks written by SheetJS, hand-made .xlsx parts
// zipped by a tiny zip writer of our own (so that sizes, CRCs and ratios can be made to lie), csv
// text, and a temp folder that cleans itself up.

import * as XLSX from '@e965/xlsx';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { afterAll } from 'vitest';

export const FIXTURES = new URL('../fixtures/imports/', import.meta.url).pathname;

/** A temp folder for this test file, removed when its tests are done. */
export function tempDir(): (name: string, data?: Buffer | string) => string {
  const dir = mkdtempSync(join(tmpdir(), 'imports-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return (name, data) => {
    const path = join(dir, name);
    if (data !== undefined) writeFileSync(path, data);
    return path;
  };
}

export type Aoa = unknown[][];

export function xlsxBuffer(sheets: Record<string, Aoa>, bookType: 'xlsx' | 'biff8' = 'xlsx'): Buffer {
  const wb = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), name);
  return XLSX.write(wb, { type: 'buffer', bookType, compression: true }) as Buffer;
}

export interface ZipItem {
  name: string;
  data: Buffer | string;
  /** 0 stored, 8 deflated (default). */
  method?: 0 | 8;
  /** Lie about the uncompressed size in both headers. */
  declaredSize?: number;
  /** Lie about the CRC. */
  crc?: number;
  /** Already deflated bytes (for bombs too big to hold inflated). */
  compressed?: Buffer;
}

/** A zip archive, every header written by hand; zip64 puts sizes and offsets in zip64 records. */
export function zip(items: ZipItem[], options: { zip64?: boolean } = {}): Buffer {
  const zip64 = options.zip64 === true;
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const item of items) {
    const data = typeof item.data === 'string' ? Buffer.from(item.data, 'utf8') : item.data;
    const method = item.method ?? 8;
    const body = item.compressed ?? (method === 8 ? deflateRawSync(data) : data);
    const name = Buffer.from(item.name, 'utf8');
    const crc = item.crc ?? crc32(data);
    const size = item.declaredSize ?? data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(zip64 ? 45 : 20, 4);
    central.writeUInt16LE(zip64 ? 45 : 20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(zip64 ? 0xffffffff : body.length, 20);
    central.writeUInt32LE(zip64 ? 0xffffffff : size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(zip64 ? 0xffffffff : offset, 42);
    const extra = Buffer.alloc(zip64 ? 28 : 0);
    if (zip64) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(size), 4);
      extra.writeBigUInt64LE(BigInt(body.length), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
      central.writeUInt16LE(extra.length, 30);
    }
    locals.push(local, name, body);
    centrals.push(central, name, extra);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(zip64 ? 0xffff : items.length, 8);
  end.writeUInt16LE(zip64 ? 0xffff : items.length, 10);
  end.writeUInt32LE(zip64 ? 0xffffffff : cd.length, 12);
  end.writeUInt32LE(zip64 ? 0xffffffff : offset, 16);
  if (!zip64) return Buffer.concat([...locals, cd, end]);
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeUInt16LE(45, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(items.length), 24);
  record.writeBigUInt64LE(BigInt(items.length), 32);
  record.writeBigUInt64LE(BigInt(cd.length), 40);
  record.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + cd.length), 8);
  locator.writeUInt32LE(1, 16);
  return Buffer.concat([...locals, cd, record, locator, end]);
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface HandSheet {
  name: string;
  /** The content of <sheetData>, or a whole worksheet document when `document` is set. */
  rows?: string;
  document?: string;
  hidden?: boolean;
  item?: Partial<ZipItem>;
}

/** An .xlsx assembled from hand-written parts, for cell types and quirks SheetJS does not write. */
export function handXlsx(options: {
  sheets: HandSheet[];
  sharedStrings?: string[] | string;
  styles?: string;
  date1904?: boolean;
  zip64?: boolean;
}): Buffer {
  const { sheets } = options;
  const workbook =
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${REL_NS}">` +
    (options.date1904 ? '<workbookPr date1904="1"/>' : '') +
    `<sheets>${sheets
      .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"${s.hidden ? ' state="hidden"' : ''}/>`)
      .join('')}</sheets></workbook>`;
  const rels =
    `<?xml version="1.0"?><Relationships xmlns="${PKG_REL_NS}">` +
    sheets
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join('') +
    `<Relationship Id="rSS" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>` +
    `<Relationship Id="rST" Type="${REL_NS}/styles" Target="/xl/styles.xml"/></Relationships>`;
  const shared =
    typeof options.sharedStrings === 'string'
      ? options.sharedStrings
      : `<sst xmlns="${NS}">${(options.sharedStrings ?? []).map((s) => `<si><t xml:space="preserve">${s}</t></si>`).join('')}</sst>`;
  const items: ZipItem[] = [
    { name: '[Content_Types].xml', data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    {
      name: '_rels/.rels',
      data: `<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="r1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    { name: 'xl/workbook.xml', data: workbook },
    { name: 'xl/_rels/workbook.xml.rels', data: rels },
    { name: 'xl/sharedStrings.xml', data: shared },
    { name: 'xl/styles.xml', data: options.styles ?? `<styleSheet xmlns="${NS}"/>` },
    ...sheets.map((s, i) => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      data: s.document ?? `<?xml version="1.0"?><worksheet xmlns="${NS}"><sheetData>${s.rows ?? ''}</sheetData></worksheet>`,
      ...s.item,
    })),
  ];
  return zip(items, { zip64: options.zip64 === true });
}

export const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).status === 0;

/** Converts with LibreOffice (headless, private profile); returns the output path. */
export function sofficeConvert(input: string, to: 'xlsx' | 'xls', outDir: string, csvFilter?: string): string {
  const args = ['--headless', `-env:UserInstallation=file://${outDir}/lo-profile`];
  if (csvFilter) args.push(`--infilter=${csvFilter}`);
  args.push('--convert-to', to, '--outdir', outDir, input);
  const result = spawnSync('soffice', args, { encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) throw new Error(`soffice failed: ${result.stderr}`);
  const base = input.split('/').pop()?.replace(/\.[^.]+$/, '') ?? 'out';
  return join(outDir, `${base}.${to}`);
}

/** The zh-TW CSV import LibreOffice does when an officer opens a UTF-8 csv: special numbers detected. */
export const LO_CSV_FILTER = 'CSV:44,34,76,1,,1028,false,true';

export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}
