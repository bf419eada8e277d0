export { summaryCsv, timeseriesCsv, resourcesCsv, eventsCsv, incidentsCsv, round } from './csv.js';
export { incidentsSection } from './incidentsSection.js';
export { consoleSummary, sloVerdict, type SloTargets, type SloVerdict } from './consoleSummary.js';
