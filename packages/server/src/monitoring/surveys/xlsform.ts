/**
 * XLSForm in and out (issue 17): the import in xlsform-import.ts, the export in xlsform-export.ts,
 * the reading of sheets and languages they share in xlsform-sheets.ts.
 */
export { importXlsForm, formError } from './xlsform-import.js';
export { exportXlsForm } from './xlsform-export.js';
