/** In-memory stdout/stderr for command tests. */
import { PassThrough, Writable } from 'node:stream';
import type { CommandIO } from '../command.js';

export interface CapturedIO extends CommandIO {
  out(): string;
  err(): string;
}

export function captureIO(interactive = false): CapturedIO {
  const sink = () => {
    const chunks: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        chunks.push(String(chunk));
        done();
      },
    });
    return { stream, text: () => chunks.join('') };
  };
  const stdout = sink();
  const stderr = sink();
  return {
    stdout: stdout.stream,
    stderr: stderr.stream,
    stdin: new PassThrough(),
    interactive,
    out: stdout.text,
    err: stderr.text,
  };
}
