import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isWellFormedCode, parentCode } from '../../main/engine/classification.ts';
import { DEFAULT_TAXONOMY } from '../../main/engine/taxonomyDefault.ts';

describe('built-in classification', () => {
  it('equals ../shared/spec/taxonomy.tsv line by line', () => {
    const tsv = readFileSync(new URL('../../../shared/spec/taxonomy.tsv', import.meta.url), 'utf8');
    const lines = tsv.trim().split('\n').slice(1).map((l) => l.split('\t'));
    expect(DEFAULT_TAXONOMY.map((t) => [t.code, t.name, t.source])).toEqual(lines);
  });

  it('is well formed: codes valid, parents present, no duplicates', () => {
    const codes = new Set(DEFAULT_TAXONOMY.map((t) => t.code));
    expect(codes.size).toBe(DEFAULT_TAXONOMY.length);
    for (const { code } of DEFAULT_TAXONOMY) {
      expect(isWellFormedCode(code)).toBe(true);
      const parent = parentCode(code);
      if (parent) expect(codes.has(parent), code).toBe(true);
    }
  });
});
