import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Shell } from './layout/Shell.tsx';
import { YearProvider } from './state/year.tsx';
import { theme } from './theme.ts';

export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <DatesProvider settings={{ locale: 'zh-tw', firstDayOfWeek: 0 }}>
        <YearProvider>
          <Shell />
        </YearProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
