/** The shape of one CLI command; `main.ts` lists them and dispatches. */

export interface CommandIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  /** True when stderr is a terminal: progress bars only then. */
  interactive: boolean;
}

export interface Command {
  name: string;
  /** One line for `sitrep help`. */
  summary: string;
  /** Full usage text, printed by `sitrep help NAME` and on a usage error. */
  usage: string;
  /** Returns the process exit code: 0 ok, 1 some input failed, 2 usage error. */
  run(argv: string[], io: CommandIO): Promise<number>;
}

/** A usage error: printed with the command's usage, exit code 2. */
export class UsageError extends Error {}
