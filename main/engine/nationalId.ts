// 身分證字號 and 居留證 (resident certificate) numbers: a letter for the place of first registration,
// then 1/2 (citizens) or 8/9 (new-style resident certificates, since 2021) — or, on old-style
// resident certificates still in use, a second letter A–D — then 7 digits and a check digit.

/** The two-digit value of each first letter (the ministry's table; note I, O, W, X, Y, Z). */
const LETTER_VALUES: Readonly<Record<string, number>> = {
  A: 10, B: 11, C: 12, D: 13, E: 14, F: 15, G: 16, H: 17, I: 34, J: 18, K: 19, L: 20, M: 21,
  N: 22, O: 35, P: 23, Q: 24, R: 25, S: 26, T: 27, U: 28, V: 29, W: 32, X: 30, Y: 31, Z: 33,
};

const SHAPE_RE = /^[A-Z][1289A-D]\d{8}$/;

/** Trimmed, full-width folded, spaces removed, upper-cased: ' ａ１２３４５６７８９' → 'A123456789'. */
export function normalizeNationalId(value: string): string {
  return value.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/**
 * The check digit for the first nine characters ('A12345678' → 9). Throws when they are not a
 * letter, 1/2/8/9 (or A–D), and seven digits.
 */
export function nationalIdCheckDigit(first9: string): number {
  if (!FIRST9_RE.test(first9)) throw new Error('not a national ID prefix');
  return checkDigitOf(first9);
}

const FIRST9_RE = /^[A-Z][1289A-D]\d{7}$/;

/** For a string already known to start with the right shape; called once per imported row. */
function checkDigitOf(id: string): number {
  const letter = LETTER_VALUES[id[0] ?? ''] ?? 0;
  // An old-style second letter counts with the last digit of its own letter value.
  const c1 = id.charCodeAt(1);
  const second = c1 >= 65 ? (LETTER_VALUES[id[1] ?? ''] ?? 0) % 10 : c1 - 48;
  let sum = Math.floor(letter / 10) + (letter % 10) * 9 + second * 8;
  for (let i = 2; i < 9; i++) sum += (id.charCodeAt(i) - 48) * (9 - i);
  return (10 - (sum % 10)) % 10;
}

/** What is wrong with a (normalized) number, or null when it is valid. */
export function nationalIdProblem(id: string): 'shape' | 'check-digit' | null {
  if (!SHAPE_RE.test(id)) return 'shape';
  return checkDigitOf(id) === id.charCodeAt(9) - 48 ? null : 'check-digit';
}

export function isValidNationalId(id: string): boolean {
  return nationalIdProblem(id) === null;
}

/** What every screen and export shows: 'A123456789' → 'A12****789'. */
export function maskNationalId(value: string): string {
  if (value.length < 7) return '*'.repeat(value.length);
  return `${value.slice(0, 3)}${'*'.repeat(value.length - 6)}${value.slice(-3)}`;
}
