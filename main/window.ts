import { BrowserWindow, Menu, screen, shell, type MenuItemConstructorOptions } from 'electron';
import { join } from 'node:path';
import { loadWindowState, saveWindowState } from './windowState.ts';

export const APP_ORIGIN = 'app://bundle';

/** The one window, with Electron's security checklist applied and its size and place remembered. */
export function createMainWindow(options: { userData: string; preload: string; devServerUrl?: string }): BrowserWindow {
  const stateFile = join(options.userData, 'window-state.json');
  const state = loadWindowState(stateFile);
  const visible = screen.getAllDisplays().some((d) => {
    const a = d.workArea;
    return state.x !== undefined && state.y !== undefined && state.x >= a.x && state.y >= a.y && state.x < a.x + a.width && state.y < a.y + a.height;
  });
  const win = new BrowserWindow({
    width: state.width,
    height: state.height,
    ...(visible ? { x: state.x, y: state.y } : {}),
    minWidth: 1024,
    minHeight: 680,
    title: '進修規劃管理',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      // A middle click must not open a link in a new window (Electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    const b = win.getNormalBounds();
    saveWindowState(stateFile, { ...b, maximized: win.isMaximized() });
  });
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(win)));
  void win.loadURL(options.devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return win;
}

function menuTemplate(win: BrowserWindow): MenuItemConstructorOptions[] {
  return [
    { label: '檔案', submenu: [{ role: 'quit', label: '結束' }] },
    {
      label: '編輯',
      submenu: [
        { role: 'undo', label: '復原' },
        { role: 'redo', label: '重做' },
        { type: 'separator' },
        { role: 'cut', label: '剪下' },
        { role: 'copy', label: '複製' },
        { role: 'paste', label: '貼上' },
        { role: 'selectAll', label: '全選' },
      ],
    },
    {
      label: '檢視',
      submenu: [
        { role: 'reload', label: '重新整理' },
        { type: 'separator' },
        { role: 'resetZoom', label: '實際大小' },
        { role: 'zoomIn', label: '放大' },
        { role: 'zoomOut', label: '縮小' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: '全螢幕' },
      ],
    },
    {
      label: '說明',
      submenu: [
        {
          label: '資料存放位置',
          click: () => void win.webContents.executeJavaScript('location.hash = "#/settings/about"'),
        },
        { label: '全國教師在職進修資訊網', click: () => void shell.openExternal('https://inservice.edu.tw') },
      ],
    },
  ];
}
