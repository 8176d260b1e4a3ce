// Demo attributes of the 113 authorities. The names are the real 113 list; codes, shares and area
// codes only make the demo plausible (approximate shares of the nation's teachers, in percent).
export interface DemoAuthority {
  name: string;
  code: string;
  idLetter: string;
  schoolPrefix: string;
  areaCode: string;
  share: number;
}

export const DEMO_AUTHORITIES: readonly DemoAuthority[] = [
  { name: '新北市', code: '01', idLetter: 'F', schoolPrefix: '01', areaCode: '02', share: 14.5 },
  { name: '臺北市', code: '30', idLetter: 'A', schoolPrefix: '35', areaCode: '02', share: 10 },
  { name: '臺中市', code: '19', idLetter: 'B', schoolPrefix: '19', areaCode: '04', share: 10.5 },
  { name: '臺南市', code: '21', idLetter: 'D', schoolPrefix: '21', areaCode: '06', share: 7.2 },
  { name: '高雄市', code: '52', idLetter: 'E', schoolPrefix: '52', areaCode: '07', share: 10 },
  { name: '桃園市', code: '03', idLetter: 'H', schoolPrefix: '03', areaCode: '03', share: 8.6 },
  { name: '宜蘭縣', code: '02', idLetter: 'G', schoolPrefix: '02', areaCode: '03', share: 2 },
  { name: '新竹縣', code: '04', idLetter: 'J', schoolPrefix: '04', areaCode: '03', share: 2.2 },
  { name: '苗栗縣', code: '05', idLetter: 'K', schoolPrefix: '05', areaCode: '037', share: 2.1 },
  { name: '彰化縣', code: '07', idLetter: 'N', schoolPrefix: '07', areaCode: '04', share: 5 },
  { name: '南投縣', code: '08', idLetter: 'M', schoolPrefix: '08', areaCode: '049', share: 2.1 },
  { name: '雲林縣', code: '09', idLetter: 'P', schoolPrefix: '09', areaCode: '05', share: 2.5 },
  { name: '嘉義縣', code: '10', idLetter: 'Q', schoolPrefix: '10', areaCode: '05', share: 2 },
  { name: '屏東縣', code: '13', idLetter: 'T', schoolPrefix: '13', areaCode: '08', share: 3.4 },
  { name: '臺東縣', code: '14', idLetter: 'V', schoolPrefix: '14', areaCode: '089', share: 1.3 },
  { name: '花蓮縣', code: '15', idLetter: 'U', schoolPrefix: '15', areaCode: '03', share: 1.5 },
  { name: '澎湖縣', code: '16', idLetter: 'X', schoolPrefix: '16', areaCode: '06', share: 0.5 },
  { name: '基隆市', code: '17', idLetter: 'C', schoolPrefix: '17', areaCode: '02', share: 1.3 },
  { name: '新竹市', code: '18', idLetter: 'O', schoolPrefix: '18', areaCode: '03', share: 1.7 },
  { name: '嘉義市', code: '20', idLetter: 'I', schoolPrefix: '20', areaCode: '05', share: 1.1 },
  { name: '金門縣', code: '71', idLetter: 'W', schoolPrefix: '71', areaCode: '082', share: 0.4 },
  { name: '連江縣', code: '72', idLetter: 'Z', schoolPrefix: '72', areaCode: '0836', share: 0.1 },
  { name: '教育部國教署', code: '00', idLetter: 'S', schoolPrefix: '00', areaCode: '04', share: 10 },
];

export function isNationalAuthority(name: string): boolean {
  return name === '教育部國教署';
}
