// Taiwan national IDs (身分證字號) and the new-style resident certificates (居留證: 8/9 as the
// second character): a letter, then 9 digits, the last a check digit.

const LETTER_VALUES: Record<string, number> = {
  A: 10, B: 11, C: 12, D: 13, E: 14, F: 15, G: 16, H: 17, I: 34, J: 18, K: 19, L: 20, M: 21,
  N: 22, O: 35, P: 23, Q: 24, R: 25, S: 26, T: 27, U: 28, V: 29, W: 32, X: 30, Y: 31, Z: 33,
};
const SHAPE = /^[A-Z][1289]\d{8}$/;
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 1];

/** Upper-cases, folds full-width characters and drops spaces: what the officer meant. */
export function normalizeNationalId(value: string): string {
  return value.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** The check digit for the first nine characters (letter + 8 digits). */
export function nationalIdCheckDigit(first9: string): number {
  const letter = LETTER_VALUES[first9[0]!];
  if (letter === undefined || !/^\d{8}$/.test(first9.slice(1, 9))) throw new Error('not a national ID prefix');
  let sum = Math.floor(letter / 10) + (letter % 10) * 9;
  for (let i = 0; i < 8; i++) sum += Number(first9[i + 1]) * WEIGHTS[i]!;
  return (10 - (sum % 10)) % 10;
}

export function isValidNationalId(value: string): boolean {
  if (!SHAPE.test(value)) return false;
  return nationalIdCheckDigit(value.slice(0, 9)) === Number(value[9]);
}

/** What every screen and export shows: `A12****789`. */
export function maskNationalId(value: string): string {
  if (value.length < 7) return '*'.repeat(value.length);
  return `${value.slice(0, 3)}${'*'.repeat(value.length - 6)}${value.slice(-3)}`;
}
