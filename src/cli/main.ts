/**
 * `sitrep COMMAND [options]`: dispatches to the commands listed in `commands/index.ts`.
 */
import type { CommandIO } from './command.js';
import { UsageError } from './command.js';
import { COMMANDS } from './commands/index.js';

export function defaultIO(): CommandIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    interactive: Boolean(process.stderr.isTTY),
  };
}

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length), 4);
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    'usage: sitrep COMMAND [options]',
    '',
    'commands:',
    ...lines,
    '',
    'sitrep help COMMAND  shows one command in full',
  ].join('\n');
}

export async function main(argv: string[], io: CommandIO = defaultIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    const which = COMMANDS.find((c) => c.name === rest[0]);
    io.stdout.write(`${which ? which.usage : help()}\n`);
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write('sitrep 0.1.0\n');
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`sitrep: unknown command '${name}'\n\n${help()}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError || String((err as { code?: string }).code).startsWith('ERR_PARSE_ARGS_')) {
      io.stderr.write(`sitrep ${name}: ${(err as Error).message}\n\n${command.usage}\n`);
      return 2;
    }
    io.stderr.write(`sitrep ${name}: ${(err as Error).message}\n`);
    return 1;
  }
}
