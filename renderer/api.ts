import { useCallback, useEffect, useRef, useState } from 'react';
import type { Bridge, Channel, Input, Output } from '../preload/contract.ts';
import type { ProgressEvent } from '../preload/contracts/common.ts';

// The only module that touches window.api: the preload (or the loopback test host) puts a Bridge there.
declare global {
  interface Window {
    api: Bridge;
  }
}

/** An error the officer may read: the API's Chinese message and its code. */
export class ApiError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

const NO_BRIDGE = '無法連線到資料服務，請關閉程式後重新開啟。';

export async function call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
  if (typeof window.api?.invoke !== 'function') throw new ApiError('NO_BRIDGE', NO_BRIDGE);
  let envelope;
  try {
    envelope = await window.api.invoke(channel, input);
  } catch {
    // A broken transport says nothing useful to an officer; the cause stays out of the UI.
    throw new ApiError('TRANSPORT', NO_BRIDGE);
  }
  if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message);
  return envelope.data as Output<C>;
}

/** Listens to progress reports of long work; returns the function that stops listening. */
export function onProgress(listener: (event: ProgressEvent) => void): () => void {
  if (typeof window.api?.on !== 'function') return () => {};
  return window.api.on('progress', (payload) => listener(payload as ProgressEvent));
}

/** Any thrown value as a message fit for the officer. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return '發生未預期的錯誤，這項操作沒有完成。請重試；若一再發生，請聯絡系統管理者。';
}

export interface QueryState<T> {
  /** The last answer; kept while a newer one loads, so tables don't flash empty. */
  data: T | undefined;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
}

/**
 * Calls a channel whenever its input changes (compared by value) and keeps the answer. A null input
 * means "not yet" (e.g. no school year chosen). Answers to superseded inputs are dropped.
 */
export function useQuery<C extends Channel>(channel: C, input: Input<C> | null): QueryState<Output<C>> {
  const [data, setData] = useState<Output<C> | undefined>(undefined);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(input !== null);
  const [generation, setGeneration] = useState(0);
  const latest = useRef(0);
  const key = input === null ? null : JSON.stringify(input);

  useEffect(() => {
    if (key === null) {
      setLoading(false);
      return;
    }
    const ticket = ++latest.current;
    setLoading(true);
    call(channel, JSON.parse(key) as Input<C>).then(
      (answer) => {
        if (ticket !== latest.current) return;
        setData(answer);
        setError(null);
        setLoading(false);
      },
      (failure: unknown) => {
        if (ticket !== latest.current) return;
        setError(failure instanceof ApiError ? failure : new ApiError('INTERNAL', errorMessage(failure)));
        setLoading(false);
      },
    );
  }, [channel, key, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data, error, loading, reload };
}
