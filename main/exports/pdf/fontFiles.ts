// The one typeface of every PDF and chart: Noto Sans TC (SIL Open Font License 1.1), as the static
// TrueType instances of the npm package @expo-google-fonts/noto-sans-tc. TrueType outlines (a glyf
// table) matter: they embed as CIDFontType2, which every viewer and printer driver reads. The full
// files stay in node_modules (7 MB each); only subsets of them ever go into a document.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type FontWeight = 'regular' | 'bold';

export const FONT_FAMILY = 'Noto Sans TC';
const FONT_PACKAGE = '@expo-google-fonts/noto-sans-tc';
const FONT_FILES: Record<FontWeight, string> = {
  regular: '400Regular/NotoSansTC_400Regular.ttf',
  bold: '700Bold/NotoSansTC_700Bold.ttf',
};

/** What the about page lists for the font; the licence text itself is build/licenses/NotoSansTC-OFL-1.1.txt. */
export const FONT_NOTICE = {
  name: 'Noto Sans TC',
  package: FONT_PACKAGE,
  version: '0.4.3',
  license: 'SIL Open Font License 1.1',
  copyright: "Copyright 2014-2021 Adobe (http://www.adobe.com/), with Reserved Font Name 'Source'",
  licenseFile: 'licenses/NotoSansTC-OFL-1.1.txt',
} as const;

let packageRoot: string | null = null;
const loaded = new Map<FontWeight, Buffer>();

/** Where the font files are: resolved like a module, so it works from the sources, the bundle and the asar. */
export function fontPath(weight: FontWeight): string {
  packageRoot ??= dirname(createRequire(import.meta.url).resolve(`${FONT_PACKAGE}/package.json`));
  return join(packageRoot, FONT_FILES[weight]);
}

/** The full font file, read once per process. */
export function fontBytes(weight: FontWeight): Buffer {
  let bytes = loaded.get(weight);
  if (!bytes) {
    bytes = readFileSync(fontPath(weight));
    loaded.set(weight, bytes);
  }
  return bytes;
}
