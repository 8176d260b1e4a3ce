import { DataList, Drawer, Stack } from '@mantine/core';
import { useCallback, useState, type ReactNode } from 'react';

export interface DetailField {
  label: string;
  value: ReactNode;
}

interface DetailDrawerProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  fields: DetailField[];
  /** Links onward from the row, e.g. a school's teachers. */
  footer?: ReactNode;
  /** More than fields: sections such as a school's accounts, shown below the fields. */
  children?: ReactNode;
  size?: 'md' | 'lg' | 'xl';
}

/** A row's fields, opened from a table; detail pages replace it where an area needs more. */
export function DetailDrawer({ opened, onClose, title, fields, footer, children, size = 'md' }: DetailDrawerProps) {
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      title={title}
      position="right"
      size={size}
      closeButtonProps={{ 'aria-label': '關閉' }}
    >
      <Stack gap="lg">
        <DataList withDivider labelWidth="7em">
          {fields.map((field) => (
            <DataList.Item key={field.label}>
              <DataList.ItemLabel>{field.label}</DataList.ItemLabel>
              <DataList.ItemValue>{field.value}</DataList.ItemValue>
            </DataList.Item>
          ))}
        </DataList>
        {children}
        {footer}
      </Stack>
    </Drawer>
  );
}

/** The row a drawer shows; it stays while the drawer slides shut, so the drawer never empties mid-way. */
export function useDetail<Row>() {
  const [row, setRow] = useState<Row | null>(null);
  const [opened, setOpened] = useState(false);
  const open = useCallback((next: Row) => {
    setRow(next);
    setOpened(true);
  }, []);
  const close = useCallback(() => setOpened(false), []);
  return { row, opened, open, close };
}
