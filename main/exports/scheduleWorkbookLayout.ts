// The schedule workbook's sheets and columns, shared by the writer and the reader so the two
// cannot drift apart. The issue names three sheets (學校規劃組別, 教師填寫波段, 年度工作時程); the
// open period, the roster cutoff and the authorities' own windows get two more, so that an
// exported workbook imported again gives back the very same schedule.

export const SHEETS = {
  period: '服務期程',
  groups: '學校規劃組別',
  waves: '教師填寫波段',
  own: '主管機關自訂期間',
  timeline: '年度工作時程',
} as const;
export type SheetKey = keyof typeof SHEETS;

export interface ColumnDef {
  label: string;
  /** Other headers officers write for the same column. */
  aliases?: readonly string[];
  required?: boolean;
  /** Column width in characters, for the writer. */
  width: number;
}

const START = { label: '開始時間', aliases: ['開始', '開始日期', '起'], required: true, width: 18 } as const;
const END = { label: '結束時間', aliases: ['結束', '結束日期', '迄', '截止時間'], required: true, width: 18 } as const;
const MEMBERS = { label: '主管機關', aliases: ['縣市', '成員', '主管機關名稱'], required: true, width: 90 } as const;

export const COLUMNS = {
  period: {
    item: { label: '項目', required: true, width: 20 },
    time: { label: '時間', aliases: ['日期時間', '日期'], width: 18 },
    note: { label: '說明', aliases: ['備註'], width: 70 },
  },
  groups: {
    name: { label: '組別', aliases: ['組別名稱', '學校規劃組別'], required: true, width: 8 },
    start: START,
    end: END,
    authorities: MEMBERS,
  },
  waves: {
    wave: { label: '波段', aliases: ['教師填寫波段', '波段編號'], required: true, width: 8 },
    start: START,
    end: END,
    authorities: MEMBERS,
  },
  own: {
    authority: { label: '主管機關', aliases: ['縣市', '主管機關名稱'], required: true, width: 14 },
    kind: { label: '類別', aliases: ['期間類別', '填報類別'], required: true, width: 10 },
    start: START,
    end: END,
  },
  timeline: {
    month: { label: '月份', aliases: ['月'], required: true, width: 6 },
    date: { label: '日期', width: 12 },
    task: { label: '辦理事項', aliases: ['工作項目', '工作事項'], required: true, width: 40 },
    unit: { label: '執行單位', aliases: ['負責單位', '辦理單位'], width: 30 },
    done: { label: '完成', aliases: ['已完成', '完成狀態'], width: 6 },
    note: { label: '說明', aliases: ['備註'], width: 70 },
  },
} as const satisfies Record<SheetKey, Record<string, ColumnDef>>;

/** Rows of the 服務期程 sheet, by its 項目. */
export const PERIOD_ITEMS = {
  openStart: '服務開放開始',
  openEnd: '服務開放結束',
  rosterCutoff: '教師名單基準時間',
} as const;

export const PERIOD_NOTES: Record<keyof typeof PERIOD_ITEMS, string> = {
  openStart: '服務系統開放的開始時間',
  openEnd: '服務系統開放的結束時間',
  rosterCutoff: '以此時間前建置完成的校內教師名單為準；不確定時留白',
};

export const KIND_LABELS = { school: '學校規劃', teacher: '教師填寫' } as const;

export const MEMBER_SEPARATOR = '、';
export const DONE_LABELS = { yes: '是', no: '否' } as const;

/** The title row above each header row: '113 學年度 教師填寫波段'. */
export function titleOf(year: number, key: SheetKey): string {
  return `${year} 學年度 ${SHEETS[key]}`;
}

/** The hint under the titles: the two things officers get wrong when they type dates. */
export const DATE_HINT = '時間請以民國年填寫，例如 113/08/05 00:00；只寫日期時，開始時間為當天 00:00，結束時間為當天 17:00。';
