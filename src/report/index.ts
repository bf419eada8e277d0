export { summaryCsv, timeseriesCsv, resourcesCsv, eventsCsv, round } from './csv.js';
export { consoleSummary, sloVerdict, type SloTargets, type SloVerdict } from './consoleSummary.js';
