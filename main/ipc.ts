import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Envelope } from '../preload/contract.ts';
import { API_INVOKE, API_EVENT } from '../preload/ipcNames.ts';
import type { ApiContext } from './api/context.ts';
import { dispatch } from './api/dispatch.ts';
import { isTrustedSender } from './api/senderGuard.ts';

export { API_EVENT };

/**
 * Binds the whole API to one IPC channel: sender check (only the app's own main frame), input
 * validation and the {ok,data}|{ok,error} envelope all happen in dispatch and here.
 */
export function bindApi(
  ipc: Pick<IpcMain, 'handle'>,
  options: { context(event: IpcMainInvokeEvent): ApiContext; devServerUrl?: string; log(channel: string, error: unknown): void },
): void {
  ipc.handle(API_INVOKE, async (event, channel: unknown, input: unknown): Promise<Envelope<unknown>> => {
    const frame = event.senderFrame;
    const trusted = isTrustedSender(frame ? { url: frame.url, isMainFrame: frame.parent === null } : null, options.devServerUrl);
    if (!trusted) return { ok: false, error: { code: 'FORBIDDEN', message: '拒絕了來源不明的請求。' } };
    return dispatch(channel, input, options.context(event), { onInternalError: options.log });
  });
}
