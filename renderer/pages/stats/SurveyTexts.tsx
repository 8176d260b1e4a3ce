import { Badge, Group, Pagination, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { formatCount, type SurveyOut } from './format.ts';

interface SurveyTextsProps {
  data: SurveyOut;
  /** Whose answers are listed: '全部填答者', '教師' … */
  who: string;
  /** The question the list is narrowed to (its index), or null for all. */
  question: number | null;
  onQuestion: (question: number | null) => void;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
}

/** The free-text answers, one question or all, paged by the API. */
export function SurveyTexts({ data, who, question, onQuestion, page, pageSize, onPage }: SurveyTextsProps) {
  const withTexts = data.questions.filter((q) => q.texts > 0);
  const pages = Math.max(1, Math.ceil(data.texts.total / pageSize));
  const first = (page - 1) * pageSize + 1;
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <Title order={2} size="h4">
            文字意見（{who}）
          </Title>
          <Select
            aria-label="文字意見的題目"
            placeholder="全部題目"
            data={withTexts.map((q) => ({ value: String(q.index), label: `${q.index + 1}. ${q.question}（${q.texts} 則）` }))}
            value={question === null ? null : String(question)}
            onChange={(v) => onQuestion(v === null ? null : Number(v))}
            clearable
            w={360}
          />
        </Group>
        {data.texts.total === 0 ? (
          <Text size="sm" c="dimmed">
            沒有文字意見。
          </Text>
        ) : (
          <>
            <Text size="sm" c="dimmed" aria-live="polite">
              共 {formatCount(data.texts.total)} 則，第 {formatCount(first)}–{formatCount(first + data.texts.rows.length - 1)} 則
            </Text>
            <Table striped verticalSpacing="xs" aria-label="文字意見">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w="22%">題目</Table.Th>
                  <Table.Th w="22%">填答者</Table.Th>
                  <Table.Th>意見</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.texts.rows.map((r, i) => (
                  <Table.Tr key={`${first + i}`}>
                    <Table.Td>
                      <Text size="sm">
                        {r.questionIndex + 1}. {r.question}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={6} wrap="wrap">
                        <Badge variant="light" color={r.kind === '教師' ? 'teal' : 'blue'}>
                          {r.kind}
                        </Badge>
                        <Text size="sm">{r.schoolName ?? r.school}</Text>
                        {r.authority ? <Text size="xs" c="dimmed">{r.authority}</Text> : null}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                        {r.text}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {pages > 1 ? (
              <Pagination total={pages} value={page} onChange={onPage} getControlProps={(c) => ({ 'aria-label': { first: '第一頁', previous: '上一頁', next: '下一頁', last: '最後一頁' }[c] })} />
            ) : null}
          </>
        )}
      </Stack>
    </Paper>
  );
}
