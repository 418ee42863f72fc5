/**
 * A one-line description of the machine the benchmark ran on.
 */
import { execFileSync } from 'node:child_process';
import { cpus, release, totalmem } from 'node:os';

function pythonVersion(): string {
  try {
    const script = 'import sys, numpy; print(sys.version.split()[0], numpy.__version__)';
    const [python, numpy] = execFileSync('python3', ['-c', script], { encoding: 'utf8' })
      .trim()
      .split(' ');

    return `python ${python}, numpy ${numpy}`;
  } catch {
    return 'no python3 + numpy';
  }
}

/** CPU model and count, memory, kernel, node, python and numpy. */
export function describeMachine(): string {
  const cpu = cpus();
  const memory = `${Math.round(totalmem() / 2 ** 30)} GiB`;

  return [
    `${cpu.length} x ${cpu[0]?.model.trim() ?? 'unknown CPU'}`,
    memory,
    `Linux ${release()}`,
    `node ${process.versions.node}`,
    pythonVersion(),
  ].join(', ');
}
