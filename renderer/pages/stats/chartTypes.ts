// What a statistics chart is made of, free of ECharts at run time so pages load without it.

/** An ECharts option object (series, axes, legend …); the chart adds aria and turns animation off. */
export type ChartOption = Record<string, unknown>;

export interface ChartHandle {
  pngDataUrl: () => string;
}

/** The numbers behind a chart, as a plain table: shown on request and read by screen readers. */
export interface ChartTable {
  columns: { label: string; numeric?: boolean; /** Long text (notes) may wrap; other cells stay on one line. */ wrap?: boolean }[];
  rows: (string | number)[][];
}
