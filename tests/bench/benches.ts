import { demoBench } from './demo.ts';

// Each area adds its benchmark here.
export const benches: Record<string, (args: string[]) => Promise<void>> = {
  demo: demoBench,
};
