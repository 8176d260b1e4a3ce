import { Alert, Badge, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { IconAlertTriangle, IconSearch, IconX } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { ACCOUNT_STATUSES, BUSINESS_ACCOUNT_KINDS } from '../../../main/engine/vocabulary.ts';
import type { Output, ParsedInput } from '../../../preload/contract.ts';
import { useQuery } from '../../api.ts';
import { DataTable, type Column, type Sort } from '../../components/DataTable.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { formatCount } from '../../components/format.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { TemplateButton } from '../../components/TemplateButton.tsx';
import { PAGE_SIZE } from '../../components/useListState.ts';
import { YearGate } from '../../components/YearGate.tsx';
import { hrefOf, PATHS } from '../../state/route.ts';
import { PermissionMatrix } from './PermissionMatrix.tsx';

type AccountRow = Output<'registry:accounts'>['rows'][number];
type AccountSort = ParsedInput<'registry:accounts'>['sort']['by'];
type Filter = ParsedInput<'registry:accounts'>['filter'];

const NO_FILTER: Filter = { q: '', authority: null, kind: null, status: null };

const COLUMNS: Column<AccountRow, AccountSort>[] = [
  { key: 'school', label: '學校', sortKey: 'school', render: (r) => `${r.schoolCode} ${r.school}` },
  { key: 'kind', label: '類別', sortKey: 'kind', render: (r) => r.kind },
  { key: 'account', label: '帳號', sortKey: 'account', render: (r) => r.account },
  { key: 'name', label: '姓名', sortKey: 'name', render: (r) => r.name },
  { key: 'phone', label: '電話', render: (r) => r.phone ?? '—' },
  { key: 'email', label: 'Email', render: (r) => r.email ?? '—' },
  {
    key: 'status',
    label: '狀態',
    sortKey: 'status',
    render: (r) => (
      <Badge variant="light" color={r.status === '啟用中' ? 'green' : 'gray'} radius="sm">
        {r.status}
      </Badge>
    ),
  },
];

export function AccountsPage() {
  return (
    <>
      <PageHeader
        title="業務帳號"
        action={
          <Button component="a" href={hrefOf(PATHS.importWizard, { kind: 'accounts' })}>
            匯入業務帳號
          </Button>
        }
      />
      <YearGate>{(year) => <Accounts year={year} />}</YearGate>
    </>
  );
}

function Accounts({ year }: { year: number }) {
  const [filter, setFilterState] = useState<Filter>(NO_FILTER);
  const [sort, setSortState] = useState<Sort<AccountSort>>({ by: 'school', dir: 'asc' });
  const [page, setPage] = useState(1);
  const [q] = useDebouncedValue(filter.q.trim(), 250);
  const stats = useQuery('registry:accountStats', { year });
  const query = useQuery('registry:accounts', {
    year,
    filter: { ...filter, q },
    sort,
    page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
  });
  const setFilter = (patch: Partial<Filter>) => {
    setFilterState((f) => ({ ...f, ...patch }));
    setPage(1);
  };
  const filtered = q !== '' || filter.authority !== null || filter.kind !== null || filter.status !== null;
  const without = stats.data?.schoolsWithoutChief ?? 0;

  return (
    <Stack gap="md">
      {without > 0 ? (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} title={`有 ${formatCount(without)} 所學校沒有啟用中的總負責人`}>
          每校至少要有一位總負責人（由主管機關啟用）。
          <Button component="a" href={hrefOf(PATHS.schools, { withoutChief: '1' })} variant="white" color="orange" size="xs" ml="sm">
            查看這些學校
          </Button>
        </Alert>
      ) : null}
      <PermissionMatrix />
      {stats.data ? (
        <Text size="sm" c="dimmed">
          {stats.data.byKind.map((k) => `${k.kind} ${formatCount(k.accounts)}`).join('　')}
        </Text>
      ) : null}
      <DataTable
        label="業務帳號清單"
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
        sort={sort}
        onSortChange={(next) => {
          setSortState(next);
          setPage(1);
        }}
        filters={<AccountFilters year={year} value={filter} onChange={setFilter} onClear={() => setFilter(NO_FILTER)} filtered={filtered} />}
        empty={
          filtered ? (
            <EmptyState title="沒有符合條件的業務帳號" description="請換個關鍵字，或放寬主管機關、類別、狀態的條件。" />
          ) : (
            <EmptyState
              title="這個學年度還沒有業務帳號"
              description="請匯入業務帳號名冊：每列一個帳號，含學校代碼、帳號、姓名與類別（總負責人、連絡人或作業人員）。"
              action={
                <Group gap="sm">
                  <Button component="a" href={hrefOf(PATHS.importWizard, { kind: 'accounts' })}>
                    匯入業務帳號
                  </Button>
                  <TemplateButton kind="accounts" />
                </Group>
              }
            />
          )
        }
      />
    </Stack>
  );
}

interface AccountFiltersProps {
  year: number;
  value: Filter;
  onChange: (patch: Partial<Filter>) => void;
  onClear: () => void;
  filtered: boolean;
}

function AccountFilters({ year, value, onChange, onClear, filtered }: AccountFiltersProps) {
  const search = useRef<HTMLInputElement>(null);
  const authorities = useQuery('registry:authorities', { year });
  useHotkeys([['mod+F', () => search.current?.focus()]], []);
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="search">
      <TextInput
        ref={search}
        aria-label="搜尋"
        placeholder="搜尋姓名／帳號／學校"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={value.q}
        maxLength={50}
        onChange={(event) => onChange({ q: event.currentTarget.value })}
        w={240}
      />
      <Select
        aria-label="主管機關"
        placeholder="全部主管機關"
        data={(authorities.data ?? []).map((a) => a.name)}
        value={value.authority}
        onChange={(authority) => onChange({ authority })}
        searchable
        clearable
        w={170}
      />
      <Select
        aria-label="類別"
        placeholder="全部類別"
        data={[...BUSINESS_ACCOUNT_KINDS]}
        value={value.kind}
        onChange={(kind) => onChange({ kind: BUSINESS_ACCOUNT_KINDS.find((k) => k === kind) ?? null })}
        clearable
        w={140}
      />
      <Select
        aria-label="狀態"
        placeholder="全部狀態"
        data={[...ACCOUNT_STATUSES]}
        value={value.status}
        onChange={(status) => onChange({ status: ACCOUNT_STATUSES.find((s) => s === status) ?? null })}
        clearable
        w={130}
      />
      <Button variant="subtle" leftSection={<IconX size={16} aria-hidden />} onClick={onClear} disabled={!filtered}>
        清除條件
      </Button>
    </Group>
  );
}
