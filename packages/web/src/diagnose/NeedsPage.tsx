import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { post, put } from '../api';
import { useApi } from '../useApi';
import { ActionNotice, useAction } from '../useAction';
import { useSession } from '../session';
import { ErrorMessage, Loading } from '../layout/common';
import { formatNumber } from '../i18n';
import { DiagnoseNav } from './DiagnoseNav';
import { NeedsWorkshop } from './NeedsWorkshop';
import type { Need, NeedsSurveyList, Survey } from './diagnoseTypes';

const VOTES = [1, 2, 3] as const;
/** One decimal as the guide prints it (001:1617). */
const oneDecimal = (score: number | null, lng: string) =>
  score === null ? '—' : formatNumber(Math.round(score * 10 + 1e-9) / 10, lng, 1);

export function NeedsPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '' } = useParams();
  const { me } = useSession();
  const role = me?.workspaces.find((w) => w.id === workspaceId)?.role ?? '';
  const organiser = ['owner', 'manager', 'staff'].includes(role);
  const list = useApi<NeedsSurveyList>(`/workspaces/${workspaceId}/needs-surveys`);
  const [surveyId, setSurveyId] = useState('');
  useEffect(() => {
    if (!surveyId && list.data?.surveys[0]) setSurveyId(list.data.surveys[0].id);
  }, [list.data, surveyId]);
  const survey = useApi<Survey>(surveyId ? `/workspaces/${workspaceId}/needs-surveys/${surveyId}` : null);
  const [ballot, setBallot] = useState<Record<string, number>>({});
  const [draft, setDraft] = useState({ title: '', needs: '', teamVotes: false });

  const { message, setMessage, act } = useAction(() => Promise.all([survey.reload(), list.reload()]));
  if (list.error) return <ErrorMessage error={list.error} />;
  if (!list.data) return <Loading />;
  const s = survey.data;
  const ranked = s ? [...s.needs].sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9)) : [];
  const categories = s ? [...new Set(s.needs.map((n) => n.category))] : [];
  const vote = (n: Need) => ballot[n.id] ?? n.myVote ?? 0;

  return (
    <section aria-labelledby="needs-title">
      <h1 id="needs-title">{t('needs.title')}</h1>
      <DiagnoseNav />
      <p className="lead">{t('needs.intro')}</p>
      <ActionNotice message={message} />
      {list.data.surveys.length > 0 && (
        <label>
          {t('needs.survey')}
          <select value={surveyId} onChange={(e) => setSurveyId(e.target.value)}>
            {list.data.surveys.map((x) => (
              <option key={x.id} value={x.id}>
                {x.title} ({t(`needs.status.${x.status}`)})
              </option>
            ))}
          </select>
        </label>
      )}
      {list.data.surveys.length === 0 && <p className="muted">{t('needs.none')}</p>}

      {s && s.canVote && s.needs.length > 0 && (
        <form
          className="panel"
          onSubmit={(e) => {
            e.preventDefault();
            const votes = s.needs.filter((n) => vote(n) > 0).map((n) => ({ needId: n.id, vote: vote(n) }));
            if (!votes.length) return setMessage({ ok: false, text: t('needs.nothingChosen') });
            void act(
              () => put(`/workspaces/${workspaceId}/needs-surveys/${s.id}/votes`, { votes }),
              t('needs.voted'),
            );
          }}
        >
          <h2 className="h-small">{t('needs.yourVote')}</h2>
          <p className="small" data-testid="votes-for">
            {t(s.votesFor === 'organisation' ? 'needs.forOrganisation' : 'needs.asTeam')}
          </p>
          {categories.map((c) => (
            <div key={c}>
              <h3 className="h-small">{c}</h3>
              {s.needs
                .filter((n) => n.category === c)
                .map((n) => (
                  <fieldset key={n.id} className="vote">
                    <legend>{n.title}</legend>
                    {VOTES.map((v) => (
                      <label key={v} className="checkbox">
                        <input
                          type="radio"
                          name={`vote-${n.id}`}
                          value={v}
                          checked={vote(n) === v}
                          onChange={() => setBallot({ ...ballot, [n.id]: v })}
                        />
                        {t(`needs.votes.${v}`)}
                      </label>
                    ))}
                  </fieldset>
                ))}
            </div>
          ))}
          <button type="submit">{t('needs.submit')}</button>
        </form>
      )}

      {s && (
        <>
          <h2>{t('needs.ranking')}</h2>
          <p className="small">{t('needs.rankingHelp', { voters: s.voters })}</p>
          <p className="small muted" data-testid="who-votes">
            {t(s.team_votes ? 'needs.whoVotesTeam' : 'needs.whoVotes', { workshop: s.workshopVoters })}
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t('needs.need')}</th>
                <th scope="col">{t('needs.votes.1')}</th>
                <th scope="col">{t('needs.votes.2')}</th>
                <th scope="col">{t('needs.votes.3')}</th>
                <th scope="col">{t('needs.score')}</th>
                {['owner', 'manager'].includes(role) && <th scope="col">{t('needs.goal')}</th>}
              </tr>
            </thead>
            <tbody>
              {ranked.map((n) => (
                <tr key={n.id}>
                  <td>{n.rank ?? '—'}</td>
                  <td>
                    {n.title} <span className="small muted">({n.category})</span>
                    {n.is_goal && <span className="badge"> {t('needs.isGoal')}</span>}
                  </td>
                  <td className="num">{n.lessImportant}</td>
                  <td className="num">{n.important}</td>
                  <td className="num">{n.veryImportant}</td>
                  <td>
                    <meter min={1} max={3} value={n.score ?? 1} aria-label={t('needs.score')} />{' '}
                    <span data-testid="need-score">{oneDecimal(n.score, i18n.language)}</span>
                  </td>
                  {['owner', 'manager'].includes(role) && (
                    <td>
                      {n.is_goal ? (
                        // The mark follows the goals: a goal answers this need; it is changed there.
                        <Link to={`/w/${workspaceId}/strategy/goals`}>{t('needs.seeGoal')}</Link>
                      ) : (
                        <button
                          type="button"
                          className="link"
                          onClick={() =>
                            act(
                              () => put(`/workspaces/${workspaceId}/needs/${n.id}/goal`, { isGoal: true }),
                              t('needs.goalCreated'),
                            )
                          }
                        >
                          {t('needs.markGoal')}
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          {organiser && s.status === 'open' && (
            <NeedsWorkshop
              workspaceId={workspaceId}
              survey={s}
              onSaved={async (text) => {
                await survey.reload();
                setMessage({ ok: true, text });
              }}
            />
          )}
          {organiser && s.status === 'open' && (
            <button
              type="button"
              className="secondary"
              onClick={() =>
                act(() => post(`/workspaces/${workspaceId}/needs-surveys/${s.id}/close`), t('needs.closed'))
              }
            >
              {t('needs.close')}
            </button>
          )}
        </>
      )}

      {organiser && (
        <form
          className="panel"
          onSubmit={(e) => {
            e.preventDefault();
            const needs = draft.needs
              .split('\n')
              .map((l) => l.trim())
              .filter(Boolean)
              .map((l) => {
                const [category, ...rest] = l.split(':');
                return rest.length
                  ? { category: category!.trim(), title: rest.join(':').trim() }
                  : { category: t('needs.general'), title: l };
              });
            void act(async () => {
              const created = await post<{ id: string }>(`/workspaces/${workspaceId}/needs-surveys`, {
                title: draft.title,
                teamVotes: draft.teamVotes,
                needs,
              });
              setSurveyId(created.id);
              setDraft({ title: '', needs: '', teamVotes: false });
            }, t('needs.created'));
          }}
        >
          <h2 className="h-small">{t('needs.new')}</h2>
          <label>
            {t('needs.surveyTitle')}
            <input
              value={draft.title}
              onChange={(e) => setDraft({ ...draft, title: e.target.value })}
              required
            />
          </label>
          <label>
            {t('needs.needsLines')}
            <textarea
              rows={5}
              value={draft.needs}
              onChange={(e) => setDraft({ ...draft, needs: e.target.value })}
            />
          </label>
          <label className="inline">
            <input
              type="checkbox"
              checked={draft.teamVotes}
              onChange={(e) => setDraft({ ...draft, teamVotes: e.target.checked })}
            />{' '}
            {t('needs.teamVotes.label')}
          </label>
          <button type="submit">{t('needs.create')}</button>
        </form>
      )}
    </section>
  );
}
