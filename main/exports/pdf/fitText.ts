// A value written into a fixed box of a form (a name, a phone number, an e-mail address): one line
// when it fits, shrunk a little if that is enough, otherwise wrapped at a smaller size — always
// inside the box, so a long school name never runs over the ruling of a sealed form.

import type { Align, PageDraft, TextStyle } from './draft.ts';
import type { Box } from './geometry.ts';

const LINE_HEIGHT = 1.25;
const MIN_SIZE = 6;

export interface FitStyle extends TextStyle {
  align?: Align;
  padding?: number;
}

export function fitText(page: PageDraft, text: string, box: Box, style: FitStyle): void {
  if (text.trim() === '') return;
  const padding = style.padding ?? 5;
  const width = box.width - 2 * padding;
  const height = box.height - 2 * padding;
  const weight = style.weight ?? 'regular';
  const single = page.clean(text, weight).replace(/\n/g, ' ');
  const natural = page.measure(single, style.size, weight);
  const oneLineSize = natural <= width ? style.size : (style.size * width) / natural;
  if (oneLineSize >= style.size * 0.85 || oneLineSize * 2 * LINE_HEIGHT > height) {
    page.text(single, box.x + padding, box.y + (box.height - style.size * LINE_HEIGHT) / 2, {
      ...style,
      lineHeight: LINE_HEIGHT,
      maxWidth: width,
      align: style.align ?? 'left',
    });
    return;
  }
  let size = style.size * 0.9;
  let lines = page.wrap(text, width, { ...style, size });
  while (size > MIN_SIZE && lines.length * size * LINE_HEIGHT > height) {
    size -= 0.5;
    lines = page.wrap(text, width, { ...style, size });
  }
  const fitting = Math.max(1, Math.floor(height / (size * LINE_HEIGHT)));
  if (lines.length > fitting) lines = [...lines.slice(0, fitting - 1), lines.slice(fitting - 1).join('')];
  const top = box.y + (box.height - lines.length * size * LINE_HEIGHT) / 2;
  lines.forEach((line, i) => {
    page.text(line, box.x + padding, top + i * size * LINE_HEIGHT, { ...style, size, lineHeight: LINE_HEIGHT, maxWidth: width, align: style.align ?? 'left' });
  });
}
