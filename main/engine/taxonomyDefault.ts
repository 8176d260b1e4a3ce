// The built-in course classification: ../shared/spec/taxonomy.tsv as shipped data (a packaged app
// cannot read the spec folder). `source` says where each line comes from; 'catch-all' lines stand in
// for sub-items we do not know yet — names are never invented. tests/unit/taxonomyDefault.test.ts
// keeps this file equal to the TSV.
export interface TaxonomyLine {
  code: string;
  name: string;
  source: string;
}

export const DEFAULT_TAXONOMY_LABEL = '內建分類（104 學年度起，部分）';

export const DEFAULT_TAXONOMY: readonly TaxonomyLine[] = [
  { code: '1', name: '課程、教學及評量', source: 'seed 001/002' },
  { code: '1-1', name: '學生身心發展與學習理論', source: 'seed 002' },
  { code: '1-1-1', name: '學生身心發展', source: 'seed 002' },
  { code: '1-1-2', name: '學習理論', source: 'seed 002' },
  { code: '1-1-99', name: '其他', source: 'seed 002' },
  { code: '1-2', name: '課程', source: 'seed 002' },
  { code: '1-2-99', name: '其他', source: 'catch-all' },
  { code: '1-3', name: '教學', source: 'seed 002' },
  { code: '1-3-99', name: '其他', source: 'catch-all' },
  { code: '1-4', name: '評量', source: 'seed 002' },
  { code: '1-4-99', name: '其他', source: 'catch-all' },
  { code: '1-5', name: '特殊教育', source: 'seed 002' },
  { code: '1-5-99', name: '其他', source: 'catch-all' },
  { code: '1-6', name: '課程綱要重大議題', source: 'seed 002' },
  { code: '1-6-99', name: '其他', source: 'catch-all' },
  { code: '1-7', name: '其他新興議題', source: 'seed 002' },
  { code: '1-7-99', name: '其他', source: 'catch-all' },
  { code: '2', name: '班級經營與輔導', source: 'seed 001/002' },
  { code: '2-99', name: '其他', source: 'catch-all' },
  { code: '2-99-99', name: '其他', source: 'catch-all' },
  { code: '3', name: '專業發展與責任', source: 'seed 001/002' },
  { code: '3-1', name: '教學研究', source: 'seed 002' },
  { code: '3-1-99', name: '其他', source: 'catch-all' },
  { code: '3-2', name: '教師專業發展評鑑', source: 'seed 002' },
  { code: '3-2-1', name: '教師專業發展評鑑基本觀念', source: 'seed 002' },
  { code: '3-2-2', name: '教師專業發展評鑑參考規準', source: 'seed 002' },
  { code: '3-2-3', name: '教學檔案製作、評量與運用', source: 'seed 002' },
  { code: '3-2-4', name: '教學觀察與會談技術', source: 'seed 002' },
  { code: '3-2-5', name: '教學輔導理論與實務', source: 'seed 002' },
  { code: '3-2-6', name: '教學輔導教師人際關係與溝通', source: 'seed 002' },
  { code: '3-2-7', name: '評鑑倫理', source: 'seed 002' },
  { code: '3-2-8', name: '評鑑行政運作', source: 'seed 002' },
  { code: '3-2-99', name: '其他', source: 'seed 002' },
  { code: '3-3', name: '敬業精神與態度', source: 'seed 002' },
  { code: '3-3-99', name: '其他', source: 'catch-all' },
  { code: '4', name: '新興教育政策', source: 'seed 001/002' },
  { code: '4-99', name: '其他', source: 'catch-all' },
  { code: '4-99-99', name: '其他', source: 'catch-all' },
  { code: '5', name: '學校行政與領導', source: 'seed 001/002' },
  { code: '5-99', name: '其他', source: 'catch-all' },
  { code: '5-99-99', name: '其他', source: 'catch-all' },
  { code: '6', name: '實用知能與生活素養', source: 'seed 001/002' },
  { code: '6-99', name: '其他', source: 'catch-all' },
  { code: '6-99-99', name: '其他', source: 'catch-all' },
];
