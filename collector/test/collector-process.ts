import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const SERVER = fileURLToPath(new URL('../server.ts', import.meta.url));
const START_TIMEOUT_MS = 15_000;

/** A real collector (`node collector/server.ts`) running as a child process on loopback. */
export interface CollectorProcess {
  url: string;
  port: number;
  /** Everything it printed so far, for failure messages. */
  output(): string;
  /** SIGKILL: no shutdown code runs, as in a crash or a power cut of the process. */
  crash(): Promise<void>;
  /** SIGTERM: the normal shutdown. */
  stop(): Promise<void>;
}

async function ended(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exit = once(child, 'exit');
  child.kill(signal);
  await exit;
}

/**
 * Starts the collector with these settings (PORT defaults to 0: a free port) and resolves once it
 * says it is listening. Fails with its output if it exits or stays silent for 15 s.
 */
export async function startCollectorProcess(settings: Record<string, string>): Promise<CollectorProcess> {
  const child = spawn(process.execPath, [SERVER], {
    env: { PATH: process.env['PATH'] ?? '', HOST: '127.0.0.1', PORT: '0', ...settings },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));

  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The collector did not start within ${START_TIMEOUT_MS / 1000} s. Its output:\n${output}`));
    }, START_TIMEOUT_MS);
    const onData = () => {
      const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      resolve(Number(match[1]));
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The collector exited (code ${code}) before listening. Its output:\n${output}`));
    });
  });

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    output: () => output,
    crash: () => ended(child, 'SIGKILL'),
    stop: () => ended(child, 'SIGTERM'),
  };
}
