// The national average of the award rules: by default the mean total hours over ALL rostered teachers
// of the year, zero hours included. A county installation holds only its own teachers, so a run may
// instead take the figure the central office provides; the result says which it used.
import { meanHours } from './hundredths.ts';

export type NationalAverageSetting = { source: 'computed' } | { source: 'provided'; value: number };

/** The figure the run compares scores with; null when it is to be computed and there are no teachers. */
export function nationalAverage(setting: NationalAverageSetting, rosteredTeacherHours: Iterable<number>): number | null {
  return setting.source === 'provided' ? setting.value : meanHours(rosteredTeacherHours).mean;
}
