import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { post } from '../../api';
import { ActionNotice, useAction } from '../../useAction';
import type { MostNamed, TiesImported } from './survey-types';

export type { MostNamed };

const BAR = '#0b5f73';
/** Importing ties changes the network, not what the survey page shows: nothing to reload. */
const nothingToReload = () => Promise.resolve();

/** The result of an actor_ties question: ties named, the most named actors, and (for the team) the import. */
export function ActorTiesResult({
  question,
  tieType,
  named,
  mostNamed,
  surveyBase,
  workspaceId,
  canImport,
}: {
  question: string;
  tieType: string;
  named: number;
  mostNamed: MostNamed[];
  surveyBase: string;
  workspaceId: string;
  canImport: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <dl className="baseline">
        <div>
          <dt>{t('diagnose.tieType')}</dt>
          <dd>{t(`tieType.${tieType}`, tieType)}</dd>
        </div>
        <div>
          <dt>{t('surveys.ties.results.named')}</dt>
          <dd data-testid="ties-named">{named}</dd>
        </div>
      </dl>
      {mostNamed.length === 0 ? (
        <p className="muted">{t('surveys.ties.results.none')}</p>
      ) : (
        <MostNamedActors question={question} actors={mostNamed} />
      )}
      {canImport && named > 0 && (
        <AddTiesToNetwork question={question} surveyBase={surveyBase} workspaceId={workspaceId} />
      )}
    </>
  );
}

/** The actors named most often, as bars and as a table of numbers. */
function MostNamedActors({ question, actors }: { question: string; actors: MostNamed[] }) {
  const { t } = useTranslation();
  const title = t('surveys.ties.results.mostNamed');
  const headingId = `most-named-${question}`;
  return (
    <>
      <h4 id={headingId}>{title}</h4>
      <figure className="chart">
        <figcaption>{t('surveys.ties.results.chartCaption')}</figcaption>
        <div role="img" aria-label={`${title}: ${actors.map((a) => `${a.name} ${a.count}`).join('; ')}`}>
          <ResponsiveContainer width="100%" height={40 + actors.length * 28}>
            <BarChart data={actors} layout="vertical" margin={{ left: 10, right: 30 }}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" allowDecimals={false} />
              <YAxis type="category" dataKey="name" width={230} tick={{ fontSize: 12 }} />
              <Tooltip />
              <Bar
                dataKey="count"
                name={t('surveys.ties.results.times')}
                fill={BAR}
                isAnimationActive={false}
              />
            </BarChart>
          </ResponsiveContainer>
        </div>
      </figure>
      <table aria-labelledby={headingId}>
        <thead>
          <tr>
            <th scope="col">{t('surveys.ties.results.actor')}</th>
            <th scope="col">{t('surveys.ties.results.times')}</th>
          </tr>
        </thead>
        <tbody>
          {actors.map((a) => (
            <tr key={a.actorId}>
              <th scope="row">{a.name}</th>
              <td className="num">{a.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/**
 * Adds the ties named in answer to one question to the network of the diagnosis, dated on a chosen
 * day or each on its response's own date. Running it again skips the ties already there.
 */
function AddTiesToNetwork({
  question,
  surveyBase,
  workspaceId,
}: {
  question: string;
  surveyBase: string;
  workspaceId: string;
}) {
  const { t } = useTranslation();
  const { message, act } = useAction(nothingToReload);
  const [observedOn, setObservedOn] = useState('');
  const titleId = `ties-import-${question}`;
  return (
    <form
      className="panel"
      aria-labelledby={titleId}
      onSubmit={(e) => {
        e.preventDefault();
        void act(
          () =>
            post<TiesImported>(`${surveyBase}/ties`, {
              question,
              ...(observedOn ? { observedOn } : {}),
            }),
          (r) =>
            [
              r.created
                ? t('surveys.ties.import.created', { count: r.created })
                : t('surveys.ties.import.noneCreated'),
              r.skipped > 0 && t('surveys.ties.import.skipped', { count: r.skipped }),
              r.withoutActor > 0 && t('surveys.ties.import.withoutActor', { count: r.withoutActor }),
            ]
              .filter(Boolean)
              .join(', ') + '.',
        );
      }}
    >
      <h4 id={titleId} className="h-small">
        {t('surveys.ties.import.title')}
      </h4>
      <p className="small muted">{t('surveys.ties.import.hint')}</p>
      <label>
        {t('surveys.ties.import.observedOn')}
        <input
          type="date"
          value={observedOn}
          onChange={(e) => setObservedOn(e.target.value)}
          aria-describedby={`${titleId}-date`}
        />
      </label>
      <p id={`${titleId}-date`} className="small muted">
        {t('surveys.ties.import.observedOnHint')}
      </p>
      <button type="submit">{t('surveys.ties.import.submit')}</button>
      <ActionNotice message={message} />
      <p>
        <Link to={`/w/${workspaceId}/diagnose/network`}>{t('surveys.ties.import.network')}</Link>
      </p>
    </form>
  );
}
