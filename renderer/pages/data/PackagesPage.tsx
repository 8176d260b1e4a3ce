import { Alert, Stack } from '@mantine/core';
import { useState } from 'react';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useYear } from '../../state/year.tsx';
import { PackageExport } from './PackageExport.tsx';
import { PackageHistory } from './PackageHistory.tsx';
import { PackageImport } from './PackageImport.tsx';

export const PACKAGES_PATH = '/data/packages';

/**
 * 資料包 (issue 10): a county exports its year as one file; the central office inspects and imports
 * packages and sees what it imported.
 */
export function PackagesPage() {
  const { year, reload } = useYear();
  const [generation, setGeneration] = useState(0);
  return (
    <>
      <PageHeader title="資料包" />
      <Stack gap="lg">
        {year === null ? (
          <Alert variant="light" color="gray" title="本機還沒有任何學年度的資料">
            沒有可以匯出的資料包。全國推廣中心彙整時，請在下方匯入各主管機關的資料包：匯入時會一併建立資料包的學年度與年度時程。
          </Alert>
        ) : (
          <PackageExport year={year} />
        )}
        <PackageImport
          onImported={(imported) => {
            setGeneration((g) => g + 1);
            // A package may have created its school year: the year switcher learns of it.
            reload(year ?? imported);
          }}
        />
        <PackageHistory key={generation} />
      </Stack>
    </>
  );
}
