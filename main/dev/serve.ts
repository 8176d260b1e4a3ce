#!/usr/bin/env node
// `npm run dev:web`: the built renderer and the API on http://127.0.0.1 for a browser (never packaged).
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createDemo } from '../../db/demo/index.ts';
import { openStore } from '../../db/open.ts';
import { resolveDbPath } from '../paths.ts';
import { startLoopbackHost } from './loopbackHost.ts';

const { values } = parseArgs({ options: { db: { type: 'string' }, port: { type: 'string' }, demo: { type: 'boolean' } } });
const rendererDir = new URL('../../out/renderer/', import.meta.url).pathname;
if (!existsSync(rendererDir)) {
  console.error('找不到 out/renderer：請先執行 npm run build。');
  process.exit(1);
}
const store = openStore(resolveDbPath(values.db));
if (values.demo && !store.sqlite.prepare('SELECT 1 FROM school_years LIMIT 1').get()) createDemo(store.sqlite, { scale: 'small' });
const host = await startLoopbackHost({ store, rendererDir, port: values.port ? Number(values.port) : 5173 });
console.log(`進修規劃管理（瀏覽器測試模式）：${host.url}　資料庫：${store.path}`);
