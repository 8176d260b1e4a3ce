// Line breaking for Traditional Chinese mixed with Latin text (e-mail addresses, phone numbers,
// URLs): a line may break between any two Han characters, but a run of Latin letters and digits
// stays whole unless it alone is wider than the line. The usual kinsoku rules hold: closing
// punctuation never starts a line and opening brackets never end one — the character before is
// carried down with it instead.

const NO_LINE_START = new Set([...'，。、；：？！）」』】〕》〉”’…‥・,.;:?!)]}%～ー']);
const NO_LINE_END = new Set([...'（「『【〔《〈“‘([{']);
/** Characters that glue into one unbreakable run with their neighbours. */
const WORD_CHAR = /[\p{Script=Latin}\p{Nd}@._\-+/#&=*~:'"$]/u;

export type Measure = (text: string) => number;

/** Units a line can break between: a Han character, a space, or a Latin run. */
function units(paragraph: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const char of paragraph) {
    if (WORD_CHAR.test(char)) {
      word += char;
      continue;
    }
    if (word) out.push(word);
    word = '';
    out.push(char);
  }
  if (word) out.push(word);
  return out;
}

/** A unit too wide for any line is cut by characters. */
function splitLong(unit: string, maxWidth: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of unit) {
    if (piece && measure(piece + char) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

function breakParagraph(paragraph: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[][] = [];
  let line: string[] = [];
  let width = 0;
  for (const raw of units(paragraph)) {
    for (const unit of measure(raw) > maxWidth ? splitLong(raw, maxWidth, measure) : [raw]) {
      const w = measure(unit);
      if (line.length === 0 || width + w <= maxWidth || unit === ' ') {
        line.push(unit);
        width += w;
        continue;
      }
      const carried: string[] = [];
      // Kinsoku: take characters down with the one that may not start a line, and leave no
      // opening bracket at the end of one — as long as something stays behind.
      if (NO_LINE_START.has(unit[0] ?? '') && line.length > 1) carried.unshift(line.pop() ?? '');
      while (line.length > 1 && NO_LINE_END.has(line[line.length - 1] ?? '')) carried.unshift(line.pop() ?? '');
      lines.push(line);
      line = [...carried, unit];
      width = measure(line.join(''));
    }
  }
  lines.push(line);
  return lines.map((l) => l.join('').replace(/ +$/, '').replace(/^ +/, ''));
}

/** `text` broken into lines no wider than `maxWidth`; '\n' forces a break. */
export function breakLines(text: string, maxWidth: number, measure: Measure): string[] {
  return text.split(/\r\n|\r|\n/).flatMap((p) => (p === '' ? [''] : breakParagraph(p, maxWidth, measure)));
}
