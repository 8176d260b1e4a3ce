import type { ParseArgsConfig } from 'node:util';
import type { Store } from '../../db/connection.ts';
import type { Channel, Input, Output } from '../../preload/contract.ts';

export interface CliIO {
  /** Opens (and migrates) the database on first use. */
  store(): Store;
  /** Calls the API exactly as the window does; an error envelope becomes a CliError (exit 1). */
  call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
  out(text: string): void;
  err(text: string): void;
}

export interface CliCommand {
  /** One or more words: `info`, `schedule show`. */
  name: string;
  summary: string;
  usage: string;
  options?: NonNullable<ParseArgsConfig['options']>;
  run(args: { values: Record<string, string | boolean | undefined>; positionals: string[] }, io: CliIO): Promise<void>;
}

/** Ends the command with a Chinese message on stderr: exit 1 for errors, 2 when an input file was refused. */
export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}
