/** The two IPC names between preload and main: one for calls, one prefix for events. */
export const API_INVOKE = 'api:invoke';
export const API_EVENT = 'api:event';
