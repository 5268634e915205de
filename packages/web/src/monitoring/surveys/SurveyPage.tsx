import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { post, upload } from '../../api';
import { OpenListResult } from './OpenListResult';
import { useApi } from '../../useApi';
import { ActionNotice, useAction } from '../../useAction';
import { ErrorMessage, Loading } from '../../layout/common';
import { MonitoringNav, useWorkspaceKind } from '../MonitoringNav';
import { useSession } from '../../session';
import { EDITORS } from '../../diagnose/constants';
import { useText } from './SurveyForm';
import { ImportWarnings } from './ImportWarnings';
import { SurveyEdit } from './SurveyEdit';
import { ActorTiesResult } from './ActorTiesResult';
import type {
  RemindStarted,
  RespondentsImported,
  SendStarted,
  SurveyDetail,
  SurveyResults,
} from './survey-types';
import { JobProgress, useJob } from '../../jobs/JobProgress';

/** One survey: distribution, reminders, response rate and results (raw counts, percentages, collapse). */
export function SurveyPage() {
  const { t, i18n } = useTranslation();
  const text = useText();
  const { workspaceId = '', surveyId = '' } = useParams();
  const base = `/workspaces/${workspaceId}/surveys/${surveyId}`;
  const { me } = useSession();
  const role = me?.workspaces.find((w) => w.id === workspaceId)?.role ?? '';
  // Ties go into the network of the diagnosis, which its editors keep (a cluster initiative's team).
  const canImportTies = useWorkspaceKind() === 'cluster_initiative' && EDITORS.includes(role);
  const detail = useApi<SurveyDetail>(base);
  const [collapse, setCollapse] = useState(false);
  const results = useApi<SurveyResults>(`${base}/results${collapse ? '?collapse=default' : ''}`);
  const { message, act } = useAction(() => Promise.all([detail.reload(), results.reload()]));
  const [send, setSend] = useState({ members: true, actors: false });
  // Exports write question and choice labels in the reader's language when asked (else names).
  const [labelled, setLabelled] = useState(false);
  const labels = labelled ? `&labels=${i18n.language.slice(0, 2)}` : '';
  // Links and reminders are mailed by a job (202); its progress shows until it is done.
  const { job, track } = useJob();
  if (detail.error) return <ErrorMessage error={detail.error} />;
  if (!detail.data) return <Loading />;
  const d = detail.data;
  const repeats = (d.form?.groups ?? []).filter((g) => g.repeat);
  const num = (v: number | null | undefined, digits = 1) =>
    v === null || v === undefined
      ? '—'
      : new Intl.NumberFormat(i18n.language, { maximumFractionDigits: digits }).format(v);
  const pct = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${num(v)} %`);

  return (
    <section aria-labelledby="survey-title">
      <h1 id="survey-title">{text(d.title)}</h1>
      <MonitoringNav />
      <ActionNotice message={message} />
      {['owner', 'manager', 'staff', 'officer'].includes(role) && (
        <SurveyEdit
          base={base}
          listUrl={`/w/${workspaceId}/monitoring/surveys`}
          survey={d}
          canDelete={['owner', 'manager'].includes(role)}
          onSaved={detail.reload}
        />
      )}
      <dl className="baseline">
        <div>
          <dt>{t('surveys.stats.invited')}</dt>
          <dd data-testid="invited">{d.invited}</dd>
        </div>
        <div>
          <dt>{t('surveys.stats.responses')}</dt>
          <dd data-testid="responses">{d.responses}</dd>
        </div>
        <div>
          <dt>{t('surveys.stats.rate')}</dt>
          <dd data-testid="response-rate">
            {d.responseRate === null
              ? '—'
              : new Intl.NumberFormat(i18n.language, { style: 'percent' }).format(d.responseRate)}
          </dd>
        </div>
        <div>
          <dt>{t('surveys.field.deadline')}</dt>
          <dd>
            {new Date(d.deadline).toLocaleString(i18n.language)} {d.closed && `(${t('surveys.closed')})`}
          </dd>
        </div>
        <div>
          <dt>{t('surveys.field.anonymous')}</dt>
          <dd>{d.anonymous ? t('common.yes') : t('common.no')}</dd>
        </div>
      </dl>

      <ImportWarnings form={d.form} />
      <JobProgress job={job} />
      {!d.closed && (
        <div className="grid-2">
          <form
            className="panel"
            onSubmit={(e) => (
              e.preventDefault(),
              act(
                async () =>
                  track<{ notMailed: string[] }>(
                    workspaceId,
                    (
                      await post<SendStarted>(`${base}/send`, {
                        members: send.members,
                        actors: send.actors ? 'all_with_email' : 'none',
                      })
                    ).jobId,
                  ),
                (r) =>
                  r.notMailed.length
                    ? t('surveys.notMailed', { count: r.notMailed.length, emails: r.notMailed.join(', ') })
                    : t('surveys.send.done'),
              )
            )}
          >
            <h2 className="h-small">{t('surveys.send.title')}</h2>
            <label className="inline">
              <input
                type="checkbox"
                checked={send.members}
                onChange={(e) => setSend({ ...send, members: e.target.checked })}
              />
              {t('surveys.send.members')}
            </label>
            <label className="inline">
              <input
                type="checkbox"
                checked={send.actors}
                onChange={(e) => setSend({ ...send, actors: e.target.checked })}
              />
              {t('surveys.send.actors')}
            </label>
            <button type="submit">{t('surveys.send.submit')}</button>
          </form>
          <form
            className="panel"
            data-testid="respondent-list"
            onSubmit={(e) => {
              e.preventDefault();
              const form = e.currentTarget;
              void act(
                async () =>
                  track<{ notMailed: string[]; newlyInvited: number }>(
                    workspaceId,
                    (await upload<RespondentsImported>(`${base}/respondents/import`, new FormData(form)))
                      .jobId,
                  ),
                (r) =>
                  r.notMailed.length
                    ? t('surveys.notMailed', { count: r.notMailed.length, emails: r.notMailed.join(', ') })
                    : t('surveys.list.done', { count: r.newlyInvited }),
              ).then(() => form.reset());
            }}
          >
            <h2 className="h-small">{t('surveys.list.title')}</h2>
            <p className="small muted">{t('surveys.list.hint')}</p>
            <label>
              {t('surveys.list.file')}
              <input type="file" name="file" accept=".csv,.xlsx" required />
            </label>
            <button type="submit">{t('surveys.list.submit')}</button>
          </form>
          {d.invited > 0 && (
            <div className="panel">
              <h2 className="h-small">{t('surveys.remind.title')}</h2>
              <p className="small muted">{t('surveys.remind.hint')}</p>
              <button
                type="button"
                onClick={() =>
                  act(
                    async () =>
                      track<{ notMailed: string[] }>(
                        workspaceId,
                        (await post<RemindStarted>(`${base}/remind`)).jobId,
                      ),
                    (r) =>
                      r.notMailed.length
                        ? t('surveys.notMailed', {
                            count: r.notMailed.length,
                            emails: r.notMailed.join(', '),
                          })
                        : t('surveys.remind.done'),
                  )
                }
              >
                {t('surveys.remind.submit')}
              </button>
            </div>
          )}
        </div>
      )}

      <h2>{t('surveys.results.title')}</h2>
      <label className="inline">
        <input type="checkbox" checked={collapse} onChange={(e) => setCollapse(e.target.checked)} />
        {t('surveys.results.collapse')}
      </label>
      {d.responses === 0 && <p className="muted">{t('surveys.results.none')}</p>}
      {results.error && <ErrorMessage error={results.error} />}
      {results.data?.questions.map((q) => (
        <div key={q.name} className="question-result" data-testid={`result-${q.name}`}>
          <h3 id={`r-${q.name}`}>{text(q.label)}</h3>
          <p className="small muted">{t('surveys.results.answered', { count: q.answered })}</p>
          {(q.categories ?? q.choices) && (
            <table aria-labelledby={`r-${q.name}`}>
              <thead>
                <tr>
                  <th scope="col">
                    {q.categories ? t('surveys.results.category') : t('surveys.results.choice')}
                  </th>
                  <th scope="col">{t('surveys.results.count')}</th>
                  <th scope="col">{t('surveys.results.percentage')}</th>
                </tr>
              </thead>
              <tbody>
                {(q.categories ?? q.choices)!.map((c, i) => (
                  <tr key={i}>
                    <th scope="row">{text(c.label)}</th>
                    <td className="num">{c.count}</td>
                    <td className="num">{pct(c.percentage)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {q.ranking && (
            <table aria-labelledby={`r-${q.name}`}>
              <thead>
                <tr>
                  <th scope="col">{t('surveys.results.choice')}</th>
                  <th scope="col">{t('surveys.results.score')}</th>
                  <th scope="col">{t('surveys.results.firsts')}</th>
                  <th scope="col">{t('surveys.results.mentions')}</th>
                </tr>
              </thead>
              <tbody>
                {q.ranking.map((r) => (
                  <tr key={r.option}>
                    <th scope="row">{text(r.label)}</th>
                    <td className="num">{r.score}</td>
                    <td className="num">{r.firsts}</td>
                    <td className="num">{r.mentions}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {q.type === 'number' && (
            <p>
              {t('surveys.results.numbers', {
                mean: num(q.mean, 2),
                median: num(q.median, 2),
                min: num(q.min, 2),
                max: num(q.max, 2),
              })}
            </p>
          )}
          {q.type === 'actor_ties' && (
            <ActorTiesResult
              question={q.name}
              tieType={q.tieType ?? ''}
              named={q.named ?? 0}
              mostNamed={q.mostNamed ?? []}
              surveyBase={base}
              workspaceId={workspaceId}
              canImport={canImportTies}
            />
          )}
          {q.type === 'open_list' && (
            <OpenListResult
              question={q.name}
              items={q.items ?? 0}
              coded={q.coded ?? 0}
              themes={q.themes ?? []}
              surveyBase={base}
              canCode={['owner', 'manager', 'staff', 'officer'].includes(role)}
              onCoded={results.reload}
            />
          )}
          {q.texts &&
            (q.texts.length === 0 ? (
              <p className="muted">—</p>
            ) : (
              <ul>
                {q.texts.map((x, i) => (
                  <li key={i}>{x}</li>
                ))}
              </ul>
            ))}
        </div>
      ))}
      <h2>{t('surveys.export.title')}</h2>
      <label className="inline">
        <input type="checkbox" checked={labelled} onChange={(e) => setLabelled(e.target.checked)} />{' '}
        {t('surveys.export.labels')}
      </label>
      <p>
        <a href={`/api/v1${base}/responses/export?format=csv${labels}`}>{t('surveys.export.csv')}</a> ·{' '}
        <a href={`/api/v1${base}/responses/export?format=xlsx${labels}`}>{t('surveys.export.xlsx')}</a> ·{' '}
        <a href={`/api/v1${base}/xlsform`}>{t('surveys.export.xlsform')}</a>
      </p>
      {repeats.length > 0 && (
        <p className="small">
          {t('surveys.export.repeats')}{' '}
          {repeats.map((g, i) => (
            <span key={g.name}>
              {i > 0 && ' · '}
              <a
                href={`/api/v1${base}/responses/export?format=csv&repeat=${encodeURIComponent(g.name)}${labels}`}
              >
                {t('surveys.export.repeatCsv', { name: g.label ? text(g.label) : g.name })}
              </a>
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
