// The platform's settings and their defaults (read from the environment). A module of its own,
// imported by services and by app.ts alike, so that no service imports the app that registers it.

export interface Settings {
  /** Base URL used in links sent by mail, e.g. https://agglomera.example.org */
  publicUrl: string;
  /** Mark cookies Secure (set when served over HTTPS). */
  secureCookies: boolean;
  sessionTtlHours: number;
  /**
   * Failed sign-ins allowed per account and client address (or per known device) before a pause
   * (429); an account takes 4 times as many from all addresses, an address 10 times as many on all
   * accounts. See auth/throttle.ts.
   */
  loginMaxFailures: number;
  /** The first pause; each failure after a pause doubles the next one (at most 24 hours). */
  loginWindowMinutes: number;
  /** How long a failed sign-in counts (hours). */
  loginMemoryHours: number;
  /** Password-reset requests allowed per email per hour (an address may send 10 times as many). */
  passwordResetsPerHour: number;
  /** Folder of the built web app, or null to serve the API only. */
  webDist: string | null;
  /**
   * Smallest anonymised peer group shown in benchmarking (platform default 5, never below 3; the
   * seeds give none). Peers are verified initiatives only (hardening issue, item 8).
   */
  benchmarkMinPeers: number;
  /** Days a programme waits before asking again to follow an initiative that declined (platform's choice). */
  followRetryDays: number;
  /** Unanswered follow requests a programme may have at once (platform's choice). */
  followPendingMax: number;
  /** Days ahead that homes and My tasks count as "due soon" (platform's choice, default 14). */
  dueSoonDays: number;
  /**
   * Imports of files up to this size (bytes) run in the request; larger ones run as jobs
   * (jobs/imports.ts). The platform's choice, 256 KB by default (`AGGLOMERA_IMPORT_INLINE_KB`).
   */
  importInlineBytes: number;
  /**
   * Check each 2xx JSON answer against the response schema its route declares, answering 500 when
   * it does not match (http/response-check.ts). On in the tests (test/helpers.ts), so that the
   * schemas, and the types generated from them, stay true; off in production by default
   * (AGGLOMERA_CHECK_RESPONSES=1 turns it on).
   */
  checkResponses: boolean;
}

export const defaultSettings = (): Settings => ({
  benchmarkMinPeers: Number(process.env.AGGLOMERA_BENCHMARK_MIN_PEERS ?? 5),
  followRetryDays: Number(process.env.AGGLOMERA_FOLLOW_RETRY_DAYS ?? 30),
  followPendingMax: Number(process.env.AGGLOMERA_FOLLOW_PENDING_MAX ?? 50),
  dueSoonDays: Number(process.env.AGGLOMERA_DUE_SOON_DAYS ?? 14),
  publicUrl: process.env.AGGLOMERA_PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 3000}`,
  secureCookies: process.env.AGGLOMERA_SECURE_COOKIES === '1',
  sessionTtlHours: 12,
  loginMaxFailures: Number(process.env.AGGLOMERA_LOGIN_MAX_FAILURES ?? 5),
  loginWindowMinutes: 15,
  loginMemoryHours: 24,
  passwordResetsPerHour: 3,
  webDist: null,
  importInlineBytes: Number(process.env.AGGLOMERA_IMPORT_INLINE_KB ?? 256) * 1024,
  checkResponses: process.env.AGGLOMERA_CHECK_RESPONSES === '1',
});
