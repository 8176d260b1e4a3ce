import { Badge, Center, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import type { ExplanationOut } from '../../../preload/contracts/awards.ts';
import { useQuery } from '../../api.ts';
import { DetailDrawer, type DetailField } from '../../components/DetailDrawer.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatCount } from '../../components/format.ts';
import { FILING_STATUS_LABELS, hoursText, percentText, REASON_SHORT, rocTimeToSecond, SOURCE_LABELS } from './labels.ts';
import type { Candidate } from './RunResult.tsx';

interface ExplainDrawerProps {
  runId: number;
  candidate: Candidate | null;
  opened: boolean;
  onClose: () => void;
}

const exact = (x: number) => String(Number(x.toFixed(6)));

/** Every number that decided a candidate of the open run, then the engine's sentences in rule order. */
export function ExplainDrawer({ runId, candidate, opened, onClose }: ExplainDrawerProps) {
  const query = useQuery('awards:explain', candidate && opened ? { id: runId, kind: candidate.kind, seq: candidate.row.seq } : null);
  const e = query.data;
  const title = candidate === null ? '' : candidate.kind === 'authority' ? candidate.row.authority : candidate.kind === 'school' ? `${candidate.row.code} ${candidate.row.name}` : `${candidate.row.name}（${candidate.row.maskedId}）`;
  return (
    <DetailDrawer opened={opened && candidate !== null} onClose={onClose} title={`獲獎判定說明：${title}`} fields={e && !query.loading ? fieldsOf(e) : []} size="lg">
      {query.error ? <ErrorAlert error={query.error} onRetry={query.reload} /> : null}
      {query.loading || !e ? (
        query.error ? null : (
          <Center py="lg">
            <Loader aria-label="讀取中" />
          </Center>
        )
      ) : (
        <Stack gap="xs">
          <Title order={3} size="h5">
            判定過程
          </Title>
          <List type="ordered" spacing={4} aria-label="判定過程">
            {e.sentences.map((s) => (
              <List.Item key={s}>
                <Text size="sm">{s}</Text>
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </DetailDrawer>
  );
}

function fieldsOf(e: ExplanationOut): DetailField[] {
  const verdict: DetailField = {
    label: '結果',
    value: (
      <Group gap={6}>
        {e.awarded ? <Badge color="teal">獲獎</Badge> : <Badge color="gray">未獲獎</Badge>}
        {e.reasons.map((r) => (
          <Badge key={r} variant="outline" color="red">
            {REASON_SHORT[r]}
          </Badge>
        ))}
      </Group>
    ),
  };
  if (e.kind === 'authority') {
    return [
      verdict,
      { label: '填報率', value: e.fillRate === null ? '沒有轄屬學校' : `${percentText(e.fillRate, 2)}（${exact(e.fillRate)}）` },
      { label: '填報率門檻', value: percentText(e.fillRateThreshold, 2) },
    ];
  }
  const f = e.filing;
  const r = e.rank;
  const fields: DetailField[] = [
    verdict,
    { label: '規劃填報', value: f ? FILING_STATUS_LABELS[f.status] : e.filedOnTime ? '期限內送出' : '未於期限內送出' },
    { label: '最後送出', value: f?.lastSubmission ? rocTimeToSecond(f.lastSubmission) : '未送出' },
    { label: '填報期間', value: f?.window ? `${f.source ?? ''} ${rocTimeToSecond(f.window.start)} 至 ${rocTimeToSecond(f.window.end)}` : '沒有適用的填報期間' },
  ];
  if (f?.lastReturn) {
    fields.push({ label: '退回修改', value: `${rocTimeToSecond(f.lastReturn.at)}${f.lastReturn.actor ? ` 由${f.lastReturn.actor}` : ''}${f.lastReturn.reason ? `：${f.lastReturn.reason}` : ''}` });
  }
  fields.push(
    { label: e.kind === 'school' ? '教師平均時數' : '研習總時數', value: e.score === null ? '—（沒有名單內教師）' : `${hoursText(e.score)} 小時` },
    { label: '全國平均', value: e.nationalAverage === null ? '—' : `${exact(e.nationalAverage)} 小時（${e.nationalAverageSource ? SOURCE_LABELS[e.nationalAverageSource] : ''}）` },
    { label: '比較群組', value: e.group ? `${e.group.authority} ${e.group.stage}，共 ${formatCount(e.group.size)} ${e.kind === 'school' ? '校' : '人'}` : '—' },
  );
  if (r) {
    fields.push(
      { label: '組距', value: `i = ${r.width}，所在組 ${exact(r.classLower)} ≦ X < ${exact(r.classUpper)}` },
      { label: 'cf_L', value: `${formatCount(r.cfL)}（低於 ${exact(r.classLower)} 的人數）` },
      { label: 'f_x', value: `${formatCount(r.fx)}（同組人數）` },
      { label: 'N', value: formatCount(r.n) },
      { label: 'PR', value: exact(r.pr) },
    );
  }
  fields.push({ label: 'PR 門檻', value: e.threshold === null ? '—' : String(e.threshold) });
  return fields;
}
