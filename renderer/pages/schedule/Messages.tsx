import { Group, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';

/** Validation messages shown where the problem is, in the engine's own words. */
export function Messages({ messages }: { messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <Stack gap={2} role="alert">
      {messages.map((m) => (
        <Group key={m} gap={6} wrap="nowrap" align="flex-start">
          <IconAlertCircle size={16} color="var(--mantine-color-red-7)" aria-hidden style={{ flex: 'none', marginTop: 2 }} />
          <Text size="sm" c="red.7">
            {m}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
