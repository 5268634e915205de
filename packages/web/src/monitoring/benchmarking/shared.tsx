import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../i18n';

/** What the initiative's benchmarking screen and the programme's portfolio show of an assessment. */
export interface BenchGroup {
  key: string;
  label: string;
  source: string;
  criteria: { key: string; label: string }[];
}
export interface AssessmentRow {
  id: string;
  assessedOn: string;
  assessor: string;
  assessorOrganisation: string;
  conductedBy: 'team' | 'external';
  programme: string | null;
  signedAt: string | null;
  signedBy: string | null;
  scores: Record<string, number>;
}

/**
 * The ECEI criteria (GIZ 001:3690–3746) under their groups, the guide's group names in full, each
 * with a score select; the scale is the platform's.
 */
export function CriteriaScores({
  groups,
  scale,
  scores,
  onChange,
}: {
  groups: BenchGroup[];
  scale: { min: number; max: number };
  scores: Record<string, string>;
  onChange(scores: Record<string, string>): void;
}) {
  const { t } = useTranslation();
  const points = Array.from({ length: scale.max - scale.min + 1 }, (_, k) => scale.min + k);
  return (
    <>
      {groups.map((g) => (
        <fieldset key={g.key}>
          <legend>{t(`benchmarking.group.${g.key}`)}</legend>
          {g.criteria.map((c) => (
            <label key={c.key}>
              {t(`benchmarking.criterion.${c.key.replace('.', '_')}`, { defaultValue: c.label })}
              <select
                value={scores[c.key] ?? ''}
                onChange={(e) => onChange({ ...scores, [c.key]: e.target.value })}
              >
                <option value="">{t('benchmarking.notScored')}</option>
                {points.map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
      ))}
    </>
  );
}

/** The scores chosen in a form, as the API takes them. */
export const chosenScores = (scores: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(scores)
      .filter(([, v]) => v !== '')
      .map(([k, v]) => [k, Number(v)]),
  );

/** Who conducted an assessment (the team or an external assessor) and who signed it, when. */
export function ConductedBy({ a }: { a: AssessmentRow }) {
  const { t } = useTranslation();
  return (
    <>
      {t(`benchmarking.conducted.${a.conductedBy}`)}
      {a.assessor ? `: ${a.assessor}` : ''}
      {a.assessorOrganisation ? ` (${a.assessorOrganisation})` : ''}
    </>
  );
}

export function SignedCell({ a }: { a: AssessmentRow }) {
  const { t, i18n } = useTranslation();
  return a.signedAt ? (
    <span title={formatDateTime(a.signedAt, i18n.language)}>
      {t('benchmarking.signedOn', {
        date: formatDate(a.signedAt.slice(0, 10), i18n.language),
        name: a.signedBy ?? '—',
      })}
    </span>
  ) : (
    <span className="muted">{t('benchmarking.unsigned')}</span>
  );
}
