import type { Stage } from '../../main/engine/vocabulary.ts';
import { type DemoAuthority, isNationalAuthority } from './authorities.ts';
import { personName } from './names.ts';
import type { Random } from './random.ts';

export interface DemoSchool {
  code: string;
  name: string;
  stage: Stage;
  students: number;
  teachers: number;
  principal: { name: string; phone: string; mobile: string; email: string };
  contact: { name: string; title: string; phone: string; mobile: string; email: string };
}

const COUNTY_MIX: readonly (readonly [Stage, number])[] = [['國小', 70], ['國中', 24], ['高中', 5], ['高職', 0.6], ['特殊教育學校', 0.4]];
const NATIONAL_MIX: readonly (readonly [Stage, number])[] = [['高中', 56], ['高職', 38], ['特殊教育學校', 6]];
const MEAN_TEACHERS: Record<Stage, number> = { 國小: 34, 國中: 52, 高中: 92, 高職: 84, 特殊教育學校: 58 };
const STAGE_DIGIT: Record<Stage, string> = { 國小: '6', 國中: '5', 高中: '3', 高職: '4', 特殊教育學校: '7' };
const VOCATIONAL = ['高級工業職業學校', '高級商業職業學校', '高級農工職業學校', '高級家事商業職業學校', '高級海事水產職業學校'];
const CONTACT_TITLES = ['教務主任', '教學組長', '研究組長', '教務組長', '設備組長'];

function schoolName(authority: DemoAuthority, stage: Stage, place: string, random: Random): string {
  const national = isNationalAuthority(authority.name);
  const owner = national ? (random.chance(0.7) ? '國立' : '私立') : `${authority.name}立`;
  switch (stage) {
    case '國小':
      return `${owner}${place}國民小學`;
    case '國中':
      return `${owner}${place}國民中學`;
    case '高中':
      return `${owner}${place}高級中學`;
    case '高職':
      return `${owner}${place}${random.pick(VOCATIONAL)}`;
    case '特殊教育學校':
      return `${national ? '國立' : owner}${place}特殊教育學校`;
  }
}

function phone(areaCode: string, random: Random): string {
  const digits = 10 - areaCode.length;
  const local = String(random.int(2 * 10 ** (digits - 1), 10 ** digits - 1));
  return `(${areaCode})${local.slice(0, local.length - 4)}-${local.slice(-4)}`;
}

function mobile(random: Random): string {
  return `09${random.int(10, 89)}-${random.int(100, 999)}-${random.int(100, 999)}`;
}

/** The schools of one authority with a raw teacher count each (scaled to the target later). */
export function demoSchools(authority: DemoAuthority, count: number, places: string[], random: Random): DemoSchool[] {
  const mix = isNationalAuthority(authority.name) ? NATIONAL_MIX : COUNTY_MIX;
  const serial: Record<string, number> = {};
  const used = new Set<string>();
  const schools: DemoSchool[] = [];
  let placeIndex = 0;
  for (let i = 0; i < count; i++) {
    const stage = i === 0 && count > 3 ? mix[0]![0] : random.weighted(mix);
    serial[stage] = (serial[stage] ?? 0) + 1;
    const code = `${authority.schoolPrefix}${STAGE_DIGIT[stage]}${String(serial[stage]).padStart(3, '0')}`;
    let name: string;
    do name = schoolName(authority, stage, places[placeIndex++ % places.length]!, random);
    while (used.has(name));
    used.add(name);
    // Sizes are skewed: many small rural schools, a few very large urban ones.
    const teachers = Math.max(4, Math.round(MEAN_TEACHERS[stage] * Math.exp(random.normal(-0.18, 0.6))));
    const domain = `${code}.demo.edu.tw`;
    schools.push({
      code,
      name,
      stage,
      teachers,
      students: Math.round(teachers * random.int(9, 16)),
      principal: {
        name: personName(random, random.chance(0.45)),
        phone: phone(authority.areaCode, random),
        mobile: mobile(random),
        email: `principal@${domain}`,
      },
      contact: {
        name: personName(random, random.chance(0.7)),
        title: random.pick(CONTACT_TITLES),
        phone: phone(authority.areaCode, random),
        mobile: mobile(random),
        email: `academic@${domain}`,
      },
    });
  }
  return schools;
}
