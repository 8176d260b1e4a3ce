#!/usr/bin/env node
// `npm run bench -- <name>`: speed and memory targets are measured here, never asserted in tests.
import { benches } from './benches.ts';

const [name, ...args] = process.argv.slice(2);
const bench = name ? benches[name] : undefined;
if (!bench) {
  console.error(`用法：npm run bench -- <${Object.keys(benches).join('|')}>`);
  process.exit(1);
}
await bench(args);
