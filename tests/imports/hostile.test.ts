// Files that are not what they claim, broken or built to hurt: each gets one ImportRefused with a
// clear Chinese message, never a crash and never a silent empty result.

import * as XLSX from '@e965/xlsx';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ImportRefused } from '../../main/imports/errors.ts';
import { openImport } from '../../main/imports/importer.ts';
import type { ImportLimits } from '../../main/imports/limits.ts';
import { openSpreadsheet } from '../../main/imports/read/open.ts';
import { collect, handXlsx, tempDir, xlsxBuffer, zip } from './helpers.ts';

const file = tempDir();

/** Opens and reads every row of every sheet; returns the refusal. */
async function refusal(path: string, limits?: Partial<ImportLimits>): Promise<ImportRefused> {
  try {
    const book = await openSpreadsheet(path, limits);
    try {
      for (const sheet of book.sheets) await collect(book.rowBatches(sheet));
    } finally {
      await book.close();
    }
  } catch (error) {
    if (error instanceof ImportRefused) return error;
    throw error;
  }
  throw new Error('the file was not refused');
}

const TEACHERS = [
  ['身分證字號', '姓名', '學校代碼'],
  ['A123456789', '王小明', '193601'],
];

/** A password-protected .xlsx as Office writes it: an OLE container with the encryption streams. */
function encryptedXlsx(): Buffer {
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, '/\u0006DataSpaces/Version', Buffer.alloc(64, 1));
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', Buffer.concat([Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]), Buffer.alloc(512, 7)]));
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', randomBytes(8192));
  return Buffer.from(XLSX.CFB.write(cfb, { type: 'buffer' }) as Uint8Array);
}

/** An .xls whose workbook globals carry a FILEPASS (RC4) record right after BOF. */
function encryptedXls(): Buffer {
  const cfb = XLSX.CFB.read(xlsxBuffer({ 教師名單: TEACHERS }, 'biff8'), { type: 'buffer' });
  const entry = XLSX.CFB.find(cfb, 'Workbook');
  const stream = Buffer.from(entry.content as Uint8Array);
  const bofLength = 4 + stream.readUInt16LE(2);
  const filePass = Buffer.alloc(4 + 54);
  filePass.writeUInt16LE(0x002f, 0);
  filePass.writeUInt16LE(54, 2);
  filePass.writeUInt16LE(1, 4);
  filePass.writeUInt16LE(1, 6);
  filePass.writeUInt16LE(1, 8);
  entry.content = Buffer.concat([stream.subarray(0, bofLength), filePass, stream.subarray(bofLength)]);
  entry.size = entry.content.length;
  return Buffer.from(XLSX.CFB.write(cfb, { type: 'buffer' }) as Uint8Array);
}

describe('not a spreadsheet', () => {
  it.each([
    ['renamed PDF', '名單.xlsx', Buffer.from('%PDF-1.7\n1 0 obj<<>>endobj\n'), 'PDF'],
    ['PNG', '名單.xlsx', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'PNG'],
    ['random bytes', '名單.xlsx', randomBytes(100_000), '無法辨識'],
    ['random bytes named csv', '名單.csv', randomBytes(4096), '無法辨識'],
    ['Word .docx', '名單.xlsx', zip([{ name: 'word/document.xml', data: '<w:document/>' }]), 'Word'],
    ['plain zip', '名單.xlsx', zip([{ name: 'readme.txt', data: 'hello' }]), 'ZIP'],
    ['Word 97 .doc', '名單.xls', docFile(), 'Word'],
    ['web page named .csv', '名單.csv', Buffer.from('<html><body>hi</body></html>'), '網頁'],
  ])('%s', async (_what, name, data, says) => {
    const error = await refusal(file(name, data));
    expect(error.code).toBe('not-spreadsheet');
    expect(error.message).toContain(says);
  });

  it('ODS and XLSB are named and sent back to be saved as .xlsx', async () => {
    const ods = zip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', method: 0 },
      { name: 'content.xml', data: '<office:document-content/>' },
    ]);
    expect(await refusal(file('a.ods', ods))).toMatchObject({ code: 'unsupported', message: expect.stringContaining('.ods') });
    const xlsb = zip([
      {
        name: '_rels/.rels',
        data: '<Relationships><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>',
      },
      { name: 'xl/workbook.bin', data: Buffer.alloc(10) },
    ]);
    expect(await refusal(file('a.xlsb', xlsb))).toMatchObject({ code: 'unsupported', message: expect.stringContaining('.xlsb') });
  });

  it('a missing file', async () => {
    expect((await refusal(file('不存在.xlsx'))).code).toBe('not-spreadsheet');
  });
});

/** An OLE container holding a WordDocument stream, as Word 97 writes. */
function docFile(): Buffer {
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, '/WordDocument', Buffer.alloc(4096, 1));
  return Buffer.from(XLSX.CFB.write(cfb, { type: 'buffer' }) as Uint8Array);
}

describe('encrypted, truncated, empty', () => {
  it('an encrypted .xlsx (OLE with EncryptionInfo / EncryptedPackage)', async () => {
    const error = await refusal(file('加密.xlsx', encryptedXlsx()));
    expect(error.code).toBe('encrypted');
    expect(error.message).toContain('密碼');
  });

  it('an encrypted .xlsx bigger than the in-memory cap is still called encrypted', async () => {
    expect((await refusal(file('加密大.xlsx', encryptedXlsx()), { maxInMemoryBytes: 1024 })).code).toBe('encrypted');
  });

  it('an encrypted .xls (FILEPASS)', async () => {
    expect((await refusal(file('加密.xls', encryptedXls()))).code).toBe('encrypted');
  });

  it('a truncated .xlsx (cut in half)', async () => {
    const whole = xlsxBuffer({ 教師名單: TEACHERS });
    const error = await refusal(file('半個.xlsx', whole.subarray(0, Math.floor(whole.length / 2))));
    expect(error.code).toBe('truncated');
    expect(error.message).toContain('損毀');
  });

  it('an .xlsx whose sheet data is corrupt (CRC mismatch)', async () => {
    const data = handXlsx({ sheets: [{ name: 's', rows: '<row r="1"><c r="A1"><v>1</v></c></row>', item: { crc: 12345 } }] });
    expect((await refusal(file('crc.xlsx', data))).code).toBe('truncated');
  });

  it('an .xlsx whose deflate stream is cut short inside', async () => {
    const big = Array.from({ length: 50_000 }, (_, i) => `<row><c><v>${(i * 7919) % 100_003}</v></c></row>`).join('');
    const good = handXlsx({ sheets: [{ name: 's', rows: big }] });
    // Overwrite the middle of the sheet's compressed bytes: the inflater fails or the CRC does.
    const bad = Buffer.from(good);
    bad.fill(0xff, Math.floor(bad.length / 2), Math.floor(bad.length / 2) + 64);
    expect((await refusal(file('broken.xlsx', bad))).code).toBe('truncated');
  });

  it('a truncated .xls', async () => {
    const whole = xlsxBuffer({ 教師名單: TEACHERS }, 'biff8');
    expect((await refusal(file('半個.xls', whole.subarray(0, 1000)))).code).toBe('truncated');
  });

  it('an empty file', async () => {
    const error = await refusal(file('空的.xlsx', Buffer.alloc(0)));
    expect(error.code).toBe('empty');
    expect(error.message).toContain('空的');
  });
});

describe('zip bombs and limits', () => {
  const repeated = (bytes: number): Buffer => Buffer.alloc(bytes, '<row r="1"><c r="A1"><v>1</v></c></row>');

  it('refuses by the declared compression ratio, before inflating', async () => {
    const data = handXlsx({ sheets: [{ name: 's', document: repeated(64 * 1024 * 1024).toString('latin1') }] });
    expect(data.length).toBeLessThan(1024 * 1024);
    const error = await refusal(file('bomb-ratio.xlsx', data));
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('壓縮比');
  });

  it('refuses by the declared size, before inflating', async () => {
    const data = handXlsx({ sheets: [{ name: 's', rows: '<row r="1"><c r="A1"><v>1</v></c></row>', item: { declaredSize: 2 ** 31 } }] });
    expect((await refusal(file('bomb-declared.xlsx', data))).code).toBe('too-large');
  });

  it('refuses a sheet that inflates to more than it declared (a lying bomb)', async () => {
    const payload = repeated(32 * 1024 * 1024);
    const data = handXlsx({ sheets: [{ name: 's', document: payload.toString('latin1'), item: { declaredSize: 1000 } }] });
    const error = await refusal(file('bomb-lie.xlsx', data));
    expect(error.code).toBe('too-large');
  });

  it('caps the bytes actually inflated per entry and in total', async () => {
    const rows = '<row><c><v>1</v></c></row>'.repeat(200_000);
    const data = handXlsx({ sheets: [{ name: 'a', rows }, { name: 'b', rows }] });
    const loose = { maxCompressionRatio: 100_000 };
    expect((await refusal(file('entry-cap.xlsx', data), { ...loose, maxEntryBytes: 1024 * 1024 })).code).toBe('too-large');
    expect((await refusal(file('total-cap.xlsx', data), { ...loose, maxInflatedBytes: 8 * 1024 * 1024 })).code).toBe('too-large');
  });

  it('refuses a sheet with more rows than the cap, loudly', async () => {
    const aoa = [['身分證字號', '姓名', '學校代碼'], ...Array.from({ length: 150 }, () => ['A123456789', '王', '1'])];
    const error = await refusal(file('rows.xlsx', xlsxBuffer({ 教師名單: aoa })), { maxRows: 100 });
    expect(error.code).toBe('too-many-rows');
    expect(error.message).toContain('100 列');
    const csv = aoa.map((r) => r.join(',')).join('\n');
    expect((await refusal(file('rows.csv', csv), { maxRows: 100 })).code).toBe('too-many-rows');
  });

  it('refuses a file over the size limits', async () => {
    expect((await refusal(file('big.csv', 'a,b\n1,2\n'), { maxFileBytes: 4 })).code).toBe('too-large');
    const xls = xlsxBuffer({ 教師名單: TEACHERS }, 'biff8');
    expect((await refusal(file('big.xls', xls), { maxInMemoryBytes: 1000 })).code).toBe('too-large');
  });

  it('refuses an absurdly long cell instead of growing one string without end', async () => {
    const long = 'x'.repeat(17 * 1024 * 1024);
    const inline = handXlsx({ sheets: [{ name: 's', rows: `<row><c t="inlineStr"><is><t>${long}</t></is></c></row>` }] });
    const xlsx = await refusal(file('long.xlsx', inline), { maxCompressionRatio: 1e6 });
    expect(xlsx).toMatchObject({ code: 'too-large', message: expect.stringContaining('異常地長') });
    const csv = await refusal(file('long.csv', `a,b\n${long}`));
    expect(csv).toMatchObject({ code: 'too-large', message: expect.stringContaining('異常地長') });
  });

  it('caps the shared-string table', async () => {
    const data = handXlsx({ sharedStrings: ['a', 'b', 'c'], sheets: [{ name: 's', rows: '<row><c t="s"><v>0</v></c></row>' }] });
    expect((await refusal(file('sst.xlsx', data), { maxSharedStrings: 2 })).code).toBe('too-large');
  });
});

describe('structure', () => {
  it('a workbook whose sheet has a header but no data rows', async () => {
    const path = file('只有標題.xlsx', xlsxBuffer({ 教師名單: [['說明文字'], TEACHERS[0] ?? []] }));
    await expect(openImport('teachers', path)).rejects.toMatchObject({
      code: 'no-data-rows',
      message: '工作表「教師名單」只有標題列，沒有任何資料列',
    });
  });

  it('a workbook with nothing in it', async () => {
    const path = file('空白.xlsx', xlsxBuffer({ 工作表1: [] }));
    await expect(openImport('teachers', path)).rejects.toMatchObject({ code: 'empty' });
  });
});
