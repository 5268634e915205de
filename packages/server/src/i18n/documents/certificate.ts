/** Document words of slice B (training certificates, prefix certificate.), spread into en.ts, fr.ts and es.ts (docs/programme.md). */
export const certificateEn = {} as const satisfies Record<string, string | { one: string; other: string }>;
