import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post, put } from '../api';
import { formatNumber } from '../i18n';
import { Dialog } from '../layout/Dialog';
import { Form, FormField, useForm } from '../layout/forms';
import { TableScroll } from '../organisation/TableScroll';
import type { Application, CallDetail } from './callsParts';

/**
 * A call's assessment and selection (issue 15, item 2): the assessor's declaration of conflicts and
 * scores on the call's scale, every assessor's means for those who select, and the selection of
 * several applications with a reason each.
 */

/** The signed-in assessor's declaration of conflicts, then their scores per application. */
export function Assessment({
  detail,
  url,
  userId,
  onChange,
}: {
  detail: CallDetail;
  url: string;
  userId: string;
  onChange(d: CallDetail): void;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const declared = detail.myDeclaration;
  const [conflicts, setConflicts] = useState<string[]>(declared?.conflictApplicantIds ?? []);
  const [open, setOpen] = useState<Application | null>(null);
  return (
    <>
      <h2 id="assessment-heading">{t('progCalls.assessment')}</h2>
      <p className="small muted">{t('progCalls.assessmentIntro')}</p>
      <Form
        form={form}
        aria-labelledby="declaration-heading"
        onSubmit={() =>
          form.submit(
            () => put<CallDetail>(`${url}/declaration`, { conflictApplicantIds: conflicts }),
            t('progCalls.declared'),
            onChange,
          )
        }
      >
        <fieldset>
          <legend id="declaration-heading">{t('progCalls.declaration')}</legend>
          {detail.applications.map((a) => (
            <label key={a.id} className="inline block">
              <input
                type="checkbox"
                checked={conflicts.includes(a.applicant.id)}
                onChange={(e) =>
                  setConflicts(
                    e.target.checked
                      ? [...conflicts, a.applicant.id]
                      : conflicts.filter((c) => c !== a.applicant.id),
                  )
                }
              />{' '}
              {t('progCalls.conflictWith', { name: a.applicant.name })}
            </label>
          ))}
        </fieldset>
        <button type="submit">{declared ? t('progCalls.updateDeclaration') : t('progCalls.declare')}</button>
      </Form>
      {declared && (
        <ul className="plain-list" aria-labelledby="assessment-heading">
          {detail.applications
            .filter((a) => a.eligible)
            .map((a) => {
              const conflicted = declared.conflictApplicantIds.includes(a.applicant.id);
              const mine = a.scores.filter((s) => s.userId === userId);
              return (
                <li key={a.id}>
                  {a.applicant.name}:{' '}
                  {conflicted ? (
                    <em>{t('progCalls.conflictDeclared')}</em>
                  ) : (
                    <>
                      {mine.length
                        ? mine.map((s) => `${s.area} ${s.score}`).join(' · ')
                        : t('progCalls.notScored')}{' '}
                      <button type="button" onClick={() => setOpen(a)}>
                        {t('progCalls.score')}
                        <span className="visually-hidden"> {a.applicant.name}</span>
                      </button>
                    </>
                  )}
                </li>
              );
            })}
        </ul>
      )}
      <Dialog
        open={!!open}
        title={open ? t('progCalls.scoreTitle', { name: open.applicant.name }) : ''}
        onClose={() => setOpen(null)}
      >
        {open && (
          <ScoreForm
            detail={detail}
            application={open}
            url={url}
            userId={userId}
            onDone={(d) => (onChange(d), setOpen(null))}
          />
        )}
      </Dialog>
    </>
  );
}

function ScoreForm({
  detail,
  application,
  url,
  userId,
  onDone,
}: {
  detail: CallDetail;
  application: Application;
  url: string;
  userId: string;
  onDone(d: CallDetail): void;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const { min, max } = detail.call.scale;
  const initial = Object.fromEntries(
    detail.call.competenceAreas.map((area) => [
      area,
      String(application.scores.find((s) => s.userId === userId && s.area === area)?.score ?? ''),
    ]),
  );
  const [v, setV] = useState<Record<string, string>>(initial);
  const scale = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  return (
    <Form
      form={form}
      aria-label={t('progCalls.scoreTitle', { name: application.applicant.name })}
      onSubmit={() =>
        form.submit(
          () =>
            put<CallDetail>(`${url}/applications/${application.id}/scores`, {
              scores: Object.fromEntries(
                Object.entries(v)
                  .filter(([, s]) => s !== '')
                  .map(([a, s]) => [a, Number(s)]),
              ),
            }),
          null,
          onDone,
        )
      }
    >
      <p className="small muted">{t('progCalls.scaleSaid', { min, max })}</p>
      {detail.call.competenceAreas.map((area) => (
        <FormField key={area} name={`scores.${area}`} label={area}>
          <select value={v[area]} onChange={(e) => setV({ ...v, [area]: e.target.value })}>
            <option value="">—</option>
            {scale.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </FormField>
      ))}
      <button type="submit">{t('progCalls.saveScores')}</button>
    </Form>
  );
}

/** Every assessor's mean per competence area, for those who select. */
export function ScoresTable({ detail }: { detail: CallDetail }) {
  const { t, i18n } = useTranslation();
  const rows = detail.applications.filter((a) => a.eligible);
  if (!rows.length) return null;
  const num = (n: number | null | undefined) =>
    n === null || n === undefined ? '—' : formatNumber(n, i18n.language, 2);
  return (
    <>
      <h2 id="grid-heading">{t('progCalls.grid')}</h2>
      <p className="small muted">
        {t('progCalls.gridIntro', {
          assessors: detail.declarations.map((x) => x.userName).join(', ') || t('progCalls.none'),
        })}
      </p>
      <TableScroll label={t('progCalls.grid')}>
        <table tabIndex={0} aria-labelledby="grid-heading">
          <thead>
            <tr>
              <th scope="col">{t('progCalls.applicant')}</th>
              {detail.call.competenceAreas.map((a) => (
                <th scope="col" key={a}>
                  {a}
                </th>
              ))}
              <th scope="col">{t('progCalls.meanScore')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.id}>
                <th scope="row">{a.applicant.shortName || a.applicant.name}</th>
                {detail.call.competenceAreas.map((ar) => (
                  <td key={ar} className="num">
                    {num(a.meanByArea[ar])}
                  </td>
                ))}
                <td className="num">{num(a.mean)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

/** Several applications selected in one decision, each with its reason. */
export function Selection({
  detail,
  url,
  onChange,
}: {
  detail: CallDetail;
  url: string;
  onChange(d: CallDetail): void;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const open = detail.applications.filter((a) => a.eligible && !a.selected);
  const [picked, setPicked] = useState<Record<string, string>>({});
  if (!open.length) return null;
  const ids = Object.keys(picked);
  return (
    <>
      <h2 id="selection-heading">{t('progCalls.selection')}</h2>
      <Form
        form={form}
        aria-labelledby="selection-heading"
        onSubmit={() =>
          form.submit(
            () =>
              post<CallDetail>(`${url}/selection`, {
                selections: ids.map((applicationId) => ({ applicationId, reason: picked[applicationId] })),
              }),
            t('progCalls.selectedNotice', { count: ids.length }),
            (d) => (setPicked({}), onChange(d)),
          )
        }
      >
        {open.map((a) => {
          const i = ids.indexOf(a.id);
          return (
            <div key={a.id} className="selection-row">
              <label className="inline">
                <input
                  type="checkbox"
                  checked={a.id in picked}
                  onChange={(e) => {
                    const next = { ...picked };
                    if (e.target.checked) next[a.id] = '';
                    else delete next[a.id];
                    setPicked(next);
                  }}
                />{' '}
                {t('progCalls.select', { name: a.applicant.name })}
              </label>
              {a.id in picked && (
                <FormField
                  name={`selections.${i}.reason`}
                  label={t('progCalls.reasonFor', { name: a.applicant.name })}
                >
                  <input
                    value={picked[a.id]}
                    onChange={(e) => setPicked({ ...picked, [a.id]: e.target.value })}
                    required
                  />
                </FormField>
              )}
            </div>
          );
        })}
        <button type="submit" disabled={!ids.length}>
          {t('progCalls.selectSubmit', { count: ids.length })}
        </button>
      </Form>
    </>
  );
}
