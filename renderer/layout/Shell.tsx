import { AppShell, Loader, Center } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useEffect } from 'react';
import { findPage } from '../nav.ts';
import { useRoute } from '../state/route.ts';
import { AppHeader } from './AppHeader.tsx';
import { AppNavbar } from './AppNavbar.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';

const APP_NAME = '進修規劃管理';

export function Shell() {
  const [navOpened, nav] = useDisclosure(false);
  const route = useRoute();
  const found = findPage(route.path);

  const label = found?.page.label;
  const { close: closeNav } = nav;

  useEffect(() => {
    document.title = label ? `${label}｜${APP_NAME}` : APP_NAME;
  }, [label]);

  // On a narrow window the navbar covers the page: a chosen page closes it.
  useEffect(() => closeNav(), [route.key, closeNav]);

  const Page = found?.page.component ?? NotFoundPage;
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="md"
    >
      <AppShell.Header>
        <AppHeader appName={APP_NAME} navOpened={navOpened} onToggleNav={nav.toggle} />
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="主選單">
        <AppNavbar activePath={found ? found.page.path : null} />
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense
          fallback={
            <Center py="xl">
              <Loader aria-label="載入中" />
            </Center>
          }
        >
          {/* Keyed by the whole hash: a link with other filters opens the page afresh. */}
          <Page key={route.key} />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
