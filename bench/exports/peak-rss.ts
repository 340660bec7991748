import { readFileSync } from 'node:fs';

/** The kernel's high-water mark of this process's resident memory, in bytes (Linux). */
export function peakRssBytes(): number {
  const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
  if (!match) throw new Error('VmHWM not found in /proc/self/status (this benchmark needs Linux)');
  return Number(match[1]) * 1024;
}
