import { Button, Center, Loader, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { SURVEY_RESPONDENT_KINDS, type SurveyRespondentKind } from '../../../main/engine/statsVocabulary.ts';
import { useQuery } from '../../api.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { NoYearNotice } from '../../components/NoYearNotice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { TemplateButton } from '../../components/TemplateButton.tsx';
import { YearGate } from '../../components/YearGate.tsx';
import { hrefOf, PATHS, useRoute } from '../../state/route.ts';
import { ChartCard } from './ChartCard.tsx';
import { formatCount, safeName, type SurveyOut } from './format.ts';
import { barOption, heightFor } from './options.ts';
import { filterFromParams, StatsFilters, type StatsFilter } from './StatsFilters.tsx';
import { SurveyTexts } from './SurveyTexts.tsx';

const TITLE = '滿意度問卷';
const IMPORT_HREF = hrefOf(PATHS.importWizard, { kind: 'survey' });
const SCORES = [1, 2, 3, 4, 5] as const;

type Kind = SurveyRespondentKind | 'all';
type Question = SurveyOut['questions'][number];
type Scores = Question['overall'];

const importButton = (
  <Button component="a" href={IMPORT_HREF} leftSection={<IconFileImport size={16} aria-hidden />}>
    匯入問卷結果
  </Button>
);

export function SurveyPage() {
  return (
    <YearGate
      empty={
        <>
          <PageHeader title={TITLE} />
          <NoYearNotice />
        </>
      }
    >
      {(year) => <Survey year={year} />}
    </YearGate>
  );
}

function Survey({ year }: { year: number }) {
  const { params } = useRoute();
  const [filter, setFilter] = useState<StatsFilter>(() => ({ ...filterFromParams(params), stage: null }));
  const [kind, setKind] = useState<Kind>('all');
  const [textQuestion, setTextQuestion] = useState<number | null>(null);
  const [textPage, setTextPage] = useState(1);
  const pageSize = 20;
  const query = useQuery('stats:survey', {
    year,
    authority: filter.authority,
    textQuestion,
    textKind: kind === 'all' ? null : kind,
    textPage: { offset: (textPage - 1) * pageSize, limit: pageSize },
  });
  const data = query.data;
  const changeFilter = (next: StatsFilter) => {
    setFilter(next);
    setTextPage(1);
  };
  return (
    <>
      <PageHeader title={TITLE} action={importButton} />
      <StatsFilters year={year} value={filter} onChange={changeFilter} withStage={false} />
      {query.error ? <ErrorAlert error={query.error} onRetry={query.reload} /> : null}
      {!data ? (
        query.error ? null : (
          <Center py="xl">
            <Loader aria-label="讀取問卷中" />
          </Center>
        )
      ) : data.respondents.total === 0 ? (
        <EmptyState
          title={filter.authority ? `${filter.authority}在 ${year} 學年度沒有問卷回覆` : `${year} 學年度還沒有滿意度問卷`}
          description={
            <>
              問卷結果從「匯入」進來：在匯入精靈選擇「滿意度問卷」，選取問卷平台匯出的 Excel 或 CSV 檔。必要欄位為「填答者類別」（業務帳號或教師）與「學校代碼」，
              其後每一欄是一題，欄名就是題目；答案為 1–5 分，或文字意見。可先下載空白範本照著填。
            </>
          }
          action={
            <>
              {importButton}
              <TemplateButton kind="survey" label="下載問卷空白範本" />
            </>
          }
        />
      ) : (
        <Stack gap="md" aria-busy={query.loading}>
          <SegmentedControl
            aria-label="填答者類別"
            value={kind}
            onChange={(v) => {
              setKind(SURVEY_RESPONDENT_KINDS.find((k) => k === v) ?? 'all');
              setTextPage(1);
            }}
            data={[
              { value: 'all', label: `全部（${formatCount(data.respondents.total)} 份）` },
              ...SURVEY_RESPONDENT_KINDS.map((k) => ({ value: k, label: `${k}（${formatCount(data.respondents.byKind.find((b) => b.kind === k)?.n ?? 0)} 份）` })),
            ]}
            w="fit-content"
          />
          <Means data={data} kind={kind} scope={filter.authority ?? '全部主管機關'} />
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            {data.questions
              .filter((q) => q.type === 'scale')
              .map((q) => (
                <Distribution key={q.index} year={year} question={q} kind={kind} />
              ))}
          </SimpleGrid>
          <SurveyTexts
            data={data}
            who={kindLabel(kind)}
            question={textQuestion}
            onQuestion={(q) => {
              setTextQuestion(q);
              setTextPage(1);
            }}
            page={textPage}
            pageSize={pageSize}
            onPage={setTextPage}
          />
        </Stack>
      )}
    </>
  );
}

function scoresOf(q: Question, kind: Kind): Scores {
  if (kind === 'all') return q.overall;
  return q.byKind.find((b) => b.kind === kind) ?? { n: 0, counts: [0, 0, 0, 0, 0], mean: null };
}

const kindLabel = (kind: Kind) => (kind === 'all' ? '全部填答者' : kind);
const meanText = (mean: number | null) => (mean === null ? '—' : mean.toFixed(2));

function Means({ data, kind, scope }: { data: SurveyOut; kind: Kind; scope: string }) {
  const scale = data.questions.filter((q) => q.type === 'scale');
  const rows = scale.map((q) => ({ q, s: scoresOf(q, kind) }));
  return (
    <ChartCard
      title={`滿意度問卷平均分數（${kindLabel(kind)}）`}
      caption={`${data.year} 學年度，${scope}；1 分最低、5 分最高，只計 1–5 分的回答。`}
      option={{
        ...barOption({ categories: rows.map(({ q }) => `${q.index + 1}. ${q.question}`), series: [{ name: '平均分數', data: rows.map(({ s }) => s.mean) }], horizontal: true, valueName: '分', categoryWidth: 300 }),
        xAxis: { type: 'value', name: '分', min: 0, max: 5, interval: 1 },
      }}
      height={heightFor(rows.length, 34)}
      table={{
        columns: [{ label: '題目' }, { label: '回答數', numeric: true }, ...SCORES.map((s) => ({ label: `${s} 分`, numeric: true })), { label: '平均', numeric: true }],
        rows: rows.map(({ q, s }) => [`${q.index + 1}. ${q.question}`, s.n, ...s.counts, meanText(s.mean)]),
      }}
      fileName={`${data.year}學年度_滿意度問卷平均分數_${kindLabel(kind)}_${safeName(scope)}.png`}
      testId="survey"
      empty={rows.length === 0 ? '問卷沒有 1–5 分的題目，只有文字意見（見下方）。' : undefined}
    />
  );
}

function Distribution({ year, question, kind }: { year: number; question: Question; kind: Kind }) {
  const s = scoresOf(question, kind);
  return (
    <ChartCard
      title={`${question.index + 1}. ${question.question}`}
      caption={`${kindLabel(kind)}：平均 ${meanText(s.mean)} 分，${formatCount(s.n)} 份回答${question.texts > 0 ? `；另有文字意見 ${formatCount(question.texts)} 則` : ''}。`}
      option={barOption({ categories: SCORES.map((v) => `${v} 分`), series: [{ name: '回答數', data: s.counts }], valueName: '份' })}
      height={220}
      table={{ columns: [{ label: '分數' }, { label: '回答數', numeric: true }], rows: SCORES.map((v, i) => [`${v} 分`, s.counts[i] ?? 0]) }}
      fileName={`${year}學年度_滿意度問卷_第${question.index + 1}題_${kindLabel(kind)}.png`}
      testId={`survey-q${question.index + 1}`}
      empty={s.n === 0 ? <Text size="sm" c="dimmed">{kindLabel(kind)}沒有這一題的分數回答。</Text> : undefined}
    />
  );
}
