import type { Command } from '../command.js';
import { evalCommand } from './eval.js';

/** Every CLI command, in the order `sitrep help` lists them. */
export const COMMANDS: Command[] = [evalCommand];
