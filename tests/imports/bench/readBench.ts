// Benchmark of the reading layer (a script, not a test): generates a 1,000,000-row hours file as
// .csv and as .xlsx (streamed out, shared strings and date cells as Excel writes them), then times in
// separate processes a bare read (bareRead) and the full hours validation (readImport), with peak RSS.
//
//   node tests/imports/bench/readBench.ts [rows]            — generate + measure
//   node tests/imports/bench/readBench.ts bare FILE        — one measurement (child process)
//   node tests/imports/bench/readBench.ts import FILE

import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { bareRead } from '../../../main/imports/bareRead.ts';
import { readImport } from '../../../main/imports/importer.ts';

const HEADER = ['姓名', '課程代碼', '實核時數', '研習日期', '身分證字號', '學校代碼'];
const TEACHERS = 50_000;
const LETTERS = 'ABCDEFGHJKLMNPQRSTUVXYWZIO';
const LETTER_VALUES = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35];

function nationalId(i: number): string {
  const letter = i % 26;
  const body = `${1 + (i % 2)}${String(i * 7).padStart(7, '0').slice(-7)}`;
  const v = LETTER_VALUES[letter] ?? 10;
  let sum = Math.floor(v / 10) + (v % 10) * 9;
  for (let k = 0; k < 8; k++) sum += Number(body[k]) * (8 - k);
  return `${LETTERS[letter]}${body}${(10 - (sum % 10)) % 10}`;
}

const row = (i: number): [string, number, number, number, string, number] => {
  const t = i % TEACHERS;
  return [`教師${t}`, 3_000_000 + (i % 40_000), (i % 12) / 2, 45_509 + (i % 300), nationalId(t), 193_601 + (t % 900)];
};

function serialText(serial: number): string {
  const d = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return `${d.getUTCFullYear() - 1911}/${d.getUTCMonth() + 1}/${d.getUTCDate()}`;
}

function writeCsv(path: string, rows: number): void {
  const fd = openSync(path, 'w');
  writeSync(fd, `\uFEFF${HEADER.join(',')}\r\n`);
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    const [name, course, hours, date, id, school] = row(i);
    chunk += `${name},${course},${hours},${serialText(date)},${id},${school}\r\n`;
    if (chunk.length > 1 << 20) {
      writeSync(fd, chunk);
      chunk = '';
    }
  }
  writeSync(fd, chunk);
  closeSync(fd);
}

/** A streamed .xlsx: entries deflated piecewise, sizes in the central directory (data descriptors). */
function writeXlsx(path: string, rows: number): void {
  const fd = openSync(path, 'w');
  let offset = 0;
  const central: Buffer[] = [];
  const put = (b: Buffer): void => {
    writeSync(fd, b);
    offset += b.length;
  };
  const entry = (name: string, pieces: Iterable<string>): void => {
    const nameBuf = Buffer.from(name);
    const start = offset;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0808, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(nameBuf.length, 26);
    put(local);
    put(nameBuf);
    let crc = 0;
    let size = 0;
    let compressed = 0;
    // Independent deflate pieces glued with sync flushes would need a stream; one raw deflate of the
    // whole entry in slices is simplest: collect, then deflate once per 64 MB-bounded entry.
    const parts: Buffer[] = [];
    for (const p of pieces) {
      const b = Buffer.from(p);
      crc = crc32(b, crc);
      size += b.length;
      parts.push(b);
    }
    const body = deflateRawSync(Buffer.concat(parts), { level: 6 });
    compressed = body.length;
    put(body);
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc, 4);
    descriptor.writeUInt32LE(compressed, 8);
    descriptor.writeUInt32LE(size, 12);
    put(descriptor);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x0808, 8);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(compressed, 20);
    cd.writeUInt32LE(size, 24);
    cd.writeUInt16LE(nameBuf.length, 28);
    cd.writeUInt32LE(start, 42);
    central.push(cd, nameBuf);
  };
  const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  entry('[Content_Types].xml', ['<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>']);
  entry('_rels/.rels', [`<Relationships><Relationship Id="r1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`]);
  entry('xl/workbook.xml', [`<workbook ${NS} xmlns:r="${R}"><sheets><sheet name="研習時數" sheetId="1" r:id="rId1"/></sheets></workbook>`]);
  entry('xl/_rels/workbook.xml.rels', [
    `<Relationships><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${R}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${R}/styles" Target="styles.xml"/></Relationships>`,
  ]);
  entry('xl/styles.xml', [`<styleSheet ${NS}><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`]);
  // Shared strings: the header, the teachers' names and IDs.
  const strings = [...HEADER];
  for (let t = 0; t < TEACHERS; t++) strings.push(`教師${t}`, nationalId(t));
  entry('xl/sharedStrings.xml', [`<sst ${NS}>`, ...strings.map((s) => `<si><t>${s}</t></si>`), '</sst>']);
  const sheet = function* (): Generator<string> {
    yield `<worksheet ${NS}><sheetData><row r="1">`;
    yield HEADER.map((_, c) => `<c r="${'ABCDEF'[c]}1" t="s"><v>${c}</v></c>`).join('');
    yield '</row>';
    let chunk = '';
    for (let i = 0; i < rows; i++) {
      const [, course, hours, date, , school] = row(i);
      const t = i % TEACHERS;
      const r = i + 2;
      chunk +=
        `<row r="${r}"><c r="A${r}" t="s"><v>${6 + 2 * t}</v></c><c r="B${r}"><v>${course}</v></c><c r="C${r}"><v>${hours}</v></c>` +
        `<c r="D${r}" s="1"><v>${date}</v></c><c r="E${r}" t="s"><v>${7 + 2 * t}</v></c><c r="F${r}"><v>${school}</v></c></row>`;
      if (chunk.length > 1 << 20) {
        yield chunk;
        chunk = '';
      }
    }
    yield `${chunk}</sheetData></worksheet>`;
  };
  entry('xl/worksheets/sheet1.xml', sheet());
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length / 2, 8);
  end.writeUInt16LE(central.length / 2, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  put(cd);
  put(end);
  closeSync(fd);
}

async function measure(mode: string, path: string): Promise<void> {
  const started = performance.now();
  let rows = 0;
  let rejected = 0;
  if (mode === 'bare') {
    rows = (await bareRead(path)).rows;
  } else {
    for await (const batch of readImport('hours', path)) {
      rows += batch.rowsRead;
      rejected += batch.rowsRejected;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const rssMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ mode, rows, rejected, seconds: +seconds.toFixed(2), rowsPerSecond: Math.round(rows / seconds), peakRssMb: Math.round(rssMb) }));
}

const [mode, arg] = process.argv.slice(2);
if (mode === 'bare' || mode === 'import') {
  await measure(mode, arg ?? '');
} else {
  const rows = Number(mode ?? 1_000_000);
  const dir = join(tmpdir(), 'inservice-read-bench');
  mkdirSync(dir, { recursive: true });
  const csv = join(dir, `hours-${rows}.csv`);
  const xlsx = join(dir, `hours-${rows}.xlsx`);
  if (!existsSync(csv)) writeCsv(csv, rows);
  if (!existsSync(xlsx)) writeXlsx(xlsx, rows);
  for (const file of [csv, xlsx]) {
    for (const m of ['bare', 'import']) {
      const child = spawnSync(process.execPath, [new URL(import.meta.url).pathname, m, file], { encoding: 'utf8' });
      console.log(file.split('/').pop(), child.stdout.trim() || child.stderr);
    }
  }
}
