import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { patch, post } from '../api';
import { Form, FormField, useForm } from '../layout/forms';
import type { EditableEvent } from './event-types';

export const EVENT_KINDS = [
  'networking',
  'workshop',
  'information',
  'training',
  'company_visit',
  'trade_fair',
  'general_assembly',
  'event',
];

const pad = (n: number) => String(n).padStart(2, '0');
const day = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const time = (d: Date) => `${pad(d.getHours())}:${pad(d.getMinutes())}`;
const draftOf = (e?: EditableEvent) => {
  const s = e ? new Date(e.starts_at) : null;
  const f = e ? new Date(e.ends_at) : null;
  return {
    title: e?.title ?? '',
    kind: e?.kind ?? 'workshop',
    location: e?.location ?? '',
    date: s ? day(s) : '',
    from: s ? time(s) : '09:00',
    to: f ? time(f) : '12:00',
    capacity: e?.capacity ? String(e.capacity) : '',
    description: e?.description ?? '',
    agenda: e?.agenda ?? '',
    openToNonMembers: e?.open_to_non_members ?? false,
    membersFirst: e?.members_first ?? false,
  };
};

/**
 * Plans an event (no `event`) or changes one: title, kind, date and times, seats, place, agenda,
 * whether non-members may register and whether members go first on the waiting list (the
 * platform's rule, said beside the box). Errors appear beside their field.
 */
export function EventForm({
  workspaceId,
  event,
  onSaved,
}: {
  workspaceId: string;
  event?: EditableEvent;
  onSaved(notice: string): unknown;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [draft, setDraft] = useState(() => draftOf(event));
  const set = (k: keyof typeof draft) => (e: { target: { value: string } }) =>
    setDraft({ ...draft, [k]: e.target.value });
  const body = () => {
    const at = (hm: string) => new Date(`${draft.date}T${hm}`).toISOString();
    return {
      title: draft.title,
      kind: draft.kind,
      location: draft.location,
      description: draft.description,
      agenda: draft.agenda,
      startsAt: at(draft.from),
      endsAt: at(draft.to),
      capacity: draft.capacity ? Number(draft.capacity) : null,
      openToNonMembers: draft.openToNonMembers,
      membersFirst: draft.openToNonMembers && draft.membersFirst,
    };
  };
  return (
    <Form
      form={form}
      aria-label={event ? t('events.editOf', { title: event.title }) : t('events.new')}
      data-testid="event-form"
      onSubmit={() =>
        form.submit(
          () =>
            event
              ? patch(`/workspaces/${workspaceId}/events/${event.id}`, body())
              : post(`/workspaces/${workspaceId}/events`, body()),
          null,
          async () => {
            if (!event) setDraft({ ...draftOf(), kind: draft.kind, date: draft.date });
            await onSaved(event ? t('events.saved') : t('events.created'));
          },
        )
      }
    >
      <div className="grid2">
        <FormField name="title" label={t('events.eventTitle')}>
          <input required maxLength={200} value={draft.title} onChange={set('title')} />
        </FormField>
        <FormField name="kind" label={t('events.kind')}>
          <select value={draft.kind} onChange={set('kind')}>
            {EVENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`events.kinds.${k}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField name="startsAt" label={t('events.date')}>
          <input required type="date" value={draft.date} onChange={set('date')} />
        </FormField>
        <FormField name="startsAt" label={t('events.from')}>
          <input required type="time" value={draft.from} onChange={set('from')} />
        </FormField>
        <FormField name="endsAt" label={t('events.to')}>
          <input required type="time" value={draft.to} onChange={set('to')} />
        </FormField>
        <FormField name="capacity" label={t('events.capacity')}>
          <input type="number" min={1} value={draft.capacity} onChange={set('capacity')} />
        </FormField>
        <FormField name="location" label={t('events.location')}>
          <input maxLength={300} value={draft.location} onChange={set('location')} />
        </FormField>
      </div>
      <FormField name="description" label={t('events.description')}>
        <textarea rows={2} maxLength={4000} value={draft.description} onChange={set('description')} />
      </FormField>
      <FormField name="agenda" label={t('events.agenda')}>
        <textarea rows={3} maxLength={8000} value={draft.agenda} onChange={set('agenda')} />
      </FormField>
      <label className="inline">
        <input
          type="checkbox"
          checked={draft.openToNonMembers}
          onChange={(e) => setDraft({ ...draft, openToNonMembers: e.target.checked })}
        />{' '}
        {t('events.openToNonMembers')}
      </label>
      {draft.openToNonMembers && (
        <FormField name="membersFirst" label={t('events.membersFirst')} hint={t('events.membersFirstHint')}>
          <input
            type="checkbox"
            checked={draft.membersFirst}
            onChange={(e) => setDraft({ ...draft, membersFirst: e.target.checked })}
          />
        </FormField>
      )}
      <button type="submit" disabled={form.busy}>
        {event ? t('events.saveChanges') : t('events.create')}
      </button>
    </Form>
  );
}
