// The demo year's course list (研習課程): titles as in-service courses are usually named, a
// classification detail item of the built-in list, an organizer, dates inside the school year and
// the hours the course grants (mostly 2, 3 or 6). Codes carry the year, so two demo years never
// share a course.
import { dayOf } from '../../main/engine/dayNumber.ts';
import { encodeCategory } from '../../main/engine/hourCategory.ts';
import { schoolYearRange } from '../../main/engine/rocDate.ts';
import { DEFAULT_TAXONOMY } from '../../main/engine/taxonomyDefault.ts';
import type { Random } from './random.ts';

export interface DemoCourse {
  code: string;
  name: string;
  /** A detail item code ('3-2-5'). */
  category: string;
  organizer: string;
  startDay: number;
  endDay: number;
  hundredths: number;
}

const TOPICS: Record<string, readonly string[]> = {
  '1': ['素養導向教學設計', '差異化教學策略', '學習評量與回饋', '閱讀理解教學', '數學領域教學實務', '自然科學探究與實作', '雙語教學入門', '特殊教育學生輔導', '性別平等教育融入教學', '環境教育議題教學', '資訊科技融入教學', '國語文寫作教學'],
  '2': ['班級經營實務', '正向管教與班級常規', '學生輔導知能', '親師溝通技巧', '校園霸凌防制', '學生自我傷害防治'],
  '3': ['教學觀察與回饋', '公開授課與專業回饋', '專業學習社群運作', '教師專業倫理', '行動研究入門', '教學輔導教師培訓'],
  '4': ['十二年國教課綱說明', '數位學習精進方案', '生生用平板教學應用', '108 課綱校本課程發展', '國際教育 2.0'],
  '5': ['學校行政領導', '校務評鑑實務', '校園安全管理', '學校會計與採購實務'],
  '6': ['教師身心健康促進', 'CPR 與 AED 急救訓練', '防災教育與演練', '媒體素養', '智慧財產權與資訊安全'],
};
const FORMATS: readonly (readonly [string, number])[] = [['研習', 40], ['工作坊', 25], ['增能研習', 15], ['講座', 10], ['線上課程', 10]];
const ORGANIZERS = ['教育局', '教師研習中心', '國民及學前教育署', '教育部', '教學輔導團', '師資培育大學'];
// Weighted so a teacher's ~25 courses come to 60–70 hours, as real years do.
const HOURS: readonly (readonly [number, number])[] = [[1, 20], [2, 45], [3, 22], [4, 4], [6, 7], [12, 1.5], [18, 0.5]];

const DETAIL_ITEMS = DEFAULT_TAXONOMY.filter((t) => t.code.split('-').length === 3 && encodeCategory(t.code) !== null).map((t) => t.code);
// Teaching courses dominate the real distribution; administration and general skills are fewer.
const DOMAIN_WEIGHTS: readonly (readonly [string, number])[] = [['1', 46], ['2', 16], ['3', 16], ['4', 10], ['5', 5], ['6', 7]];

export function demoCourses(random: Random, year: number, count: number, places: readonly string[]): DemoCourse[] {
  const { start } = schoolYearRange(year);
  const first = dayOf(start);
  const courses: DemoCourse[] = [];
  for (let i = 0; i < count; i++) {
    const domain = random.weighted(DOMAIN_WEIGHTS);
    const items = DETAIL_ITEMS.filter((c) => c.startsWith(`${domain}-`));
    // Courses cluster in the semesters: September–January and February–June.
    const inSecondTerm = random.chance(0.45);
    const startDay = first + (inSecondTerm ? random.int(190, 330) : random.int(20, 170));
    const hours = random.weighted(HOURS);
    const place = places[i % places.length] ?? '文雅';
    courses.push({
      code: `${year}${String(i + 1).padStart(5, '0')}`,
      name: `${random.pick(TOPICS[domain] ?? TOPICS['1']!)}${random.weighted(FORMATS)}`,
      category: random.pick(items),
      organizer: random.chance(0.5) ? `${place}國民小學` : random.pick(ORGANIZERS),
      startDay,
      endDay: startDay + (hours >= 12 ? random.int(1, 20) : 0),
      hundredths: hours * 100,
    });
  }
  return courses;
}
