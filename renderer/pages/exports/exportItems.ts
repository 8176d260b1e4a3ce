import type { Output } from '../../../preload/contract.ts';

// What the 匯出與列印 page offers: every printable form the API lists, then the spreadsheets.
// One choice at a time; the scope fields, the output kind and the button follow from it.

export type FormInfo = Output<'exports:forms'>['forms'][number];
export type Filter = FormInfo['filters'][number];

export type ExportItem =
  | { kind: 'form'; id: string; title: string; description: string; form: FormInfo }
  | { kind: 'sheet'; id: 'awards-xlsx' | 'progress-xlsx'; title: string; description: string; filters: Filter[] };

const FORM_DESCRIPTIONS: Record<string, string> = {
  'teacher-plan': '教師的基本資料、進修需求順位、研習主題規劃比例圖與各細項時數，附規劃狀態與送出時間。',
  'school-plan': '學校基本資料、學生與教師數、研習需求、各範疇時數與比例圖，附承辦人與校長核章欄。',
  'award-list': '各主管機關的獎勵結果與獲獎學校、教師，列出每個決定結果的數字與計算參數，附承辦人、單位主管核章欄。',
  'contact-sheet': '主管機關承辦人與單位主管的聯絡資料，附單位主管核章欄（傳真回覆用）。',
  'school-sheet': '學校名稱、校長與聯絡人資料，附校長、承辦人核章欄（傳真回覆用）。',
  reminders: '尚未於期限內送出規劃的學校與教師，附學校聯絡人電話、E-mail 與核章欄。',
};

export const SHEETS: ExportItem[] = [
  {
    kind: 'sheet',
    id: 'awards-xlsx',
    title: '獎勵名單（Excel）',
    description: '主管機關、學校、教師與參數四個工作表，含填報、時數、全國平均、PR 與未獲獎原因；身分證字號遮蔽。',
    filters: ['run'],
  },
  {
    kind: 'sheet',
    id: 'progress-xlsx',
    title: '填報進度（Excel）',
    description: '各主管機關、各學制的學校與教師規劃填報數與期限內送出率。',
    filters: [],
  },
];

export function exportItems(forms: readonly FormInfo[]): ExportItem[] {
  return [
    ...forms.map((form): ExportItem => ({ kind: 'form', id: form.id, title: form.title, description: form.available ? (FORM_DESCRIPTIONS[form.id] ?? '') : (form.reason ?? ''), form })),
    ...SHEETS,
  ];
}

export function filtersOf(item: ExportItem): Filter[] {
  return item.kind === 'form' ? item.form.filters : item.filters;
}

export interface Scope {
  authority: string | null;
  school: string;
  teacher: string;
  run: number | null;
}

export const EMPTY_SCOPE: Scope = { authority: null, school: '', teacher: '', run: null };

/** The scope as the API takes it: only the filters the item has, blanks left out. */
export function scopeInput(item: ExportItem, scope: Scope): { authority?: string; school?: string; teacher?: string; run?: number } {
  const filters = filtersOf(item);
  return {
    ...(filters.includes('authority') && scope.authority ? { authority: scope.authority } : {}),
    ...(filters.includes('school') && scope.school.trim() ? { school: scope.school.trim() } : {}),
    ...(filters.includes('teacher') && scope.teacher.trim() ? { teacher: scope.teacher.trim() } : {}),
    ...(filters.includes('run') && scope.run !== null ? { run: scope.run } : {}),
  };
}

/** '113學年度_獎勵名單_臺中市.pdf' — the name suggested for the file (or the folder of a batch). */
export function suggestedName(item: ExportItem, year: number, scope: Scope, folder: boolean): string {
  const parts = [`${year}學年度`, item.kind === 'form' ? item.form.title : item.title.replace(/（Excel）$/, '')];
  const filters = filtersOf(item);
  if (filters.includes('authority') && scope.authority) parts.push(scope.authority);
  if (filters.includes('school') && scope.school.trim()) parts.push(scope.school.trim());
  const stem = parts.join('_').replace(/[\\/:*?"<>|]/g, '_');
  if (folder) return stem;
  return `${stem}.${item.kind === 'form' ? 'pdf' : 'xlsx'}`;
}

/** `name` in `folder`, with the folder's own separator (a Windows path keeps its backslashes). */
export function joinPath(folder: string | null, name: string): string {
  if (!folder) return '';
  const sep = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return folder.endsWith(sep) ? `${folder}${name}` : `${folder}${sep}${name}`;
}

/** 1536 → '1.5 KB'. */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}
