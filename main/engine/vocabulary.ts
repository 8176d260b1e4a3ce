// The words the domain defines, kept once: the contract, the importers, the exports and the UI all
// read them from here (see ../shared/spec/domain.md).

export const STAGES = ['國小', '國中', '高中', '高職', '特殊教育學校'] as const;
export type Stage = (typeof STAGES)[number];

export const ACCOUNT_STATUSES = ['啟用中', '停用中', '待申請'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

export const EMPLOYMENT_STATUSES = ['在職', '離職', '轉校', '退休'] as const;
export type EmploymentStatus = (typeof EMPLOYMENT_STATUSES)[number];

export const BUSINESS_ACCOUNT_KINDS = ['總負責人', '連絡人', '作業人員'] as const;
export type BusinessAccountKind = (typeof BUSINESS_ACCOUNT_KINDS)[number];

/** What each business-account kind may do (the permission matrix of seed 003/004). */
export const ACCOUNT_PERMISSIONS: Record<
  BusinessAccountKind,
  { courses: boolean; businessAccounts: boolean; teacherAccounts: boolean; statistics: boolean }
> = {
  總負責人: { courses: true, businessAccounts: true, teacherAccounts: true, statistics: true },
  連絡人: { courses: true, businessAccounts: false, teacherAccounts: true, statistics: true },
  作業人員: { courses: true, businessAccounts: false, teacherAccounts: false, statistics: true },
};

export const PLAN_STATUSES = ['暫存', '送出', '退回修改'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const NEED_MODES = ['非學分班-研習時數', '學分班-學士層級進修', '學分班-碩士層級進修'] as const;
export const NEED_TIMES = ['週一至週五白天', '週一至週五晚上', '週六', '週日', '暑假', '寒假'] as const;
export const NEED_PLACES = [
  '服務學校',
  '鄰近學校/社區學校',
  '教師研習機構',
  '師資培育之大學',
  '電腦網路學習/遠距教學',
  '非師資培育之大學',
  '社教機構或民間團體',
] as const;
export const NEED_LEVELS = [
  '第一階基礎-瞭解熟悉',
  '第二階進階-應用分析',
  '第三階領導-整合評價',
  '第四階研發-創新推廣',
] as const;
export const NEED_METHODS = ['講授', '座談', '工作坊', '參訪實察', '觀課議課', '數位課程'] as const;

/** How many ranks a plan fills for each ranked need. */
export const RANK_COUNTS = { mode: 3, time: 6, place: 6 } as const;

/** The six domains of the course classification (taxonomy.md). */
export const DOMAINS = [
  { code: '1', name: '課程、教學及評量' },
  { code: '2', name: '班級經營與輔導' },
  { code: '3', name: '專業發展與責任' },
  { code: '4', name: '新興教育政策' },
  { code: '5', name: '學校行政與領導' },
  { code: '6', name: '實用知能與生活素養' },
] as const;

/** The 23 authorities of school year 113, in the order the ministry lists them. */
export const AUTHORITIES_113 = [
  '新北市', '臺北市', '臺中市', '臺南市', '高雄市', '桃園市', '宜蘭縣', '新竹縣', '苗栗縣', '彰化縣',
  '南投縣', '雲林縣', '嘉義縣', '屏東縣', '臺東縣', '花蓮縣', '澎湖縣', '基隆市', '新竹市', '嘉義市',
  '金門縣', '連江縣', '教育部國教署',
] as const;
