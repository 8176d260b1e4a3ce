// The desktop app's print path: a hidden, sandboxed window shows the print document (page images
// only, no script — exports/printDocument.ts) and opens the system print dialog, where the officer
// picks the printer, copies and pages; the window closes afterwards. The window itself is made in
// main/index.ts (with the files allowed to touch Electron, and where the security gate reads its
// options), so this file stays plain Node and its logic testable with a stand-in window.

/** What printing needs of an Electron BrowserWindow. */
export interface PrintableWindow {
  loadFile(path: string): Promise<void>;
  webContents: {
    print(options: { silent: boolean; printBackground: boolean }, callback: (success: boolean, failureReason: string) => void): void;
  };
  isDestroyed(): boolean;
  destroy(): void;
}

export interface PrintOutcome {
  printed: boolean;
  /** Why nothing was printed: 'cancelled' when the officer closed the dialog, else Chromium's reason. */
  reason: string | null;
}

/** Loads `htmlPath` into a new window, opens the system print dialog, and closes the window. */
export async function printInWindow(open: () => PrintableWindow, job: { htmlPath: string }): Promise<PrintOutcome> {
  const win = open();
  try {
    // loadFile settles after the load event, when every page image has been decoded.
    await win.loadFile(job.htmlPath);
    return await new Promise<PrintOutcome>((resolve) => {
      win.webContents.print({ silent: false, printBackground: true }, (success, failureReason) => {
        resolve(success ? { printed: true, reason: null } : { printed: false, reason: /cancel/i.test(failureReason) ? 'cancelled' : failureReason || 'failed' });
      });
    });
  } finally {
    if (!win.isDestroyed()) win.destroy();
  }
}
