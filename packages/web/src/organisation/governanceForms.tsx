import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GOVERNANCE_BODY_KINDS } from '@agglomera/methods';
import { patch, post } from '../api';
import { useApi } from '../useApi';
import { Form, FormField, useForm } from '../layout/forms';
import { todayIso } from './organisationParts';
import type { Body, Meeting, Seat } from './governanceTypes';
import type { ApiGet } from '../api/types';

/** The forms of the governance screen: a body, a seat, a meeting. */

const num = (s: string) => (s.trim() === '' ? null : Number(s));

export function BodyForm({
  base,
  bodies,
  body,
  onDone,
}: {
  base: string;
  bodies: Body[];
  body?: Body;
  onDone(text: string): unknown;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [v, setV] = useState({
    kind: body?.kind ?? 'general_assembly',
    name: body?.name ?? '',
    parentId: body?.parentId ?? '',
    minSize: body?.minSize?.toString() ?? '',
    maxSize: body?.maxSize?.toString() ?? '',
    termYears: body?.termYears?.toString() ?? '',
    electionRule: body?.electionRule ?? '',
    tasks: body?.tasks ?? '',
  });
  const payload = {
    kind: v.kind,
    name: v.name,
    parentId: v.parentId || null,
    minSize: num(v.minSize),
    maxSize: num(v.maxSize),
    termYears: num(v.termYears),
    electionRule: v.electionRule,
    tasks: v.tasks,
  };
  return (
    <Form
      form={form}
      aria-label={body ? t('governance.editBody') : t('governance.addBody')}
      onSubmit={() =>
        form.submit(
          () => (body ? patch(`${base}/bodies/${body.id}`, payload) : post(`${base}/bodies`, payload)),
          null,
          () => onDone(t('governance.bodySaved')),
        )
      }
    >
      <FormField name="kind" label={t('governance.kind')}>
        <select
          value={v.kind}
          onChange={(e) => setV({ ...v, kind: e.target.value as (typeof GOVERNANCE_BODY_KINDS)[number] })}
        >
          {GOVERNANCE_BODY_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`governance.kinds.${k}`)}
            </option>
          ))}
        </select>
      </FormField>
      <FormField name="name" label={t('governance.name')}>
        <input value={v.name} required onChange={(e) => setV({ ...v, name: e.target.value })} />
      </FormField>
      <FormField name="parentId" label={t('governance.parent')}>
        <select value={v.parentId} onChange={(e) => setV({ ...v, parentId: e.target.value })}>
          <option value="">{t('governance.noParent')}</option>
          {bodies
            .filter((b) => b.id !== body?.id)
            .map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
        </select>
      </FormField>
      <FormField name="minSize" label={t('governance.minSize')}>
        <input
          type="number"
          min={0}
          value={v.minSize}
          onChange={(e) => setV({ ...v, minSize: e.target.value })}
        />
      </FormField>
      <FormField name="maxSize" label={t('governance.maxSize')}>
        <input
          type="number"
          min={1}
          value={v.maxSize}
          onChange={(e) => setV({ ...v, maxSize: e.target.value })}
        />
      </FormField>
      <FormField name="termYears" label={t('governance.termYears')}>
        <input
          type="number"
          min={1}
          max={20}
          value={v.termYears}
          onChange={(e) => setV({ ...v, termYears: e.target.value })}
        />
      </FormField>
      <FormField name="electionRule" label={t('governance.electionRule')}>
        <textarea
          rows={2}
          value={v.electionRule}
          onChange={(e) => setV({ ...v, electionRule: e.target.value })}
        />
      </FormField>
      <FormField name="tasks" label={t('governance.tasks')}>
        <textarea rows={2} value={v.tasks} onChange={(e) => setV({ ...v, tasks: e.target.value })} />
      </FormField>
      <button type="submit" disabled={form.busy}>
        {t('governance.save')}
      </button>
    </Form>
  );
}

export function SeatForm({
  base,
  workspaceId,
  body,
  seat,
  onDone,
}: {
  base: string;
  workspaceId: string;
  body: Body;
  seat?: Seat;
  onDone(text: string): unknown;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const logins = useApi<ApiGet<'/workspaces/{workspaceId}/members'>>(`/workspaces/${workspaceId}/members`);
  // The organisations of the actor register a seat may represent (a member firm on the board).
  const actors = useApi<{ actors: { id: string; name: string }[] }>(
    `/workspaces/${workspaceId}/actors?limit=500`,
  );
  const [v, setV] = useState({
    userId: seat?.userId ?? '',
    actorId: seat?.actorId ?? '',
    holderName: seat?.holderName ?? '',
    roleInBody: seat?.roleInBody ?? '',
    termStart: seat ? (seat.termStart ?? '') : todayIso(),
    termEnd: seat?.termEnd ?? '',
  });
  return (
    <Form
      form={form}
      aria-label={t('governance.seatTitle', { name: body.name })}
      onSubmit={() =>
        form.submit(
          () => {
            const values = {
              bodyId: body.id,
              userId: v.userId || null,
              actorId: v.actorId || null,
              holderName: v.holderName,
              roleInBody: v.roleInBody,
              termStart: v.termStart || null,
              termEnd: v.termEnd || null,
            };
            return seat ? patch(`${base}/seats/${seat.id}`, values) : post(`${base}/seats`, values);
          },
          null,
          () => onDone(t(seat ? 'governance.seatSaved' : 'governance.seatAdded')),
        )
      }
    >
      <FormField name="userId" label={t('governance.login')}>
        <select value={v.userId} onChange={(e) => setV({ ...v, userId: e.target.value })}>
          <option value="">{t('governance.noLogin')}</option>
          {(logins.data?.members ?? []).map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </FormField>
      <FormField name="actorId" label={t('governance.actor')}>
        <select value={v.actorId} onChange={(e) => setV({ ...v, actorId: e.target.value })}>
          <option value="">{t('governance.noActor')}</option>
          {(actors.data?.actors ?? []).map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </FormField>
      <FormField name="holderName" label={t('governance.holderName')}>
        <input value={v.holderName} onChange={(e) => setV({ ...v, holderName: e.target.value })} />
      </FormField>
      <FormField name="roleInBody" label={t('governance.roleInBody')}>
        <input value={v.roleInBody} onChange={(e) => setV({ ...v, roleInBody: e.target.value })} />
      </FormField>
      <FormField name="termStart" label={t('governance.termStart')}>
        <input type="date" value={v.termStart} onChange={(e) => setV({ ...v, termStart: e.target.value })} />
      </FormField>
      <FormField name="termEnd" label={t('governance.termEnd')}>
        <input type="date" value={v.termEnd} onChange={(e) => setV({ ...v, termEnd: e.target.value })} />
      </FormField>
      {/* The statute's maximum is refused beside the body. */}
      <FormField name="bodyId" label={t('governance.meetingBody')}>
        <input value={body.name} readOnly />
      </FormField>
      <button type="submit" disabled={form.busy}>
        {t('governance.save')}
      </button>
    </Form>
  );
}

export function MeetingForm({
  base,
  bodies,
  meeting,
  onDone,
}: {
  base: string;
  bodies: Body[];
  meeting?: Meeting;
  onDone(text: string): unknown;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [v, setV] = useState({
    bodyId: meeting?.bodyId ?? bodies[0]?.id ?? '',
    heldOn: meeting?.heldOn ?? todayIso(),
    title: meeting?.title ?? '',
    agenda: meeting?.agenda ?? '',
    minutes: meeting?.minutes ?? '',
    decisions: meeting?.decisions.join('\n') ?? '',
  });
  return (
    <Form
      form={form}
      aria-label={meeting ? t('governance.editMeeting') : t('governance.addMeeting')}
      onSubmit={() =>
        form.submit(
          () => {
            const values = {
              ...v,
              decisions: v.decisions
                .split('\n')
                .map((d) => d.trim())
                .filter(Boolean),
            };
            return meeting
              ? patch(`${base}/meetings/${meeting.id}`, values)
              : post(`${base}/meetings`, values);
          },
          null,
          () => onDone(t(meeting ? 'governance.meetingSaved' : 'governance.meetingAdded')),
        )
      }
    >
      <FormField name="bodyId" label={t('governance.meetingBody')}>
        <select value={v.bodyId} onChange={(e) => setV({ ...v, bodyId: e.target.value })}>
          {bodies.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </select>
      </FormField>
      <FormField name="heldOn" label={t('governance.heldOn')}>
        <input
          type="date"
          required
          value={v.heldOn}
          onChange={(e) => setV({ ...v, heldOn: e.target.value })}
        />
      </FormField>
      <FormField name="title" label={t('governance.meetingTitle')}>
        <input required value={v.title} onChange={(e) => setV({ ...v, title: e.target.value })} />
      </FormField>
      <FormField name="agenda" label={t('governance.agenda')}>
        <textarea rows={3} value={v.agenda} onChange={(e) => setV({ ...v, agenda: e.target.value })} />
      </FormField>
      <FormField name="minutes" label={t('governance.minutes')}>
        <textarea rows={4} value={v.minutes} onChange={(e) => setV({ ...v, minutes: e.target.value })} />
      </FormField>
      <FormField name="decisions" label={t('governance.decisions')}>
        <textarea rows={3} value={v.decisions} onChange={(e) => setV({ ...v, decisions: e.target.value })} />
      </FormField>
      <button type="submit" disabled={form.busy}>
        {t('governance.save')}
      </button>
    </Form>
  );
}
