export { summaryCsv, timeseriesCsv, resourcesCsv, eventsCsv, incidentsCsv, round } from './csv.js';
export { incidentsSection } from './incidentsSection.js';
export { consoleSummary } from './consoleSummary.js';
