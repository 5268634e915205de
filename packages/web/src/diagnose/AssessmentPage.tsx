import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { post, put } from '../api';
import { useApi } from '../useApi';
import { ActionNotice, useAction } from '../useAction';
import { useSession } from '../session';
import { ErrorMessage, ExportLinks, Loading } from '../layout/common';
import { formatDateTime } from '../i18n';
import { ChoiceGroup, Form, FormField, useForm } from '../layout/forms';
import { DiagnoseNav } from './DiagnoseNav';
import { EDITORS } from './constants';
import type { Assessment, AssessmentList } from './diagnoseTypes';

const SIDES = ['companies', 'associations'] as const;

/**
 * Whether partnering with existing associations is deemed unrealistic or undesirable, by which side
 * and why: part C of Table 2 is investigated only then (MarketMakers 000:110).
 */
function PartneringForm({
  workspaceId,
  assessment,
  onSaved,
}: {
  workspaceId: string;
  assessment: Assessment;
  onSaved(): Promise<unknown>;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [sides, setSides] = useState<string[]>(assessment.part_c_sides);
  const [reasons, setReasons] = useState(assessment.part_c_reasons);
  return (
    <Form
      form={form}
      className="panel"
      aria-labelledby="partnering-title"
      data-testid="partnering-form"
      onSubmit={() =>
        form.submit(
          () =>
            put(`/workspaces/${workspaceId}/association-assessments/${assessment.id}/partnering`, {
              sides,
              reasons,
            }),
          sides.length ? t('assessment.partC.opened') : t('assessment.partC.closed'),
          onSaved,
        )
      }
    >
      <h3 id="partnering-title" className="h-small">
        {t('assessment.partC.judgement')}
      </h3>
      <ChoiceGroup
        name="sides"
        legend={t('assessment.partC.sides')}
        options={SIDES}
        label={(o) => t(`assessment.partC.side.${o}`)}
        value={sides}
        onChange={setSides}
      />
      <FormField name="reasons" label={t('assessment.reasons')}>
        <textarea
          rows={2}
          value={reasons}
          onChange={(e) => setReasons(e.target.value)}
          required={sides.length > 0}
        />
      </FormField>
      <button type="submit" disabled={form.busy}>
        {t('assessment.partC.save')}
      </button>
    </Form>
  );
}

/** Rapid assessment of existing associations (MarketMakers Table 2) and its recommendation. */
/** `nav`: the navigation on top (the programme's agency diagnosis puts its own; issue 15). */
export function AssessmentPage({ nav = <DiagnoseNav /> }: { nav?: ReactNode } = {}) {
  const { t, i18n } = useTranslation();
  const { workspaceId = '' } = useParams();
  const { me } = useSession();
  const role = me?.workspaces.find((w) => w.id === workspaceId)?.role ?? '';
  const canEdit = EDITORS.includes(role);
  const list = useApi<AssessmentList>(`/workspaces/${workspaceId}/association-assessments`);
  const [id, setId] = useState('');
  useEffect(() => {
    if (!id && list.data?.assessments[0]) setId(list.data.assessments[0].id);
  }, [list.data, id]);
  const a = useApi<Assessment>(id ? `/workspaces/${workspaceId}/association-assessments/${id}` : null);
  const [title, setTitle] = useState('');
  const [answer, setAnswer] = useState({ questionId: 'A1', informant: '', association: '', answer: '' });
  const [rec, setRec] = useState({ recommendation: 'create_new', association: '', reasons: '' });
  const { message, act } = useAction(() => a.reload());
  if (list.error) return <ErrorMessage error={list.error} />;
  if (!list.data) return <Loading />;
  const d = a.data;
  const part = d?.questions.find((q) => q.id === answer.questionId)?.part;
  const partCOpen = (d?.part_c_sides.length ?? 0) > 0;

  return (
    <section aria-labelledby="assessment-title">
      <h1 id="assessment-title">{t('assessment.title')}</h1>
      {nav}
      <p className="lead">{t('assessment.intro')}</p>
      <ActionNotice message={message} />
      {list.data.assessments.length > 0 ? (
        <label>
          {t('assessment.assessment')}
          <select value={id} onChange={(e) => setId(e.target.value)}>
            {list.data.assessments.map((x) => (
              <option key={x.id} value={x.id}>
                {x.title}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <p className="muted">{t('assessment.none')}</p>
      )}
      {canEdit && (
        <form
          className="panel form-row"
          onSubmit={async (e) => {
            e.preventDefault();
            const created = await post<{ id: string }>(`/workspaces/${workspaceId}/association-assessments`, {
              title,
            });
            setTitle('');
            await list.reload();
            setId(created.id);
          }}
        >
          <label>
            {t('assessment.newTitle')}
            <input value={title} onChange={(e) => setTitle(e.target.value)} required />
          </label>
          <button type="submit">{t('assessment.start')}</button>
        </form>
      )}
      {d && (
        <>
          <ExportLinks path={`/workspaces/${workspaceId}/association-assessments/${d.id}`} />
          {(['A', 'B', 'C'] as const).map((p) => (
            <section key={p}>
              <h2 className="h-small">
                {t('assessment.part', { part: p })}:{' '}
                {t(`assessment.parts.${p}`, { defaultValue: d.parts[p] })}
              </h2>
              <p className="small" data-testid={`preamble-${p}`}>
                {t(`assessment.preambles.${p}`, { defaultValue: d.preambles[p].text })}
              </p>
              {p === 'C' && (
                <div data-testid="part-c-state">
                  {partCOpen ? (
                    <p className="notice">
                      {t('assessment.partC.deemedBy', {
                        sides: d.part_c_sides.map((x) => t(`assessment.partC.side.${x}`)).join(', '),
                      })}{' '}
                      {d.part_c_reasons}
                    </p>
                  ) : (
                    <p className="muted">{t('assessment.partC.notYet')}</p>
                  )}
                  {canEdit && (
                    <PartneringForm
                      key={`${d.id}-${d.part_c_opened_at ?? ''}`}
                      workspaceId={workspaceId}
                      assessment={d}
                      onSaved={() => a.reload()}
                    />
                  )}
                </div>
              )}
              {p === 'C' && !partCOpen
                ? null
                : d.questions
                    .filter((q) => q.part === p)
                    .map((q) => (
                      <div key={q.id} className="panel" data-testid={`question-${q.id}`}>
                        <p>
                          <strong>{q.id}.</strong>{' '}
                          {t(`assessment.questions.${q.id}`, { defaultValue: q.text })}
                        </p>
                        {q.answers.length === 0 ? (
                          <p className="small muted">{t('assessment.noAnswer')}</p>
                        ) : (
                          <ul>
                            {q.answers.map((x) => (
                              <li key={x.id}>
                                <strong>{x.informant}</strong>
                                {x.association && ` (${x.association})`}: {x.answer}
                              </li>
                            ))}
                          </ul>
                        )}
                      </div>
                    ))}
            </section>
          ))}
          {canEdit && (
            <form
              className="panel"
              onSubmit={(e) => (
                e.preventDefault(),
                act(
                  () =>
                    post(`/workspaces/${workspaceId}/association-assessments/${d.id}/answers`, answer).then(
                      () => setAnswer({ ...answer, answer: '' }),
                    ),
                  t('assessment.answered'),
                )
              )}
            >
              <h2 className="h-small">{t('assessment.addAnswer')}</h2>
              <div className="form-row">
                <label>
                  {t('assessment.question')}
                  <select
                    value={answer.questionId}
                    onChange={(e) => setAnswer({ ...answer, questionId: e.target.value })}
                  >
                    {d.questions
                      .filter((q) => q.open)
                      .map((q) => (
                        <option key={q.id} value={q.id}>
                          {q.id}
                        </option>
                      ))}
                  </select>
                </label>
                <label>
                  {t('assessment.informant')}
                  <input
                    value={answer.informant}
                    onChange={(e) => setAnswer({ ...answer, informant: e.target.value })}
                    required
                  />
                </label>
                <label>
                  {t('assessment.association')}
                  <input
                    value={answer.association}
                    onChange={(e) => setAnswer({ ...answer, association: e.target.value })}
                    required={part === 'B'}
                  />
                </label>
              </div>
              <label>
                {t('assessment.answer')}
                <textarea
                  rows={2}
                  value={answer.answer}
                  onChange={(e) => setAnswer({ ...answer, answer: e.target.value })}
                  required
                />
              </label>
              <button type="submit">{t('assessment.save')}</button>
            </form>
          )}
          <h2>{t('assessment.recommendation')}</h2>
          {d.recommendation ? (
            <div className="panel" data-testid="recommendation">
              <p>
                <strong>{t(`assessment.recommendations.${d.recommendation}`)}</strong>
                {d.recommended_association && `: ${d.recommended_association}`}
              </p>
              <p>{d.reasons}</p>
              {d.decided_at && <p className="small muted">{formatDateTime(d.decided_at, i18n.language)}</p>}
            </div>
          ) : (
            <p className="muted">{t('assessment.noRecommendation')}</p>
          )}
          {['owner', 'manager'].includes(role) && (
            <form
              className="panel"
              onSubmit={(e) => (
                e.preventDefault(),
                act(
                  () => put(`/workspaces/${workspaceId}/association-assessments/${d.id}/recommendation`, rec),
                  t('assessment.recorded'),
                )
              )}
            >
              <fieldset>
                <legend>{t('assessment.recommendation')}</legend>
                {(['partner_existing', 'create_new'] as const).map((r) => (
                  <label key={r} className="checkbox">
                    <input
                      type="radio"
                      name="recommendation"
                      checked={rec.recommendation === r}
                      onChange={() => setRec({ ...rec, recommendation: r })}
                    />
                    {t(`assessment.recommendations.${r}`)}
                  </label>
                ))}
              </fieldset>
              {rec.recommendation === 'partner_existing' && (
                <label>
                  {t('assessment.association')}
                  <input
                    value={rec.association}
                    onChange={(e) => setRec({ ...rec, association: e.target.value })}
                    required
                  />
                </label>
              )}
              <label>
                {t('assessment.reasons')}
                <textarea
                  rows={3}
                  value={rec.reasons}
                  onChange={(e) => setRec({ ...rec, reasons: e.target.value })}
                  required
                />
              </label>
              <button type="submit">{t('assessment.recordButton')}</button>
            </form>
          )}
        </>
      )}
    </section>
  );
}
