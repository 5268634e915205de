import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../useApi';
import { useSession } from '../session';
import { ErrorMessage, Loading } from '../layout/common';
import { Bar, Card, LightCounts, LightDot, TaskList, useDates } from './HomeParts';
import type { FunderData, ManagerData, MemberData, ScoringData } from './homeTypes';

const TEAM = ['owner', 'manager', 'staff'];

/** The first screen of a workspace, by role (issue 12, item 1). */
export function HomePage() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const { me } = useSession();
  const ws = me?.workspaces.find((w) => w.id === workspaceId);
  if (!ws) return <ErrorMessage error={new Error(t('error.notFound'))} />;
  let body;
  if (ws.kind === 'cluster_initiative') body = TEAM.includes(ws.role) ? <ManagerHome /> : <MemberHome />;
  else body = ws.role === 'panel_member' || ws.role === 'evaluator' ? <ScoringHome /> : <FunderHome />;
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">{t('home.title', { name: me?.user.name ?? '' })}</h1>
      <p className="muted">{t('home.intro', { workspace: ws.name, role: t(`role.${ws.role}`) })}</p>
      {body}
    </section>
  );
}

function ManagerHome() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '' } = useParams();
  const { date, pct } = useDates();
  const { data, error } = useApi<ManagerData>(`/workspaces/${workspaceId}/home/manager`);
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  const w = `/w/${workspaceId}`;
  const lang = i18n.language.slice(0, 2);
  return (
    <div className="home-grid">
      <Card
        id="home-tasks"
        title={t('home.manager.tasks')}
        more={<Link to={`${w}/tasks`}>{t('home.allTasks')}</Link>}
      >
        <p className="home-figures">
          <span className={data.tasks.late ? 'home-figure home-figure-late' : 'home-figure'}>
            <strong>{data.tasks.late}</strong> {t('home.manager.late')}
          </span>
          <span className="home-figure">
            <strong>{data.tasks.dueSoon}</strong>{' '}
            {t('home.manager.dueSoon', { count: data.tasks.dueSoonDays })}
          </span>
        </p>
        <TaskList tasks={data.tasks.items} showAssignee />
      </Card>
      <Card
        id="home-surveys"
        title={t('home.manager.surveys')}
        more={<Link to={`${w}/monitoring/surveys`}>{t('home.openSurveys')}</Link>}
      >
        {data.surveys.length === 0 ? (
          <p className="muted">{t('home.manager.noSurveys')}</p>
        ) : (
          <ul className="home-list">
            {data.surveys.map((s) => (
              <li key={s.id}>
                <Link to={`${w}/monitoring/surveys/${s.id}`}>{s.title[lang] ?? s.title.en}</Link>
                <Bar
                  value={s.responseRate ?? 0}
                  label={t('home.manager.responses', {
                    responses: s.responses,
                    invited: s.invited,
                    rate: s.responseRate === null ? '—' : pct(s.responseRate),
                  })}
                />
                <span className="small muted">{t('home.until', { date: date(s.deadline) })}</span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card
        id="home-events"
        title={t('home.manager.events')}
        more={<Link to={`${w}/operations/events`}>{t('home.openEvents')}</Link>}
      >
        {data.events.length === 0 ? (
          <p className="muted">{t('home.noEvents')}</p>
        ) : (
          <ul className="home-list">
            {data.events.map((e) => (
              <li key={e.id}>
                <Link to={`${w}/operations/events/${e.id}`}>{e.title}</Link>{' '}
                <span className="small">{date(e.startsAt)}</span>
                {e.capacity ? (
                  <Bar
                    value={e.registered / e.capacity}
                    tone={e.registered >= e.capacity ? 'full' : 'ok'}
                    label={t('home.manager.fill', { registered: e.registered, capacity: e.capacity })}
                  />
                ) : (
                  <span className="small"> · {t('home.manager.registered', { count: e.registered })}</span>
                )}
                {e.waitlisted > 0 && (
                  <span className="small"> · {t('home.manager.waitlisted', { count: e.waitlisted })}</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card
        id="home-pipeline"
        title={t('home.manager.pipeline')}
        more={<Link to={`${w}/operations`}>{t('home.openPipeline')}</Link>}
      >
        <PipelineBars pipeline={data.pipeline} />
      </Card>
      <Card
        id="home-indicators"
        title={t('home.manager.indicators')}
        more={<Link to={`${w}/monitoring`}>{t('home.openIndicators')}</Link>}
      >
        {data.indicators.indicators.length === 0 ? (
          <p className="muted">{t('home.manager.noIndicators')}</p>
        ) : (
          <>
            <LightCounts lights={data.indicators.lights} />
            <ul className="home-list">
              {data.indicators.indicators.slice(0, 8).map((i) => (
                <li key={i.id}>
                  <Link to={`${w}/monitoring/indicators/${i.id}`}>{i.name}</Link>{' '}
                  <span className="small">
                    <LightDot light={i.light} />
                    {i.period && ` · ${i.period}`}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </Card>
      <Card
        id="home-activity"
        title={t('home.manager.activity')}
        more={<Link to={`${w}/audit`}>{t('home.openAudit')}</Link>}
      >
        <ul className="home-list">
          {data.activity.map((a) => (
            <li key={a.id} className="small">
              {date(a.at)} · {a.user ?? '—'} ·{' '}
              {t(`home.action.${a.action}`, { defaultValue: a.action.replace(/[._]/g, ' ') })}
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}

function PipelineBars({ pipeline }: { pipeline: ManagerData['pipeline'] }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...pipeline.map((p) => p.total));
  return (
    <ul className="home-list">
      {pipeline.map((p) => (
        <li key={p.stage}>
          <span className="home-stage">{t(`members.stages.${p.stage}`)}</span>
          <Bar value={p.total / max} label={String(p.total)} />
        </li>
      ))}
    </ul>
  );
}

function MemberHome() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '' } = useParams();
  const { date } = useDates();
  const { data, error } = useApi<MemberData>(`/workspaces/${workspaceId}/home/member`);
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  const w = `/w/${workspaceId}`;
  const lang = i18n.language.slice(0, 2);
  return (
    <div className="home-grid">
      <Card id="home-answer" title={t('home.member.surveys')}>
        {data.surveys.length === 0 ? (
          <p className="muted">{t('home.member.noSurveys')}</p>
        ) : (
          <ul className="home-list">
            {data.surveys.map((s) => (
              <li key={s.id}>
                <Link to={`${w}/monitoring/surveys/${s.id}/answer`}>{s.title[lang] ?? s.title.en}</Link>{' '}
                <span className="small muted">{t('home.until', { date: date(s.deadline) })}</span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card id="home-votes" title={t('home.member.votes')}>
        {data.votes.length === 0 ? (
          <p className="muted">{t('home.member.noVotes')}</p>
        ) : (
          <ul className="home-list">
            {data.votes.map((v) => (
              <li key={v.id}>
                <Link to={`${w}/diagnose/needs`}>{v.title}</Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card
        id="home-my-events"
        title={t('home.member.events')}
        more={<Link to={`${w}/operations/events`}>{t('home.openEvents')}</Link>}
      >
        {data.events.length === 0 ? (
          <p className="muted">{t('home.noEvents')}</p>
        ) : (
          <ul className="home-list">
            {data.events.map((e) => (
              <li key={e.id}>
                <Link to={`${w}/operations/events/${e.id}`}>{e.title}</Link>{' '}
                <span className="small">{date(e.startsAt)}</span>
                {e.status === 'waitlisted' && <span className="badge"> {t('home.member.waitlisted')}</span>}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card id="home-groups" title={t('home.member.groups')}>
        {data.workingGroups.length === 0 ? (
          <p className="muted">{t('home.member.noGroups')}</p>
        ) : (
          <ul className="home-list">
            {data.workingGroups.map((g) => (
              <li key={g.id}>
                <Link to={`${w}/operations/working-groups`}>{g.name}</Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card id="home-matches" title={t('home.member.matches')}>
        {data.matches === null ? (
          <p className="muted">{t('home.member.noOrganisation')}</p>
        ) : data.matches.length === 0 ? (
          <p className="muted">{t('home.member.noNeeds')}</p>
        ) : (
          <ul className="home-list">
            {data.matches.map((m) => (
              <li key={m.need.id}>
                <strong>{m.need.title}</strong>
                {m.offers.length === 0 ? (
                  <span className="small muted"> · {t('home.member.noMatch')}</span>
                ) : (
                  <ul>
                    {m.offers.map((o) => (
                      <li key={o.id} className="small">
                        {o.title} · {o.organisation}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card id="home-profile" title={t('home.member.profile')}>
        {data.organisation ? (
          <p>
            <Link to={`${w}/operations/portal`}>{data.organisation.name}</Link>{' '}
            <span className="badge">{t(`members.stages.${data.organisation.stage}`)}</span>
          </p>
        ) : (
          <p className="muted">{t('home.member.noOrganisation')}</p>
        )}
        <p>
          <Link to="/account">{t('home.member.account')}</Link>
        </p>
      </Card>
    </div>
  );
}

function FunderHome() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const { date } = useDates();
  const { data, error } = useApi<FunderData>(`/workspaces/${workspaceId}/home/funder`);
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  const w = `/w/${workspaceId}`;
  return (
    <>
      {data.pendingRequests > 0 && (
        <p className="notice">
          {t('home.funder.pending', { count: data.pendingRequests })}{' '}
          <Link to={`${w}/portfolio`}>{t('module.portfolio')}</Link>
        </p>
      )}
      {data.cards.length === 0 ? (
        <p className="muted">
          {t('home.funder.none')} <Link to={`${w}/portfolio`}>{t('module.portfolio')}</Link>
        </p>
      ) : (
        <div className="home-grid">
          {data.cards.map((c) => (
            <Card key={c.followId} id={`home-card-${c.followId}`} title={c.initiative.name}>
              <dl className="home-dl">
                <dt>{t('home.funder.stage')}</dt>
                <dd>{c.lifecycle ? t(`stage.${c.lifecycle.stage}`) : t('home.funder.notShared')}</dd>
                <dt>{t('home.funder.lights')}</dt>
                <dd>{c.lights ? <LightCounts lights={c.lights} /> : t('home.funder.notShared')}</dd>
                <dt>{t('home.funder.lastReport')}</dt>
                <dd>
                  {c.lastReport === undefined
                    ? t('home.funder.notShared')
                    : c.lastReport === null
                      ? t('home.funder.noReport')
                      : `${c.lastReport.title} (${date(c.lastReport.endsOn)})`}
                </dd>
              </dl>
            </Card>
          ))}
        </div>
      )}
    </>
  );
}

function ScoringHome() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const { data, error } = useApi<ScoringData>(`/workspaces/${workspaceId}/home/scoring`);
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  const w = `/w/${workspaceId}`;
  return (
    <div className="home-grid">
      <Card id="home-scoring" title={t('home.scoring.selections')}>
        {data.selections.length === 0 ? (
          <p className="muted">{t('home.scoring.noSelections')}</p>
        ) : (
          <ul className="home-list">
            {data.selections.map((s) => (
              <li key={s.id}>
                <Link to={`${w}/selection/${s.id}`}>{s.name}</Link>
                <Bar
                  value={s.expected ? s.scored / s.expected : 0}
                  label={t('home.scoring.progress', { scored: s.scored, expected: s.expected })}
                />
              </li>
            ))}
          </ul>
        )}
      </Card>
      {data.evaluations.length > 0 && (
        <Card id="home-evaluations" title={t('home.scoring.evaluations')}>
          <ul className="home-list">
            {data.evaluations.map((e) => (
              <li key={e.id}>
                <Link to={`${w}/monitoring/evaluations`}>{e.title}</Link>{' '}
                <span className="small">{t('home.scoring.awaiting', { count: e.awaitingAgreement })}</span>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
