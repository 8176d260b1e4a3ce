import { afterAll, describe, expect, it } from 'vitest';
import { createRandom, type Random } from '../../db/demo/random.ts';
import { dispatch } from '../../main/api/dispatch.ts';
import { contract, type Channel } from '../../preload/contract.ts';
import { tempStore, testContext } from '../helpers/store.ts';

// Every channel of the contract — including ones added later — gets random malformed input and must
// answer with an error envelope: a Chinese message, no stack, nothing thrown, nothing written.

const store = tempStore();
afterAll(() => store.cleanup());
const ctx = testContext(store);
let internalErrors = 0;

function garbage(random: Random, depth = 0): unknown {
  const pick = random.int(0, depth > 2 ? 7 : 10);
  switch (pick) {
    case 0: return null;
    case 1: return random.int(-1e9, 1e9) + random.next();
    case 2: return 'x'.repeat(random.int(0, 5000));
    case 3: return random.chance(0.5);
    case 4: return Number.NaN;
    case 5: return '<script>alert(1)</script>';
    case 6: return '../../etc/passwd';
    case 7: return -1;
    case 8: return [garbage(random, depth + 1), garbage(random, depth + 1)];
    case 9: return { __proto__: { polluted: true }, constructor: { prototype: { polluted: true } } };
    default: {
      const o: Record<string, unknown> = {};
      for (const key of ['year', 'filter', 'page', 'sort', 'id', 'path', 'kind', 'scale', 'q']) if (random.chance(0.6)) o[key] = garbage(random, depth + 1);
      return o;
    }
  }
}

/** Input that no object schema can accept: not an object at all, or an object whose every field is wrong. */
function malformed(random: Random): unknown {
  if (random.chance(0.4)) return random.pick([null, 42, 'text', true, [], [1, 2], Number.POSITIVE_INFINITY]);
  const o: Record<string, unknown> = {};
  for (const key of ['year', 'filter', 'page', 'sort', 'id', 'path', 'kind', 'scale']) o[key] = garbage(random);
  o.year = random.pick(['113', -5, 1e9, null, { y: 1 }, 113.5]);
  return o;
}

describe('every API channel under random malformed input', () => {
  const channels = Object.keys(contract) as Channel[];
  it.each(channels)('%s answers only with error envelopes', async (channel) => {
    const random = createRandom([...channel].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7));
    for (let i = 0; i < 60; i++) {
      const input = malformed(random);
      // Input that happens to be valid is not malformed: it is never sent (a valid path would write a file).
      if (contract[channel].input.safeParse(input).success) continue;
      const result = await dispatch(channel, input, ctx, { onInternalError: () => internalErrors++ });
      expect(result.ok, `${channel} accepted ${JSON.stringify(input)?.slice(0, 120)}`).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('BAD_INPUT');
        expect(result.error.message).toMatch(/[\u4e00-\u9fff]/);
        expect(result.error.message).not.toMatch(/\n\s+at |\.ts:\d+/);
      }
    }
    expect(internalErrors).toBe(0);
  });

  it('left nothing behind: no year was created and no prototype was polluted', () => {
    expect(store.sqlite.prepare('SELECT COUNT(*) AS n FROM school_years').get()).toEqual({ n: 0 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
