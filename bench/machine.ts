// The machine a result was measured on: numbers mean little without it.
import { readFileSync } from 'node:fs';
import os from 'node:os';

export interface Machine { cpu: string; cores: number; memoryGiB: number; node: string; os: string }

export function describeMachine(): Machine {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m)?.[1].trim() ?? cpu;
  } catch {
    // Not Linux: os.cpus() is the best we have.
  }
  return {
    cpu,
    cores: os.availableParallelism(),
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  };
}
