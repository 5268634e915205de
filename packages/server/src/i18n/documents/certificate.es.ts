import type { certificateEn } from './certificate.js';

/** See ./certificate.ts. */
export const certificateEs: Record<keyof typeof certificateEn, string | { one: string; other: string }> = {};
