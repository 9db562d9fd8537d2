export type { PloverEntity, PloverRecord } from './events.js';
export { csvHeader, gdeltHeader, ploverHeader, toCsvRow, toGdeltRow, toPloverRecord } from './events.js';
