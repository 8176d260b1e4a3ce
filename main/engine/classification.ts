// Course-classification codes: `1` domain, `1-2` sub-item, `1-2-3` detail item (taxonomy.md).

const CODE = /^[1-9]\d*(?:-[1-9]\d*){0,2}$/;

export function isWellFormedCode(code: string): boolean {
  return CODE.test(code);
}

export function codeDepth(code: string): number {
  return code.split('-').length;
}

export function parentCode(code: string): string | null {
  const i = code.lastIndexOf('-');
  return i < 0 ? null : code.slice(0, i);
}

export function domainOf(code: string): string {
  return code.split('-')[0]!;
}
