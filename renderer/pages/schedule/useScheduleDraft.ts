import { useCallback, useMemo, useState } from 'react';
import { validateSchedule, type Schedule, type Violation } from '../../../main/engine/schedule.ts';

// The schedule being edited, checked by the engine's own rules on every change: the messages the
// officer sees next to a field are the very ones the API would refuse the save with.

export interface ScheduleDraft {
  schedule: Schedule;
  /** Every authority the schedule must place (the year's, and those it names). */
  authorities: string[];
  violations: Violation[];
  dirty: boolean;
  update(change: (draft: Schedule) => void): void;
  /** Starts again from a schedule the API returned (after loading or saving). */
  reset(schedule: Schedule, authorities: string[]): void;
  /** Messages whose path is `path` or lies under it ('teacherWaves[2]' covers 'teacherWaves[2].end'). */
  messagesAt(path: string, exact?: boolean): string[];
}

export function useScheduleDraft(initial: Schedule, initialAuthorities: string[]): ScheduleDraft {
  const [base, setBase] = useState({ schedule: initial, authorities: initialAuthorities });
  const [schedule, setSchedule] = useState(initial);

  const violations = useMemo(() => validateSchedule(schedule, base.authorities), [schedule, base.authorities]);
  const dirty = useMemo(() => JSON.stringify(schedule) !== JSON.stringify(base.schedule), [schedule, base.schedule]);

  const update = useCallback((change: (draft: Schedule) => void) => {
    setSchedule((current) => {
      const next = structuredClone(current);
      change(next);
      return next;
    });
  }, []);

  const reset = useCallback((next: Schedule, authorities: string[]) => {
    setBase({ schedule: next, authorities });
    setSchedule(next);
  }, []);

  const messagesAt = useCallback(
    (path: string, exact = false) =>
      violations
        .filter((v) => v.path === path || (!exact && (v.path.startsWith(`${path}.`) || v.path.startsWith(`${path}[`))))
        .map((v) => v.message),
    [violations],
  );

  return { schedule, authorities: base.authorities, violations, dirty, update, reset, messagesAt };
}
