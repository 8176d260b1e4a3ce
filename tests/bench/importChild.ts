// The import benchmark's child: `import teachers FILE --json` through the CLI code, in its own
// process; prints the CLI's counts and this process's time and peak RSS as the last line.
import { runCli } from '../../main/cli/run.ts';

const [db, file] = process.argv.slice(2);
if (!db || !file) throw new Error('usage: importChild.ts DB FILE');
const started = performance.now();
const out: string[] = [];
const code = await runCli(['--db', db, 'import', 'teachers', file, '--year', '113', '--json'], { out: (t) => out.push(t), err: (t) => process.stderr.write(`${t}\n`) });
if (code !== 0) process.exit(code);
const { kind, read, added, replaced, unchanged, rejected } = JSON.parse(out.join('\n'));
console.log(
  JSON.stringify({
    seconds: (performance.now() - started) / 1000,
    rssMb: process.resourceUsage().maxRSS / 1024,
    result: { kind, read, added, replaced, unchanged, rejected: rejected.length },
  }),
);
