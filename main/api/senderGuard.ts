/** The app's own pages: the bundled renderer, or the electron-vite dev server during development. */
export function isTrustedSender(frame: { url: string; isMainFrame: boolean } | null, devServerUrl?: string): boolean {
  if (!frame || !frame.isMainFrame) return false;
  let url: URL;
  try {
    url = new URL(frame.url);
  } catch {
    return false;
  }
  if (url.protocol === 'app:' && url.host === 'bundle') return true;
  if (devServerUrl) {
    const dev = new URL(devServerUrl);
    return url.origin === dev.origin && (dev.hostname === 'localhost' || dev.hostname === '127.0.0.1');
  }
  return false;
}
