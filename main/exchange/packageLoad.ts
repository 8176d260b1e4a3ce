// The import of a verified package: ONE immediate transaction that replaces the authority's year
// (package.ts describes exactly what is created, replaced and left alone).
import type { Sqlite } from '../../db/connection.ts';
import { insertClassificationVersion } from '../../db/queries/classification.ts';
import { recomputeTotals } from '../../db/queries/hourTotals.ts';
import { filingWindows, refreshPlanFiling, windowOf } from '../../db/queries/planFiling.ts';
import { hasSchedule, writeSchedule, type ScheduleStatus } from '../../db/queries/schedule.ts';
import { ensureSchoolYear, schoolYearRow } from '../../db/queries/yearSetup.ts';
import { rejudgeFiling } from '../engine/planReview.ts';
import type { Schedule } from '../engine/schedule.ts';
import type { PlanStatus } from '../engine/vocabulary.ts';
import { hashText, PART_LABELS, type Part, type PartName } from './package.ts';
import { columnsOf, planImport, type PackageConflict } from './packageCheck.ts';
import { authorityIdOf, databaseFingerprint } from './packageDump.ts';
import { fileRefused, PackageRefused } from './packageErrors.ts';
import { insertSql, picker, writeParts } from './packageInsert.ts';
import type { ReadPackage } from './packageRead.ts';

export type LoadStep = 'check' | 'remove' | 'write' | 'totals' | 'filing' | 'record';

export interface LoadResult {
  status: 'landed' | 'unchanged';
  importId: number | null;
  /** Rows written per part (conflicting teachers' rows left out). */
  written: Partial<Record<PartName, number>>;
  removed: { schools: number; teachers: number; hourRecords: number };
  conflicts: PackageConflict[];
  created: { year: boolean; schedule: boolean; authority: boolean };
}

interface ReferenceRow {
  isDemo: number;
  classification: { label: string; source: string; items: { code: string; name: string }[] } | null;
  schedule: { status: ScheduleStatus; source: string; schedule: Schedule } | null;
}

function referenceOf(part: Part): ReferenceRow {
  const col = columnsOf(part);
  const row = part.rows[0]!;
  return { isDemo: Number(row[col('is_demo')]), classification: row[col('classification')] as ReferenceRow['classification'], schedule: row[col('schedule')] as ReferenceRow['schedule'] };
}

/** An identical stored classification version (same label and items), else a new copy. */
function classificationVersion(sqlite: Sqlite, c: NonNullable<ReferenceRow['classification']>): number {
  const wanted = JSON.stringify(c.items.map((i) => [i.code, i.name]));
  const candidates = sqlite.prepare('SELECT id FROM classification_versions WHERE label = ? ORDER BY id DESC').pluck().all(c.label) as number[];
  for (const id of candidates) {
    const items = sqlite.prepare('SELECT code, name FROM classification_items WHERE version_id = ? ORDER BY code').raw(true).all(id);
    if (JSON.stringify(items) === wanted) return id;
  }
  return insertClassificationVersion(sqlite, { label: c.label, source: c.source, items: c.items });
}

/** Creates the year and its schedule when this database lacks them; never changes existing ones. */
function ensureReference(sqlite: Sqlite, year: number, authority: string, ref: ReferenceRow): { year: boolean; schedule: boolean } {
  let createdYear = false;
  if (!schoolYearRow(sqlite, year)) {
    const versionId = ref.classification ? classificationVersion(sqlite, ref.classification) : null;
    createdYear = ensureSchoolYear(sqlite, year, { classificationVersionId: versionId, isDemo: ref.isDemo === 1 });
  }
  let createdSchedule = false;
  if (!hasSchedule(sqlite, year) && ref.schedule && ref.schedule.schedule.year === year) {
    writeSchedule(sqlite, ref.schedule.schedule, { status: ref.schedule.status, source: `資料包（${authority}）：${ref.schedule.source}` });
    createdSchedule = true;
  }
  return { year: createdYear, schedule: createdSchedule };
}

function upsertAuthority(sqlite: Sqlite, year: number, part: Part): { id: number; created: boolean } {
  const [code, name, group, wave, sortOrder] = picker(part, ['code', 'name', 'school_group', 'teacher_wave', 'sort_order'])(part.rows[0]!);
  const id = authorityIdOf(sqlite, String(name), year);
  if (id !== null) {
    sqlite.prepare('UPDATE authorities SET code = ?, school_group = ?, teacher_wave = ?, sort_order = ? WHERE id = ?').run(code, group, wave, sortOrder, id);
    return { id, created: false };
  }
  const inserted = sqlite
    .prepare('INSERT INTO authorities (year, code, name, school_group, teacher_wave, sort_order) VALUES (?, ?, ?, ?, ?, ?)')
    .run(year, code, name, group, wave, sortOrder);
  return { id: Number(inserted.lastInsertRowid), created: true };
}

/** Removes the authority's rows of the year; the foreign keys and the hours trigger take what hangs from its schools. */
function removeAuthorityData(sqlite: Sqlite, year: number, authorityId: number, name: string): void {
  sqlite.prepare('DELETE FROM schools WHERE authority_id = ?').run(authorityId);
  sqlite.prepare('DELETE FROM authority_contacts WHERE authority_id = ?').run(authorityId);
  sqlite.prepare('DELETE FROM schedule_authority_windows WHERE year = ? AND authority = ?').run(year, name);
  sqlite.prepare('DELETE FROM package_award_runs WHERE year = ? AND authority = ?').run(year, name);
}

/** Re-judges the filing status of the authority's plans against this database's schedule. */
function rejudgeAuthority(sqlite: Sqlite, year: number, authorityId: number): void {
  const windows = filingWindows(sqlite, year);
  for (const kind of ['school', 'teacher'] as const) {
    const table = `${kind}_plans`;
    const rows = sqlite.prepare(`SELECT id, status, last_submitted_at, filing FROM ${table} WHERE year = ? AND authority_id = ?`).all(year, authorityId) as {
      id: number;
      status: PlanStatus | null;
      last_submitted_at: string | null;
      filing: string;
    }[];
    const update = sqlite.prepare(`UPDATE ${table} SET filing = ? WHERE id = ?`);
    const window = windowOf(windows, authorityId, kind);
    for (const r of rows) {
      const filing = rejudgeFiling(r.status, r.last_submitted_at, window);
      if (filing !== r.filing) update.run(filing, r.id);
    }
  }
  refreshPlanFiling(sqlite, year, { registryChanged: true });
}

function storeAwardRuns(sqlite: Sqlite, part: Part, year: number, authority: string, importId: number): number {
  const columns = ['created_at', 'created_by', 'app_version', 'national_average_source', 'national_average', 'schools', 'teachers',
    'awarded_authorities', 'awarded_schools', 'awarded_teachers', 'result_sha256', 'result_json'];
  const pick = picker(part, columns);
  const insert = sqlite.prepare(insertSql('package_award_runs', ['year', 'authority', 'import_id', ...columns]));
  for (const row of part.rows) {
    const values = pick(row);
    if (hashText(String(values[11])) !== values[10]) throw fileRefused(`資料包內的獎勵計算紀錄與它的雜湊值不符，檔案可能已被修改，已拒收。`);
    insert.run(year, authority, importId, ...values);
  }
  return part.rows.length;
}

/** Imports the verified package; throws PackageRefused when it cannot land (the database is then unchanged). */
export function loadPackage(sqlite: Sqlite, pkg: ReadPackage, onStep: (step: LoadStep, detail: string) => void = () => {}): LoadResult {
  const { year, authority } = pkg.manifest;
  let current: PartName | null = null;
  try {
    return sqlite.transaction((): LoadResult => {
      onStep('check', '檢查與其他主管機關的衝突…');
      const plan = planImport(sqlite, pkg);
      if (plan.unchanged) {
        return { status: 'unchanged', importId: null, written: {}, removed: plan.existing, conflicts: plan.conflicts, created: { year: false, schedule: false, authority: false } };
      }
      if (plan.codeClash) throw fileRefused(`本機 ${year} 學年度的「${plan.codeClash}」已使用主管機關代碼「${authority.code}」，與資料包的「${authority.name}」相同，已拒收。請先確認兩者的代碼。`);
      if (plan.schoolClashes.length > 0) {
        const shown = plan.schoolClashes.slice(0, 5).join('、');
        throw fileRefused(`資料包中有 ${plan.schoolClashes.length} 所學校的代碼在本機屬於其他主管機關（${shown}${plan.schoolClashes.length > 5 ? '…' : ''}），已拒收，沒有匯入任何資料。請確認學校所屬的主管機關。`);
      }
      const created = ensureReference(sqlite, year, authority.name, referenceOf(pkg.parts.reference));
      onStep('remove', `移除本機 ${authority.name} ${year} 學年度的舊資料…`);
      const auth = upsertAuthority(sqlite, year, pkg.parts.authority);
      removeAuthorityData(sqlite, year, auth.id, authority.name);
      const written: LoadResult['written'] = { reference: 1, authority: 1 };
      const teacherIds = writeParts(sqlite, pkg, year, auth.id, plan.conflictIds, written, (part) => {
        current = part;
        onStep('write', `寫入${PART_LABELS[part]}…`);
      });
      current = null;
      onStep('totals', '重算每位教師的研習時數合計…');
      recomputeTotals(sqlite, teacherIds);
      onStep('filing', '依本機年度時程判定規劃是否準時填報…');
      rejudgeAuthority(sqlite, year, auth.id);
      onStep('record', '記錄這次匯入…');
      const counts = Object.fromEntries(pkg.manifest.parts.map((p) => [p.name, p.rows]));
      const importId = Number(
        sqlite
          .prepare(`INSERT INTO package_imports (year, authority, file_name, file_sha256, data_sha256, fingerprint, schema_version, app_version,
              package_created_at, imported_at, counts, removed, conflicts) VALUES (?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?)`)
          .run(year, authority.name, pkg.fileName, pkg.fileSha256, pkg.manifest.dataSha256, pkg.manifest.schemaVersion, pkg.manifest.appVersion,
            pkg.manifest.createdAt, new Date().toISOString(), JSON.stringify(counts), JSON.stringify(plan.existing), plan.conflicts.length).lastInsertRowid,
      );
      const conflict = sqlite.prepare(insertSql('package_import_conflicts', ['import_id', 'seq', 'masked_id', 'name', 'package_school', 'existing_authority', 'existing_school']));
      plan.conflicts.forEach((c, i) => conflict.run(importId, i, c.maskedId, c.name, c.packageSchool, c.existingAuthority, c.existingSchool));
      written['award-runs'] = storeAwardRuns(sqlite, pkg.parts['award-runs'], year, authority.name, importId);
      sqlite.prepare('UPDATE package_imports SET fingerprint = ? WHERE id = ?').run(databaseFingerprint(sqlite, auth.id, year), importId);
      return { status: 'landed', importId, written, removed: plan.existing, conflicts: plan.conflicts, created: { ...created, authority: auth.created } };
    }).immediate();
  } catch (error) {
    if (error instanceof PackageRefused) throw error;
    const code = String((error as { code?: unknown }).code ?? '');
    if (code === 'SQLITE_BUSY') throw new PackageRefused('DB_BUSY', '資料正在被其他作業寫入，請等它完成後再匯入資料包。資料沒有變更。');
    if (code.startsWith('SQLITE_CONSTRAINT')) {
      const where = current === null ? '' : `「${PART_LABELS[current as PartName]}」`;
      throw fileRefused(`資料包${where}的內容不符合本程式的資料規則（${code}），已拒收，沒有匯入任何資料。`);
    }
    throw error;
  }
}
