import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPETENCE_AREA_KEYS, COMPETENCE_LEVELS, QUALIFICATION_CRITERION_KEYS } from '@agglomera/methods';
import { useParams } from 'react-router';
import { patch, post } from '../api';
import type { ApiAnswer, ApiGet } from '../api/types';
import { useApi } from '../useApi';
import { Form, FormField, useForm } from '../layout/forms';

/** The team as a change answers it (GET adds the criteria, areas and levels). */
export type StaffData = ApiAnswer<'/workspaces/{workspaceId}/organisation/staff/scale', 'put'>;
export type Position = StaffData['positions'][number];
export type Training = Position['training'][number];

/** Add or change a position: title, FTE in (0, 1], holder, job description. */
export function PositionForm({
  url,
  position,
  onDone,
}: {
  url: string;
  position?: Position;
  onDone(data: StaffData, notice: string): void;
}) {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const form = useForm();
  // The holder may be a login of the workspace (the demo's office is), else a name.
  const logins = useApi<ApiGet<'/workspaces/{workspaceId}/members'>>(`/workspaces/${workspaceId}/members`);
  const [v, setV] = useState({
    title: position?.title ?? '',
    fte: String(position?.fte ?? '1'),
    userId: position?.userId ?? '',
    holderName: position?.holderName ?? '',
    jobDescription: position?.jobDescription ?? '',
  });
  const body = { ...v, fte: Number(v.fte), userId: v.userId || null };
  return (
    <Form
      form={form}
      onSubmit={() =>
        form.submit(
          () =>
            position
              ? patch<StaffData>(`${url}/positions/${position.id}`, body)
              : post<StaffData>(`${url}/positions`, body),
          null,
          (d) => onDone(d, t(position ? 'orgStaff.saved' : 'orgStaff.added', { title: v.title })),
        )
      }
    >
      <FormField name="title" label={t('orgStaff.positionTitle')}>
        <input value={v.title} onChange={(e) => setV({ ...v, title: e.target.value })} required />
      </FormField>
      <FormField name="fte" label={t('orgStaff.fte')} hint={t('orgStaff.fteHint')}>
        <input
          type="number"
          step="0.05"
          value={v.fte}
          onChange={(e) => setV({ ...v, fte: e.target.value })}
          required
        />
      </FormField>
      <FormField name="userId" label={t('orgStaff.holderLogin')}>
        <select value={v.userId} onChange={(e) => setV({ ...v, userId: e.target.value })}>
          <option value="">{t('orgStaff.noLogin')}</option>
          {(logins.data?.members ?? []).map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </FormField>
      {!v.userId && (
        <FormField name="holderName" label={t('orgStaff.holder')}>
          <input value={v.holderName} onChange={(e) => setV({ ...v, holderName: e.target.value })} />
        </FormField>
      )}
      <FormField name="jobDescription" label={t('orgStaff.jobDescription')}>
        <textarea
          rows={3}
          value={v.jobDescription}
          onChange={(e) => setV({ ...v, jobDescription: e.target.value })}
        />
      </FormField>
      <button type="submit">{position ? t('orgStaff.save') : t('orgStaff.add')}</button>
    </Form>
  );
}

/** Scores on the ten criteria of the GIZ guide, on the team's scale (empty = not scored). */
export function ScoresForm({
  url,
  position,
  scaleMax,
  onDone,
}: {
  url: string;
  position: Position;
  scaleMax: number;
  onDone(data: StaffData, notice: string): void;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [scores, setScores] = useState<Record<string, string>>(
    Object.fromEntries(QUALIFICATION_CRITERION_KEYS.map((k) => [k, position.scores[k]?.toString() ?? ''])),
  );
  return (
    <Form
      form={form}
      onSubmit={() =>
        form.submit(
          () =>
            patch<StaffData>(`${url}/positions/${position.id}`, {
              scores: Object.fromEntries(
                Object.entries(scores).map(([k, s]) => [k, s === '' ? null : Number(s)]),
              ),
            }),
          null,
          (d) => onDone(d, t('orgStaff.scored', { title: position.holder ?? position.title })),
        )
      }
    >
      <p className="small muted">{t('orgStaff.scaleNote', { max: scaleMax })}</p>
      {QUALIFICATION_CRITERION_KEYS.map((k) => (
        <FormField key={k} name={`scores.${k}`} label={t(`orgStaff.criteria.${k}`)}>
          <select value={scores[k]} onChange={(e) => setScores({ ...scores, [k]: e.target.value })}>
            <option value="">{t('orgStaff.notScored')}</option>
            {Array.from({ length: scaleMax }, (_, i) => i + 1).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </FormField>
      ))}
      <button type="submit">{t('orgStaff.saveScores')}</button>
    </Form>
  );
}

/** Competence levels per area (GIZ): now and targeted. */
export function CompetencesForm({
  url,
  position,
  onDone,
}: {
  url: string;
  position: Position;
  onDone(data: StaffData, notice: string): void;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [c, setC] = useState<Record<string, { current: string | null; target: string | null }>>(
    position.competences,
  );
  const select = (area: string, key: 'current' | 'target') => (
    <FormField name={`competences.${area}.${key}`} label={t(`orgStaff.${key}`)}>
      <select
        value={c[area]?.[key] ?? ''}
        onChange={(e) =>
          setC({
            ...c,
            [area]: {
              current: c[area]?.current ?? null,
              target: c[area]?.target ?? null,
              [key]: e.target.value || null,
            },
          })
        }
      >
        <option value="">—</option>
        {COMPETENCE_LEVELS.map((l) => (
          <option key={l} value={l}>
            {t(`orgStaff.levels.${l}`)}
          </option>
        ))}
      </select>
    </FormField>
  );
  return (
    <Form
      form={form}
      onSubmit={() =>
        form.submit(
          () => patch<StaffData>(`${url}/positions/${position.id}`, { competences: c }),
          null,
          (d) => onDone(d, t('orgStaff.competencesSaved', { title: position.holder ?? position.title })),
        )
      }
    >
      {COMPETENCE_AREA_KEYS.map((a) => (
        <fieldset key={a}>
          <legend>{t(`orgStaff.areas.${a}`)}</legend>
          <div className="form-row">
            {select(a, 'current')}
            {select(a, 'target')}
          </div>
        </fieldset>
      ))}
      <button type="submit">{t('orgStaff.save')}</button>
    </Form>
  );
}

/** A training item: what, the area, the level aimed at, the due date. */
export function TrainingForm({
  url,
  position,
  onDone,
}: {
  url: string;
  position: Position;
  onDone(data: StaffData, notice: string): void;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [v, setV] = useState({
    item: '',
    area: COMPETENCE_AREA_KEYS[0] as string,
    targetLevel: 'advanced',
    dueOn: '',
  });
  return (
    <Form
      form={form}
      onSubmit={() =>
        form.submit(
          () => post<StaffData>(`${url}/positions/${position.id}/training`, { ...v, dueOn: v.dueOn || null }),
          null,
          (d) => onDone(d, t('orgStaff.trainingAdded', { item: v.item })),
        )
      }
    >
      <FormField name="item" label={t('orgStaff.trainingItem')}>
        <input value={v.item} onChange={(e) => setV({ ...v, item: e.target.value })} required />
      </FormField>
      <FormField name="area" label={t('orgStaff.area')}>
        <select value={v.area} onChange={(e) => setV({ ...v, area: e.target.value })}>
          {COMPETENCE_AREA_KEYS.map((a) => (
            <option key={a} value={a}>
              {t(`orgStaff.areas.${a}`)}
            </option>
          ))}
        </select>
      </FormField>
      <FormField name="targetLevel" label={t('orgStaff.targetLevel')}>
        <select value={v.targetLevel} onChange={(e) => setV({ ...v, targetLevel: e.target.value })}>
          {COMPETENCE_LEVELS.map((l) => (
            <option key={l} value={l}>
              {t(`orgStaff.levels.${l}`)}
            </option>
          ))}
        </select>
      </FormField>
      <FormField name="dueOn" label={t('orgStaff.dueOn')}>
        <input type="date" value={v.dueOn} onChange={(e) => setV({ ...v, dueOn: e.target.value })} />
      </FormField>
      <button type="submit">{t('orgStaff.addTraining')}</button>
    </Form>
  );
}
