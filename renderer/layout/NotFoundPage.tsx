import { Anchor, Stack, Text, Title } from '@mantine/core';
import { hrefOf, PATHS } from '../state/route.ts';

export function NotFoundPage() {
  return (
    <Stack gap="sm">
      <Title order={1} size="h2">
        找不到這個頁面
      </Title>
      <Text>這個連結所指的頁面不存在，可能是網址打錯了。</Text>
      <Anchor href={hrefOf(PATHS.overview)}>回到總覽</Anchor>
    </Stack>
  );
}
