import type { z } from 'zod';
import { contract, isChannel, type Envelope } from '../../preload/contract.ts';
import type { ApiContext } from './context.ts';
import { afterCall, afterRefusal, beforeCall } from './auditLog.ts';
import { AppError } from './errors.ts';
import { handlers } from './index.ts';
import { zodMessage } from './zodMessage.ts';

function fail(code: string, message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

export interface DispatchOptions {
  /** Check every output against the contract too (tests and the test host; cheap insurance). */
  checkOutput?: boolean;
  /** Where unexpected errors are reported — never to the caller, never with personal data. */
  onInternalError?: (channel: string, error: unknown) => void;
}

/**
 * The one door into the API, shared by Electron's IPC, the loopback test host, the CLI and the tests:
 * unknown channels and bad input are refused with a Chinese message; no stack crosses the bridge.
 */
export async function dispatch(
  channel: unknown,
  input: unknown,
  ctx: ApiContext,
  options: DispatchOptions = {},
): Promise<Envelope<unknown>> {
  if (!isChannel(channel)) {
    const shown = typeof channel === 'string' ? channel.slice(0, 60) : typeof channel;
    return fail('UNKNOWN_CHANNEL', `沒有「${shown}」這項功能。`);
  }
  const spec = contract[channel];
  const parsed = (spec.input as z.ZodTypeAny).safeParse(input === undefined ? {} : input);
  if (!parsed.success) return fail('BAD_INPUT', zodMessage(parsed.error));
  try {
    const handler = handlers[channel] as (input: unknown, ctx: ApiContext) => unknown;
    await beforeCall(channel, ctx);
    const data = await handler(parsed.data, ctx);
    if (options.checkOutput) {
      const out = (spec.output as z.ZodTypeAny).safeParse(data);
      if (!out.success) throw new Error(`output of ${channel} breaks the contract: ${out.error.message}`);
    }
    // The audit trail (auditRules.ts). The change itself is already committed: a row that cannot be
    // written is reported like an internal error, but the call is not turned into a failure.
    audited(() => afterCall(channel, parsed.data, data, ctx), channel, options);
    return { ok: true, data };
  } catch (error) {
    if (error instanceof AppError) {
      audited(() => afterRefusal(channel, parsed.data, error, ctx), channel, options);
      return fail(error.code, error.message);
    }
    options.onInternalError?.(channel, error);
    return fail('INTERNAL', '發生未預期的錯誤，這項操作沒有完成，資料也沒有變更。請重試；若一再發生，請匯出操作紀錄並聯絡系統管理者。');
  }
}

function audited(write: () => void, channel: string, options: DispatchOptions): void {
  try {
    write();
  } catch (error) {
    options.onInternalError?.(`${channel} (audit)`, error);
  }
}
