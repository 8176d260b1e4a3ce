import { Button, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import type { Output } from '../../../preload/contract.ts';
import { useQuery } from '../../api.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { TemplateButton } from '../../components/TemplateButton.tsx';
import { PAGE_SIZE } from '../../components/useListState.ts';
import { YearGate } from '../../components/YearGate.tsx';
import { hrefOf, PATHS } from '../../state/route.ts';

type ContactRow = Output<'registry:contacts'>['rows'][number];

const dash = (v: string | null) => v ?? '—';
// The list has one order (authority, then name); no column sorts.
const FIXED_SORT = { by: 'authority', dir: 'asc' } as const;
const COLUMNS: Column<ContactRow, 'authority'>[] = [
  { key: 'authority', label: '主管機關', render: (r) => r.authority },
  { key: 'name', label: '承辦人', render: (r) => r.name },
  { key: 'title', label: '職稱', render: (r) => dash(r.title) },
  { key: 'phone', label: '電話', render: (r) => dash(r.phone) },
  { key: 'fax', label: '傳真', render: (r) => dash(r.fax) },
  { key: 'email', label: 'Email', render: (r) => dash(r.email) },
  { key: 'headName', label: '單位主管', render: (r) => dash(r.headName) },
  { key: 'headPhone', label: '主管電話', render: (r) => dash(r.headPhone) },
  { key: 'headEmail', label: '主管Email', render: (r) => dash(r.headEmail) },
];

/** 承辦人資料表: the contact persons of the authorities and their heads of unit. */
export function ContactsPage() {
  return (
    <>
      <PageHeader
        title="承辦人資料"
        action={
          <Button component="a" href={hrefOf(PATHS.importWizard, { kind: 'contacts' })}>
            匯入承辦人資料
          </Button>
        }
      />
      <YearGate>{(year) => <Contacts year={year} />}</YearGate>
    </>
  );
}

function Contacts({ year }: { year: number }) {
  const [text, setText] = useState('');
  const [authority, setAuthority] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [q] = useDebouncedValue(text.trim(), 250);
  const search = useRef<HTMLInputElement>(null);
  useHotkeys([['mod+F', () => search.current?.focus()]], []);
  const authorities = useQuery('registry:authorities', { year });
  const query = useQuery('registry:contacts', { year, filter: { q, authority }, page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } });
  const filtered = q !== '' || authority !== null;
  return (
    <DataTable
      label="承辦人資料"
      columns={COLUMNS}
      rows={query.data?.rows ?? []}
      rowKey={(r) => r.id}
      total={query.data?.total ?? null}
      loading={query.loading}
      error={query.error}
      onRetry={query.reload}
      page={page}
      pageSize={PAGE_SIZE}
      onPageChange={setPage}
      sort={FIXED_SORT}
      onSortChange={() => {}}
      filters={
        <Group gap="sm" align="flex-end" role="search">
          <TextInput
            ref={search}
            aria-label="搜尋"
            placeholder="搜尋承辦人／單位主管姓名"
            leftSection={<IconSearch size={16} aria-hidden />}
            value={text}
            maxLength={50}
            onChange={(event) => {
              setText(event.currentTarget.value);
              setPage(1);
            }}
            w={260}
          />
          <Select
            aria-label="主管機關"
            placeholder="全部主管機關"
            data={(authorities.data ?? []).map((a) => a.name)}
            value={authority}
            onChange={(next) => {
              setAuthority(next);
              setPage(1);
            }}
            searchable
            clearable
            w={180}
          />
        </Group>
      }
      empty={
        filtered ? (
          <EmptyState title="沒有符合條件的承辦人" description="請換個關鍵字或主管機關。" />
        ) : (
          <EmptyState
            title="這個學年度還沒有承辦人資料"
            description="請匯入承辦人資料：每列一位承辦人，含主管機關、姓名、職稱、電話、傳真、Email 與單位主管。"
            action={
              <Group gap="sm">
                <Button component="a" href={hrefOf(PATHS.importWizard, { kind: 'contacts' })}>
                  匯入承辦人資料
                </Button>
                <TemplateButton kind="contacts" />
              </Group>
            }
          />
        )
      }
    />
  );
}
