// The needs (研習需求) of a plan: 3 ranked modes, 6 ranked times, 6 ranked places, one level, one
// method (domain.md "Plans", seed 002 step 2: 每一順位皆須填寫). Times and places offer 其他 with a text.
import { NEED_LEVELS, NEED_METHODS, NEED_MODES, NEED_PLACES, NEED_TIMES, RANK_COUNTS } from './vocabulary.ts';

/** The option that stands for a free text (進修時間其他 / 進修地點其他 in the import files). */
export const OTHER_OPTION = '其他';

export interface PlanNeeds {
  modes: readonly (string | null)[];
  times: readonly (string | null)[];
  timeOther?: string | null;
  places: readonly (string | null)[];
  placeOther?: string | null;
  level?: string | null;
  method?: string | null;
}

export type NeedField = 'mode' | 'time' | 'place' | 'level' | 'method';

export interface NeedsProblem {
  field: NeedField;
  /** 1-based rank; null for the whole field. */
  rank: number | null;
  message: string;
}

const LABELS: Record<NeedField, string> = { mode: '進修方式', time: '進修時間', place: '進修地點', level: '進修階層', method: '實施方式' };

const blank = (v: string | null | undefined): boolean => v === null || v === undefined || v.trim() === '';

function checkRanks(
  field: 'mode' | 'time' | 'place',
  values: readonly (string | null)[],
  options: readonly string[],
  other: { text: string | null | undefined } | null,
  complete: boolean,
): NeedsProblem[] {
  const out: NeedsProblem[] = [];
  const label = LABELS[field];
  const count = RANK_COUNTS[field];
  if (values.length > count) out.push({ field, rank: null, message: `${label}只有 ${count} 個順位，卻填了 ${values.length} 個` });
  const seen = new Map<string, number>();
  for (let rank = 1; rank <= count; rank++) {
    const raw = values[rank - 1];
    if (raw === null || raw === undefined || blank(raw)) {
      if (complete) out.push({ field, rank, message: `${label}第 ${rank} 順位未填` });
      continue;
    }
    const value = raw.trim();
    if (value === OTHER_OPTION && other !== null) {
      if (blank(other.text)) out.push({ field, rank, message: `${label}第 ${rank} 順位選了「其他」，但沒有填寫說明` });
    } else if (!options.includes(value)) {
      out.push({ field, rank, message: `${label}第 ${rank} 順位「${value}」不是可選的選項` });
    }
    const first = seen.get(value);
    if (first !== undefined) out.push({ field, rank, message: `${label}「${value}」重複（第 ${first} 與第 ${rank} 順位）` });
    else seen.set(value, rank);
  }
  return out;
}

function checkChoice(field: 'level' | 'method', value: string | null | undefined, options: readonly string[]): NeedsProblem[] {
  if (blank(value) || options.includes(value!.trim())) return [];
  return [{ field, rank: null, message: `${LABELS[field]}「${value!.trim()}」不是可選的選項` }];
}

/**
 * What is wrong with a plan's needs, in Chinese; [] when sound. A submitted plan (`complete`, the
 * default) must fill every rank; a draft is checked only for unknown and repeated options. Level and
 * method are single choices that the rule does not require, so only a value outside the list is
 * reported. Times and places may rank 其他 once, with its text; modes have no 其他.
 */
export function validateNeeds(needs: PlanNeeds, complete = true): NeedsProblem[] {
  return [
    ...checkRanks('mode', needs.modes, NEED_MODES, null, complete),
    ...checkRanks('time', needs.times, NEED_TIMES, { text: needs.timeOther }, complete),
    ...checkRanks('place', needs.places, NEED_PLACES, { text: needs.placeOther }, complete),
    ...checkChoice('level', needs.level, NEED_LEVELS),
    ...checkChoice('method', needs.method, NEED_METHODS),
  ];
}
