/**
 * 002: an index in timeline order (undated events last, then insertion order), so a report's
 * "latest events" and the paged export read events in order instead of sorting the whole table.
 * The expression must match the queries' ORDER BY exactly for SQLite to use it.
 */
export const sql = `
CREATE INDEX events_timeline ON events (COALESCE(event_day, '9999'), row);
`;
