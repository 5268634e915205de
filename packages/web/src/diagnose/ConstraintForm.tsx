import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { patch, post } from '../api';
import { Form, FormField, useForm } from '../layout/forms';
import type { Constraint } from './diagnoseTypes';

/** "Absent or sub-optimal in terms of scope and/or quality" (MarketMakers 000:241, 245). */
export const DEFICIENCIES = [
  'absent',
  'suboptimal_scope',
  'suboptimal_quality',
  'suboptimal_scope_quality',
] as const;

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Adds a constraint (no `constraint`) or revises one as the diagnosis sharpens (000:48): title, tier,
 * function or rule, the deficiency, the day it came to light, what is known of it, and the actors
 * whose business models hold it (000:62). Errors appear beside their field; nothing typed is lost.
 */
export function ConstraintForm({
  workspaceId,
  constraint,
  actors,
  holders = true,
  onSaved,
}: {
  workspaceId: string;
  constraint?: Constraint;
  actors: { id: string; name: string }[];
  /** Whether the actors holding the constraint can be named (a cluster initiative's register). */
  holders?: boolean;
  onSaved(notice: string): unknown;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [draft, setDraft] = useState(() => ({
    title: constraint?.title ?? '',
    tier: String(constraint?.tier ?? 1),
    kind: constraint?.kind ?? 'function',
    deficiency: constraint?.deficiency ?? 'absent',
    description: constraint?.description ?? '',
    identifiedOn: constraint?.identified_on ?? today(),
    actorIds: constraint?.actorIds ?? [],
  }));
  const set = (k: keyof typeof draft) => (e: { target: { value: string } }) =>
    setDraft({ ...draft, [k]: e.target.value });
  const body = () => {
    const { actorIds, ...rest } = draft;
    return { ...rest, tier: Number(draft.tier), ...(holders ? { actorIds } : {}) };
  };
  return (
    <Form
      form={form}
      aria-label={constraint ? t('constraints.editOf', { title: constraint.title }) : t('constraints.add')}
      data-testid="constraint-form"
      onSubmit={() =>
        form.submit(
          () =>
            constraint
              ? patch(`/workspaces/${workspaceId}/constraints/${constraint.id}`, body())
              : post(`/workspaces/${workspaceId}/constraints`, body()),
          null,
          () => onSaved(constraint ? t('constraints.revised') : t('constraints.added')),
        )
      }
    >
      <FormField name="title" label={t('constraints.constraint')}>
        <input value={draft.title} onChange={set('title')} required maxLength={300} />
      </FormField>
      <div className="form-row">
        <FormField name="tier" label={t('constraints.tierLabel')}>
          <select value={draft.tier} onChange={set('tier')}>
            {[1, 2, 3, 4].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </FormField>
        <FormField name="kind" label={t('constraints.kind')}>
          <select value={draft.kind} onChange={set('kind')}>
            {['function', 'rule'].map((k) => (
              <option key={k} value={k}>
                {t(`constraints.kinds.${k}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField name="deficiency" label={t('constraints.deficiency')}>
          <select value={draft.deficiency} onChange={set('deficiency')}>
            {DEFICIENCIES.map((k) => (
              <option key={k} value={k}>
                {t(`constraints.deficiencies.${k}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField name="identifiedOn" label={t('constraints.identifiedOn')}>
          <input type="date" value={draft.identifiedOn} onChange={set('identifiedOn')} required />
        </FormField>
      </div>
      <FormField name="description" label={t('constraints.description')}>
        <textarea value={draft.description} onChange={set('description')} rows={3} maxLength={3000} />
      </FormField>
      {holders && (
        <FormField name="actorIds" label={t('constraints.holders')} hint={t('constraints.holdersHint')}>
          <select
            multiple
            size={Math.min(6, Math.max(2, actors.length))}
            value={draft.actorIds}
            onChange={(e) =>
              setDraft({ ...draft, actorIds: [...e.target.selectedOptions].map((o) => o.value) })
            }
          >
            {actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </FormField>
      )}
      <div className="actions">
        <button type="submit" disabled={form.busy}>
          {constraint ? t('common.save') : t('diagnose.add')}
        </button>
      </div>
    </Form>
  );
}
