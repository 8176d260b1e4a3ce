// School year 106 as the NKNU "106 年度…計畫書" (seed 001) announced it: an earlier real year,
// kept as a second year to test against. tests/unit/schedule113.test.ts checks it against the seed.
import type { Schedule } from '../schedule.ts';
import { dayWindow } from '../schedule.ts';

/** The plan's own list (伍、各學年度參與縣市資料); it still writes 桃園縣, so the data keeps it. */
export const authorities106: readonly string[] = [
  '新北市', '臺北市', '臺中市', '臺南市', '高雄市', '宜蘭縣', '桃園縣', '新竹縣', '苗栗縣', '彰化縣', '南投縣',
  '雲林縣', '嘉義縣', '屏東縣', '臺東縣', '花蓮縣', '澎湖縣', '基隆市', '新竹市', '嘉義市', '連江縣', '金門縣',
  '教育部國教署',
];

const CENTRAL_OFFICE = '全國教師在職進修資訊網及全國推廣中心';

/**
 * 肆、106 年度辦理期程規劃 covers the calendar year 106 (106 年 1 月-106 年 12 月), so its January to
 * July rows prepare this school year rather than fall inside it. Text as in the plan (its one
 * simplified 办 written 辦).
 */
const workPlan: [month: number, task: string][] = [
  [1, '106 學年度「學校本位暨教師自我專業進修規劃促進服務」系統(以下簡稱服務系統)辦理流程檢討、研究小組會議'],
  [2, '服務系統頁面、相關參考數據資料呈現等功能精進設計討論，實施計畫修正、研究小組會議'],
  [3, '服務系統頁面、相關參考數據資料呈現等功能精進設計討論，研究小組會議'],
  [4, '完成 106 學年度服務系統之實施計畫、服務系統頁面功能精進設計與修正，並彙整各年度服務系統填報數據等相關資料，研究小組會議'],
  [5, '更新服務系統之操作說明手冊、影音檔製作、研究小組會議'],
  [6, '服務系統進行線上功能最後測試、發函至教育部說明辦理流程及計畫內容、並依需求至各縣市舉辦教育訓練、研究小組會議'],
  [7, '本年度操作說明手冊文宣品彙編、服務系統教育訓練及說明會前置作業、依需求至各縣市舉辦教育訓練、彙整各年度服務系統填報數據等相關資料，提至「全國教師在職進修資訊網研討會暨 106 年度第一次總召會議」研討'],
  [8, '各縣市學校「業務帳號」上線填報「學校本位教師進修研習規劃服務系統 http://school.inservice.edu.tw/」、同時開放學校業務帳號使用者滿意度調查、建立填報數據統計資料庫、彙整上一學年度之獎勵名單、研究小組會議'],
  [9, '各縣市學校「教師帳號」上線填報「教師自我專業進修研習規劃服務系統 http://teacher.inservice.edu.tw/」、同時開放教師帳號使用者滿意度調查、尚未填報之業務帳號催覆、上一學年度之獎勵名單覆核、研究小組會議'],
  [10, '進行教師帳號使用者滿意度調查、整理填報數據統計資料庫、研究小組會議'],
  [11, '分析統計資料庫填報數據，並於完成後公布於教師進修網以供下載，彙整本年度填報需求報告等相關資料，提至「全國教師在職進修資訊網研討會暨 106 年度第二次總召會議」研討'],
  [12, '召開服務系統之期中檢討資訊會議、修正及彙整本年度填報需求報告、上一學年度獎勵名單後陳送教育部、使用者滿意度調查與成果報告撰寫、相關經費核銷結案'],
];

export const schedule106: Schedule = {
  year: 106,
  // 服務系統開放時間：106 年 8 月 14 日至 107 年 7 月 31 日(整學年度開放)
  open: dayWindow('2017-08-14', '2018-07-31'),
  // The 106 plan does not say when the roster was taken.
  rosterCutoff: null,
  // The two groups share 8/22: the plan's own dates.
  schoolGroups: [
    {
      name: 'A',
      ...dayWindow('2017-08-14', '2017-08-22'),
      authorities: ['新北市', '臺北市', '臺中市', '桃園縣', '苗栗縣', '彰化縣', '南投縣', '基隆市', '新竹市', '教育部國教署'],
    },
    {
      name: 'B',
      ...dayWindow('2017-08-22', '2017-08-31'),
      authorities: [
        '臺南市', '高雄市', '宜蘭縣', '新竹縣', '雲林縣', '嘉義縣', '屏東縣', '花蓮縣', '臺東縣', '澎湖縣', '嘉義市', '金門縣', '連江縣',
      ],
    },
  ],
  teacherWaves: [
    { wave: 1, ...dayWindow('2017-09-04', '2017-09-11'), authorities: ['教育部國教署', '澎湖縣', '金門縣', '連江縣', '苗栗縣', '花蓮縣'] },
    { wave: 2, ...dayWindow('2017-09-08', '2017-09-15'), authorities: ['新北市', '彰化縣', '新竹市', '宜蘭縣', '南投縣'] },
    { wave: 3, ...dayWindow('2017-09-13', '2017-09-20'), authorities: ['臺北市', '雲林縣', '臺南市', '新竹縣'] },
    { wave: 4, ...dayWindow('2017-09-18', '2017-09-25'), authorities: ['臺中市', '屏東縣', '基隆市', '桃園縣'] },
    { wave: 5, ...dayWindow('2017-09-22', '2017-09-29'), authorities: ['高雄市', '嘉義縣', '嘉義市', '臺東縣'] },
  ],
  authorityWindows: [],
  timeline: workPlan.map(([month, task]) => ({ date: null, month, task, unit: CENTRAL_OFFICE, done: false, note: '' })),
};
