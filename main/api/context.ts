import type { Store } from '../../db/connection.ts';
import type { Channel, Output, ParsedInput } from '../../preload/contract.ts';
import type { ProgressEvent } from '../../preload/contracts/common.ts';

export interface ApiContext {
  store: Store;
  appVersion: string;
  /** Sends a progress event to the window that asked (no-op in the CLI unless it prints). */
  progress(event: ProgressEvent): void;
  /** Electron only: the native open dialog, the path chosen or null. The CLI and the loopback host have none. */
  chooseFile?(options: { title: string; extensions: readonly string[] }): Promise<string | null>;
  /** Electron only: the native save dialog (or a folder picker), the path chosen or null. */
  chooseSavePath?(options: { title: string; defaultPath: string; extensions: readonly string[]; folder: boolean }): Promise<string | null>;
  /** Electron only: opens a file with the system's viewer; '' on success, else the reason. */
  openPath?(path: string): Promise<string>;
  /**
   * Electron only: shows a print document (exports/printPages.ts) in a hidden window and opens the
   * system print dialog; printed false with the reason when the officer cancels or printing fails.
   */
  printDocument?(job: { htmlPath: string; title: string }): Promise<{ printed: boolean; reason: string | null }>;
}

export type Handler<C extends Channel> = (input: ParsedInput<C>, ctx: ApiContext) => Output<C> | Promise<Output<C>>;

/** An area's handlers, one per channel of its contract. */
export type Handlers<Cs extends Channel> = { [C in Cs]: Handler<C> };
