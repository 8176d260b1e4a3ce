import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { domainSlices, pieChartPng } from '../../main/exports/charts/pieChart.ts';
import { PdfBook } from '../../main/exports/pdf/book.ts';
import { fitText } from '../../main/exports/pdf/fitText.ts';
import { breakLines } from '../../main/exports/pdf/lineBreak.ts';
import { MARGIN, addFooters, contentWidth, drawTitle } from '../../main/exports/pdf/pageFrame.ts';
import { drawSealBoxes } from '../../main/exports/pdf/sealBoxes.ts';
import { drawPagedTable, type TableRow } from '../../main/exports/pdf/table.ts';
import { writePdf } from '../../main/exports/pdf/writePdf.ts';
import { tempDir } from '../helpers/store.ts';
import { pdfFonts, pdfImages, pdfPages, pdfText, rasterize } from './pdfTools.ts';

const tmp = tempDir('inservice-pdf-');
afterAll(() => tmp.cleanup());
const file = (name: string) => join(tmp.dir, name);
const flat = (text: string) => text.replace(/\s+/g, '');
const PRINTED = new Date('2024-09-02T10:00:00+08:00');

describe('line breaking (Chinese with Latin runs)', () => {
  const chars = (t: string) => [...t].length;

  it('breaks between Han characters and never starts a line with closing punctuation', () => {
    const lines = breakLines('請貴單位承辦人員填妥以上資料，並經單位主管核章後，傳真回覆。', 8, chars);
    expect(lines.join('')).toBe('請貴單位承辦人員填妥以上資料，並經單位主管核章後，傳真回覆。');
    for (const line of lines) {
      expect(chars(line)).toBeLessThanOrEqual(8);
      expect(line).not.toMatch(/^[，。、）」]/);
    }
  });

  it('never ends a line with an opening bracket', () => {
    const lines = breakLines('一二三四五六七「八九」十', 8, chars);
    for (const line of lines.slice(0, -1)) expect(line).not.toMatch(/[（「]$/);
  });

  it('keeps an e-mail address or URL whole when it fits, and cuts it only when it alone is too wide', () => {
    expect(breakLines('請寄至inservice9@nknu.edu.tw王小姐收', 23, chars)).toEqual(['請寄至', 'inservice9@nknu.edu.tw王', '小姐收']);
    const cut = breakLines('http://inservice.edu.tw/very/long/path', 10, chars);
    expect(cut.join('')).toBe('http://inservice.edu.tw/very/long/path');
    for (const line of cut) expect(chars(line)).toBeLessThanOrEqual(10);
  });

  it('honours forced line breaks', () => {
    expect(breakLines('校長\n基本資料', 20, chars)).toEqual(['校長', '基本資料']);
  });
});

describe('values in fixed boxes', () => {
  it('shrink or wrap but never cross the box', () => {
    const book = new PdfBook();
    const page = book.page(book.section('t'));
    const box = { x: 100, y: 100, width: 120, height: 28 };
    for (const text of ['短', 'principal@a-rather-long-school-domain.demo.edu.tw', '屏東縣立長名稱國民小學附設幼兒園暨特殊教育班長名稱國民小學附設幼兒園']) {
      page.ops.length = 0;
      fitText(page, text, box, { size: 11 });
      for (const op of page.ops) {
        if (op.kind !== 'text') continue;
        expect(op.x).toBeGreaterThanOrEqual(box.x);
        expect(op.x + page.measure(op.text, op.size, op.weight)).toBeLessThanOrEqual(box.x + box.width + 0.01);
        expect(op.baseline).toBeGreaterThan(box.y);
        expect(op.baseline).toBeLessThan(box.y + box.height);
      }
    }
  });
});

describe('a PDF book', () => {
  it('stores a shared page frame once and the font once, as tagged TrueType subsets', async () => {
    const book = new PdfBook();
    for (let i = 1; i <= 5; i++) {
      const section = book.section(`第${i}份`);
      const page = book.page(section);
      const frame = book.template('frame', (p) => {
        drawTitle(p, [{ text: '測試表單', size: 18 }]);
        return drawSealBoxes(p, [{ label: '承辦人' }, { label: '單位主管' }], { x: MARGIN.left, top: 300, width: contentWidth(p) });
      });
      page.useTemplate('frame');
      page.text(`學校編號 ${i}`, MARGIN.left, frame + 20, { size: 12 });
      addFooters(section, { form: '測試表單', printedOn: PRINTED });
    }
    const out = file('book.pdf');
    const pdf = await writePdf(book, { title: '測試', now: PRINTED });
    writeFileSync(out, pdf.bytes);
    expect(pdfPages(out)).toBe(5);
    expect(flat(pdfText(out, 3))).toContain('學校編號3');
    expect(flat(pdfText(out, 3))).toContain('承辦人核章');
    expect(flat(pdfText(out, 3))).toContain('列印日期：113年9月2日');
    expect(pdfFonts(out).map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['NotoSansTC-Bold', 'NotoSansTC-Regular']);

    const doc = await PDFDocument.load(pdf.bytes);
    const forms = doc.context.enumerateIndirectObjects().filter(([, o]) => o instanceof PDFRawStream && o.dict.get(PDFName.of('Subtype')) === PDFName.of('Form'));
    expect(forms).toHaveLength(1);
    const fontFiles = doc.context.enumerateIndirectObjects().filter(([, o]) => o instanceof PDFRawStream && o.dict.has(PDFName.of('Length1')));
    expect(fontFiles).toHaveLength(2);
  });

  it('continues a long table on new pages with its header repeated', async () => {
    const book = new PdfBook();
    const section = book.section('名單');
    const widths = [60, 200, 233];
    const header: TableRow[] = [{ cells: [{ text: '序號', weight: 'bold' }, { text: '學校名稱', weight: 'bold' }, { text: '備註', weight: 'bold' }] }];
    const rows: TableRow[] = Array.from({ length: 70 }, (_, i) => ({ cells: [{ text: String(i + 1) }, { text: `第${i + 1}所學校` }, { text: i % 7 === 0 ? '這一列的備註比較長，需要換行才能放進儲存格裡面。' : '' }] }));
    drawPagedTable(header, rows, { widths, frameWidth: 1.2 }, MARGIN.left, () => {
      const page = book.page(section);
      return { page, top: drawTitle(page, [{ text: '獎勵名單', size: 16 }]) + 8, bottom: page.height - MARGIN.bottom - 10 };
    });
    addFooters(section, { form: '獎勵名單', printedOn: PRINTED });
    const out = file('table.pdf');
    writeFileSync(out, (await writePdf(book, { title: '名單' })).bytes);
    const pages = pdfPages(out);
    expect(pages).toBeGreaterThan(1);
    const last = flat(pdfText(out, pages));
    expect(last).toContain('序號學校名稱備註');
    expect(last).toContain('第70所學校');
    expect(last).toContain(`第${pages}頁，共${pages}頁`);
    expect(rasterize(out, file('table'), { first: 1, last: 1 })).toHaveLength(1);
  });

  it('embeds a chart as an image, rendered with the same font', async () => {
    const png = await pieChartPng(domainSlices({ '1': 18, '2': 9.5, '3': 6, '4': 20, '5': 7.7, '6': 6 }), { width: 480, height: 320, scale: 3 }, { title: '研習主題規劃比例圖', unit: '小時' });
    const book = new PdfBook();
    const page = book.page(book.section('圖'));
    drawTitle(page, [{ text: '教師自我專業進修規劃記錄', size: 16 }]);
    page.image(book.image('pie', png), MARGIN.left, 120, contentWidth(page), (contentWidth(page) * 320) / 480);
    const out = file('chart.pdf');
    writeFileSync(out, (await writePdf(book, { title: '圖' })).bytes);
    expect(pdfImages(out)).toEqual([{ width: 1440, height: 960 }]);
    expect(rasterize(out, file('chart'))).toHaveLength(1);
  });
});
