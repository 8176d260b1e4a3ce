import { IconBuildingCommunity, IconClipboardList, IconClockHour4, IconFileImport, IconCalendarEvent, IconLayoutDashboard, IconSettings, type Icon } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { OverviewPage } from './pages/overview/OverviewPage.tsx';
import { ImportHistoryPage } from './pages/imports/ImportHistoryPage.tsx';
import { ImportWizardPage } from './pages/imports/ImportWizardPage.tsx';
import { AccountsPage } from './pages/registry/AccountsPage.tsx';
import { ContactsPage } from './pages/registry/ContactsPage.tsx';
import { SchoolsPage } from './pages/registry/SchoolsPage.tsx';
import { TeachersPage } from './pages/registry/TeachersPage.tsx';
import { AboutPage } from './pages/settings/AboutPage.tsx';
import { SchedulePage } from './pages/schedule/SchedulePage.tsx';
import { ClassificationPage } from './pages/settings/ClassificationPage.tsx';
import { PATHS } from './state/route.ts';
import { PLAN_PATHS } from './pages/plans/paths.ts';
import { ProgressPage } from './pages/plans/ProgressPage.tsx';
import { RemindersPage } from './pages/plans/RemindersPage.tsx';
import { SchoolPlansPage } from './pages/plans/SchoolPlansPage.tsx';
import { TeacherPlansPage } from './pages/plans/TeacherPlansPage.tsx';
import { HOURS_PATHS } from './pages/hours/paths.ts';
import { CoursesPage } from './pages/hours/CoursesPage.tsx';
import { PendingPage } from './pages/hours/PendingPage.tsx';
import { RecordsPage } from './pages/hours/RecordsPage.tsx';
import { IconAward } from '@tabler/icons-react';
import { AWARD_PATHS } from './pages/awards/paths.ts';
import { AwardsPage } from './pages/awards/AwardsPage.tsx';
import { AchievementPage } from './pages/awards/AchievementPage.tsx';
import { IconPrinter } from '@tabler/icons-react';
import { EXPORT_PATHS } from './pages/exports/paths.ts';
import { ExportsPage } from './pages/exports/ExportsPage.tsx';
import { IconShieldLock } from '@tabler/icons-react';
import { AUDIT_PATH, AuditPage } from './pages/data/AuditPage.tsx';
import { BACKUPS_PATH, BackupsPage } from './pages/data/BackupsPage.tsx';
import { PACKAGES_PATH, PackagesPage } from './pages/data/PackagesPage.tsx';
import { IconChartBar } from '@tabler/icons-react';
import { lazy } from 'react';
import { STATS_PATHS } from './pages/stats/paths.ts';

// The statistics pages carry ECharts: loaded on first visit only.
const StatsDashboardPage = lazy(() => import('./pages/stats/DashboardPage.tsx').then((m) => ({ default: m.DashboardPage })));
const StatsSurveyPage = lazy(() => import('./pages/stats/SurveyPage.tsx').then((m) => ({ default: m.SurveyPage })));
const StatsParticipationPage = lazy(() => import('./pages/stats/ParticipationPage.tsx').then((m) => ({ default: m.ParticipationPage })));

// The navigation registry: the left bar and the router both read it. An area adds its pages here,
// in the order of screens.md; an area that has no page yet is not listed at all.

export interface NavPage {
  /** The hash path, e.g. '/registry/schools'. */
  path: string;
  label: string;
  /** The page; React.lazy(() => import(...)) keeps a heavy area (charts) out of the first load. */
  component: ComponentType;
}

export interface NavArea {
  label: string;
  icon: Icon;
  /** An area of one page of the same name is a single link; otherwise a group. */
  pages: NavPage[];
}

export const NAV: NavArea[] = [
  {
    label: '總覽',
    icon: IconLayoutDashboard,
    pages: [{ path: PATHS.overview, label: '總覽', component: OverviewPage }],
  },
  { label: '年度時程', icon: IconCalendarEvent, pages: [{ path: PATHS.schedule, label: '年度時程', component: SchedulePage }] },
  {
    label: '學校與教師',
    icon: IconBuildingCommunity,
    pages: [
      { path: PATHS.schools, label: '學校', component: SchoolsPage },
      { path: PATHS.teachers, label: '教師', component: TeachersPage },
      { path: PATHS.accounts, label: '業務帳號', component: AccountsPage },
      { path: PATHS.contacts, label: '承辦人資料', component: ContactsPage },
    ],
  },
  {
    label: '進修規劃',
    icon: IconClipboardList,
    pages: [
      { path: PLAN_PATHS.schools, label: '學校規劃', component: SchoolPlansPage },
      { path: PLAN_PATHS.teachers, label: '教師規劃', component: TeacherPlansPage },
      { path: PLAN_PATHS.progress, label: '填報進度', component: ProgressPage },
      { path: PLAN_PATHS.reminders, label: '催覆名單', component: RemindersPage },
    ],
  },
  {
    label: '研習時數',
    icon: IconClockHour4,
    pages: [
      { path: HOURS_PATHS.courses, label: '研習課程', component: CoursesPage },
      { path: HOURS_PATHS.records, label: '時數紀錄', component: RecordsPage },
      { path: HOURS_PATHS.pending, label: '待確認', component: PendingPage },
    ],
  },
  {
    label: '獎勵與達成率',
    icon: IconAward,
    pages: [
      { path: AWARD_PATHS.runs, label: '獎勵名單', component: AwardsPage },
      { path: AWARD_PATHS.achievement, label: '規劃達成率', component: AchievementPage },
    ],
  },
  {
    label: '統計',
    icon: IconChartBar,
    pages: [
      { path: STATS_PATHS.dashboard, label: '統計儀表板', component: StatsDashboardPage },
      { path: STATS_PATHS.survey, label: '滿意度問卷', component: StatsSurveyPage },
      { path: STATS_PATHS.participation, label: '歷年參與', component: StatsParticipationPage },
    ],
  },
  {
    label: '匯入',
    icon: IconFileImport,
    pages: [
      { path: PATHS.importWizard, label: '匯入資料', component: ImportWizardPage },
      { path: PATHS.importHistory, label: '匯入紀錄', component: ImportHistoryPage },
    ],
  },
  { label: '匯出與列印', icon: IconPrinter, pages: [{ path: EXPORT_PATHS.page, label: '匯出與列印', component: ExportsPage }] },
  {
    label: '資料與安全',
    icon: IconShieldLock,
    pages: [
      { path: PACKAGES_PATH, label: '資料包', component: PackagesPage },
      { path: BACKUPS_PATH, label: '備份與還原', component: BackupsPage },
      { path: AUDIT_PATH, label: '操作紀錄', component: AuditPage },
    ],
  },
  {
    label: '設定',
    icon: IconSettings,
    pages: [
      { path: PATHS.classification, label: '課程分類', component: ClassificationPage },
      { path: PATHS.about, label: '關於', component: AboutPage },
    ],
  },
];

export function findPage(path: string): { area: NavArea; page: NavPage } | null {
  for (const area of NAV) {
    const page = area.pages.find((p) => p.path === path);
    if (page) return { area, page };
  }
  return null;
}
