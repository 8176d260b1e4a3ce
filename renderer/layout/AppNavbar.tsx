import { NavLink, ScrollArea } from '@mantine/core';
import { NAV, type NavArea } from '../nav.ts';
import { hrefOf } from '../state/route.ts';

interface AppNavbarProps {
  /** The path of the page shown, null when the link leads nowhere. */
  activePath: string | null;
}

/** The left bar, built from nav.ts: one link per page; areas of several pages are groups. */
export function AppNavbar({ activePath }: AppNavbarProps) {
  return (
    <ScrollArea type="auto" h="100%">
      {NAV.map((area) => (
        <AreaLinks key={area.label} area={area} activePath={activePath} />
      ))}
    </ScrollArea>
  );
}

function AreaLinks({ area, activePath }: { area: NavArea; activePath: string | null }) {
  const Icon = area.icon;
  const icon = <Icon size={18} stroke={1.6} aria-hidden />;
  const [only] = area.pages;
  if (only && area.pages.length === 1 && only.label === area.label) {
    return (
      <NavLink
        href={hrefOf(only.path)}
        label={only.label}
        leftSection={icon}
        active={only.path === activePath}
        aria-current={only.path === activePath ? 'page' : undefined}
      />
    );
  }
  return (
    <NavLink component="button" label={area.label} leftSection={icon} defaultOpened childrenOffset={28}>
      {area.pages.map((page) => (
        <NavLink
          key={page.path}
          href={hrefOf(page.path)}
          label={page.label}
          active={page.path === activePath}
          aria-current={page.path === activePath ? 'page' : undefined}
        />
      ))}
    </NavLink>
  );
}
