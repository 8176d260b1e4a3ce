import { describe, expect, it } from 'vitest';
import { isValidNationalId, maskNationalId, nationalIdCheckDigit, normalizeNationalId } from '../../main/engine/nationalId.ts';

describe('national ID', () => {
  it.each([
    ['A123456789', true],
    ['A123456788', false],
    ['F131104093', true],
    ['B220000005', false],
    ['a123456789', false],
    ['A323456789', false],
    ['A12345678', false],
    ['A800000014', true],
    ['A900000016', true],
  ])('%s valid = %s', (id, valid) => {
    expect(isValidNationalId(id)).toBe(valid);
  });

  it('computes the check digit by the published weights', () => {
    // A=10 → 1 + 0·9; 1·8 + 2·7 + 3·6 + 4·5 + 5·4 + 6·3 + 7·2 + 8·1 = 120; 121 → 9.
    expect(nationalIdCheckDigit('A12345678')).toBe(9);
    expect(() => nationalIdCheckDigit('112345678')).toThrow();
  });

  it('normalizes what officers type and masks what screens show', () => {
    expect(normalizeNationalId(' ａ１２３４５６７８９ ')).toBe('A123456789');
    expect(maskNationalId('A123456789')).toBe('A12****789');
  });
});
