import { DatePickerInput, DateTimePicker, type DatePickerInputProps, type DateTimePickerProps } from '@mantine/dates';
import { formatRocDate, formatRocDateTime, rocYear, toTaipeiInstant } from '../../main/engine/rocDate.ts';

// Mantine's pickers, showing ROC years everywhere (the field, the month and year headers, the year
// list) while the calendar under them stays Gregorian, so every value the picker hands out is a
// real calendar date. Values in and out are the engine's forms: an ISO instant with +08:00
// (date-time) or 'YYYY-MM-DD' (date).

const roc = (date: string): number => rocYear(Number(date.slice(0, 4)));

/** The calendar's headers and lists in ROC years: '113年8月', '民國 113 年', '110 – 119'. */
export const ROC_CALENDAR_LABELS = {
  monthLabelFormat: (date: string) => `${roc(date)}年${Number(date.slice(5, 7))}月`,
  yearLabelFormat: (date: string) => `民國 ${roc(date)} 年`,
  yearsListFormat: (date: string) => String(roc(date)),
  decadeLabelFormat: (start: string, end: string) => `${roc(start)} – ${roc(end)}`,
  // Screen readers (and browser tests) hear each day in ROC form too: '113年9月16日'.
  getDayProps: (date: string) => ({ 'aria-label': formatRocDate(date.slice(0, 10), 'long') }),
} as const;

/** '2024-09-16T17:00:00+08:00' → the picker's Taipei wall clock '2024-09-16 17:00:00'; null when unreadable. */
export function instantToPicker(iso: string | null): string | null {
  if (iso === null || iso === '') return null;
  try {
    const taipei = toTaipeiInstant(iso);
    return `${taipei.slice(0, 10)} ${taipei.slice(11, 19)}`;
  } catch {
    return null;
  }
}

/** The picker's 'YYYY-MM-DD HH:mm:ss' (Taipei wall clock) → ISO with +08:00. */
export function pickerToInstant(value: string): string {
  const [date = '', time = '00:00:00'] = value.split(' ');
  return `${date}T${time.length === 5 ? `${time}:00` : time}+08:00`;
}

type DateTimeProps = Omit<DateTimePickerProps, 'value' | 'onChange' | 'defaultValue' | 'type' | 'valueFormat'> & {
  value: string | null;
  onChange: (iso: string | null) => void;
};

/** A date and time of day, shown '113/09/16 17:00'. */
export function RocDateTimePicker({ value, onChange, ...props }: DateTimeProps) {
  return (
    <DateTimePicker
      {...ROC_CALENDAR_LABELS}
      {...props}
      value={instantToPicker(value)}
      onChange={(next) => onChange(next === null || next === '' ? null : pickerToInstant(next))}
      valueFormat={(picked) => formatRocDateTime(pickerToInstant(picked))}
      submitButtonProps={{ 'aria-label': '確定' }}
    />
  );
}

type DateProps = Omit<DatePickerInputProps, 'value' | 'onChange' | 'defaultValue' | 'type' | 'valueFormat' | 'valueFormatter'> & {
  value: string | null;
  onChange: (date: string | null) => void;
};

/** A calendar date, shown '113/09/16'. */
export function RocDatePicker({ value, onChange, ...props }: DateProps) {
  return (
    <DatePickerInput
      {...ROC_CALENDAR_LABELS}
      {...props}
      value={value}
      onChange={(next) => onChange(next === null || next === '' ? null : next.slice(0, 10))}
      valueFormatter={({ date }) => (typeof date === 'string' && date !== '' ? formatRocDate(date.slice(0, 10)) : '')}
    />
  );
}
