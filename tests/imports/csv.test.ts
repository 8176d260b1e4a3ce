import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CsvParser, detectEncoding } from '../../main/imports/read/csv.ts';
import { openSpreadsheet } from '../../main/imports/read/open.ts';
import { collect, FIXTURES, tempDir } from './helpers.ts';

const file = tempDir();

function parse(text: string, split?: number): Array<{ row: number; cells: unknown[] }> {
  const parser = new CsvParser(1024);
  if (split === undefined) parser.write(text);
  else {
    parser.write(text.slice(0, split));
    parser.write(text.slice(split));
  }
  parser.end();
  return parser.take();
}

describe('csv parser', () => {
  const sample = '代碼,名稱,備註\r\n"1-1","課程, 教學","他說""好""\r\n第二行"\r\n\r\n2,,\n3,"",x';
  const expected = [
    { row: 1, cells: ['代碼', '名稱', '備註'] },
    { row: 2, cells: ['1-1', '課程, 教學', '他說"好"\r\n第二行'] },
    { row: 4, cells: ['2'] },
    { row: 5, cells: ['3', null, 'x'] },
  ];

  it('reads quoted fields with commas, doubled quotes, newlines; CRLF and LF; counts blank lines', () => {
    expect(parse(sample)).toEqual(expected);
  });

  it('gives the same rows wherever a chunk boundary falls', () => {
    for (let split = 0; split <= sample.length; split++) expect(parse(sample, split)).toEqual(expected);
  });

  it('detects tab and semicolon delimiters', () => {
    expect(parse('a\tb\tc,d\n1\t2\t3,4')).toEqual([
      { row: 1, cells: ['a', 'b', 'c,d'] },
      { row: 2, cells: ['1', '2', '3,4'] },
    ]);
    expect(parse('a;b\n1;2')[1]?.cells).toEqual(['1', '2']);
  });

  it('keeps text after a closing quote, as spreadsheet programs do', () => {
    expect(parse('"ab"c,d')[0]?.cells).toEqual(['abc', 'd']);
  });
});

describe('csv encodings', () => {
  const text = '身分證字號,姓名,學校代碼\nA123456789,許功蓋,193601\n';

  it('detects UTF-8 with and without BOM, Big5, UTF-16', () => {
    const utf8 = Buffer.from(text, 'utf8');
    expect(detectEncoding(utf8, true)).toBe('utf-8');
    expect(detectEncoding(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]), true)).toBe('utf-8');
    expect(detectEncoding(readFileSync(`${FIXTURES}teachers-big5.csv`), true)).toBe('big5');
    expect(detectEncoding(Buffer.from([0xff, 0xfe, 0x41, 0]), true)).toBe('utf-16le');
    // A character cut at the end of the sample is no reason to give up on UTF-8.
    expect(detectEncoding(utf8.subarray(0, 1), false)).toBe('utf-8');
    expect(detectEncoding(Buffer.from([0xe8, 0xba]), false)).toBe('utf-8');
  });

  it.each([
    ['without BOM', Buffer.from(text, 'utf8')],
    ['with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
    ['UTF-16LE with BOM (Excel "Unicode text")', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replaceAll(',', '\t'), 'utf16le')])],
  ])('reads UTF-8 %s', async (_what, data) => {
    const book = await openSpreadsheet(file('名單.csv', data));
    expect(book.format).toBe('csv');
    expect(book.sheets).toEqual(['名單']);
    expect(await collect(book.rows('名單'))).toEqual([
      { row: 1, cells: ['身分證字號', '姓名', '學校代碼'] },
      { row: 2, cells: ['A123456789', '許功蓋', '193601'] },
    ]);
    await book.close();
  });

  it('reads the Big5 fixture (許功蓋: trail bytes that are backslashes)', async () => {
    const book = await openSpreadsheet(`${FIXTURES}teachers-big5.csv`);
    expect(book.encoding).toBe('big5');
    const rows = await collect(book.rows('teachers-big5'));
    expect(rows[0]).toEqual({ row: 1, cells: ['臺北市立某某國民中學 113學年度教師名單'] });
    expect(rows[1]?.row).toBe(3);
    expect(rows[2]?.cells.slice(0, 5)).toEqual(['A123456789', '許功蓋', '193601', '教師', '國語,數學']);
    await book.close();
  });

  it('streams a file larger than one read chunk', async () => {
    const lines = ['姓名,課程代碼,實核時數,研習日期'];
    for (let i = 0; i < 60_000; i++) lines.push(`教師${i},"${i}",${i % 9},113/08/05`);
    const book = await openSpreadsheet(file('large.csv', lines.join('\r\n')));
    let count = 0;
    let last = null;
    for await (const r of book.rows('large')) {
      count++;
      last = r;
    }
    expect(count).toBe(60_001);
    expect(last).toEqual({ row: 60_001, cells: ['教師59999', '59999', '5', '113/08/05'] });
    await book.close();
  });
});
