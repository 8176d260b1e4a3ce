import { nationalIdCheckDigit } from '../../main/engine/nationalId.ts';
import { DEFAULT_TAXONOMY, DEFAULT_TAXONOMY_LABEL } from '../../main/engine/taxonomyDefault.ts';
import type { Stage } from '../../main/engine/vocabulary.ts';
import type { Sqlite } from '../connection.ts';
import { insertClassificationVersion } from '../queries/classification.ts';
import { insertDemoAccounts } from './accounts.ts';
import { DEMO_AUTHORITIES, type DemoAuthority } from './authorities.ts';
import { personName, placeNames } from './names.ts';
import { createRandom, type Random } from './random.ts';
import { demoSchools } from './schools.ts';

export const DEMO_SCALES = {
  small: { authorities: ['臺中市', '屏東縣', '教育部國教署'], schools: 30, teachers: 600 },
  county: { authorities: ['臺中市'], schools: 250, teachers: 8_000 },
  national: { authorities: DEMO_AUTHORITIES.map((a) => a.name), schools: 3_500, teachers: 200_000 },
} as const;
export type DemoScale = keyof typeof DEMO_SCALES;

export interface DemoOptions {
  scale: DemoScale;
  seed?: number;
  year?: number;
  /** School group and teacher wave per authority, from the year's schedule when one is known. */
  groupOf?: (authority: string) => { group: string | null; wave: number | null };
}

export interface DemoSummary {
  year: number;
  scale: DemoScale;
  seed: number;
  authorities: number;
  schools: number;
  teachers: number;
}

const JOB_TITLES: readonly (readonly [string, number])[] = [
  ['專任教師', 40], ['導師', 35], ['教師兼組長', 12], ['教師兼主任', 6], ['代理教師', 7],
];
const SUBJECTS: Record<Stage, readonly string[]> = {
  國小: ['國語', '數學', '自然科學', '社會', '英語', '藝術', '健康與體育', '綜合活動', '本土語文'],
  國中: ['國文', '數學', '英語', '理化', '生物', '地球科學', '歷史', '地理', '公民與社會', '藝術', '健康與體育', '綜合活動', '科技'],
  高中: ['國文', '數學', '英文', '物理', '化學', '生物', '地球科學', '歷史', '地理', '公民與社會', '體育', '藝術', '資訊科技'],
  高職: ['國文', '數學', '英文', '機械', '電機', '商業經營', '資料處理', '餐旅', '設計', '體育'],
  特殊教育學校: ['特殊教育', '生活管理', '職業教育', '國語', '數學', '復健'],
};

function nationalIds(random: Random) {
  const seen = new Set<string>();
  return (letter: string, female: boolean): string => {
    for (;;) {
      const body = `${letter}${female ? 2 : 1}${String(random.int(0, 9_999_999)).padStart(7, '0')}`;
      const id = body + String(nationalIdCheckDigit(body));
      if (!seen.has(id)) {
        seen.add(id);
        return id;
      }
    }
  };
}

/** Splits `total` over weights, every part at least `min`. */
function apportion(total: number, weights: readonly number[], min = 1): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  const parts = weights.map((w) => Math.max(min, Math.floor((total * w) / sum)));
  let rest = total - parts.reduce((s, p) => s + p, 0);
  for (let i = 0; rest > 0; i = (i + 1) % parts.length, rest--) parts[i]!++;
  return parts;
}

/**
 * Writes a complete, deterministic demo school year: authorities, schools with principals and contact
 * persons, the teachers' roster and the built-in classification — in one transaction, marked as demo.
 */
export function generateDemo(sqlite: Sqlite, options: DemoOptions): DemoSummary {
  const seed = options.seed ?? 113;
  const year = options.year ?? 113;
  const scale = DEMO_SCALES[options.scale];
  const random = createRandom(seed);
  const authorities = scale.authorities.map((n) => DEMO_AUTHORITIES.find((a) => a.name === n)!) as DemoAuthority[];
  const places = placeNames(random);
  const schoolCounts = apportion(scale.schools, authorities.map((a) => a.share), 1);
  const perAuthority = authorities.map((a, i) => demoSchools(a, schoolCounts[i]!, places, random));
  // Scale the raw school sizes so the nation adds up to the target roster size.
  const raw = perAuthority.flat().reduce((s, x) => s + x.teachers, 0);
  const factor = scale.teachers / raw;
  const newId = nationalIds(random);
  const now = new Date().toISOString();

  const insertYear = sqlite.prepare(
    'INSERT INTO school_years (year, classification_version_id, is_demo, created_at) VALUES (?, ?, 1, ?)',
  );
  const insertAuthority = sqlite.prepare(
    'INSERT INTO authorities (year, code, name, school_group, teacher_wave, sort_order) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertSchool = sqlite.prepare(`INSERT INTO schools (year, authority_id, code, name, stage, students,
      principal_name, principal_phone, principal_mobile, principal_email,
      contact_name, contact_title, contact_phone, contact_mobile, contact_email)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertTeacher = sqlite.prepare(`INSERT INTO teachers
      (year, school_id, national_id, name, job_title, subjects, account_status, employment_status)
    VALUES (?, ?, ?, ?, ?, ?, ?, '在職')`);

  let schools = 0;
  let teachers = 0;
  sqlite.transaction(() => {
    const exists = sqlite.prepare('SELECT 1 FROM school_years WHERE year = ?').get(year);
    if (exists) throw new Error(`DEMO_YEAR_EXISTS:${year}`);
    const versionId = insertClassificationVersion(sqlite, { label: DEFAULT_TAXONOMY_LABEL, source: '內建', items: DEFAULT_TAXONOMY });
    insertYear.run(year, versionId, now);
    authorities.forEach((authority, i) => {
      const placement = options.groupOf?.(authority.name) ?? { group: null, wave: null };
      const authorityId = Number(
        insertAuthority.run(year, authority.code, authority.name, placement.group, placement.wave, DEMO_AUTHORITIES.indexOf(authority)).lastInsertRowid,
      );
      for (const school of perAuthority[i]!) {
        const schoolId = Number(
          insertSchool.run(year, authorityId, school.code, school.name, school.stage, school.students,
            school.principal.name, school.principal.phone, school.principal.mobile, school.principal.email,
            school.contact.name, school.contact.title, school.contact.phone, school.contact.mobile, school.contact.email).lastInsertRowid,
        );
        schools++;
        const size = Math.max(3, Math.round(school.teachers * factor));
        for (let t = 0; t < size; t++) {
          const female = random.chance(0.7);
          const status = random.weighted([['啟用中', 86], ['待申請', 10], ['停用中', 4]] as const);
          insertTeacher.run(year, schoolId, newId(authority.idLetter, female), personName(random, female),
            random.weighted(JOB_TITLES), random.pick(SUBJECTS[school.stage]), status);
          teachers++;
        }
      }
    });
    insertDemoAccounts(sqlite, year, seed);
  })();
  return { year, scale: options.scale, seed, authorities: authorities.length, schools, teachers };
}
