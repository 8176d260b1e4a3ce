#!/usr/bin/env node
// The command line over the same API as the window: `npx inservice-admin --help`.
import { runCli } from './cli/run.ts';

const code = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
process.exitCode = code;
