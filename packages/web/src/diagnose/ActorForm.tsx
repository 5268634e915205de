import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTOR_KINDS, GOVERNMENT_LEVELS } from '@agglomera/methods';
import { patch, post } from '../api';
import { ChoiceGroup, Form, FormField, useForm } from '../layout/forms';
import { ACTOR_TYPES, ROLES, SIZE_CLASSES, STATUSES, type Actor } from './constants';

/** Every field of an actor in the register, as the API takes it (PATCH and POST …/actors). */
export interface ActorValues {
  name: string;
  kind: string;
  actor_type: string;
  size_class: string;
  government_level: string;
  sector: string;
  location: string;
  /** An actor may hold several roles (an instigator that is also an anchor firm). */
  roles: string[];
  status: string;
  contact_name: string;
  email: string;
  phone: string;
  website: string;
  notes: string;
}

const valuesOf = (a?: Actor): ActorValues => ({
  name: a?.name ?? '',
  kind: a?.kind ?? 'organisation',
  actor_type: a?.actor_type ?? 'firm',
  size_class: a?.size_class ?? '',
  government_level: a?.government_level ?? '',
  sector: a?.sector ?? '',
  location: a?.location ?? '',
  roles: a?.roles ?? [],
  status: a?.status ?? 'stakeholder',
  contact_name: a?.contact_name ?? '',
  email: a?.email ?? '',
  phone: a?.phone ?? '',
  website: a?.website ?? '',
  notes: a?.notes ?? '',
});

/** Choices the API takes as null when empty. */
const NULLABLE = new Set(['size_class', 'government_level']);

/**
 * Adds an actor (no `actor`) or changes every field of one; only changed fields are sent on edit.
 * The server's refusal appears beside the field it names, and nothing typed is lost.
 */
export function ActorForm({
  workspaceId,
  actor,
  onSaved,
}: {
  workspaceId: string;
  actor?: Actor;
  onSaved(notice: string): unknown;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const original = valuesOf(actor);
  const [v, setV] = useState(original);
  const set = (k: Exclude<keyof ActorValues, 'roles'>) => (e: { target: { value: string } }) =>
    setV({ ...v, [k]: e.target.value });
  const body = () => {
    const out: Record<string, string | string[] | null> = {};
    for (const k of Object.keys(v) as (keyof ActorValues)[]) {
      const value = v[k];
      if (Array.isArray(value)) {
        if (!actor || value.join() !== (original[k] as string[]).join()) out[k] = value;
        continue;
      }
      if (actor && value === original[k]) continue;
      out[k] = NULLABLE.has(k) && !value ? null : value;
    }
    return out;
  };
  const choice = (
    k: Exclude<keyof ActorValues, 'roles'>,
    options: readonly string[],
    prefix: string,
    optional = false,
  ) => (
    <select value={v[k]} onChange={set(k)}>
      {optional && <option value="">—</option>}
      {options.map((x) => (
        <option key={x} value={x}>
          {t(`${prefix}.${x}`)}
        </option>
      ))}
    </select>
  );
  return (
    <Form
      form={form}
      aria-label={actor ? t('list.editActor', { name: actor.name }) : t('diagnose.addActor')}
      data-testid="actor-form"
      onSubmit={() =>
        form.submit(
          () =>
            actor
              ? patch(`/workspaces/${workspaceId}/actors/${actor.id}`, body())
              : post(`/workspaces/${workspaceId}/actors`, body()),
          null,
          async () => {
            if (!actor) setV(valuesOf());
            await onSaved(actor ? t('list.actorSaved') : t('diagnose.actorAdded'));
          },
        )
      }
    >
      <div className="grid-2">
        <FormField name="name" label={t('common.name')}>
          <input value={v.name} onChange={set('name')} required maxLength={300} />
        </FormField>
        <FormField name="kind" label={t('list.actorField.kind')}>
          {choice('kind', ACTOR_KINDS, 'list.actorKind')}
        </FormField>
        <FormField name="actor_type" label={t('diagnose.type')}>
          {choice('actor_type', ACTOR_TYPES, 'actorType')}
        </FormField>
        <FormField name="size_class" label={t('diagnose.size')}>
          {choice('size_class', SIZE_CLASSES, 'sizeClass', true)}
        </FormField>
        {v.actor_type === 'government' && (
          <FormField name="government_level" label={t('list.actorField.governmentLevel')}>
            {choice('government_level', GOVERNMENT_LEVELS, 'list.governmentLevel', true)}
          </FormField>
        )}
        <FormField name="sector" label={t('diagnose.sector')}>
          <input value={v.sector} onChange={set('sector')} />
        </FormField>
        <FormField name="location" label={t('list.actorField.location')}>
          <input value={v.location} onChange={set('location')} />
        </FormField>
        <ChoiceGroup
          name="roles"
          legend={t('diagnose.roles')}
          options={ROLES}
          label={(r) => t(`actorRole.${r}`)}
          value={v.roles}
          onChange={(roles) => setV({ ...v, roles })}
        />
        <FormField name="status" label={t('diagnose.status')}>
          {choice('status', STATUSES, 'actorStatus')}
        </FormField>
        <FormField name="contact_name" label={t('list.actorField.contactName')}>
          <input value={v.contact_name} onChange={set('contact_name')} />
        </FormField>
        <FormField name="email" label={t('common.email')}>
          <input type="email" value={v.email} onChange={set('email')} />
        </FormField>
        <FormField name="phone" label={t('list.actorField.phone')}>
          <input type="tel" value={v.phone} onChange={set('phone')} />
        </FormField>
        <FormField
          name="website"
          label={t('list.actorField.website')}
          hint={t('list.actorField.websiteHint')}
        >
          <input value={v.website} onChange={set('website')} inputMode="url" />
        </FormField>
      </div>
      <FormField name="notes" label={t('list.actorField.notes')}>
        <textarea value={v.notes} onChange={set('notes')} rows={3} />
      </FormField>
      <button type="submit" disabled={form.busy}>
        {actor ? t('common.save') : t('diagnose.add')}
      </button>
    </Form>
  );
}
