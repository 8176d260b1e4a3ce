import { Button } from '@mantine/core';
import { IconFileSpreadsheet, IconReportAnalytics } from '@tabler/icons-react';
import { useState } from 'react';
import { ApiError, call } from '../../api.ts';
import { SaveModal } from './SaveModal.tsx';
import { safeName } from './format.ts';

interface ReportActionsProps {
  year: number;
  /** The report and the workbook cover one authority or all; the stage filter is a screen-only view. */
  authority: string | null;
}

/** 匯出 xlsx (every table behind the charts) and the 統計報告 PDF (the primary action). */
export function ReportActions({ year, authority }: ReportActionsProps) {
  const [open, setOpen] = useState<'pdf' | 'xlsx' | null>(null);
  const scope = authority ?? '全部主管機關';
  const stem = `${year}學年度_統計報告_${safeName(scope)}`;
  return (
    <>
      <Button variant="default" leftSection={<IconFileSpreadsheet size={16} aria-hidden />} onClick={() => setOpen('xlsx')}>
        匯出 xlsx
      </Button>
      <Button leftSection={<IconReportAnalytics size={16} aria-hidden />} onClick={() => setOpen('pdf')}>
        統計報告 PDF
      </Button>
      <SaveModal
        opened={open === 'xlsx'}
        onClose={() => setOpen(null)}
        title="匯出統計表（xlsx）"
        description={`${year} 學年度、${scope}：填報率、進修需求、規劃時數、達成率、歷年參與與滿意度問卷，每張圖背後的數字各一個工作表。`}
        kind="xlsx"
        suggested={`${year}學年度_統計表_${safeName(scope)}.xlsx`}
        run={async (out) => {
          const r = await call('stats:exportXlsx', { year, authority, path: out });
          if (r.path === null) throw new ApiError('CANCELLED', '沒有存檔：沒有選定存檔位置，請重新輸入路徑。');
          const sheets = r.sheets.map((s) => `${s.name} ${s.rows.toLocaleString('zh-TW')} 列`).join('、');
          return { summary: `已匯出統計表（${sheets}）`, files: [{ path: r.path, bytes: r.bytes }], missingGlyphs: [] };
        }}
      />
      <SaveModal
        opened={open === 'pdf'}
        onClose={() => setOpen(null)}
        title="統計報告（PDF）"
        description={`${year} 學年度、${scope}的統計報告：每張圖與其數字表，A4，可直接列印。`}
        kind="pdf"
        suggested={`${stem}.pdf`}
        run={async (out, task) => {
          const r = await call('exports:render', { form: 'stats-report', year, ...(authority ? { authority } : {}), out, task });
          return { summary: `已產生統計報告，共 ${r.pages.toLocaleString('zh-TW')} 頁`, files: r.files, missingGlyphs: r.missingGlyphs };
        }}
      />
    </>
  );
}
