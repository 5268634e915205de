import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session';
import type { ApiGet } from '../api/types';

/** What the screens of calls and cohorts share (slice B; docs/programme.md). */

export const RUNNERS = ['owner', 'manager', 'officer'];

export function useProgramme() {
  const { workspaceId = '' } = useParams();
  const { me } = useSession();
  const role = me?.workspaces.find((w) => w.id === workspaceId)?.role ?? '';
  return { workspaceId, role, canRun: RUNNERS.includes(role), base: `/workspaces/${workspaceId}/programme` };
}

/** A country's name in the reader's language from its ISO code; '' is regional. */
export function useCountryName() {
  const { t, i18n } = useTranslation();
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([i18n.language], { type: 'region' });
  } catch {
    names = null;
  }
  return (code: string) => (code ? (names?.of(code) ?? code) : t('progCalls.regional'));
}

// The shapes the API gives (programme/programme.schemas.ts on the server; npm run api-types).

/** The applicant register, and an organisation of it. */
export type ApplicantList = ApiGet<'/workspaces/{workspaceId}/programme/applicants'>;
export type Applicant = ApplicantList['applicants'][number];

/** A call with its applications, declarations of conflicts and scores. */
export type CallDetail = ApiGet<'/workspaces/{workspaceId}/programme/calls/{callId}'>;
/** A call: dates, eligibility, form, competence areas and scale. */
export type CallSummary = CallDetail['call'];
export type Application = CallDetail['applications'][number];
/** The programme's calls with their counts of applications and selections. */
export type CallList = ApiGet<'/workspaces/{workspaceId}/programme/calls'>;

/** Comma- or space-separated ISO codes typed by a person → upper-case codes. */
export const parseCodes = (s: string) =>
  s
    .split(/[\s,;]+/)
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean);
