import type { certificateEn } from './certificate.js';

/** See ./certificate.ts. */
export const certificateFr: Record<keyof typeof certificateEn, string | { one: string; other: string }> = {};
