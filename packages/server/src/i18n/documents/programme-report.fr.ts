import type { programmeReportEn } from './programme-report.js';

/** See ./programme-report.ts. */
export const programmeReportFr: Record<
  keyof typeof programmeReportEn,
  string | { one: string; other: string }
> = {};
