// Every import kind of formats.md, column by column. Labels and aliases are the spec's; keys are
// what the records carry. Option lists come from the engine's vocabulary.

import {
  ACCOUNT_STATUSES,
  BUSINESS_ACCOUNT_KINDS,
  EMPLOYMENT_STATUSES,
  NEED_LEVELS,
  NEED_METHODS,
  NEED_MODES,
  NEED_PLACES,
  NEED_TIMES,
  PLAN_STATUSES,
  STAGES,
} from '../engine/vocabulary.ts';
import type { KindSpec, RecordOf, RowProblem } from './columns.ts';

// Not (yet) in the vocabulary: the actions of a plan's status history and the survey's respondents.
export const PLAN_ACTIONS = ['送出', '退回修改', '刪除'] as const;
export const SURVEY_RESPONDENTS = ['業務帳號', '教師'] as const;

const NAME_ALIASES = ['教師姓名'] as const;
const COURSE_CODE_ALIASES = ['課程代號'] as const;
const COURSE_NAME_ALIASES = ['研習名稱', '研習課程名稱'] as const;
const ORGANIZER_ALIASES = ['承辦單位', '辦理單位'] as const;

const NEED_COLUMNS = [
  { key: 'mode1', label: '進修方式1', type: 'enum', options: NEED_MODES },
  { key: 'mode2', label: '進修方式2', type: 'enum', options: NEED_MODES },
  { key: 'mode3', label: '進修方式3', type: 'enum', options: NEED_MODES },
  { key: 'time1', label: '進修時間1', type: 'enum', options: NEED_TIMES },
  { key: 'time2', label: '進修時間2', type: 'enum', options: NEED_TIMES },
  { key: 'time3', label: '進修時間3', type: 'enum', options: NEED_TIMES },
  { key: 'time4', label: '進修時間4', type: 'enum', options: NEED_TIMES },
  { key: 'time5', label: '進修時間5', type: 'enum', options: NEED_TIMES },
  { key: 'time6', label: '進修時間6', type: 'enum', options: NEED_TIMES },
  { key: 'timeOther', label: '進修時間其他', type: 'text' },
  { key: 'place1', label: '進修地點1', type: 'enum', options: NEED_PLACES },
  { key: 'place2', label: '進修地點2', type: 'enum', options: NEED_PLACES },
  { key: 'place3', label: '進修地點3', type: 'enum', options: NEED_PLACES },
  { key: 'place4', label: '進修地點4', type: 'enum', options: NEED_PLACES },
  { key: 'place5', label: '進修地點5', type: 'enum', options: NEED_PLACES },
  { key: 'place6', label: '進修地點6', type: 'enum', options: NEED_PLACES },
  { key: 'placeOther', label: '進修地點其他', type: 'text' },
  { key: 'level', label: '進修階層', type: 'enum', options: NEED_LEVELS },
  { key: 'method', label: '實施方式', type: 'enum', options: NEED_METHODS },
] as const;

const RANKED_NEEDS = [
  ['mode1', 'mode2', 'mode3'],
  ['time1', 'time2', 'time3', 'time4', 'time5', 'time6'],
  ['place1', 'place2', 'place3', 'place4', 'place5', 'place6'],
] as const;

/** A ranked need may not name the same option twice (domain.md "Plans"). */
function noRepeatedNeeds(record: Readonly<Record<string, unknown>>): RowProblem | null {
  for (const ranks of RANKED_NEEDS) {
    const seen = new Map<unknown, string>();
    for (const key of ranks) {
      const value = record[key];
      if (value === null || value === undefined) continue;
      const earlier = seen.get(value);
      if (earlier !== undefined) return { column: key, reason: `「${String(value)}」與${labelOf(earlier)}重複` };
      seen.set(value, key);
    }
  }
  return null;
}

const labelOf = (key: string): string => NEED_COLUMNS.find((c) => c.key === key)?.label ?? key;

function coursePeriod(record: Readonly<Record<string, unknown>>): RowProblem | null {
  const { startDate, endDate } = record;
  if (typeof startDate === 'string' && typeof endDate === 'string' && endDate < startDate) {
    return { column: 'endDate', reason: '課程結束日期早於課程開始日期' };
  }
  return null;
}

const statusLogSheet = <const T extends 'code' | 'nationalId'>(targetType: T, targetAlias: string) =>
  ({
    key: 'statusLog',
    name: '狀態紀錄',
    required: false,
    columns: [
      { key: 'target', label: '對象', aliases: [targetAlias], required: true, type: targetType },
      { key: 'action', label: '動作', required: true, type: 'enum', options: PLAN_ACTIONS },
      { key: 'at', label: '時間', required: true, type: 'dateTime' },
      { key: 'actor', label: '操作者', type: 'text' },
      { key: 'reason', label: '原因', type: 'text' },
    ],
  }) as const;

export const KINDS = {
  taxonomy: {
    kind: 'taxonomy',
    label: '課程分類',
    sheets: [{ key: 'taxonomy', name: '課程分類', required: true, columns: [
      { key: 'code', label: '代碼', aliases: ['課程類別代碼'], required: true, type: 'code' },
      { key: 'name', label: '名稱', required: true, type: 'text' },
    ] }],
  },
  authorities: {
    kind: 'authorities',
    label: '主管機關',
    sheets: [{ key: 'authorities', name: '主管機關', required: true, columns: [
      { key: 'code', label: '主管機關代碼', required: true, type: 'code' },
      { key: 'name', label: '主管機關名稱', required: true, type: 'text' },
      { key: 'schoolGroup', label: '學校規劃組別', type: 'code' },
      { key: 'teacherWave', label: '教師填寫波段', type: 'count' },
    ] }],
  },
  schools: {
    kind: 'schools',
    label: '學校',
    sheets: [{ key: 'schools', name: '學校', required: true, columns: [
      { key: 'code', label: '學校代碼', required: true, type: 'code' },
      { key: 'name', label: '學校名稱', required: true, type: 'text' },
      { key: 'authority', label: '主管機關', aliases: ['縣市'], required: true, type: 'text' },
      { key: 'stage', label: '教育階段', aliases: ['學校階段'], required: true, type: 'enum', options: STAGES },
      { key: 'studentCount', label: '學生總數', type: 'count' },
      { key: 'principalName', label: '校長姓名', type: 'text' },
      { key: 'principalPhone', label: '校長電話', type: 'phone' },
      { key: 'principalMobile', label: '校長手機', type: 'phone' },
      { key: 'principalEmail', label: '校長Email', type: 'email' },
      { key: 'contactName', label: '聯絡人姓名', type: 'text' },
      { key: 'contactTitle', label: '聯絡人職稱', type: 'text' },
      { key: 'contactPhone', label: '聯絡人電話', type: 'phone' },
      { key: 'contactMobile', label: '聯絡人手機', type: 'phone' },
      { key: 'contactEmail', label: '聯絡人Email', type: 'email' },
    ] }],
  },
  teachers: {
    kind: 'teachers',
    label: '教師名單',
    sheets: [{ key: 'teachers', name: '教師名單', required: true, columns: [
      { key: 'nationalId', label: '身分證字號', required: true, type: 'nationalId' },
      { key: 'name', label: '姓名', aliases: NAME_ALIASES, required: true, type: 'text' },
      { key: 'schoolCode', label: '學校代碼', required: true, type: 'code' },
      { key: 'title', label: '職稱', type: 'text' },
      { key: 'subjects', label: '任教科目', type: 'text' },
      { key: 'accountStatus', label: '帳號狀況', type: 'enum', options: ACCOUNT_STATUSES },
      { key: 'employmentStatus', label: '在職狀態', type: 'enum', options: EMPLOYMENT_STATUSES },
    ] }],
  },
  accounts: {
    kind: 'accounts',
    label: '業務帳號',
    sheets: [{ key: 'accounts', name: '業務帳號', required: true, columns: [
      { key: 'schoolCode', label: '學校代碼', required: true, type: 'code' },
      { key: 'account', label: '帳號', required: true, type: 'code' },
      { key: 'name', label: '姓名', required: true, type: 'text' },
      { key: 'kind', label: '類別', required: true, type: 'enum', options: BUSINESS_ACCOUNT_KINDS },
      { key: 'phone', label: '電話', type: 'phone' },
      { key: 'email', label: 'Email', type: 'email' },
      { key: 'status', label: '狀態', type: 'enum', options: ACCOUNT_STATUSES },
    ] }],
  },
  contacts: {
    kind: 'contacts',
    label: '承辦人資料',
    sheets: [{ key: 'contacts', name: '承辦人資料', required: true, columns: [
      { key: 'authority', label: '主管機關', required: true, type: 'text' },
      { key: 'name', label: '承辦人姓名', required: true, type: 'text' },
      { key: 'title', label: '職稱', type: 'text' },
      { key: 'phone', label: '電話', type: 'phone' },
      { key: 'fax', label: '傳真', type: 'phone' },
      { key: 'email', label: 'Email', type: 'email' },
      { key: 'headName', label: '單位主管姓名', type: 'text' },
      { key: 'headPhone', label: '主管電話', type: 'phone' },
      { key: 'headEmail', label: '主管Email', type: 'email' },
    ] }],
  },
  'school-plans': {
    kind: 'school-plans',
    label: '學校規劃',
    sheets: [
      { key: 'plans', name: '學校規劃', required: true, rowCheck: noRepeatedNeeds, columns: [
        { key: 'schoolCode', label: '學校代碼', required: true, type: 'code' },
        { key: 'status', label: '狀態', required: true, type: 'enum', options: PLAN_STATUSES },
        { key: 'submittedAt', label: '送出時間', type: 'dateTime' },
        { key: 'studentCount', label: '學生總數', type: 'count' },
        ...NEED_COLUMNS,
      ] },
      { key: 'hours', name: '學校規劃時數', required: true, columns: [
        { key: 'schoolCode', label: '學校代碼', required: true, type: 'code' },
        { key: 'category', label: '課程類別', required: true, type: 'code' },
        { key: 'hours', label: '規劃時數', required: true, type: 'hours' },
      ] },
      statusLogSheet('code', '學校代碼'),
    ],
  },
  'teacher-plans': {
    kind: 'teacher-plans',
    label: '教師規劃',
    sheets: [
      { key: 'plans', name: '教師規劃', required: true, rowCheck: noRepeatedNeeds, columns: [
        { key: 'nationalId', label: '身分證字號', required: true, type: 'nationalId' },
        { key: 'name', label: '姓名', type: 'text' },
        { key: 'schoolCode', label: '學校代碼', required: true, type: 'code' },
        { key: 'status', label: '狀態', required: true, type: 'enum', options: PLAN_STATUSES },
        { key: 'submittedAt', label: '送出時間', type: 'dateTime' },
        { key: 'education', label: '最高學歷', type: 'text' },
        { key: 'serviceYears', label: '服務年資', type: 'text' },
        { key: 'stage', label: '學校階段', type: 'enum', options: STAGES },
        { key: 'grade', label: '任教年級', type: 'text' },
        ...NEED_COLUMNS,
      ] },
      { key: 'hours', name: '教師規劃時數', required: true, columns: [
        { key: 'nationalId', label: '身分證字號', required: true, type: 'nationalId' },
        { key: 'category', label: '課程類別', required: true, type: 'code' },
        { key: 'hours', label: '規劃時數', required: true, type: 'hours' },
      ] },
      statusLogSheet('nationalId', '身分證字號'),
    ],
  },
  courses: {
    kind: 'courses',
    label: '研習課程',
    sheets: [{ key: 'courses', name: '研習課程', required: true, rowCheck: coursePeriod, columns: [
      { key: 'code', label: '課程代碼', aliases: COURSE_CODE_ALIASES, required: true, type: 'code' },
      { key: 'name', label: '課程名稱', aliases: COURSE_NAME_ALIASES, required: true, type: 'text' },
      { key: 'category', label: '課程類別', type: 'code' },
      { key: 'organizer', label: '主辦單位', aliases: ORGANIZER_ALIASES, type: 'text' },
      { key: 'startDate', label: '課程開始日期', type: 'date' },
      { key: 'endDate', label: '課程結束日期', type: 'date' },
      { key: 'hours', label: '研習時數', type: 'hours' },
    ] }],
  },
  hours: {
    kind: 'hours',
    label: '研習時數',
    sheets: [{ key: 'hours', name: '研習時數', required: true, columns: [
      { key: 'name', label: '姓名', aliases: NAME_ALIASES, required: true, type: 'text' },
      { key: 'courseCode', label: '課程代碼', aliases: COURSE_CODE_ALIASES, required: true, type: 'code' },
      { key: 'hours', label: '實核時數', aliases: ['核給時數', '研習時數', '實核時數/學分數'], required: true, type: 'hours' },
      { key: 'endedAt', label: '課程結束時間', aliases: ['研習日期', '課程日期'], required: true, type: 'dateTime' },
      { key: 'nationalId', label: '身分證字號', type: 'nationalId' },
      { key: 'schoolCode', label: '學校代碼', type: 'code' },
      { key: 'schoolName', label: '服務學校', type: 'text' },
      { key: 'courseName', label: '課程名稱', aliases: COURSE_NAME_ALIASES, type: 'text' },
      { key: 'category', label: '課程類別', type: 'code' },
      { key: 'organizer', label: '主辦單位', aliases: ORGANIZER_ALIASES, type: 'text' },
    ] }],
  },
  survey: {
    kind: 'survey',
    label: '滿意度問卷',
    sheets: [{ key: 'survey', name: '滿意度問卷', required: true, questions: true, columns: [
      { key: 'respondentKind', label: '填答者類別', required: true, type: 'enum', options: SURVEY_RESPONDENTS },
      { key: 'schoolCode', label: '學校代碼', required: true, type: 'code' },
    ] }],
  },
} as const satisfies Record<string, KindSpec>;

export type ImportKind = keyof typeof KINDS;
export const IMPORT_KINDS = Object.keys(KINDS) as ImportKind[];

export type SheetsOf<K extends ImportKind> = (typeof KINDS)[K]['sheets'][number];
export type SheetKeyOf<K extends ImportKind> = SheetsOf<K>['key'];
/** The record of one sheet of a kind: RecordFor<'teachers'>, RecordFor<'school-plans', 'hours'>. */
export type RecordFor<K extends ImportKind, S extends SheetKeyOf<K> = SheetKeyOf<K>> = RecordOf<
  Extract<SheetsOf<K>, { key: S }>
>;

export function isImportKind(value: string): value is ImportKind {
  return Object.hasOwn(KINDS, value);
}
