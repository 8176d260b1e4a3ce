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
}
