// School year 113 as the NKNU plan (seed 003, attachment 3 "113 學年度…計畫書") and the Taichung
// bureau's letter (seed 004) announced it. tests/unit/schedule113.test.ts checks it against the seed text.
import { AUTHORITIES_113 } from '../vocabulary.ts';
import type { Schedule } from '../schedule.ts';
import { dayWindow } from '../schedule.ts';

export const authorities113: readonly string[] = AUTHORITIES_113;

export const schedule113: Schedule = {
  year: 113,
  // 服務系統開放時間：113 年 8 月 5 日至 114 年 7 月 31 日(整學年度開放)
  open: dayWindow('2024-08-05', '2025-07-31'),
  // 本次進修規劃所匯入之教師名單資料，係以113年8月2日17:00前…建置、登錄完畢之校內教師名單為依據
  rosterCutoff: '2024-08-02T17:00:00+08:00',
  schoolGroups: [
    {
      name: 'A',
      ...dayWindow('2024-08-05', '2024-08-14'),
      authorities: ['新北市', '臺北市', '臺中市', '桃園市', '苗栗縣', '彰化縣', '南投縣', '基隆市', '新竹市', '教育部國教署'],
    },
    {
      name: 'B',
      ...dayWindow('2024-08-15', '2024-08-23'),
      authorities: [
        '臺南市', '高雄市', '宜蘭縣', '新竹縣', '雲林縣', '嘉義縣', '屏東縣', '花蓮縣', '臺東縣', '澎湖縣', '嘉義市', '金門縣', '連江縣',
      ],
    },
  ],
  teacherWaves: [
    { wave: 1, ...dayWindow('2024-09-02', '2024-09-09'), authorities: ['教育部國教署', '澎湖縣', '金門縣', '連江縣', '苗栗縣', '花蓮縣'] },
    { wave: 2, ...dayWindow('2024-09-05', '2024-09-12'), authorities: ['新北市', '彰化縣', '新竹市', '宜蘭縣', '南投縣'] },
    { wave: 3, ...dayWindow('2024-09-11', '2024-09-16'), authorities: ['臺北市', '雲林縣', '臺南市', '新竹縣'] },
    { wave: 4, ...dayWindow('2024-09-18', '2024-09-24'), authorities: ['臺中市', '屏東縣', '基隆市', '桃園市'] },
    { wave: 5, ...dayWindow('2024-09-20', '2024-09-27'), authorities: ['高雄市', '嘉義縣', '嘉義市', '臺東縣'] },
  ],
  // Taichung's letter repeats its group's and wave's dates, but as its own announcement it stays
  // in force if the group or wave is later edited.
  authorityWindows: [
    { authority: '臺中市', kind: 'school', ...dayWindow('2024-08-05', '2024-08-14') },
    { authority: '臺中市', kind: 'teacher', ...dayWindow('2024-09-18', '2024-09-24') },
  ],
  // 年度辦理時程: task = 辦理事項, note = 說明, unit = 執行單位. The last row is due "隔年1月前".
  timeline: [
    {
      date: null,
      month: 7,
      task: '發函宣告當學年度本服務填報期程及計畫書',
      unit: '1. 教師進修網 2. 教育部 3. 國教署、各縣市',
      done: false,
      note: '1. 教師進修網陳報教育部當學年度本服務計畫書 2. 再由教育部行文國教署、各縣市 3. 國教署、各縣市函轉轄屬學校於期限內更新維護教師進修網帳號資料及宣告進修規劃期程',
    },
    {
      date: null,
      month: 8,
      task: '開放當學年度本服務「學校本位」填報',
      unit: '國小、國中、高中、高職、特殊教育學校各校一名業務承辦人代表',
      done: false,
      note: '由學校一名業務承辦人代表於當年度公告期程內完成「學校本位教師進修研習規劃服務」填報',
    },
    {
      date: null,
      month: 9,
      task: '開放當學年度本服務「教師個人」填報',
      unit: '學校教師',
      done: false,
      note: '由教師個人於當年度公告期程內完成「教師自我專業進修研習規劃服務」填報',
    },
    {
      date: null,
      month: 11,
      task: '彙整當學年度本服務之教師進修規劃需求',
      unit: '教師進修網',
      done: false,
      note: '教師進修網彙整當學年度「教師自我專業進修研習規劃服務」填報結果，並將教師進修規劃需求公告於教師進修網〔統計專區〕',
    },
    {
      date: null,
      month: 12,
      task: '彙整前學年度本服務獎勵名單',
      unit: '教師進修網',
      done: false,
      note: '教師進修網依獎勵辦法彙整前學年度獎勵名單[獎勵對象為教育主管機關(各縣市及國教署)、學校及教師]',
    },
    {
      date: null,
      month: 1,
      task: '發函陳報前學年度獎勵名單',
      unit: '1. 教師進修網 2. 教育部 3. 國教署、各縣市 4. 各級學校',
      done: false,
      note: '隔年1月前。教師進修網陳報教育部前學年度獎勵事宜及縣市獎勵名單 1. 教育部行文國教署、各縣市獎勵事宜 2. 國教署及各縣市行文通告轄屬學校獎勵事宜 3. 各級學校進行校內教師獎勵事宜',
    },
  ],
};
