import { dirname } from 'node:path';
import type { Store } from '../../db/connection.ts';
import { FORMS } from '../exports/forms/index.ts';
import { printForm, printFormToFolder } from '../exports/forms/render.ts';
import type { FormScope } from '../exports/forms/types.ts';
import type { ApiContext, Handlers } from './context.ts';

const LAST_FOLDER = 'exports.lastFolder';

function lastFolder(store: Store): string | null {
  const row = store.sqlite.prepare('SELECT value FROM app_settings WHERE key = ?').get(LAST_FOLDER) as { value: string } | undefined;
  return row?.value ?? null;
}

function rememberFolder(store: Store, folder: string): void {
  store.sqlite.prepare('INSERT INTO app_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(LAST_FOLDER, folder);
}

function scopeOf(input: { year: number; authority?: string; school?: string; teacher?: string }): FormScope {
  return { year: input.year, authority: input.authority, school: input.school, teacher: input.teacher };
}

const pdfPath = (out: string): string => (/\.pdf$/i.test(out) ? out : `${out}.pdf`);

function progress(ctx: ApiContext, label: string) {
  return (done: number, total: number) => ctx.progress({ task: 'exports', label, done, total });
}

export const exportsHandlers: Handlers<'exports:forms' | 'exports:render' | 'exports:batch'> = {
  'exports:forms'(_input, { store }) {
    return {
      forms: FORMS.map((f) =>
        f.available
          ? { id: f.id, title: f.title, available: true, reason: null, filters: [...f.filters], splitBy: f.splitBy }
          : { id: f.id, title: f.title, available: false, reason: f.reason, filters: [], splitBy: null },
      ),
      lastFolder: lastFolder(store),
    };
  },

  async 'exports:render'(input, ctx) {
    const out = pdfPath(input.out);
    const result = await printForm(ctx.store, input.form, scopeOf(input), out, { onProgress: progress(ctx, '產生 PDF') });
    rememberFolder(ctx.store, dirname(out));
    return result;
  },

  async 'exports:batch'(input, ctx) {
    const scope = scopeOf(input);
    if (input.layout === 'combined') {
      const out = pdfPath(input.out);
      const result = await printForm(ctx.store, input.form, scope, out, { onProgress: progress(ctx, '產生 PDF') });
      rememberFolder(ctx.store, dirname(out));
      return result;
    }
    const result = await printFormToFolder(ctx.store, input.form, scope, input.out, { onProgress: progress(ctx, '逐一產生 PDF') });
    rememberFolder(ctx.store, input.out);
    return result;
  },
};
