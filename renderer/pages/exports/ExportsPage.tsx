import { Alert, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDeviceFloppy, IconEye, IconFileSpreadsheet, IconPrinter } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { Input } from '../../../preload/contract.ts';
import { call, errorMessage, useQuery } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { NoYearNotice } from '../../components/NoYearNotice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { YearGate } from '../../components/YearGate.tsx';
import { useRoute } from '../../state/route.ts';
import { ExportChoices } from './ExportChoices.tsx';
import { EMPTY_SCOPE, exportItems, joinPath, scopeInput, suggestedName, type ExportItem, type Scope } from './exportItems.ts';
import { OutputField, type Layout } from './OutputField.tsx';
import { PreviewPanel } from './PreviewPanel.tsx';
import { PrintedPanel, ResultPanel, RunningPanel, type PrintOutcome, type WrittenResult } from './RunPanels.tsx';
import { ScopeFields } from './ScopeFields.tsx';

export function ExportsPage() {
  return (
    <YearGate
      empty={
        <>
          <PageHeader title="匯出與列印" />
          <NoYearNotice />
        </>
      }
    >
      {(year) => <Exports year={year} />}
    </YearGate>
  );
}

/** Runs the chosen export; the summary and files for the result panel. */
async function runExport(item: ExportItem, year: number, scope: Scope, layout: Layout, out: string, task: string): Promise<WrittenResult> {
  const narrowed = scopeInput(item, scope);
  if (item.kind === 'form') {
    const r = await call('exports:batch', { form: item.id, year, ...narrowed, layout, out, task });
    const files = r.files.length > 1 ? `，${r.files.length} 個檔案` : '';
    return { summary: `已產生${item.title}：${r.instances.toLocaleString('zh-TW')} 份，共 ${r.pages.toLocaleString('zh-TW')} 頁${files}`, files: r.files, missingGlyphs: r.missingGlyphs };
  }
  if (item.id === 'awards-xlsx') {
    const r = await call('exports:awards', { year, ...(narrowed.run !== undefined ? { run: narrowed.run } : {}), out });
    const rows = r.sheets.map((s) => `${s.name} ${s.rows.toLocaleString('zh-TW')} 列`).join('、');
    return { summary: `已匯出第 ${r.run} 次計算的獎勵名單（${rows}）`, files: [{ path: r.path, bytes: r.bytes }], missingGlyphs: [] };
  }
  const r = await call('exports:progress', { year, out });
  return { summary: `已匯出填報進度（${r.rows} 列）`, files: [{ path: r.path, bytes: r.bytes }], missingGlyphs: [] };
}

function Exports({ year }: { year: number }) {
  const { params } = useRoute();
  const forms = useQuery('exports:forms', {});
  const items = useMemo(() => exportItems(forms.data?.forms ?? []), [forms.data]);
  const [chosen, setChosen] = useState<string>(params.get('form') ?? 'teacher-plan');
  const [scope, setScopeState] = useState<Scope>({ ...EMPTY_SCOPE, authority: params.get('authority'), school: params.get('school') ?? '' });
  const [layout, setLayout] = useState<Layout>('combined');
  const [typedPath, setTypedPath] = useState<string | null>(null);
  const [running, setRunning] = useState<string | null>(null);
  const [result, setResult] = useState<WrittenResult | null>(null);
  const [error, setError] = useState<{ title: string; message: string } | null>(null);
  const [printed, setPrinted] = useState<PrintOutcome | null>(null);
  const [printing, setPrinting] = useState(false);
  const [preview, setPreview] = useState<{ request: Omit<Input<'exports:preview'>, 'page'>; page: number } | null>(null);

  const item = items.find((i) => i.id === chosen) ?? null;
  const isForm = item?.kind === 'form';
  const folder = isForm && layout === 'folder';
  const suggested = item ? suggestedName(item, year, scope, folder) : '';
  const lastFolder = forms.data?.lastFolder ?? null;
  // The folder used last time and a name for what is chosen, until the officer types a path.
  const path = typedPath ?? joinPath(lastFolder, suggested);

  const reset = () => {
    setPreview(null);
    setError(null);
    setPrinted(null);
  };
  const choose = (id: string) => {
    setChosen(id);
    setTypedPath(null);
    setLayout('combined');
    reset();
  };
  const setScope = (patch: Partial<Scope>) => {
    setScopeState((s) => ({ ...s, ...patch }));
    reset();
  };

  const start = async () => {
    if (!item || !path.trim() || running) return;
    const task = crypto.randomUUID();
    setRunning(task);
    setPrinting(false);
    setError(null);
    setResult(null);
    setPrinted(null);
    try {
      setResult(await runExport(item, year, scope, layout, path.trim(), task));
      forms.reload();
    } catch (e) {
      setError({ title: '沒有完成', message: errorMessage(e) });
    } finally {
      setRunning(null);
    }
  };

  // The preview above is the print preview; the system print dialog picks printer, copies and pages.
  const print = async () => {
    if (item?.kind !== 'form' || running) return;
    const task = crypto.randomUUID();
    setRunning(task);
    setPrinting(true);
    setError(null);
    setResult(null);
    setPrinted(null);
    try {
      setPrinted(await call('exports:print', { form: item.id, year, ...scopeInput(item, scope), task }));
    } catch (e) {
      setError({ title: '無法列印', message: errorMessage(e) });
    } finally {
      setRunning(null);
      setPrinting(false);
    }
  };

  const showPreview = () => {
    if (item?.kind !== 'form') return;
    setPreview({ request: { form: item.id, year, ...scopeInput(item, scope) }, page: 1 });
  };

  const unavailable = item?.kind === 'form' && !item.form.available;
  const action = (
    <Button leftSection={isForm ? <IconDeviceFloppy size={16} aria-hidden /> : <IconFileSpreadsheet size={16} aria-hidden />} onClick={start} loading={running !== null && !printing} disabled={!item || unavailable || !path.trim() || printing}>
      {isForm ? '另存 PDF' : '匯出 Excel'}
    </Button>
  );

  if (forms.error) return (<><PageHeader title="匯出與列印" /><ErrorAlert error={forms.error} onRetry={forms.reload} /></>);
  return (
    <>
      <PageHeader title="匯出與列印" action={action} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <ExportChoices items={items} value={chosen} onChange={choose} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          {item ? (
            <Stack gap="md">
              <Paper withBorder p="md" radius="md">
                <Stack gap="md">
                  <Title order={2} size="h4">
                    {item.title}
                  </Title>
                  <Text size="sm" c="dimmed">
                    {item.description}
                  </Text>
                  {unavailable ? null : (
                    <>
                      <ScopeFields year={year} item={item} scope={scope} onChange={setScope} />
                      <OutputField
                        kind={isForm ? 'pdf' : 'xlsx'}
                        splitBy={item.kind === 'form' ? item.form.splitBy : null}
                        layout={layout}
                        onLayout={(l) => {
                          setLayout(l);
                          setTypedPath(null);
                        }}
                        path={path}
                        onPath={setTypedPath}
                        suggested={suggested}
                        onSubmit={start}
                        onError={(message) => setError({ title: '沒有完成', message })}
                      />
                      {isForm ? (
                        <Group gap="sm">
                          <Button variant="default" leftSection={<IconEye size={16} aria-hidden />} onClick={showPreview} disabled={running !== null}>
                            預覽
                          </Button>
                          <Button variant="default" leftSection={<IconPrinter size={16} aria-hidden />} onClick={print} loading={printing} disabled={running !== null && !printing}>
                            列印…
                          </Button>
                        </Group>
                      ) : null}
                    </>
                  )}
                  {running ? <RunningPanel task={running} what={printing ? '列印的頁面' : isForm ? ' PDF' : ' Excel 活頁簿'} /> : null}
                  {error ? <Alert color="red" role="alert" title={error.title}>{error.message}</Alert> : null}
                  {result && !running ? <ResultPanel result={result} /> : null}
                  {printed && !running ? <PrintedPanel outcome={printed} /> : null}
                </Stack>
              </Paper>
              {preview ? <PreviewPanel request={preview.request} page={preview.page} onPage={(page) => setPreview({ ...preview, page })} /> : null}
            </Stack>
          ) : null}
        </Grid.Col>
      </Grid>
    </>
  );
}
