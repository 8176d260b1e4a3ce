import { Box, Group, LoadingOverlay, Pagination, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowsSort, IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import type { KeyboardEvent, ReactNode } from 'react';
import type { ApiError } from '../api.ts';
import { ErrorAlert } from './ErrorAlert.tsx';
import { formatCount } from './format.ts';

export type SortDir = 'asc' | 'desc';
export interface Sort<Key extends string> {
  by: Key;
  dir: SortDir;
}

export interface Column<Row, Key extends string> {
  key: string;
  label: string;
  /** The API's sort key for this column; unsortable when left out. */
  sortKey?: Key;
  /** Numbers are right-aligned. */
  numeric?: boolean;
  render: (row: Row) => ReactNode;
}

interface DataTableProps<Row, Key extends string> {
  /** The table's accessible name, e.g. 學校清單. */
  label: string;
  columns: Column<Row, Key>[];
  rows: Row[];
  rowKey: (row: Row) => string | number;
  /** Rows matching the filters (all pages); null until the first answer. */
  total: number | null;
  loading: boolean;
  error: ApiError | null;
  onRetry: () => void;
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
  sort: Sort<Key>;
  onSortChange: (sort: Sort<Key>) => void;
  /** The filter bar shown above the count. */
  filters?: ReactNode;
  /** Shown instead of the table when nothing matches. */
  empty: ReactNode;
  onRowClick?: (row: Row) => void;
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;
const NUMERIC = { fontVariantNumeric: 'tabular-nums' } as const;
const PAGE_CONTROL_LABELS = { first: '第一頁', previous: '上一頁', next: '下一頁', last: '最後一頁' } as const;

/**
 * A page of rows that the API sorted and cut (SQL-side): filters above, the count of matching rows,
 * sortable headers, paging. The table itself never holds more than one page.
 */
export function DataTable<Row, Key extends string>(props: DataTableProps<Row, Key>) {
  const { label, columns, rows, rowKey, total, loading, error, onRetry, page, pageSize } = props;
  const { onPageChange, sort, onSortChange, filters, empty, onRowClick } = props;
  const pages = Math.max(1, Math.ceil((total ?? 0) / pageSize));
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(page * pageSize, total ?? 0);

  const toggle = (key: Key) =>
    onSortChange(sort.by === key ? { by: key, dir: sort.dir === 'asc' ? 'desc' : 'asc' } : { by: key, dir: 'asc' });

  const openOnKey = (event: KeyboardEvent, row: Row) => {
    if (onRowClick && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      onRowClick(row);
    }
  };

  return (
    <Stack gap="sm">
      {filters}
      <Group justify="space-between" gap="xs">
        <Text size="sm" aria-live="polite">
          {error ? null : total === null ? '讀取中…' : `共 ${formatCount(total)} 筆`}
        </Text>
        {!error && total !== null && total > 0 ? (
          <Text size="sm" c="dimmed">
            第 {formatCount(first)}–{formatCount(last)} 筆
          </Text>
        ) : null}
      </Group>
      {/* After a failed call the last page no longer matches the filters: show the error alone. */}
      {error ? (
        <ErrorAlert error={error} onRetry={onRetry} />
      ) : total === 0 && !loading ? (
        empty
      ) : (
        <Box pos="relative" mih={120}>
          <LoadingOverlay visible={loading} overlayProps={{ blur: 1 }} loaderProps={{ 'aria-label': '讀取中' }} />
          <Table.ScrollContainer minWidth={720}>
            <Table striped highlightOnHover={onRowClick !== undefined} aria-label={label} verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  {columns.map((column) => (
                    <Table.Th
                      key={column.key}
                      ta={column.numeric ? 'right' : 'left'}
                      aria-sort={
                        column.sortKey === undefined ? undefined : sort.by === column.sortKey ? ARIA_SORT[sort.dir] : 'none'
                      }
                    >
                      {column.sortKey === undefined ? (
                        column.label
                      ) : (
                        <SortButton
                          label={column.label}
                          dir={sort.by === column.sortKey ? sort.dir : null}
                          numeric={column.numeric === true}
                          onClick={() => column.sortKey !== undefined && toggle(column.sortKey)}
                        />
                      )}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr
                    key={rowKey(row)}
                    tabIndex={onRowClick ? 0 : undefined}
                    onClick={onRowClick ? () => onRowClick(row) : undefined}
                    onKeyDown={onRowClick ? (event) => openOnKey(event, row) : undefined}
                    style={onRowClick ? { cursor: 'pointer' } : undefined}
                  >
                    {columns.map((column) => (
                      <Table.Td key={column.key} ta={column.numeric ? 'right' : 'left'} style={column.numeric ? NUMERIC : undefined}>
                        {column.render(row)}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Box>
      )}
      {!error && pages > 1 ? (
        <Box component="nav" aria-label="分頁">
          <Pagination
            total={pages}
            value={page}
            onChange={onPageChange}
            withEdges
            getControlProps={(control) => ({ 'aria-label': PAGE_CONTROL_LABELS[control] })}
            getItemProps={(n) => ({ 'aria-label': `第 ${n} 頁` })}
          />
        </Box>
      ) : null}
    </Stack>
  );
}

interface SortButtonProps {
  label: string;
  dir: SortDir | null;
  numeric: boolean;
  onClick: () => void;
}

function SortButton({ label, dir, numeric, onClick }: SortButtonProps) {
  const Icon = dir === 'asc' ? IconSortAscending : dir === 'desc' ? IconSortDescending : IconArrowsSort;
  return (
    <UnstyledButton onClick={onClick} fw={600} fz="sm" w="100%" title={`依${label}排序`}>
      <Group gap={4} wrap="nowrap" justify={numeric ? 'flex-end' : 'flex-start'}>
        <span>{label}</span>
        <Icon size={14} stroke={1.6} aria-hidden style={{ opacity: dir ? 1 : 0.4 }} />
      </Group>
    </UnstyledButton>
  );
}
