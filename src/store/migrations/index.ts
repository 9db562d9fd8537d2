/**
 * The numbered schema migrations, applied in order and recorded in `schema_migrations`.
 *
 * They are TypeScript modules exporting SQL strings rather than `.sql` files so that the compiled
 * `dist/` finds them with no copy step: `tsc` carries them over like any other module.
 * Never edit a migration that has shipped; add the next number.
 */
import { sql as init } from './001_init.js';
import { sql as timelineIndex } from './002_timeline_index.js';

export interface Migration {
  /** Sequence number, strictly increasing. */
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'init', sql: init },
  { version: 2, name: 'timeline-index', sql: timelineIndex },
];
