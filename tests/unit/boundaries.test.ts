import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The rooms of style.md: engine and db never import electron; the renderer imports only its own files,
// the contract and the engine's pure modules; only main/index.ts, window.ts and ipc.ts touch electron.

const ROOT = join(import.meta.dirname, '../..');

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const rel = join(dir, name);
    if (statSync(join(ROOT, rel)).isDirectory()) return files(rel);
    return /\.(ts|tsx)$/.test(name) ? [rel] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s[^;]*?from\s+['"]([^'"]+)['"]/gms)) found.push(m[2]!);
  for (const m of text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) found.push(m[1]!);
  for (const m of text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1]!);
  return found;
}

function resolved(file: string, spec: string): string {
  return spec.startsWith('.') ? relative(ROOT, join(ROOT, file, '..', spec)) : spec;
}

describe('architecture boundaries', () => {
  it('main/engine is pure: no electron, no db, no Node I/O', () => {
    for (const file of files('main/engine')) {
      for (const spec of imports(file)) {
        expect(spec, `${file} imports ${spec}`).not.toMatch(/^(electron|better-sqlite3|kysely)$|^node:(fs|child_process|net|http)/);
        expect(resolved(file, spec), `${file} imports ${spec}`).not.toMatch(/^(db|main\/(api|imports|exports|cli))\//);
      }
    }
  });

  it('db never imports electron or the API', () => {
    for (const file of files('db')) {
      for (const spec of imports(file)) {
        expect(spec, `${file} imports ${spec}`).not.toBe('electron');
        expect(resolved(file, spec), `${file} imports ${spec}`).not.toMatch(/^main\/(api|cli|dev|ipc|window|index)/);
      }
    }
  });

  it('the renderer imports only its own files, the contract and pure engine modules', () => {
    for (const file of files('renderer')) {
      for (const spec of imports(file)) {
        if (!spec.startsWith('.')) {
          expect(spec, `${file} imports ${spec}`).not.toMatch(/^(electron|better-sqlite3|kysely|node:)/);
          continue;
        }
        expect(resolved(file, spec), `${file} imports ${spec}`).toMatch(/^(renderer\/|preload\/contract|main\/engine\/)/);
      }
    }
  });

  it('only main/index.ts, main/window.ts and main/ipc.ts (and the preload) import electron', () => {
    const allowed = new Set(['main/index.ts', 'main/window.ts', 'main/ipc.ts', 'preload/index.ts']);
    for (const file of [...files('main'), ...files('preload'), ...files('db')]) {
      if (imports(file).includes('electron')) expect(allowed.has(file), `${file} imports electron`).toBe(true);
    }
  });

  it('the preload uses nothing but electron and the contract', () => {
    for (const spec of imports('preload/index.ts')) expect(spec).toMatch(/^(electron|\.\/contract\.ts|\.\/ipcNames\.ts)$/);
  });
});
