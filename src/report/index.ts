export { summaryCsv, timeseriesCsv, resourcesCsv, round } from './csv.js';
export { consoleSummary, sloVerdict, type SloTargets, type SloVerdict } from './consoleSummary.js';
