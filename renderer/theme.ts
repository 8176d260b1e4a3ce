import { createTheme } from '@mantine/core';

// Fonts come from the officer's own machine (no remote content): Noto on Linux, JhengHei on
// Windows, PingFang on macOS.
const FONT_STACK = '"Noto Sans TC", "Noto Sans CJK TC", "Microsoft JhengHei", "PingFang TC", sans-serif';

export const theme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'sm',
  fontFamily: FONT_STACK,
  headings: { fontFamily: FONT_STACK, fontWeight: '600' },
  // The focus ring shows for keyboard users on every control (screens.md: focus visible).
  focusRing: 'auto',
  cursorType: 'pointer',
});
