// The styles of the printed spreadsheets, fixed and few: a bold title, a shaded bold header with
// borders, bordered body cells by kind (text, whole numbers with thousands separators, two
// decimals, percentages, ROC dates centred). Microsoft JhengHei is what Taiwan's offices have.

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** Indexes into cellXfs below. */
export const STYLE = {
  plain: 0,
  title: 1,
  subtitle: 2,
  header: 3,
  text: 4,
  integer: 5,
  decimal: 6,
  percent: 7,
  date: 8,
} as const;

const FONT = 'Microsoft JhengHei';
const font = (size: number, bold = false) => `<font>${bold ? '<b/>' : ''}<sz val="${size}"/><name val="${FONT}"/><family val="2"/><charset val="136"/></font>`;
const BORDER = '<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border>';
// Built-in number formats: 3 = #,##0, 2 = 0.00, 10 = 0.00%.
const xf = (attrs: string, inner = '') => `<xf xfId="0" ${attrs}>${inner}</xf>`;
const wrapTop = '<alignment vertical="center" wrapText="1"/>';

export const STYLES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  `<styleSheet xmlns="${NS}">` +
  `<fonts count="4">${font(11)}${font(11, true)}${font(14, true)}${font(10)}</fonts>` +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
  '<fill><patternFill patternType="solid"><fgColor rgb="FFE7E6E6"/><bgColor indexed="64"/></patternFill></fill></fills>' +
  `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>${BORDER}</borders>` +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="9">' +
  xf('numFmtId="0" fontId="0" fillId="0" borderId="0"') +
  xf('numFmtId="0" fontId="2" fillId="0" borderId="0" applyFont="1" applyAlignment="1"', '<alignment horizontal="center" vertical="center"/>') +
  xf('numFmtId="0" fontId="3" fillId="0" borderId="0" applyFont="1" applyAlignment="1"', '<alignment horizontal="center" vertical="center"/>') +
  xf('numFmtId="0" fontId="1" fillId="2" borderId="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"', '<alignment horizontal="center" vertical="center" wrapText="1"/>') +
  xf('numFmtId="0" fontId="0" fillId="0" borderId="1" applyBorder="1" applyAlignment="1"', wrapTop) +
  xf('numFmtId="3" fontId="0" fillId="0" borderId="1" applyNumberFormat="1" applyBorder="1" applyAlignment="1"', '<alignment vertical="center"/>') +
  xf('numFmtId="2" fontId="0" fillId="0" borderId="1" applyNumberFormat="1" applyBorder="1" applyAlignment="1"', '<alignment vertical="center"/>') +
  xf('numFmtId="10" fontId="0" fillId="0" borderId="1" applyNumberFormat="1" applyBorder="1" applyAlignment="1"', '<alignment vertical="center"/>') +
  xf('numFmtId="0" fontId="0" fillId="0" borderId="1" applyBorder="1" applyAlignment="1"', '<alignment horizontal="center" vertical="center"/>') +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';
