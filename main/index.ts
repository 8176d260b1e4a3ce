import { app, BrowserWindow, dialog, ipcMain, net, protocol, session, shell } from 'electron';
import { join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { openStore } from '../db/open.ts';
import { API_EVENT } from '../preload/ipcNames.ts';
import type { ApiContext } from './api/context.ts';
import { CONTENT_SECURITY_POLICY } from './csp.ts';
import { bindApi } from './ipc.ts';
import importWorkerPath from './imports-db/worker.ts?modulePath';
import { useImportWorker } from './imports-db/jobs.ts';
import awardWorkerPath from './awards/worker.ts?modulePath';
import { useAwardWorker } from './awards/jobs.ts';
import packageWorkerPath from './exchange/packageWorker.ts?modulePath';
import { usePackageWorker } from './exchange/packageJob.ts';
import backupWorkerPath from './api/auditBackupWorker.ts?modulePath';
import { useBackupWorker } from './api/auditBackup.ts';
import { APP_DIR_NAME, resolveDbPath } from './paths.ts';
import { printInWindow } from './printWindow.ts';
import { APP_VERSION } from './version.ts';
import { createMainWindow } from './window.ts';

// Electron lifecycle only: single-instance lock, open + migrate the database, bind the API, open the window.

protocol.registerSchemesAsPrivileged([
  { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

const { values } = parseArgs({ args: process.argv.slice(1), options: { db: { type: 'string' } }, strict: false, allowPositionals: true });
let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.setPath('userData', join(app.getPath('appData'), APP_DIR_NAME));
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}

function start(): void {
  const dbPath = resolveDbPath(typeof values.db === 'string' ? values.db : undefined, process.env, app.getPath('userData'));
  let store: ReturnType<typeof openStore>;
  try {
    store = openStore(dbPath);
  } catch (error) {
    dialog.showErrorBox('無法開啟資料庫', `${error instanceof Error ? error.message : String(error)}\n\n資料庫：${dbPath}`);
    app.quit();
    return;
  }
  app.on('will-quit', () => store.close());
  // Imports run in a worker thread; electron-vite bundles it separately and gives its path.
  useImportWorker(importWorkerPath);
  useAwardWorker(awardWorkerPath);
  usePackageWorker(packageWorkerPath);
  useBackupWorker(backupWorkerPath);

  const rendererRoot = normalize(join(import.meta.dirname, '../renderer'));
  protocol.handle('app', async (request) => {
    const { host, pathname } = new URL(request.url);
    const file = normalize(join(rendererRoot, decodeURIComponent(pathname)));
    if (host !== 'bundle' || !file.startsWith(rendererRoot + sep)) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    return new Response(response.body, { status: response.status, headers });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });

  const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
  bindApi(ipcMain, {
    devServerUrl,
    context: (event): ApiContext => ({
      store,
      appVersion: APP_VERSION,
      progress: (payload) => event.sender.send(API_EVENT, 'progress', payload),
      async chooseFile({ title, extensions }) {
        const owner = BrowserWindow.fromWebContents(event.sender);
        if (!owner) return null;
        const picked = await dialog.showOpenDialog(owner, { title, properties: ['openFile'], filters: [{ name: '試算表', extensions: [...extensions] }] });
        return picked.canceled ? null : (picked.filePaths[0] ?? null);
      },
      async chooseSavePath({ title, defaultPath, extensions, folder }) {
        const owner = BrowserWindow.fromWebContents(event.sender);
        if (!owner) return null;
        if (folder) {
          const picked = await dialog.showOpenDialog(owner, { title, defaultPath, properties: ['openDirectory', 'createDirectory'] });
          return picked.canceled ? null : (picked.filePaths[0] ?? null);
        }
        const picked = await dialog.showSaveDialog(owner, { title, defaultPath, filters: [{ name: extensions.join('、'), extensions: [...extensions] }] });
        return picked.canceled ? null : (picked.filePath ?? null);
      },
      openPath: (path) => shell.openPath(path),
      // Hidden and sandboxed, with no script at all: it only shows the page images (printWindow.ts).
      printDocument: (job) =>
        printInWindow(
          () => new BrowserWindow({ show: false, title: '列印', webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, javascript: false, spellcheck: false, disableBlinkFeatures: 'Auxclick' } }),
          job,
        ),
    }),
    log: (channel, error) => console.error(`[api ${channel}]`, error instanceof Error ? error.message : error),
  });
  mainWindow = createMainWindow({
    userData: app.getPath('userData'),
    preload: join(import.meta.dirname, '../preload/index.cjs'),
    ...(devServerUrl ? { devServerUrl } : {}),
  });
}
