import { Button, Group, Paper, Text, TextInput, Tree, useTree, type TreeNodeData } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { Output } from '../../../preload/contract.ts';

type Item = Output<'classification:tree'>['items'][number];

/** Items in code order → nested nodes; a node's value is its code. */
function toTree(items: readonly Item[]): TreeNodeData[] {
  const nodes = new Map<string, TreeNodeData & { children: TreeNodeData[] }>();
  const roots: TreeNodeData[] = [];
  for (const item of items) {
    const node = { value: item.code, label: item.name, children: [] };
    nodes.set(item.code, node);
    const parent = item.parentCode === null ? undefined : nodes.get(item.parentCode);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** The codes that match the search and every code above them. */
function matching(items: readonly Item[], q: string): Set<string> | null {
  const term = q.trim();
  if (term === '') return null;
  const byCode = new Map(items.map((i) => [i.code, i]));
  const out = new Set<string>();
  for (const item of items) {
    if (!item.code.startsWith(term) && !item.name.includes(term)) continue;
    for (let c: string | null = item.code; c !== null; c = byCode.get(c)?.parentCode ?? null) out.add(c);
  }
  return out;
}

export function ClassificationTree({ items }: { items: readonly Item[] }) {
  const [q, setQ] = useState('');
  const shown = useMemo(() => matching(items, q), [items, q]);
  const data = useMemo(() => toTree(shown ? items.filter((i) => shown.has(i.code)) : items), [items, shown]);
  const tree = useTree({ initialExpandedState: Object.fromEntries(items.filter((i) => i.depth === 1).map((i) => [i.code, true])) });

  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <TextInput
          aria-label="搜尋代碼或名稱"
          placeholder="搜尋代碼或名稱"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={q}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setQ(value);
            if (value.trim() !== '') tree.expandAllNodes();
          }}
          w={260}
        />
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={() => tree.expandAllNodes()}>
            全部展開
          </Button>
          <Button size="xs" variant="default" onClick={() => tree.collapseAllNodes()}>
            全部收合
          </Button>
        </Group>
      </Group>
      {data.length === 0 ? <Text c="dimmed">沒有符合「{q}」的分類。</Text> : null}
      <Tree
        data={data}
        tree={tree}
        levelOffset={28}
        aria-label="課程分類"
        renderNode={({ node, expanded, hasChildren, elementProps }) => (
          <Group gap={6} wrap="nowrap" {...elementProps} py={3}>
            {hasChildren ? (
              expanded ? <IconChevronDown size={14} aria-hidden /> : <IconChevronRight size={14} aria-hidden />
            ) : (
              <span style={{ width: 14, display: 'inline-block' }} />
            )}
            <Text ff="monospace" size="sm" c="blue.8" w={64} style={{ flex: 'none' }}>
              {node.value}
            </Text>
            <Text size="sm">{node.label}</Text>
          </Group>
        )}
      />
    </Paper>
  );
}
