// Turns recorded operations into PDF content-stream text. Written as strings rather than pdf-lib
// operator objects: thousands of pages are painted per batch and the string form is several
// times faster and smaller in memory.

import type { FontWeight } from './fontFiles.ts';
import type { EmbeddedFont } from './fontEmbed.ts';
import type { Color } from './geometry.ts';
import type { Op } from './draft.ts';

export interface PaintResources {
  fonts: ReadonlyMap<FontWeight, { name: string; font: EmbeddedFont }>;
  /** Resource names of templates and images by id/key. */
  xobjects: ReadonlyMap<string, string>;
}

/** Numbers with at most two decimals and no trailing zeros: content streams stay small. */
function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function rgb(c: Color): string {
  return `${n(c[0])} ${n(c[1])} ${n(c[2])}`;
}

function dashOf(dash: readonly number[] | null): string {
  return dash ? `[${dash.map(n).join(' ')}] 0 d ` : '';
}

function paintOp(op: Op, height: number, res: PaintResources): string {
  switch (op.kind) {
    case 'text': {
      const font = res.fonts.get(op.weight);
      if (!font) throw new Error(`font ${op.weight} not embedded`);
      return `BT ${rgb(op.color)} rg /${font.name} ${n(op.size)} Tf ${n(op.x)} ${n(height - op.baseline)} Td <${font.font.encode(op.text)}> Tj ET\n`;
    }
    case 'rect': {
      const paint = op.fill && op.stroke ? 'B' : op.fill ? 'f' : 'S';
      return (
        `q ${n(op.lineWidth)} w ${dashOf(op.dash)}${op.stroke ? `${rgb(op.stroke)} RG ` : ''}${op.fill ? `${rgb(op.fill)} rg ` : ''}` +
        `${n(op.x)} ${n(height - op.y - op.height)} ${n(op.width)} ${n(op.height)} re ${paint} Q\n`
      );
    }
    case 'line':
      return `q ${n(op.lineWidth)} w ${dashOf(op.dash)}${rgb(op.color)} RG ${n(op.x1)} ${n(height - op.y1)} m ${n(op.x2)} ${n(height - op.y2)} l S Q\n`;
    case 'image': {
      const name = res.xobjects.get(`image:${op.key}`);
      if (!name) throw new Error(`image ${op.key} not embedded`);
      return `q ${n(op.width)} 0 0 ${n(op.height)} ${n(op.x)} ${n(height - op.y - op.height)} cm /${name} Do Q\n`;
    }
    case 'template': {
      const name = res.xobjects.get(`template:${op.id}`);
      if (!name) throw new Error(`template ${op.id} not defined`);
      return `/${name} Do\n`;
    }
  }
}

/** The content stream of a page (or template) `height` points tall. */
export function paintOps(ops: readonly Op[], height: number, res: PaintResources): string {
  let out = '';
  for (const op of ops) out += paintOp(op, height, res);
  return out;
}

/** Every character drawn in each weight, to subset the fonts with. */
export function charsByWeight(pages: Iterable<{ ops: readonly Op[] }>): Map<FontWeight, Set<string>> {
  const chars = new Map<FontWeight, Set<string>>();
  for (const page of pages) {
    for (const op of page.ops) {
      if (op.kind !== 'text') continue;
      let set = chars.get(op.weight);
      if (!set) chars.set(op.weight, (set = new Set()));
      for (const char of op.text) set.add(char);
    }
  }
  return chars;
}
