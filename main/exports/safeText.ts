// Text written into a spreadsheet must never turn into a formula, there or after a trip through
// csv: a cell starting with = + - @, a tab or a carriage return gets a leading apostrophe (OWASP's
// advice for formula injection). Control characters XML cannot hold are dropped.

const FORMULA_START = /^[=+\-@\t\r]/;
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function safeCellText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function xmlText(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
