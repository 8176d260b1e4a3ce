import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

const bounds = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(800).max(10_000),
  height: z.number().int().min(600).max(10_000),
  maximized: z.boolean().default(false),
});
export type WindowBounds = z.infer<typeof bounds>;

const DEFAULT: WindowBounds = { width: 1360, height: 860, maximized: false };

/** The window's last size and position; a missing or damaged file just means the default. */
export function loadWindowState(file: string): WindowBounds {
  try {
    const parsed = bounds.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : DEFAULT;
  } catch {
    return DEFAULT;
  }
}

export function saveWindowState(file: string, state: WindowBounds): void {
  try {
    writeFileSync(file, JSON.stringify(state));
  } catch {
    // Remembering the window is a convenience; never fail the app over it.
  }
}
