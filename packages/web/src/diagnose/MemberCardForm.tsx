import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { patch, post } from '../api';
import { Form, FormField, useForm } from '../layout/forms';
import type { MemberCard } from './diagnoseTypes';

export const MEMBER_ROLES = [
  'decision_maker',
  'influencer',
  'peer',
  'recommender',
  'mission',
  'saboteur',
  'other',
] as const;
/** The boxes of the card, in the order of the ECCP template (004:504–506). */
export const BOXES = [
  'service',
  'jobs_to_be_done',
  'gains',
  'value_proposition',
  'ambitions',
  'pain_points',
  'perfect_fit',
  'industry_challenges',
] as const;
/** The member's line of the card: name, age, position, company, member type (004:504). */
const PERSON = ['age', 'position', 'company', 'member_type'] as const;

export type { MemberCard };

type Draft = Record<string, string>;
const draftOf = (c?: MemberCard): Draft => ({
  persona: c?.persona ?? '',
  memberRole: c?.member_role ?? 'decision_maker',
  actorId: c?.actor_id ?? '',
  serviceId: c?.service_id ?? '',
  ...Object.fromEntries([...PERSON, ...BOXES].map((k) => [k, c?.[k] ?? ''])),
});

/**
 * Adds a Cluster Member Card (no `card`) or changes one: the member's line (name, age, position,
 * company, member type, member role), the organisation in the register, the service whose value
 * proposition it assesses, and the eight boxes. Errors appear beside their field; nothing typed is
 * lost on failure.
 */
export function MemberCardForm({
  workspaceId,
  card,
  actors,
  services,
  onSaved,
}: {
  workspaceId: string;
  card?: MemberCard;
  actors: { id: string; name: string }[];
  services: { id: string; name: string }[];
  onSaved(notice: string): unknown;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [draft, setDraft] = useState(() => draftOf(card));
  const set = (k: string) => (e: { target: { value: string } }) =>
    setDraft({ ...draft, [k]: e.target.value });
  const body = () => ({ ...draft, actorId: draft.actorId || null, serviceId: draft.serviceId || null });
  return (
    <Form
      form={form}
      aria-label={card ? t('memberCards.editOf', { name: card.persona }) : t('memberCards.add')}
      data-testid="member-card-form"
      onSubmit={() =>
        form.submit(
          () =>
            card
              ? patch(`/workspaces/${workspaceId}/member-cards/${card.id}`, body())
              : post(`/workspaces/${workspaceId}/member-cards`, body()),
          null,
          async () => {
            if (!card) setDraft(draftOf());
            await onSaved(t('memberCards.saved'));
          },
        )
      }
    >
      <div className="grid-2">
        <FormField name="persona" label={t('memberCards.persona')}>
          <input value={draft.persona} onChange={set('persona')} required maxLength={200} />
        </FormField>
        {PERSON.map((k) => (
          <FormField key={k} name={k} label={t(`memberCards.person.${k}`)}>
            <input value={draft[k]} onChange={set(k)} maxLength={2000} />
          </FormField>
        ))}
        <FormField name="memberRole" label={t('memberCards.role')}>
          <select value={draft.memberRole} onChange={set('memberRole')}>
            {MEMBER_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`memberCards.roles.${r}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField name="actorId" label={t('memberCards.actor')}>
          <select value={draft.actorId} onChange={set('actorId')}>
            <option value="">—</option>
            {actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </FormField>
        <FormField
          name="serviceId"
          label={t('memberCards.serviceLink')}
          hint={t('memberCards.serviceLinkHint')}
        >
          <select value={draft.serviceId} onChange={set('serviceId')}>
            <option value="">—</option>
            {services.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      <div className="grid-2">
        {BOXES.map((b) => (
          <FormField key={b} name={b} label={t(`memberCards.boxes.${b}`)}>
            <textarea rows={2} value={draft[b]} onChange={set(b)} maxLength={2000} />
          </FormField>
        ))}
      </div>
      <button type="submit">{card ? t('memberCards.saveChanges') : t('memberCards.create')}</button>
    </Form>
  );
}
