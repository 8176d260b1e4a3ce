import { IconBuildingCommunity, IconCalendarEvent, IconLayoutDashboard, IconSettings, type Icon } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { OverviewPage } from './pages/overview/OverviewPage.tsx';
import { SchoolsPage } from './pages/registry/SchoolsPage.tsx';
import { TeachersPage } from './pages/registry/TeachersPage.tsx';
import { AboutPage } from './pages/settings/AboutPage.tsx';
import { SchedulePage } from './pages/schedule/SchedulePage.tsx';
import { ClassificationPage } from './pages/settings/ClassificationPage.tsx';
import { PATHS } from './state/route.ts';

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
