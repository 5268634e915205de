/**
 * Pieces of the services screen: the service as the API returns it, the level selector and a member's answer on a service.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { put } from '../api';
import type { ApiGet } from '../api/types';

export const LEVELS = ['low', 'medium', 'high'];
type Catalogue = ApiGet<'/workspaces/{workspaceId}/services'>;
export type Service = Catalogue['services'][number];
export type Matrix = ApiGet<'/workspaces/{workspaceId}/service-matrix'>;
export type Checklist = Catalogue['checklist'][number];
export type Rules = ApiGet<'/workspaces/{workspaceId}/service-rules'>;

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
