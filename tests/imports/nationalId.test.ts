import { describe, expect, it } from 'vitest';
import {
  isValidNationalId,
  maskNationalId,
  nationalIdCheckDigit,
  nationalIdProblem,
  normalizeNationalId,
} from '../../main/engine/nationalId.ts';

describe('national ID', () => {
  it.each([
    ['A123456789', 'citizen, male'],
    ['F131104093', 'citizen'],
    ['B223456780', 'not valid', false],
    ['A800000014', 'new resident certificate, male'],
    ['A900000016', 'new resident certificate, female'],
    ['AA00000009', 'old resident certificate (second letter)'],
  ])('%s (%s)', (id, _what, valid = true) => {
    expect(isValidNationalId(id)).toBe(valid);
  });

  it('computes the check digit by the ministry table (I, O, W… out of order)', () => {
    expect(nationalIdCheckDigit('A12345678')).toBe(9);
    // I = 34 → 3 + 4·9; O = 35 → 3 + 5·9; the digits add 120: check digits 1 and 2.
    expect(nationalIdCheckDigit('I12345678')).toBe(1);
    expect(nationalIdCheckDigit('O12345678')).toBe(2);
    expect(isValidNationalId('I123456781')).toBe(true);
    expect(() => nationalIdCheckDigit('A3234567')).toThrow();
  });

  it('every wrong check digit is caught', () => {
    for (let d = 0; d <= 9; d++) {
      expect(nationalIdProblem(`A12345678${d}`)).toBe(d === 9 ? null : 'check-digit');
    }
  });

  it('rejects malformed numbers as shape problems', () => {
    for (const bad of ['A323456789', 'A12345678', 'A1234567890', '1123456789', 'a123456789', 'A12345678X', '']) {
      expect(nationalIdProblem(bad)).toBe('shape');
    }
  });

  it('normalizes case, full-width characters and spaces', () => {
    expect(normalizeNationalId(' a123456789 ')).toBe('A123456789');
    expect(normalizeNationalId('ａ１２３４５６７８９')).toBe('A123456789');
    expect(normalizeNationalId('A 123 456 789')).toBe('A123456789');
  });

  it('masks as A12****789', () => {
    expect(maskNationalId('A123456789')).toBe('A12****789');
    expect(maskNationalId('AB')).toBe('**');
    expect(maskNationalId('ABCDEFG')).toBe('ABC*EFG');
  });
});
