// Page sizes and units. Drafts use points with the origin at the TOP-left corner and y growing
// downwards, the way a form is read and measured; painting flips to PDF's bottom-left origin.

export const PT_PER_MM = 72 / 25.4;

export function mm(value: number): number {
  return value * PT_PER_MM;
}

export const A4 = { width: 595.28, height: 841.89 } as const;
export const A4_LANDSCAPE = { width: A4.height, height: A4.width } as const;

/** An RGB colour, each channel 0–1. */
export type Color = readonly [number, number, number];

export const BLACK: Color = [0, 0, 0];
export const GRAY: Color = [0.4, 0.4, 0.4];
export const LIGHT_GRAY: Color = [0.6, 0.6, 0.6];
/** Label cells: light enough that a fax keeps the text readable. */
export const LABEL_FILL: Color = [0.93, 0.93, 0.93];

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
