// What a file really is, from its first bytes: officers rename files, and a PDF called 名單.xlsx
// must be told apart from a damaged workbook.

export type Sniffed =
  | { kind: 'zip' }
  | { kind: 'ole' }
  | { kind: 'text'; markup: boolean }
  | { kind: 'foreign'; what: string }
  | { kind: 'binary' };

const startsWith = (head: Uint8Array, bytes: readonly number[]): boolean =>
  head.length >= bytes.length && bytes.every((b, i) => head[i] === b);

const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));

const FOREIGN: ReadonlyArray<{ magic: readonly number[]; what: string }> = [
  { magic: ascii('%PDF'), what: 'PDF 文件' },
  { magic: [0x89, 0x50, 0x4e, 0x47], what: 'PNG 圖片' },
  { magic: [0xff, 0xd8, 0xff], what: 'JPEG 圖片' },
  { magic: ascii('GIF8'), what: 'GIF 圖片' },
  { magic: ascii('Rar!'), what: 'RAR 壓縮檔' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: '7-Zip 壓縮檔' },
  { magic: [0x1f, 0x8b], what: 'gzip 壓縮檔' },
  { magic: ascii('{\\rtf'), what: 'RTF 文件' },
];

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function sniff(head: Uint8Array): Sniffed {
  if (head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5 || head[2] === 7)) return { kind: 'zip' };
  if (startsWith(head, OLE_MAGIC)) return { kind: 'ole' };
  for (const f of FOREIGN) if (startsWith(head, f.magic)) return { kind: 'foreign', what: f.what };
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) return { kind: 'text', markup: false };
  // NUL and other C0 controls never occur in UTF-8 or Big5 text (Big5 trail bytes start at 0x40).
  let controls = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i] ?? 0;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  }
  if (controls > 0) return { kind: 'binary' };
  let i = startsWith(head, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d)) i++;
  return { kind: 'text', markup: head[i] === 0x3c };
}
