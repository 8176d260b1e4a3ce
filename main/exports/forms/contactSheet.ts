// 承辦人資料表 (seed 000): an authority's contact person for this service and the head of the unit,
// sealed by the head and faxed back. One sheet per contact person on file; an authority with none
// gets a sheet with only its name filled in, to collect them.

import type { Store } from '../../../db/connection.ts';
import { fitText } from '../pdf/fitText.ts';
import { LABEL_FILL, mm, type Box } from '../pdf/geometry.ts';
import { MARGIN, addFooters, contentWidth, drawTitle } from '../pdf/pageFrame.ts';
import type { PageDraft } from '../pdf/draft.ts';
import { drawSealBoxes } from '../pdf/sealBoxes.ts';
import { drawTable, type TableCell } from '../pdf/table.ts';
import { authoritiesOf, fileStem } from './scope.ts';
import { defineForm, type FormScope } from './types.ts';

export const CONTACT_SHEET_TITLE = '承辦人資料表';

export interface ContactSheetData {
  county: string;
  unit: string;
  contact: {
    name: string | null;
    title: string | null;
    phone: string | null;
    fax: string | null;
    email: string | null;
    headName: string | null;
    headPhone: string | null;
    headEmail: string | null;
  };
}

export const CONTACT_SHEET_NOTES = [
  '1.請　貴單位承辦人員填妥以上資料，並經單位主管核章後，傳真至國立高雄師範大學07-7255824王妍壹小姐收。',
  '2.日後承辦人員倘有異動，請新承辦人員另行電洽國立高雄師範大學「全國教師在職進修資訊網」王妍壹小姐(聯絡電話：07-7172930*1676)進行更正，俾利相關業務聯繫。',
];

// The six special municipalities have an 教育局; the other counties and cities an 教育處.
const MUNICIPALITIES = new Set(['臺北市', '新北市', '桃園市', '臺中市', '臺南市', '高雄市']);

/** 所屬縣市 and 單位名稱 of an authority: '臺中市' → 臺中市 / 臺中市政府教育局; a central one has no county. */
export function authorityUnit(name: string): { county: string; unit: string } {
  if (!/[縣市]$/.test(name)) return { county: '', unit: name };
  return { county: name, unit: `${name}政府${MUNICIPALITIES.has(name) ? '教育局' : '教育處'}` };
}

const FIELDS = [
  ['name', '承辦人姓名'],
  ['title', '職　　稱'],
  ['phone', '聯絡電話'],
  ['fax', '傳真號碼'],
  ['email', 'E-mail'],
  ['headName', '單位主管姓名'],
  ['headPhone', '聯絡電話'],
  ['headEmail', 'E-mail'],
] as const;

type Field = (typeof FIELDS)[number][0];

const LINE_SIZE = 12;

interface SheetLayout {
  county: Box;
  unit: Box;
  fields: Record<Field, Box>;
}

function drawFrame(page: PageDraft, year: number): SheetLayout {
  const x = MARGIN.left;
  const width = contentWidth(page);
  let y = drawTitle(page, [
    { text: '「學校本位暨教師自我專業進修研習規劃服務」', size: 13 },
    { text: `${year}學年度　${CONTACT_SHEET_TITLE}`, size: 18 },
  ]);
  y += mm(4);
  // 所屬縣市：＿＿＿　單位名稱：＿＿＿, written on lines like the paper form.
  const labelWidth = page.measure('所屬縣市：', LINE_SIZE, 'bold') + 2;
  const split = width * 0.38;
  const lineBox = (left: number, w: number): Box => ({ x: left, y, width: w, height: mm(9) });
  // Same size and centring as fitText's single line, so label and value share a baseline.
  const labelTop = y + (mm(9) - LINE_SIZE * 1.25) / 2;
  page.text('所屬縣市：', x, labelTop, { size: LINE_SIZE, weight: 'bold', lineHeight: 1.25 });
  page.text('單位名稱：', x + split, labelTop, { size: LINE_SIZE, weight: 'bold', lineHeight: 1.25 });
  const county = lineBox(x + labelWidth, split - labelWidth - mm(4));
  const unit = lineBox(x + split + labelWidth, width - split - labelWidth);
  for (const box of [county, unit]) page.line(box.x, box.y + box.height, box.x + box.width, box.y + box.height, { lineWidth: 0.6 });
  y += mm(13);

  const label = (text: string): TableCell => ({ text, fill: LABEL_FILL, align: 'center', size: 11.5 });
  const table = drawTable(
    page,
    FIELDS.map(([, text]) => ({ cells: [label(text), {}], minHeight: mm(12.5) })),
    { widths: [mm(42), width - mm(42)], frameWidth: 1.5 },
    { x, top: y },
  );
  y = table.bottom + mm(6);
  page.text('*注意', x, y, { size: 10.5, weight: 'bold' });
  y += 10.5 * 1.5;
  for (const note of CONTACT_SHEET_NOTES) y = page.paragraph(note, { x, top: y, width }, { size: 10, lineHeight: 1.55, indent: 0 }) + mm(1);
  drawSealBoxes(page, [{ label: '單位主管', hint: '（請核職章）' }], { x: x + width / 2, top: y + mm(6), width: width / 2, height: mm(32) });

  const fields = Object.fromEntries(FIELDS.map(([key], i) => [key, table.cells[i]?.[1] ?? { x: 0, y: 0, width: 0, height: 0 }])) as Record<Field, Box>;
  return { county, unit, fields };
}

function drawValues(page: PageDraft, layout: SheetLayout, data: ContactSheetData): void {
  fitText(page, data.county, layout.county, { size: LINE_SIZE, padding: 3 });
  fitText(page, data.unit, layout.unit, { size: LINE_SIZE, padding: 3 });
  for (const [key] of FIELDS) fitText(page, data.contact[key] ?? '', layout.fields[key], { size: 12, padding: 8 });
}

async function loadContacts(store: Store, scope: FormScope) {
  const authorities = await authoritiesOf(store, scope.year, scope.authority);
  const contacts = await store.db
    .selectFrom('authority_contacts')
    .select(['authority_id', 'name', 'title', 'phone', 'fax', 'email', 'head_name', 'head_phone', 'head_email'])
    .where('authority_id', 'in', authorities.map((a) => a.id))
    .orderBy('authority_id')
    .orderBy('id')
    .execute();
  return authorities.flatMap((authority) => {
    const { county, unit } = authorityUnit(authority.name);
    const mine = contacts.filter((c) => c.authority_id === authority.id);
    const people = mine.length > 0 ? mine : [null];
    return people.map((c) => ({
      fileStem: fileStem(CONTACT_SHEET_TITLE, authority.name, ...(c && mine.length > 1 ? [c.name] : [])),
      label: c ? `${authority.name} ${c.name}` : authority.name,
      data: {
        county,
        unit,
        contact: {
          name: c?.name ?? null,
          title: c?.title ?? null,
          phone: c?.phone ?? null,
          fax: c?.fax ?? null,
          email: c?.email ?? null,
          headName: c?.head_name ?? null,
          headPhone: c?.head_phone ?? null,
          headEmail: c?.head_email ?? null,
        },
      },
    }));
  });
}

export const contactSheetForm = defineForm<ContactSheetData>({
  id: 'contact-sheet',
  title: CONTACT_SHEET_TITLE,
  available: true,
  filters: ['authority'],
  splitBy: 'authority',
  load: loadContacts,
  draw(book, instance, ctx) {
    const templateId = `contact-sheet:${ctx.year}`;
    const layout = book.template(templateId, (page) => drawFrame(page, ctx.year));
    const section = book.section(instance.label);
    const page = book.page(section);
    page.useTemplate(templateId);
    drawValues(page, layout, instance.data);
    addFooters(section, { form: CONTACT_SHEET_TITLE, printedOn: ctx.printedOn });
  },
});
