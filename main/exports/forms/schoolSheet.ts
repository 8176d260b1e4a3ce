// 學校基本資料表 (seed 000): the school's full name, its principal's and contact person's
// particulars, and the boxes the principal and the contact person seal — printed filled in from
// the registry, so the school only checks, corrects by hand, seals and faxes it back. The frame is
// one template per year; a page adds only the values.

import type { Store } from '../../../db/connection.ts';
import { AppError } from '../../api/errors.ts';
import { fitText } from '../pdf/fitText.ts';
import { LABEL_FILL, mm, type Box } from '../pdf/geometry.ts';
import { MARGIN, addFooters, contentWidth, drawTitle } from '../pdf/pageFrame.ts';
import type { PageDraft } from '../pdf/draft.ts';
import { drawSealBoxes } from '../pdf/sealBoxes.ts';
import { drawTable, type TableCell } from '../pdf/table.ts';
import { authoritiesOf, fileStem } from './scope.ts';
import { defineForm, type FormScope } from './types.ts';

export const SCHOOL_SHEET_TITLE = '學校基本資料表';

interface Person {
  name: string | null;
  phone: string | null;
  mobile: string | null;
  email: string | null;
}

export interface SchoolSheetData {
  code: string;
  name: string;
  authority: string;
  principal: Person;
  contact: Person & { title: string | null };
}

/** The notes printed under the boxes, as on the ministry's form (seed 000). */
export const SCHOOL_SHEET_NOTES = [
  '※親愛的老師提醒您：本規劃服務登入帳號密碼即為全國教師在職進修資訊網帳號密碼，原無帳號密碼或有遺忘者，請連結網址http://inservice.edu.tw依下列說明申請或查詢。',
  '1. 原無帳號密碼需申請者：請於全國教師在職進修資訊網－首頁點選「帳號申請」依網頁上註明程序填入資料申請。',
  '2. 忘記帳號密碼者：請先於全國教師在職進修資訊網－首頁點選「一般瀏覽」後，再於網頁左方選單點選「忘記帳號、密碼」，即可依網頁上註明程序查詢。',
  '※操作說明手冊可至全國教師在職進修資訊網－下載專區－三、「學校本位暨教師自我專業進修研習規劃服務」相關文件中查閱下載。',
  '備註：請　貴校業務負責人填寫學校基本資料完畢後，傳真至07-7255824，或email至inservice9@nknu.edu.tw王妍壹小姐收。',
];

const ROW = mm(10);
const VALUE_SIZE = 11;

interface SheetLayout {
  name: Box;
  code: Box;
  authority: Box;
  principal: { name: Box; phone: Box; mobile: Box; email: Box };
  contact: { name: Box; title: Box; phone: Box; mobile: Box; email: Box };
}

const label = (text: string, span = 1): TableCell => ({ text, span, fill: LABEL_FILL, align: 'center', size: 10.5 });
const value = (span = 1): TableCell => ({ span });

/** A person's three rows, with the group's name in a tall cell on their left. */
function personRows(page: PageDraft, group: string, x: number, top: number, widths: number[], first: TableCell[]) {
  const groupWidth = widths[0] ?? 0;
  const inner = drawTable(
    page,
    [
      { cells: first, minHeight: ROW },
      { cells: [label('連絡電話(O)'), value(), label('手機'), value()], minHeight: ROW },
      { cells: [label('E-mail'), value(3)], minHeight: ROW },
    ],
    { widths: widths.slice(1) },
    { x: x + groupWidth, top },
  );
  page.rect(x, top, groupWidth, inner.bottom - top, { fill: LABEL_FILL, lineWidth: 0.6 });
  const style = { size: 10.5, weight: 'bold', align: 'center' } as const;
  const height = page.wrap(group, groupWidth - 8, style).length * page.lineHeight(style);
  page.paragraph(group, { x: x + 4, top: top + (inner.bottom - top - height) / 2, width: groupWidth - 8 }, style);
  return inner;
}

function drawFrame(page: PageDraft, year: number): SheetLayout {
  const x = MARGIN.left;
  const width = contentWidth(page);
  let y = drawTitle(page, [
    { text: '「學校本位暨教師自我專業進修研習規劃服務」', size: 13 },
    { text: `${year}學年度　${SCHOOL_SHEET_TITLE}`, size: 18 },
  ]);
  page.text('◆學校基本資料：', x, y + mm(2), { size: 11, weight: 'bold' });
  y += mm(9);
  // Group cell, label, value, label, value.
  const widths = [mm(20), mm(26), 0, mm(22), mm(50)];
  widths[2] = width - widths.reduce((a, b) => a + b, 0);
  const topWidths = [(widths[0] ?? 0) + (widths[1] ?? 0), ...widths.slice(2)];
  const top = drawTable(
    page,
    [
      { cells: [label('學校名稱（全銜）'), value(3)], minHeight: mm(13) },
      { cells: [label('學校代碼'), value(), label('主管機關'), value()], minHeight: ROW },
    ],
    { widths: topWidths },
    { x, top: y },
  );
  const principal = personRows(page, '校長\n基本資料', x, top.bottom, widths, [label('姓名'), value(3)]);
  const contact = personRows(page, '聯絡人\n基本資料', x, principal.bottom, widths, [label('姓名'), value(), label('職務名稱'), value()]);
  page.rect(x, y, width, contact.bottom - y, { lineWidth: 1.5 });

  const sealTop = contact.bottom + mm(7);
  const sealBottom = drawSealBoxes(page, [{ label: '校長', hint: '（請核職章）' }, { label: '承辦人', hint: '（請核職章）' }], { x, top: sealTop, width });
  let notesTop = sealBottom + mm(7);
  for (const note of SCHOOL_SHEET_NOTES) {
    const indent = /^\d\./.test(note) ? mm(4) : 0;
    notesTop = page.paragraph(note, { x: x + indent, top: notesTop, width: width - indent }, { size: 9.5, lineHeight: 1.55 }) + mm(1);
  }

  const cell = (table: { cells: Box[][] }, row: number, col: number): Box => table.cells[row]?.[col] ?? { x: 0, y: 0, width: 0, height: 0 };
  return {
    name: cell(top, 0, 1),
    code: cell(top, 1, 1),
    authority: cell(top, 1, 3),
    principal: { name: cell(principal, 0, 1), phone: cell(principal, 1, 1), mobile: cell(principal, 1, 3), email: cell(principal, 2, 1) },
    contact: {
      name: cell(contact, 0, 1),
      title: cell(contact, 0, 3),
      phone: cell(contact, 1, 1),
      mobile: cell(contact, 1, 3),
      email: cell(contact, 2, 1),
    },
  };
}

function drawValues(page: PageDraft, layout: SheetLayout, school: SchoolSheetData): void {
  const put = (text: string | null, box: Box, size = VALUE_SIZE) => fitText(page, text ?? '', box, { size });
  put(school.name, layout.name, 13);
  put(school.code, layout.code);
  put(school.authority, layout.authority);
  put(school.principal.name, layout.principal.name);
  put(school.principal.phone, layout.principal.phone);
  put(school.principal.mobile, layout.principal.mobile);
  put(school.principal.email, layout.principal.email);
  put(school.contact.name, layout.contact.name);
  put(school.contact.title, layout.contact.title);
  put(school.contact.phone, layout.contact.phone);
  put(school.contact.mobile, layout.contact.mobile);
  put(school.contact.email, layout.contact.email);
}

async function loadSchools(store: Store, scope: FormScope) {
  const authorities = await authoritiesOf(store, scope.year, scope.authority);
  let query = store.db
    .selectFrom('schools as s')
    .innerJoin('authorities as a', 'a.id', 's.authority_id')
    .select([
      's.code', 's.name', 'a.name as authority',
      's.principal_name', 's.principal_phone', 's.principal_mobile', 's.principal_email',
      's.contact_name', 's.contact_title', 's.contact_phone', 's.contact_mobile', 's.contact_email',
    ])
    .where('s.year', '=', scope.year)
    .where('a.id', 'in', authorities.map((a) => a.id))
    .orderBy('a.sort_order')
    .orderBy('s.code');
  if (scope.school !== undefined) query = query.where('s.code', '=', scope.school.trim());
  const rows = await query.execute();
  if (rows.length === 0) {
    throw new AppError('NOT_FOUND', scope.school !== undefined ? `${scope.year} 學年度找不到代碼為「${scope.school}」的學校。` : `${scope.year} 學年度在這個範圍內沒有學校。`);
  }
  return rows.map((r) => ({
    fileStem: fileStem(SCHOOL_SHEET_TITLE, r.code, r.name),
    label: r.name,
    data: {
      code: r.code,
      name: r.name,
      authority: r.authority,
      principal: { name: r.principal_name, phone: r.principal_phone, mobile: r.principal_mobile, email: r.principal_email },
      contact: { name: r.contact_name, title: r.contact_title, phone: r.contact_phone, mobile: r.contact_mobile, email: r.contact_email },
    },
  }));
}

export const schoolSheetForm = defineForm<SchoolSheetData>({
  id: 'school-sheet',
  title: SCHOOL_SHEET_TITLE,
  available: true,
  filters: ['authority', 'school'],
  splitBy: 'school',
  load: loadSchools,
  draw(book, instance, ctx) {
    const templateId = `school-sheet:${ctx.year}`;
    const layout = book.template(templateId, (page) => drawFrame(page, ctx.year));
    const section = book.section(instance.label);
    const page = book.page(section);
    page.useTemplate(templateId);
    drawValues(page, layout, instance.data);
    addFooters(section, { form: SCHOOL_SHEET_TITLE, printedOn: ctx.printedOn });
  },
});
