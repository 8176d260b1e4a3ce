import { contextBridge, ipcRenderer } from 'electron';
import { EVENTS, isChannel, type Bridge, type Envelope, type EventName } from './contract.ts';
import { API_EVENT, API_INVOKE } from './ipcNames.ts';

// A sandboxed preload: exposes invoke/on for the contract's channels and events, never ipcRenderer.
const bridge: Bridge = {
  invoke(channel: string, input: unknown): Promise<Envelope<unknown>> {
    if (!isChannel(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `沒有「${channel.slice(0, 60)}」這項功能。` } });
    }
    return ipcRenderer.invoke(API_INVOKE, channel, input);
  },
  on(event: EventName, listener: (payload: unknown) => void) {
    if (!EVENTS.includes(event)) throw new Error(`unknown event ${String(event)}`);
    const wrapped = (_e: unknown, name: string, payload: unknown) => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(API_EVENT, wrapped);
    return () => {
      ipcRenderer.removeListener(API_EVENT, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('api', bridge);
