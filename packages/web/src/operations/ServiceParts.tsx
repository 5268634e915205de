/**
 * Pieces of the services screen: the service as the API returns it, the level selector and a member's answer on a service.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { put } from '../api';

export const LEVELS = ['low', 'medium', 'high'];
export interface Service {
  id: string;
  name: string;
  description: string;
  objective: string;
  field_of_action: string;
  field_id: string;
  frequency: string;
  beneficiaries: string;
  effort_min: string;
  effort_max: string;
  relevance: string;
  fee_model: string;
  member_price: number | null;
  non_member_price: number | null;
  currency: string | null;
  trust_level: string;
  status: 'draft' | 'pilot' | 'live' | 'retired';
  launch_checks?: Record<string, boolean>;
  missing_checks?: string[];
  applicable_checks?: string[];
  engages_trainers?: boolean;
  warnings?: { code: string; message: string }[];
  my_answer: { expectation: number; satisfaction: number } | null;
}
export interface Matrix {
  objectives: {
    id: string;
    name: string;
    /** The strategy goal this objective is, and the needs that goal answers (strategy item 5). */
    goal: { id: string; title: string } | null;
    needs: { id: string; title: string }[];
    fields: { id: string; name: string }[];
  }[];
}
export interface Checklist {
  key: string;
  source: string;
}
export interface Rules {
  memberPriceWarning: boolean;
  matchTolerance: number;
}

/** The body of PUT /services/:id from a listed service, with changes. */
export const serviceBody = (s: Service, patch: Record<string, unknown>) => ({
  fieldId: s.field_id,
  name: s.name,
  description: s.description,
  frequency: s.frequency,
  beneficiaries: s.beneficiaries,
  effortMin: s.effort_min,
  effortMax: s.effort_max,
  relevance: s.relevance,
  feeModel: s.fee_model,
  memberPrice: s.member_price,
  nonMemberPrice: s.non_member_price,
  currency: s.currency,
  trustLevel: s.trust_level,
  engagesTrainers: !!s.engages_trainers,
  ...patch,
});

export function LevelSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange(v: string): void;
}) {
  const { t } = useTranslation();
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {LEVELS.map((l) => (
          <option key={l} value={l}>
            {t(`services.levels.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A member says how important a service is and how satisfied they are, on the guide's three points. */
export function MemberAnswer({
  workspaceId,
  s,
  onDone,
}: {
  workspaceId: string;
  s: Service;
  onDone(text: string, ok: boolean): void;
}) {
  const { t } = useTranslation();
  const [a, setA] = useState({
    expectation: String(s.my_answer?.expectation ?? ''),
    satisfaction: String(s.my_answer?.satisfaction ?? ''),
  });
  return (
    <form
      aria-label={t('services.rateOf', { name: s.name })}
      className="inline-form"
      onSubmit={async (e) => {
        e.preventDefault();
        try {
          await put(`/workspaces/${workspaceId}/services/${s.id}/my-answer`, {
            expectation: Number(a.expectation),
            satisfaction: Number(a.satisfaction),
          });
          onDone(t('services.answerSaved', { name: s.name }), true);
        } catch (err) {
          onDone((err as Error).message, false);
        }
      }}
    >
      {(['expectation', 'satisfaction'] as const).map((k) => (
        <label key={k}>
          {t(`services.${k}`)}
          <select required value={a[k]} onChange={(e) => setA({ ...a, [k]: e.target.value })}>
            <option value="">—</option>
            {[1, 2, 3].map((n) => (
              <option key={n} value={n}>
                {t(`services.${k}Scale.${n}`)}
              </option>
            ))}
          </select>
        </label>
      ))}
      <button type="submit">{t('common.save')}</button>
    </form>
  );
}

/** The service catalogue on the objectives × fields-of-action matrix, with launch checklist; members rate live services. */
