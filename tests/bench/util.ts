import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function benchDir(name: string): string {
  return mkdtempSync(join(tmpdir(), `inservice-bench-${name}-`));
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}

/** Peak resident memory of this process so far, in MB (Linux reports ru_maxrss in KB). */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

export function report(target: string, value: string, ok: boolean): void {
  console.log(`${ok ? '✓' : '✗'} ${target.padEnd(52)} ${value}`);
}
