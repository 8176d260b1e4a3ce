// The boxes a printed form is sealed or signed in (承辦人, 單位主管, 校長 核章): a shaded label band
// on top and an empty square-ish area below, big enough for a 職章 (about 2.5 × 1.5 cm) with room
// to spare.

import type { PageDraft } from './draft.ts';
import { LABEL_FILL, LIGHT_GRAY, mm } from './geometry.ts';

export interface SealBox {
  /** '承辦人', '單位主管', '校長'. */
  label: string;
  /** Small grey words in the seal area, e.g. '（請核職章）'. */
  hint?: string;
}

export interface SealRowStyle {
  x: number;
  top: number;
  width: number;
  /** Height of the seal area below the label band. */
  height?: number;
  gap?: number;
}

const LABEL_BAND = mm(8);
export const SEAL_AREA = mm(28);

/** Equal boxes side by side across `width`; returns the y below them. */
export function drawSealBoxes(page: PageDraft, boxes: readonly SealBox[], style: SealRowStyle): number {
  const gap = style.gap ?? mm(6);
  const height = style.height ?? SEAL_AREA;
  const boxWidth = (style.width - gap * (boxes.length - 1)) / boxes.length;
  boxes.forEach((box, i) => {
    const x = style.x + i * (boxWidth + gap);
    page.rect(x, style.top, boxWidth, LABEL_BAND, { fill: LABEL_FILL, lineWidth: 0.6 });
    page.text(`${box.label}核章`, x, style.top, { size: 11, weight: 'bold', align: 'center', maxWidth: boxWidth, lineHeight: LABEL_BAND / 11 });
    page.rect(x, style.top + LABEL_BAND, boxWidth, height, { lineWidth: 0.6 });
    if (box.hint) {
      const size = 8;
      page.text(box.hint, x + 4, style.top + LABEL_BAND + height - size * 1.8, { size, color: LIGHT_GRAY, align: 'right', maxWidth: boxWidth - 8 });
    }
  });
  return style.top + LABEL_BAND + height;
}
