// The year's schedule in and out of its tables (migration 0002). Synchronous on the raw connection
// so that a handler can read, check and write inside ONE better-sqlite3 transaction.
import type { Schedule, WindowKind } from '../../main/engine/schedule.ts';
import { toTaipeiInstant } from '../../main/engine/rocDate.ts';
import type { Sqlite } from '../connection.ts';

export type ScheduleStatus = 'draft' | 'final';

export interface StoredSchedule {
  schedule: Schedule;
  /** 'draft' after a roll-over, until the officer saves it; 'final' otherwise. */
  status: ScheduleStatus;
  /** Where it came from, in Chinese: 內建…, 由 113 學年度延續, 匯入 file.xlsx, 編輯. */
  source: string;
  updatedAt: string;
}

interface ScheduleRow {
  open_start: string;
  open_end: string;
  roster_cutoff: string | null;
  status: ScheduleStatus;
  source: string;
  updated_at: string;
}

export function hasSchedule(sqlite: Sqlite, year: number): boolean {
  return sqlite.prepare('SELECT 1 FROM schedules WHERE year = ?').get(year) !== undefined;
}

export function readSchedule(sqlite: Sqlite, year: number): StoredSchedule | null {
  const head = sqlite.prepare('SELECT open_start, open_end, roster_cutoff, status, source, updated_at FROM schedules WHERE year = ?').get(year) as
    | ScheduleRow
    | undefined;
  if (!head) return null;
  const membersOf = (table: 'schedule_group_members' | 'schedule_wave_members', column: 'group_name' | 'wave') => {
    const rows = sqlite.prepare(`SELECT ${column} AS owner, authority FROM ${table} WHERE year = ? ORDER BY position`).all(year) as {
      owner: string | number;
      authority: string;
    }[];
    const byOwner = new Map<string | number, string[]>();
    for (const r of rows) byOwner.set(r.owner, [...(byOwner.get(r.owner) ?? []), r.authority]);
    return byOwner;
  };
  const groupMembers = membersOf('schedule_group_members', 'group_name');
  const waveMembers = membersOf('schedule_wave_members', 'wave');
  const groups = sqlite.prepare('SELECT name, start_at, end_at FROM schedule_school_groups WHERE year = ? ORDER BY position').all(year) as {
    name: string;
    start_at: string;
    end_at: string;
  }[];
  const waves = sqlite.prepare('SELECT wave, start_at, end_at FROM schedule_teacher_waves WHERE year = ? ORDER BY position').all(year) as {
    wave: number;
    start_at: string;
    end_at: string;
  }[];
  const own = sqlite
    .prepare('SELECT authority, kind, start_at, end_at FROM schedule_authority_windows WHERE year = ? ORDER BY position')
    .all(year) as { authority: string; kind: WindowKind; start_at: string; end_at: string }[];
  const timeline = sqlite
    .prepare('SELECT date, month, task, unit, done, note FROM schedule_timeline WHERE year = ? ORDER BY position')
    .all(year) as { date: string | null; month: number; task: string; unit: string; done: number; note: string }[];
  // Keys in the order of the Schedule type: this object is also the JSON of `schedule show --json`.
  const schedule: Schedule = {
    year,
    open: { start: head.open_start, end: head.open_end },
    rosterCutoff: head.roster_cutoff,
    schoolGroups: groups.map((g) => ({ name: g.name, start: g.start_at, end: g.end_at, authorities: groupMembers.get(g.name) ?? [] })),
    teacherWaves: waves.map((w) => ({ wave: w.wave, start: w.start_at, end: w.end_at, authorities: waveMembers.get(w.wave) ?? [] })),
    authorityWindows: own.map((a) => ({ authority: a.authority, kind: a.kind, start: a.start_at, end: a.end_at })),
    timeline: timeline.map((t) => ({ date: t.date, month: t.month, task: t.task, unit: t.unit, done: t.done === 1, note: t.note })),
  };
  return { schedule, status: head.status, source: head.source, updatedAt: head.updated_at };
}

/**
 * Replaces the year's schedule. The caller has validated it (validateSchedule) and holds the
 * transaction; every instant is written in the canonical +08:00 form the tables compare as text.
 */
export function writeSchedule(sqlite: Sqlite, schedule: Schedule, meta: { status: ScheduleStatus; source: string }): void {
  const year = schedule.year;
  const at = toTaipeiInstant;
  sqlite.prepare('DELETE FROM schedules WHERE year = ?').run(year);
  sqlite
    .prepare('INSERT INTO schedules (year, open_start, open_end, roster_cutoff, status, source, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(year, at(schedule.open.start), at(schedule.open.end), schedule.rosterCutoff === null ? null : at(schedule.rosterCutoff),
      meta.status, meta.source, toTaipeiInstant(new Date()));
  const group = sqlite.prepare('INSERT INTO schedule_school_groups (year, name, position, start_at, end_at) VALUES (?, ?, ?, ?, ?)');
  const groupMember = sqlite.prepare('INSERT INTO schedule_group_members (year, group_name, authority, position) VALUES (?, ?, ?, ?)');
  schedule.schoolGroups.forEach((g, i) => {
    group.run(year, g.name, i, at(g.start), at(g.end));
    g.authorities.forEach((a, j) => groupMember.run(year, g.name, a, j));
  });
  const wave = sqlite.prepare('INSERT INTO schedule_teacher_waves (year, wave, position, start_at, end_at) VALUES (?, ?, ?, ?, ?)');
  const waveMember = sqlite.prepare('INSERT INTO schedule_wave_members (year, wave, authority, position) VALUES (?, ?, ?, ?)');
  schedule.teacherWaves.forEach((w, i) => {
    wave.run(year, w.wave, i, at(w.start), at(w.end));
    w.authorities.forEach((a, j) => waveMember.run(year, w.wave, a, j));
  });
  const own = sqlite.prepare(
    'INSERT INTO schedule_authority_windows (year, authority, kind, position, start_at, end_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  schedule.authorityWindows.forEach((a, i) => own.run(year, a.authority, a.kind, i, at(a.start), at(a.end)));
  const task = sqlite.prepare(
    'INSERT INTO schedule_timeline (year, position, date, month, task, unit, done, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  schedule.timeline.forEach((t, i) => task.run(year, i, t.date, t.month, t.task, t.unit, t.done ? 1 : 0, t.note));
  syncAuthorityPlacement(sqlite, schedule);
}

/**
 * The registry keeps each authority's group and wave too (authorities.school_group/teacher_wave,
 * shown with the authority and read by the registry import); the schedule is their source, so a
 * saved schedule writes them for the year's authorities it names.
 */
function syncAuthorityPlacement(sqlite: Sqlite, schedule: Schedule): void {
  const update = sqlite.prepare('UPDATE authorities SET school_group = ?, teacher_wave = ? WHERE year = ? AND name = ?');
  for (const name of registeredAuthorities(sqlite, schedule.year)) {
    const group = schedule.schoolGroups.find((g) => g.authorities.includes(name))?.name ?? null;
    const wave = schedule.teacherWaves.find((w) => w.authorities.includes(name))?.wave ?? null;
    update.run(group, wave, schedule.year, name);
  }
}

/** The authorities the registry holds for the year, in their sort order. */
export function registeredAuthorities(sqlite: Sqlite, year: number): string[] {
  return (sqlite.prepare('SELECT name FROM authorities WHERE year = ? ORDER BY sort_order, code').all(year) as { name: string }[]).map(
    (r) => r.name,
  );
}

/**
 * The authorities a schedule of the year must place: those of the registry, then any others the
 * schedule names (a county's database may hold its own authority only, while the schedule is
 * national). So a registered authority left out of every group is reported, and a misspelt name
 * that appears on one side only (group or wave) is too.
 */
export function scheduleAuthorities(sqlite: Sqlite, year: number, schedule: Schedule | null): string[] {
  const names = registeredAuthorities(sqlite, year);
  const seen = new Set(names);
  const named = schedule
    ? [...schedule.schoolGroups.flatMap((g) => g.authorities), ...schedule.teacherWaves.flatMap((w) => w.authorities)]
    : [];
  for (const name of named) {
    if (!seen.has(name)) {
      seen.add(name);
      names.push(name);
    }
  }
  return names;
}
