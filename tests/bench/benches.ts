import { demoBench } from './demo.ts';
import { pdfBench } from './pdf.ts';
import { importTeachersBench } from './importTeachers.ts';
import { plansBench } from './plans.ts';
import { hoursBench } from './hours.ts';
import { awardsBench } from './awards.ts';
import { statsBench } from './stats.ts';
import { backupBench } from './backup.ts';
import { packagesBench } from './packages.ts';

// Each area adds its benchmark here.
export const benches: Record<string, (args: string[]) => Promise<void>> = {
  demo: demoBench,
  pdf: pdfBench,
  'import-teachers': importTeachersBench,
  plans: plansBench,
  hours: hoursBench,
  awards: awardsBench,
  stats: statsBench,
  backup: backupBench,
  packages: packagesBench,
};
