import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { del, post } from '../api';
import { useApi } from '../useApi';
import { ActionNotice, useAction } from '../useAction';
import { ErrorMessage, Loading } from '../layout/common';
import { formatDateTime } from '../i18n';
import { OperationsNav, isTeam, useWorkspaceRole } from './OperationsNav';
import type { ApiGet } from '../api/types';

type GroupDetail = ApiGet<'/workspaces/{workspaceId}/working-groups/{groupId}'>;

function GroupDetails({ workspaceId, id, team }: { workspaceId: string; id: string; team: boolean }) {
  const { t, i18n } = useTranslation();
  const d = useApi<GroupDetail>(`/workspaces/${workspaceId}/working-groups/${id}`);
  const { message, act } = useAction(() => d.reload());
  const [meeting, setMeeting] = useState({ heldOn: new Date().toISOString().slice(0, 10), notes: '' });
  if (d.error) return <ErrorMessage error={d.error} />;
  if (!d.data) return <Loading />;
  return (
    <div className="panel">
      <ActionNotice message={message} />
      <h3>{t('groups.members')}</h3>
      {!d.data.members ? (
        <p className="muted">{t('groups.memberCount', { count: d.data.memberCount })}</p>
      ) : d.data.members.length === 0 ? (
        <p className="muted">{t('groups.noMembers')}</p>
      ) : (
        <ul>
          {d.data.members.map((m) => (
            <li key={m.id}>{m.name}</li>
          ))}
        </ul>
      )}
      <h3>{t('groups.meetings')}</h3>
      {d.data.notesVisible === false && d.data.meetings.length > 0 && (
        <p className="muted">{t('groups.notesForParticipants')}</p>
      )}
      {d.data.meetings.length === 0 ? (
        <p className="muted">{t('groups.noMeetings')}</p>
      ) : (
        <ul>
          {d.data.meetings.map((m) => (
            <li key={m.id}>
              <strong>{formatDateTime(m.held_on, i18n.language).split(',')[0]}</strong>
              {m.notes !== null && <>: {m.notes}</>}
            </li>
          ))}
        </ul>
      )}
      {team && (
        <form
          aria-label={t('groups.addMeeting')}
          onSubmit={(e) => {
            e.preventDefault();
            void act(async () => {
              await post(`/workspaces/${workspaceId}/working-groups/${id}/meetings`, meeting);
              setMeeting({ ...meeting, notes: '' });
            }, t('groups.meetingSaved'));
          }}
        >
          <label>
            {t('groups.heldOn')}
            <input
              type="date"
              required
              value={meeting.heldOn}
              onChange={(e) => setMeeting({ ...meeting, heldOn: e.target.value })}
            />
          </label>
          <label>
            {t('groups.notes')}
            <textarea
              required
              rows={3}
              value={meeting.notes}
              onChange={(e) => setMeeting({ ...meeting, notes: e.target.value })}
            />
          </label>
          <button type="submit">{t('groups.addMeeting')}</button>
        </form>
      )}
    </div>
  );
}

/** Working groups: members join with their organisation; the team keeps meeting notes. */
export function WorkingGroupsPage() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const team = isTeam(useWorkspaceRole());
  const list = useApi<ApiGet<'/workspaces/{workspaceId}/working-groups'>>(
    `/workspaces/${workspaceId}/working-groups`,
  );
  const portal = useApi<ApiGet<'/workspaces/{workspaceId}/portal'>>(
    team ? null : `/workspaces/${workspaceId}/portal`,
  );
  const { message, act } = useAction(() => list.reload());
  const [open, setOpen] = useState<string | null>(null);
  const [draft, setDraft] = useState({ name: '', topic: '', openToMembers: true });
  if (list.error) return <ErrorMessage error={list.error} />;
  if (!list.data) return <Loading />;
  const myOrg = portal.data?.organisation?.id;

  return (
    <section aria-labelledby="groups-title">
      <h1 id="groups-title">{t('groups.title')}</h1>
      <OperationsNav />
      <ActionNotice message={message} />
      {list.data.groups.length === 0 ? (
        <p className="muted">{t('groups.empty')}</p>
      ) : (
        <ul className="cards">
          {list.data.groups.map((g) => (
            <li key={g.id} className="panel" data-testid="working-group">
              <h2 className="h-small">
                {g.name} <span className="badge">{t('groups.memberCount', { count: g.members })}</span>
              </h2>
              {g.topic && <p>{g.topic}</p>}
              {!g.open_to_members && <p className="small muted">{t('groups.byInvitation')}</p>}
              <div className="actions">
                <button
                  type="button"
                  className="secondary"
                  aria-expanded={open === g.id}
                  onClick={() => setOpen(open === g.id ? null : g.id)}
                >
                  {open === g.id ? t('common.hide') : t('groups.details')}
                </button>
                {!team &&
                  myOrg &&
                  (g.joined ? (
                    <button
                      type="button"
                      className="secondary"
                      onClick={() =>
                        void act(
                          () => del(`/workspaces/${workspaceId}/working-groups/${g.id}/members/${myOrg}`),
                          t('groups.left', { name: g.name }),
                        )
                      }
                    >
                      {t('groups.leave')}
                    </button>
                  ) : (
                    g.open_to_members && (
                      <button
                        type="button"
                        onClick={() =>
                          void act(
                            () => post(`/workspaces/${workspaceId}/working-groups/${g.id}/members`, {}),
                            t('groups.joined', { name: g.name }),
                          )
                        }
                      >
                        {t('groups.join')}
                      </button>
                    )
                  ))}
              </div>
              {open === g.id && <GroupDetails workspaceId={workspaceId} id={g.id} team={team} />}
            </li>
          ))}
        </ul>
      )}
      {team && (
        <form
          className="panel"
          aria-labelledby="groups-new"
          onSubmit={(e) => {
            e.preventDefault();
            void act(async () => {
              await post(`/workspaces/${workspaceId}/working-groups`, draft);
              setDraft({ name: '', topic: '', openToMembers: true });
            }, t('groups.created'));
          }}
        >
          <h2 id="groups-new">{t('groups.new')}</h2>
          <label>
            {t('common.name')}
            <input
              required
              value={draft.name}
              onChange={(e) => setDraft({ ...draft, name: e.target.value })}
            />
          </label>
          <label>
            {t('groups.topic')}
            <input value={draft.topic} onChange={(e) => setDraft({ ...draft, topic: e.target.value })} />
          </label>
          <label className="inline">
            <input
              type="checkbox"
              checked={draft.openToMembers}
              onChange={(e) => setDraft({ ...draft, openToMembers: e.target.checked })}
            />
            {t('groups.openToMembers')}
          </label>
          <button type="submit">{t('groups.create')}</button>
        </form>
      )}
    </section>
  );
}
