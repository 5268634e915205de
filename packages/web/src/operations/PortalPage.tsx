import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { del, patch, post } from '../api';
import { useApi } from '../useApi';
import { ActionNotice, useAction } from '../useAction';
import { ErrorMessage, Loading } from '../layout/common';
import { formatDateTime } from '../i18n';
import { OperationsNav } from './OperationsNav';
import { BoardDecisions } from '../organisation/BoardDecisions';
import type { ApiGet } from '../api/types';

const PROFILE = ['sector', 'location', 'contact_name', 'email', 'phone', 'website'] as const;
type ProfileField = (typeof PROFILE)[number];
type Portal = ApiGet<'/workspaces/{workspaceId}/portal'>;

/** The member portal: my organisation's profile, competences, offers and needs, groups and events. */
export function PortalPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '' } = useParams();
  const portal = useApi<Portal>(`/workspaces/${workspaceId}/portal`);
  const { message, act } = useAction(() => portal.reload());
  const [profile, setProfile] = useState<Record<ProfileField, string> | null>(null);
  const [entry, setEntry] = useState({ kind: 'competence', title: '', description: '', keywords: '' });
  const org = portal.data?.organisation;
  useEffect(() => {
    if (org)
      setProfile(Object.fromEntries(PROFILE.map((f) => [f, org[f] ?? ''])) as Record<ProfileField, string>);
  }, [org]);
  if (portal.error) return <ErrorMessage error={portal.error} />;
  if (!portal.data) return <Loading />;
  // Absent when my login speaks for no organisation.
  const { competences = [], workingGroups = [], registrations = [] } = portal.data;
  const base = `/w/${workspaceId}/operations`;

  return (
    <section aria-labelledby="portal-title">
      <h1 id="portal-title">{t('portal.title')}</h1>
      <OperationsNav />
      <ActionNotice message={message} />
      <BoardDecisions />
      {!org || !profile ? (
        <p className="notice">{t('portal.noOrganisation')}</p>
      ) : (
        <>
          <h2>
            {org.name}{' '}
            {org.membership_stage && (
              <span className="badge">{t(`members.stages.${org.membership_stage}`)}</span>
            )}
          </h2>
          <form
            className="panel"
            aria-labelledby="portal-profile"
            onSubmit={(e) => {
              e.preventDefault();
              void act(
                () => patch(`/workspaces/${workspaceId}/portal/profile`, profile),
                t('portal.profileSaved'),
              );
            }}
          >
            <h3 id="portal-profile">{t('portal.profile')}</h3>
            <div className="grid2">
              {PROFILE.map((f) => (
                <label key={f}>
                  {t(`portal.fields.${f}`)}
                  <input
                    value={profile[f]}
                    type={f === 'email' ? 'email' : f === 'website' ? 'url' : 'text'}
                    onChange={(e) => setProfile({ ...profile, [f]: e.target.value })}
                  />
                </label>
              ))}
            </div>
            <button type="submit">{t('common.save')}</button>
          </form>

          <h2>{t('portal.atlasEntries')}</h2>
          <p className="muted small">{t('portal.atlasHint')}</p>
          {competences.length === 0 ? (
            <p className="muted">{t('portal.noEntries')}</p>
          ) : (
            <ul>
              {competences.map((c) => (
                <li key={c.id}>
                  <span className="badge">{t(`atlas.kinds.${c.kind}`)}</span> {c.title}
                  {c.keywords && <span className="small muted"> — {c.keywords}</span>}{' '}
                  <button
                    type="button"
                    className="secondary small"
                    aria-label={t('portal.removeEntry', { title: c.title })}
                    onClick={() =>
                      void act(
                        () => del(`/workspaces/${workspaceId}/portal/competences/${c.id}`),
                        t('portal.entryRemoved'),
                      )
                    }
                  >
                    {t('portal.remove')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <form
            className="panel"
            aria-labelledby="portal-add-entry"
            onSubmit={(e) => {
              e.preventDefault();
              void act(async () => {
                await post(`/workspaces/${workspaceId}/portal/competences`, entry);
                setEntry({ ...entry, title: '', description: '', keywords: '' });
              }, t('portal.entryAdded'));
            }}
          >
            <h3 id="portal-add-entry">{t('portal.addEntry')}</h3>
            <div className="grid2">
              <label>
                {t('atlas.kind')}
                <select value={entry.kind} onChange={(e) => setEntry({ ...entry, kind: e.target.value })}>
                  {['competence', 'offer', 'need'].map((k) => (
                    <option key={k} value={k}>
                      {t(`atlas.kinds.${k}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                {t('portal.entryTitle')}
                <input
                  required
                  value={entry.title}
                  onChange={(e) => setEntry({ ...entry, title: e.target.value })}
                />
              </label>
              <label>
                {t('portal.keywords')}
                <input
                  value={entry.keywords}
                  onChange={(e) => setEntry({ ...entry, keywords: e.target.value })}
                />
              </label>
              <label>
                {t('portal.description')}
                <input
                  value={entry.description}
                  onChange={(e) => setEntry({ ...entry, description: e.target.value })}
                />
              </label>
            </div>
            <button type="submit">{t('portal.add')}</button>
          </form>

          <h2>{t('portal.myGroups')}</h2>
          {workingGroups.length === 0 ? (
            <p className="muted">
              {t('portal.noGroups')} <Link to={`${base}/working-groups`}>{t('groups.title')}</Link>
            </p>
          ) : (
            <ul>
              {workingGroups.map((g) => (
                <li key={g.id}>{g.name}</li>
              ))}
            </ul>
          )}
          <h2>{t('portal.myEvents')}</h2>
          {registrations.length === 0 ? (
            <p className="muted">
              {t('portal.noEvents')} <Link to={`${base}/events`}>{t('events.title')}</Link>
            </p>
          ) : (
            <ul data-testid="my-events">
              {registrations.map((r) => (
                <li key={r.id}>
                  <Link to={`${base}/events/${r.event_id}`}>{r.title}</Link> —{' '}
                  {formatDateTime(r.starts_at, i18n.language)} ({t(`events.status.${r.status}`)}
                  {r.attended ? `, ${t('events.attended')}` : ''})
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
