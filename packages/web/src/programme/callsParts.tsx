import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session';

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

export interface Applicant {
  id: string;
  name: string;
  shortName: string;
  country: string;
  type: string;
  initiativeName: string | null;
  contactName: string;
  contactEmail: string;
}

export interface CallSummary {
  id: string;
  title: string;
  description: string;
  opensOn: string;
  deadline: string;
  eligibility: string;
  eligibleTypes: string[];
  eligibleCountries: string[];
  questions: { id: string; text: string; required: boolean }[];
  competenceAreas: string[];
  scale: { min: number; max: number };
  status: 'draft' | 'published' | 'closed';
  applications?: number;
  selected?: number;
}

export interface Application {
  id: string;
  applicant: { id: string; name: string; shortName: string; country: string; type: string };
  answers: Record<string, string>;
  eligible: boolean;
  ineligibleReasons: string[];
  selected: boolean;
  selectionReason: string;
  submittedOn: string;
  scores: { userId: string; userName: string; area: string; score: number }[];
  meanByArea: Record<string, number | null>;
  mean: number | null;
}

export interface CallDetail {
  call: CallSummary;
  canRun: boolean;
  canAssess: boolean;
  applications: Application[];
  declarations: { userId: string; userName: string; conflictApplicantIds: string[]; note: string }[];
  myDeclaration: { conflictApplicantIds: string[] } | null;
}

/** Comma- or space-separated ISO codes typed by a person → upper-case codes. */
export const parseCodes = (s: string) =>
  s
    .split(/[\s,;]+/)
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean);
