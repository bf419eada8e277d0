export { BatchMeans } from './BatchMeans.js';
export { studentT, studentTFromMoments, tQuantile, type ConfidenceInterval } from './confidenceInterval.js';
export { LatencyHistogram, type LatencyHistogramJSON, type LatencyHistogramOptions } from './LatencyHistogram.js';
export { Tally } from './Tally.js';
export { TimeWeighted } from './TimeWeighted.js';
export { WindowSeries } from './WindowSeries.js';
