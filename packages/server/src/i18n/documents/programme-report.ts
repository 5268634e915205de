/** Document words of slice A (the programme report, prefix programmeReport.), spread into en.ts, fr.ts and es.ts (docs/programme.md). */
export const programmeReportEn = {} as const satisfies Record<
  string,
  string | { one: string; other: string }
>;
