// The mapping engine on its own, so that `agglomera map` loads no web server.
export { runMapping, writeRecords, RECORD_COLUMNS, type MappingRun, type Progress } from './engine.js';
export { htmlReport } from './report.js';
export { loadDefinitions, loadRelatedClusters } from './definitions.js';
export { InputError, readTabular } from './tabular.js';
export { readObservations } from './observations.js';
