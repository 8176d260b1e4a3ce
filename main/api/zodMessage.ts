import type { z } from 'zod';

const FIELD_NAMES: Record<string, string> = {
  year: '學年度',
  scale: '規模',
  q: '搜尋字詞',
  authority: '主管機關',
  stage: '教育階段',
  offset: '起始筆數',
  limit: '每頁筆數',
  by: '排序欄位',
  dir: '排序方向',
  id: '編號',
};

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? '必須填寫' : `格式不對（應為${typeName(issue.expected)}）`;
    case 'too_small':
      if (issue.origin === 'string') return `至少要 ${String(issue.minimum)} 個字`;
      // An exclusive bound (z.number().positive(), .gt()) must not read as "not below": 0 is below-or-equal.
      return issue.inclusive === false ? `必須大於 ${String(issue.minimum)}` : `不可小於 ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'string') return `不可超過 ${String(issue.maximum)} 個字`;
      return issue.inclusive === false ? `必須小於 ${String(issue.maximum)}` : `不可大於 ${String(issue.maximum)}`;
    case 'invalid_value':
      return `只能是：${issue.values.map(String).join('、')}`;
    case 'unrecognized_keys':
      return `不認得的欄位：${issue.keys.join('、')}`;
    default:
      return '內容不正確';
  }
}

function typeName(expected: string): string {
  return ({ number: '數字', string: '文字', boolean: '是／否', object: '物件', array: '清單' } as Record<string, string>)[expected] ?? expected;
}

/** A validation failure as one Chinese sentence that names the field(s). */
export function zodMessage(error: z.ZodError): string {
  const parts = error.issues.slice(0, 5).map((issue) => {
    const path = issue.path.map(String);
    const key = path.at(-1);
    const label = key && FIELD_NAMES[key] ? `${FIELD_NAMES[key]}（${path.join('.')}）` : path.join('.') || '輸入';
    return `欄位「${label}」${describeIssue(issue)}`;
  });
  return `輸入資料有誤：${parts.join('；')}。`;
}
