import type { Generated } from 'kysely';

// Table types for Kysely. Migrations never import this file: it describes the latest schema only.

export interface AppSettingsTable {
  key: string;
  value: string;
}

export interface ClassificationVersionsTable {
  id: Generated<number>;
  label: string;
  source: string;
  created_at: string;
}

export interface ClassificationItemsTable {
  version_id: number;
  code: string;
  name: string;
  parent_code: string | null;
  depth: number;
}

export interface SchoolYearsTable {
  year: number;
  classification_version_id: number | null;
  is_demo: Generated<number>;
  created_at: string;
}

export interface AuthoritiesTable {
  id: Generated<number>;
  year: number;
  code: string;
  name: string;
  school_group: string | null;
  teacher_wave: number | null;
  sort_order: Generated<number>;
}

export interface SchoolsTable {
  id: Generated<number>;
  year: number;
  authority_id: number;
  code: string;
  name: string;
  stage: string;
  students: number | null;
  principal_name: string | null;
  principal_phone: string | null;
  principal_mobile: string | null;
  principal_email: string | null;
  contact_name: string | null;
  contact_title: string | null;
  contact_phone: string | null;
  contact_mobile: string | null;
  contact_email: string | null;
}

export interface TeachersTable {
  id: Generated<number>;
  year: number;
  school_id: number;
  national_id: string;
  name: string;
  job_title: string | null;
  subjects: string | null;
  account_status: Generated<string>;
  employment_status: Generated<string>;
}

// Migration 0002: the year's schedule. Instants are ISO text with +08:00.
export interface SchedulesTable {
  year: number;
  open_start: string;
  open_end: string;
  roster_cutoff: string | null;
  status: 'draft' | 'final';
  source: string;
  updated_at: string;
}

export interface ScheduleSchoolGroupsTable {
  year: number;
  name: string;
  position: number;
  start_at: string;
  end_at: string;
}

export interface ScheduleGroupMembersTable {
  year: number;
  group_name: string;
  authority: string;
  position: number;
}

export interface ScheduleTeacherWavesTable {
  year: number;
  wave: number;
  position: number;
  start_at: string;
  end_at: string;
}

export interface ScheduleWaveMembersTable {
  year: number;
  wave: number;
  authority: string;
  position: number;
}

export interface ScheduleAuthorityWindowsTable {
  year: number;
  authority: string;
  kind: 'school' | 'teacher';
  position: number;
  start_at: string;
  end_at: string;
}

export interface ScheduleTimelineTable {
  year: number;
  position: number;
  date: string | null;
  month: number;
  task: string;
  unit: string;
  done: number;
  note: string;
}

// Migration 0003: business accounts, authority contact persons, import history, departures.
export interface BusinessAccountsTable {
  id: Generated<number>;
  school_id: number;
  account: string;
  name: string;
  kind: string;
  phone: string | null;
  email: string | null;
  status: Generated<string>;
}

export interface AuthorityContactsTable {
  id: Generated<number>;
  authority_id: number;
  name: string;
  title: string | null;
  phone: string | null;
  fax: string | null;
  email: string | null;
  head_name: string | null;
  head_phone: string | null;
  head_email: string | null;
}

export interface ImportRunsTable {
  id: Generated<number>;
  kind: string;
  file_name: string;
  year: number | null;
  format: string | null;
  started_at: string;
  finished_at: string;
  status: 'landed' | 'refused' | 'cancelled' | 'failed';
  message: string | null;
  rows_read: Generated<number>;
  added: Generated<number>;
  replaced: Generated<number>;
  unchanged: Generated<number>;
  rejected: Generated<number>;
  missing: Generated<number>;
  /** JSON array of header texts. */
  unknown_columns: Generated<string>;
}

export interface ImportRejectionsTable {
  import_id: number;
  seq: number;
  sheet: string;
  row: number;
  column_name: string;
  reason: string;
}

export interface ImportMissingTeachersTable {
  import_id: number;
  teacher_id: number;
}

export interface TeacherDeparturesTable {
  id: Generated<number>;
  teacher_id: number;
  import_id: number | null;
  status: string;
  previous_status: string;
  confirmed_at: string;
}

// Migration 0004: school and teacher plans, their history and planned hours, the filing basis.
/** plan_need_options ids; the free texts of 其他 are text. */
interface PlanNeedColumns {
  mode_1: number | null;
  mode_2: number | null;
  mode_3: number | null;
  time_1: number | null;
  time_2: number | null;
  time_3: number | null;
  time_4: number | null;
  time_5: number | null;
  time_6: number | null;
  time_other: string | null;
  place_1: number | null;
  place_2: number | null;
  place_3: number | null;
  place_4: number | null;
  place_5: number | null;
  place_6: number | null;
  place_other: string | null;
  level: number | null;
  method: number | null;
}

export interface PlanNeedOptionsTable {
  id: Generated<number>;
  need: 'mode' | 'time' | 'place' | 'level' | 'method';
  label: string;
}

interface PlanDerivedColumns {
  status: '暫存' | '送出' | '退回修改' | null;
  last_submitted_at: string | null;
  reviewed_at: string | null;
  filing: Generated<'onTime' | 'outsideWindow' | 'returned' | 'draft' | 'none'>;
}

export interface SchoolPlansTable extends PlanNeedColumns, PlanDerivedColumns {
  id: Generated<number>;
  year: number;
  school_id: number;
  authority_id: number;
  students: number | null;
  updated_at: string;
}

export interface TeacherPlansTable extends PlanNeedColumns, PlanDerivedColumns {
  id: Generated<number>;
  year: number;
  teacher_id: number;
  school_id: number;
  authority_id: number;
  filed_school_code: string | null;
  education: string | null;
  service_years: string | null;
  stage: string | null;
  grade: string | null;
  updated_at: string;
}

export interface PlanEventsTable {
  plan_id: number;
  seq: number;
  action: '暫存' | '送出' | '退回修改' | '刪除' | '已審閱';
  at: string;
  actor: string | null;
  reason: string | null;
  origin: 'app' | 'import' | 'demo';
  import_id: number | null;
}

export interface PlanHoursTable {
  plan_id: number;
  code: string;
  hundredths: number;
}

export interface PlanFilingBasisTable {
  year: number;
  windows: string;
  registry_mark: number;
}

// Migration 0005: courses, hour records and their totals, rows awaiting an officer, decisions.
export interface CoursesTable {
  id: Generated<number>;
  code: string;
  name: string | null;
  /** engine/hourCategory.ts encoding. */
  category: number | null;
  organizer: string | null;
  start_day: number | null;
  end_day: number | null;
  hundredths: number | null;
  listed: Generated<number>;
}

export interface HourRecordsTable {
  teacher_id: number;
  course_id: number;
  hundredths: number;
  /** Days since 1970-01-01 (engine/dayNumber.ts). */
  day: number;
  category: number;
}

export interface HourTotalsTable {
  teacher_id: number;
  year: number;
  records: number;
  total: number;
  d1: number;
  d2: number;
  d3: number;
  d4: number;
  d5: number;
  d6: number;
}

export type HourPendingReason = 'unmatched' | 'ambiguous' | 'no-classification' | 'bad-classification';

export interface HourPendingTable {
  id: Generated<number>;
  year: number;
  reason: HourPendingReason;
  detail: string;
  teacher_id: number | null;
  name: string;
  national_id: Generated<string>;
  school_code: Generated<string>;
  school_name: Generated<string>;
  course_id: number;
  course_name: string | null;
  organizer: string | null;
  category_text: string | null;
  hundredths: number;
  day: number;
  import_id: number | null;
  row: number;
}

export interface HourDecisionsTable {
  id: Generated<number>;
  year: number;
  kind: 'teacher' | 'classification' | 'dismiss';
  identity: string | null;
  course_id: number;
  teacher_id: number | null;
  category: number | null;
  pending: string;
  decided_at: string;
}

// Migration 0006: award runs. Reasons are a bit mask over AWARD_REASONS; filing is the index of
// FILING_STATUSES; submitted_at is epoch seconds; teacher hours are integer hundredths.
export interface AwardRunsTable {
  id: Generated<number>;
  year: number;
  created_at: string;
  created_by: string;
  app_version: string;
  class_width: number;
  class_origin: number;
  threshold: number;
  fill_rate_threshold: number;
  national_average_source: 'computed' | 'provided';
  national_average: number | null;
  authorities: number;
  schools: number;
  teachers: number;
  hour_records: number;
  school_plans: number;
  teacher_plans: number;
  awarded_authorities: number;
  awarded_schools: number;
  awarded_teachers: number;
  result_sha256: string;
  result_bytes: number;
}

export interface AwardRunAuthoritiesTable {
  run_id: number;
  seq: number;
  authority: string;
  schools: number;
  filed_on_time: number;
  fill_rate: number | null;
  awarded: number;
  reasons: number;
  school_window_start: string | null;
  school_window_end: string | null;
  school_window_label: string | null;
  teacher_window_start: string | null;
  teacher_window_end: string | null;
  teacher_window_label: string | null;
}

export interface AwardRunSchoolsTable {
  run_id: number;
  seq: number;
  code: string;
  name: string;
  authority_seq: number;
  stage: string;
  teachers: number;
  average_hours: number | null;
  group_size: number;
  pr: number | null;
  filed_on_time: number;
  awarded: number;
  reasons: number;
  filing: number;
  submitted_at: number | null;
}

export interface AwardRunTeachersTable {
  run_id: number;
  seq: number;
  masked_id: string;
  name: string;
  school_seq: number;
  hundredths: number;
  group_size: number;
  pr: number;
  filed_on_time: number;
  awarded: number;
  reasons: number;
  filing: number;
  submitted_at: number | null;
}

export interface AwardRunReturnsTable {
  run_id: number;
  kind: 'school' | 'teacher';
  seq: number;
  at: string;
  actor: string | null;
  reason: string | null;
}

// --- 0008 audit: one row per change made through the API (main/api/auditRules.ts) ---

export interface AuditLogTable {
  id: Generated<number>;
  /** Taipei time with its offset, '2024-09-16T17:00:03+08:00'. */
  at: string;
  os_user: string;
  /** 'plans.return', 'imports.run', … (preload/contracts/audit.ts AUDIT_ACTIONS). */
  action: string;
  area: string;
  summary: string;
  /** JSON: counts, year, authority, file name without folders — never personal data. */
  details: Generated<string>;
  result: 'ok' | 'refused' | 'cancelled';
  app_version: string;
}

// --- 0009 packages: data packages imported from authorities (main/exchange/package.ts) ---

export interface PackageImportsTable {
  id: Generated<number>;
  year: number;
  authority: string;
  file_name: string;
  file_sha256: string;
  data_sha256: string;
  fingerprint: string;
  schema_version: number;
  app_version: string;
  package_created_at: string;
  imported_at: string;
  counts: string;
  removed: string;
  conflicts: number;
}

export interface PackageImportConflictsTable {
  import_id: number;
  seq: number;
  masked_id: string;
  name: string;
  package_school: string;
  existing_authority: string;
  existing_school: string;
}

export interface PackageAwardRunsTable {
  id: Generated<number>;
  year: number;
  authority: string;
  import_id: number;
  created_at: string;
  created_by: string;
  app_version: string;
  national_average_source: string;
  national_average: number | null;
  schools: number;
  teachers: number;
  awarded_authorities: number;
  awarded_schools: number;
  awarded_teachers: number;
  result_sha256: string;
  result_json: string;
}

// Migration 0007: the satisfaction survey and the participation history (seed 001).
export interface SurveyQuestionsTable {
  id: Generated<number>;
  year: number;
  seq: number;
  text: string;
}

export interface SurveyResponsesTable {
  id: Generated<number>;
  year: number;
  respondent_kind: string;
  school_code: string;
  school_id: number | null;
  import_id: number | null;
  source_row: number | null;
}

export interface SurveyAnswersTable {
  response_id: number;
  question_id: number;
  score: number | null;
  text: string | null;
}

export interface ParticipationHistoryTable {
  year: number;
  schools: number;
  teachers: number;
  source: string;
  note: string | null;
}

export interface ParticipationHistoryAuthoritiesTable {
  year: number;
  seq: number;
  authority: string;
  mark: string;
}

export interface DB {
  app_settings: AppSettingsTable;
  classification_versions: ClassificationVersionsTable;
  classification_items: ClassificationItemsTable;
  school_years: SchoolYearsTable;
  authorities: AuthoritiesTable;
  schools: SchoolsTable;
  teachers: TeachersTable;
  schedules: SchedulesTable;
  schedule_school_groups: ScheduleSchoolGroupsTable;
  schedule_group_members: ScheduleGroupMembersTable;
  schedule_teacher_waves: ScheduleTeacherWavesTable;
  schedule_wave_members: ScheduleWaveMembersTable;
  schedule_authority_windows: ScheduleAuthorityWindowsTable;
  schedule_timeline: ScheduleTimelineTable;
  business_accounts: BusinessAccountsTable;
  authority_contacts: AuthorityContactsTable;
  import_runs: ImportRunsTable;
  import_rejections: ImportRejectionsTable;
  import_missing_teachers: ImportMissingTeachersTable;
  teacher_departures: TeacherDeparturesTable;
  plan_need_options: PlanNeedOptionsTable;
  school_plans: SchoolPlansTable;
  school_plan_events: PlanEventsTable;
  school_plan_hours: PlanHoursTable;
  teacher_plans: TeacherPlansTable;
  teacher_plan_events: PlanEventsTable;
  teacher_plan_hours: PlanHoursTable;
  plan_filing_basis: PlanFilingBasisTable;
  courses: CoursesTable;
  hour_records: HourRecordsTable;
  hour_totals: HourTotalsTable;
  hour_pending: HourPendingTable;
  hour_decisions: HourDecisionsTable;
  award_runs: AwardRunsTable;
  award_run_authorities: AwardRunAuthoritiesTable;
  award_run_schools: AwardRunSchoolsTable;
  award_run_teachers: AwardRunTeachersTable;
  award_run_returns: AwardRunReturnsTable;
  survey_questions: SurveyQuestionsTable;
  survey_responses: SurveyResponsesTable;
  survey_answers: SurveyAnswersTable;
  participation_history: ParticipationHistoryTable;
  participation_history_authorities: ParticipationHistoryAuthoritiesTable;
  audit_log: AuditLogTable;
  package_imports: PackageImportsTable;
  package_import_conflicts: PackageImportConflictsTable;
  package_award_runs: PackageAwardRunsTable;
}
