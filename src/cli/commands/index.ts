import type { Command } from '../command.js';
import { evalCommand } from './eval.js';
import { exportCommand } from './export.js';
import { extractCommand } from './extract.js';
import { forecastsCommand } from './forecasts.js';
import { ingestCommand } from './ingest.js';
import { quotesCommand } from './quotes.js';
import { reportCommand } from './report.js';
import { searchCommand } from './search.js';
import { showCommand } from './show.js';

/** Every CLI command, in the order `sitrep help` lists them. */
export const COMMANDS: Command[] = [
  ingestCommand,
  reportCommand,
  extractCommand,
  showCommand,
  searchCommand,
  quotesCommand,
  forecastsCommand,
  exportCommand,
  evalCommand,
];
