import type { Command } from '../command.js';

/** Every CLI command, in the order `sitrep help` lists them. */
export const COMMANDS: Command[] = [];
