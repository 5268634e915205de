import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { post } from '../api';
import { useApi } from '../useApi';
import { ErrorMessage, Loading } from '../layout/common';
import { Form, FormField, useForm } from '../layout/forms';
import { SourceNote } from '../layout/sources';
import type { RealignmentContext, Strategy, Summary } from './strategyTypes';

/** What the realignment draws on, and the new version started from the last one (001:3769–3799). */
export function Realignment({
  base,
  versions,
  canEdit,
  onStarted,
}: {
  base: string;
  versions: Summary[];
  canEdit: boolean;
  onStarted(id: string): void;
}) {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const navigate = useNavigate();
  const ctx = useApi<RealignmentContext>(`${base}/realignment`);
  const form = useForm();
  const last = versions[0];
  const [v, setV] = useState({ title: '', realignmentNotes: '', basedOnId: '' });
  useEffect(() => {
    if (ctx.data) setV((x) => ({ ...x, basedOnId: x.basedOnId || ctx.data!.agreed?.id || last?.id || '' }));
  }, [ctx.data, last]);
  if (ctx.error) return <ErrorMessage error={ctx.error} />;
  if (!ctx.data) return <Loading />;
  const c = ctx.data;
  return (
    <section aria-labelledby="realign-context" className="panel" data-testid="realignment">
      <p className="small">
        {t('strategy.realignIntro')} <SourceNote source="001:3769" />
      </p>
      <h2 id="realign-context" className="h-small">
        {t('strategy.realignPhases')}
      </h2>
      <ol className="grid-2">
        {c.phases.map((p) => (
          <li key={p.id}>
            <strong>{t(`strategy.phase.${p.id}`)}</strong> <SourceNote source={p.source} />
          </li>
        ))}
      </ol>
      <div className="grid-2">
        <div>
          <h3 className="h-small">{t('strategy.realignRecommendations')}</h3>
          {c.benchmarkRecommendations.length + c.evaluationRecommendations.length === 0 ? (
            <p className="small muted">{t('strategy.noRecommendations')}</p>
          ) : (
            <ul className="small">
              {c.benchmarkRecommendations.map((r) => (
                <li key={r.id}>
                  {t('strategy.fromBenchmarking')}: {r.text}
                </li>
              ))}
              {c.evaluationRecommendations.map((r) => (
                <li key={r.id}>
                  {r.evaluation}: {r.text}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3 className="h-small">{t('strategy.realignNeeds')}</h3>
          {c.needsSurvey ? (
            <ol className="small">
              {c.needsSurvey.needs.slice(0, 5).map((n) => (
                <li key={n.id}>{n.title}</li>
              ))}
            </ol>
          ) : (
            <p className="small muted">{t('goals.noNeeds')}</p>
          )}
          {c.goalsWithoutIndicator.length > 0 && (
            <p className="small">
              {t('strategy.goalsWithoutIndicator')}:{' '}
              <Link to={`/w/${workspaceId}/strategy/goals`}>
                {c.goalsWithoutIndicator.map((g) => g.title).join(', ')}
              </Link>
            </p>
          )}
        </div>
      </div>
      {canEdit && versions.length > 0 && (
        <Form
          form={form}
          aria-label={t('strategy.realignStart')}
          onSubmit={() =>
            form.submit(
              () => post<Strategy>(`${base}/strategies`, v),
              null,
              (r) => {
                onStarted(r.id);
                navigate(`/w/${workspaceId}/strategy?version=${r.id}`);
              },
            )
          }
        >
          <h3 className="h-small">{t('strategy.realignStart')}</h3>
          <div className="grid-2">
            <FormField name="basedOnId" label={t('strategy.field.basedOn')}>
              <select value={v.basedOnId} onChange={(e) => setV({ ...v, basedOnId: e.target.value })}>
                {versions.map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.version} · {x.title}
                  </option>
                ))}
              </select>
            </FormField>
            <FormField name="title" label={t('strategy.field.title')}>
              <input
                required
                maxLength={300}
                value={v.title}
                onChange={(e) => setV({ ...v, title: e.target.value })}
              />
            </FormField>
          </div>
          <FormField
            name="realignmentNotes"
            label={t('strategy.realignmentNotes')}
            hint={t('strategy.realignNotesHint')}
          >
            <textarea
              rows={3}
              value={v.realignmentNotes}
              onChange={(e) => setV({ ...v, realignmentNotes: e.target.value })}
            />
          </FormField>
          <div className="actions">
            <button type="submit">{t('strategy.realignSubmit')}</button>
          </div>
        </Form>
      )}
    </section>
  );
}
