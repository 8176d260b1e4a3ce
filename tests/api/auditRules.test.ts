import { describe, expect, it } from 'vitest';
import { AUDIT_RULES, isRecorded } from '../../main/api/auditRules.ts';
import { contract } from '../../preload/contract.ts';
import { AUDIT_ACTIONS, AUDIT_AREAS } from '../../preload/contracts/audit.ts';

// Every channel of the contract is classified in main/api/auditRules.ts: recorded in the audit
// trail, or read-only with the reason. A new channel without a rule fails here (and fails to
// compile); a channel whose name says it changes data cannot be filed as read-only.

const channels = Object.keys(contract);
const rules = AUDIT_RULES as Record<string, (typeof AUDIT_RULES)[keyof typeof AUDIT_RULES]>;

// Verbs that change stored data. A read-only channel named like this needs a second look, not a rule.
const CHANGING = /:(run|import\w*|save|return|review|restore|create\w*|resolve|confirm\w*|retry|rollOver|demo|delete\w*|update\w*|set\w*|add\w*|remove\w*|edit\w*|mark\w*|apply\w*)$/;

describe('the audit rules', () => {
  it('classify every channel of the contract, and only those', () => {
    const missing = channels.filter((c) => !Object.hasOwn(rules, c));
    expect(missing, `channels without an audit rule in main/api/auditRules.ts: ${missing.join(', ')}`).toEqual([]);
    expect(Object.keys(rules).filter((c) => !Object.hasOwn(contract, c))).toEqual([]);
  });

  it('record every channel whose name says it changes data', () => {
    const unrecorded = channels.filter((c) => CHANGING.test(c) && !isRecorded(rules[c]!));
    expect(unrecorded, `channels that look mutating but are marked read-only: ${unrecorded.join(', ')}`).toEqual([]);
  });

  it('give every read-only channel its reason, and every recorded one a known action', () => {
    for (const c of channels) {
      const rule = rules[c]!;
      if (isRecorded(rule)) {
        expect(Object.hasOwn(AUDIT_ACTIONS, rule.action), `${c}: ${rule.action}`).toBe(true);
        expect(typeof rule.describe).toBe('function');
      } else {
        expect(rule.readOnly.length, c).toBeGreaterThan(2);
      }
    }
  });

  it('use every action, each in a known area; imports take a backup first', () => {
    const used = new Set(channels.map((c) => rules[c]!).filter(isRecorded).map((r) => r.action));
    expect([...Object.keys(AUDIT_ACTIONS)].filter((a) => !used.has(a as never))).toEqual([]);
    for (const a of Object.values(AUDIT_ACTIONS)) expect(Object.hasOwn(AUDIT_AREAS, a.area)).toBe(true);
    const backupFirst = channels.filter((c) => { const r = rules[c]!; return isRecorded(r) && r.backupFirst === true; });
    expect(backupFirst).toEqual(channels.filter((c) => /:import$|^imports:run$/.test(c)));
  });
});
