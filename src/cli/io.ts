// The process seen through a seam, so the CLI runs in-process in tests too.
import { neutralizeLogText, type LogSafetyOptions } from '../reporters/log-safety.js';

/** The process seen through a seam, so tests can run the CLI in-process too. */
export interface CliIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** `options.workflowCommands`: the text is a `github` report whose annotation lines are meant for the runner. */
  stdout(text: string, options?: LogSafetyOptions): void;
  stderr(text: string): void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  columns: number;
}

export function defaultIO(): CliIO {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: pipeWriter(process.stdout),
    stderr: pipeWriter(process.stderr),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    columns: process.stdout.columns ?? 100,
  };
}

/**
 * Writes to a stream that a reader may close early (`kblint … | head -1`):
 * EPIPE ends the output quietly instead of crashing the run, so the run still
 * returns its own exit code. Other write errors are real failures.
 */
export function pipeWriter(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') {
      closed = true;
      return;
    }
    throw error;
  });
  return (text) => {
    if (closed) return;
    stream.write(text);
  };
}

/**
 * The IO every command talks through: each line it prints, to stdout or
 * stderr, passes the CI-log filter, so no article text, URL, file name or
 * config value can become a workflow command.
 */
export function logSafeIO(io: CliIO): CliIO {
  return {
    ...io,
    stdout: (text, options) => io.stdout(neutralizeLogText(text, options), options),
    stderr: (text) => io.stderr(neutralizeLogText(text)),
  };
}
