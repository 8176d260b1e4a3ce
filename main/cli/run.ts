import { parseArgs } from 'node:util';
import type { Store } from '../../db/connection.ts';
import { DatabaseDamagedError, openStore } from '../../db/open.ts';
import { DatabaseTooNewError } from '../../db/migrate.ts';
import type { ApiContext } from '../api/context.ts';
import { dispatch } from '../api/dispatch.ts';
import { resolveDbPath } from '../paths.ts';
import { APP_VERSION } from '../version.ts';
import { commands } from './commands.ts';
import { CliError, type CliCommand, type CliIO } from './types.ts';

export interface CliStreams {
  out(text: string): void;
  err(text: string): void;
}

function helpText(): string {
  const lines = [
    `進修規劃管理（inservice-admin）${APP_VERSION} — 命令列工具`,
    '',
    '用法：inservice-admin [--db 資料庫檔案] <指令> [選項]',
    '',
    '全域選項：',
    '  --db PATH     使用指定的資料庫檔案（也可用環境變數 INSERVICE_DB）',
    '  --help        顯示這段說明',
    '',
    '指令：',
    ...commands.map((c) => `  ${c.usage.padEnd(58)} ${c.summary}`),
    '',
    '結束碼：0 成功；1 錯誤（訊息在 stderr）；2 輸入檔被拒收，資料未變更。',
  ];
  return lines.join('\n');
}

function findCommand(positionals: string[]): { command: CliCommand; rest: string[] } | null {
  const sorted = [...commands].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length);
  for (const command of sorted) {
    const words = command.name.split(' ');
    if (words.every((w, i) => positionals[i] === w)) return { command, rest: positionals.slice(words.length) };
  }
  return null;
}

/** Runs one command line; returns the exit code. Never throws. */
export async function runCli(argv: string[], streams: CliStreams, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let store: Store | null = null;
  try {
    const global = parseArgs({
      args: argv,
      options: { db: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: false,
      allowPositionals: true,
    });
    const positionals = global.positionals;
    const found = findCommand(positionals);
    if (global.values.help || positionals.length === 0) {
      streams.out(helpText());
      return positionals.length === 0 && !global.values.help ? 1 : 0;
    }
    if (!found) throw new CliError(`不認得的指令「${positionals.join(' ')}」。請用 --help 查看可用的指令。`);
    const dbFlag = typeof global.values.db === 'string' ? global.values.db : undefined;
    const parsed = parseArgs({
      args: argv,
      options: { db: { type: 'string' }, help: { type: 'boolean', short: 'h' }, ...(found.command.options ?? {}) },
      strict: true,
      allowPositionals: true,
    });
    const dbPath = resolveDbPath(dbFlag, env);
    const io: CliIO = {
      store() {
        store ??= openStore(dbPath);
        return store;
      },
      async call(channel, input) {
        const ctx: ApiContext = { store: io.store(), appVersion: APP_VERSION, progress: () => {} };
        const result = await dispatch(channel, input, ctx, {
          onInternalError: (ch, error) => streams.err(`[${ch}] ${error instanceof Error ? error.message : String(error)}`),
        });
        if (!result.ok) throw new CliError(result.error.message, result.error.code === 'FILE_REFUSED' ? 2 : 1);
        return result.data as never;
      },
      out: streams.out,
      err: streams.err,
    };
    await found.command.run({ values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals.slice(found.command.name.split(' ').length) }, io);
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      streams.err(error.message);
      return error.exitCode;
    }
    if (error instanceof DatabaseTooNewError || error instanceof DatabaseDamagedError) {
      streams.err(error.message);
      return 1;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      streams.err(`命令列選項有誤：${error.message}。請用 --help 查看用法。`);
      return 1;
    }
    streams.err(`發生未預期的錯誤：${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    (store as Store | null)?.close();
  }
}
