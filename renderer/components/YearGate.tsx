import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { useYear } from '../state/year.tsx';
import { ErrorAlert } from './ErrorAlert.tsx';
import { NoYearNotice } from './NoYearNotice.tsx';

interface YearGateProps {
  children: (year: number) => ReactNode;
  /** Shown instead of the default notice when the database has no school year. */
  empty?: ReactNode;
}

/** Renders a year-bound page body once the school year is known. */
export function YearGate({ children, empty }: YearGateProps) {
  const { year, loading, error, reload } = useYear();
  if (year !== null) return children(year);
  if (error) return <ErrorAlert error={error} onRetry={() => reload()} />;
  if (loading) {
    return (
      <Center py="xl">
        <Loader aria-label="讀取中" />
      </Center>
    );
  }
  return empty ?? <NoYearNotice />;
}
