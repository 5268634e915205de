import { useState } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { post, put } from '../api';
import { useApi } from '../useApi';
import { ErrorMessage, Loading } from '../layout/common';
import { formatDateTime } from '../i18n';
import { OperationsNav, isTeam, useWorkspaceRole } from './OperationsNav';
import { ImportButton } from './ImportForm';
import { MemberList } from './MemberList';
import { ApplicationLinks } from './ApplicationLinks';
import { DecidingBody, useApplicationDeciders } from '../organisation/BoardDecisions';
import type { ApiGet } from '../api/types';

type Stage = ApiGet<'/workspaces/{workspaceId}/membership/pipeline'>['stages'][number];
type Applications = ApiGet<'/workspaces/{workspaceId}/membership/applications'>;

function MoveControl({
  workspaceId,
  actor,
  next,
  onDone,
}: {
  workspaceId: string;
  actor: Stage['actors'][number];
  next: string[];
  onDone(text: string, ok: boolean): void;
}) {
  const { t } = useTranslation();
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  return (
    <div className="move">
      <select
        aria-label={t('members.moveOf', { name: actor.name })}
        value={to}
        onChange={(e) => setTo(e.target.value)}
      >
        <option value="">{t('members.moveTo')}</option>
        {next.map((n) => (
          <option key={n} value={n}>
            {t(`members.stages.${n}`)}
          </option>
        ))}
      </select>
      {to === 'left' && (
        <input
          aria-label={t('members.reason')}
          placeholder={t('members.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      )}
      <button
        type="button"
        className="secondary"
        disabled={!to}
        onClick={async () => {
          try {
            await put(
              `/workspaces/${workspaceId}/actors/${actor.id}/membership`,
              to === 'left' ? { stage: to, reason } : { stage: to },
            );
            onDone(t('members.moved', { name: actor.name, stage: t(`members.stages.${to}`) }), true);
          } catch (e) {
            onDone((e as Error).message, false);
          }
        }}
      >
        {t('members.move')}
      </button>
    </div>
  );
}

/** The module's home: the pipeline for the management, the portal for member logins. */
export function OperationsHome() {
  const { workspaceId = '' } = useParams();
  const role = useWorkspaceRole();
  if (role && !isTeam(role)) return <Navigate to={`/w/${workspaceId}/operations/portal`} replace />;
  return <MembersPage />;
}

/** Members and prospects: the pipeline of the GIZ guide and the board's decisions on applications. */
export function MembersPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '' } = useParams();
  const role = useWorkspaceRole();
  const board = ['owner', 'manager'].includes(role);
  // Who decides on applications: the body the statutes name, else the owner and managers.
  const deciders = useApplicationDeciders(workspaceId);
  const canDecide = deciders.data?.canDecide ?? false;
  const pipeline = useApi<ApiGet<'/workspaces/{workspaceId}/membership/pipeline'>>(
    `/workspaces/${workspaceId}/membership/pipeline`,
  );
  const applications = useApi<Applications>(`/workspaces/${workspaceId}/membership/applications`);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [listKey, setListKey] = useState(0);
  const done = async (text: string, ok: boolean) => {
    await Promise.all([pipeline.reload(), applications.reload(), deciders.reload()]);
    setMessage({ ok, text });
  };
  if (pipeline.error) return <ErrorMessage error={pipeline.error} />;
  if (!pipeline.data) return <Loading />;
  const open = applications.data?.applications.filter((a) => a.status === 'submitted') ?? [];
  return (
    <section aria-labelledby="members-title">
      <h1 id="members-title">{t('members.title')}</h1>
      <OperationsNav />
      <p className="lead">{t('members.intro')}</p>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'ok' : 'alert'}>
          {message.text}
        </p>
      )}
      <MemberList
        key={listKey}
        workspaceId={workspaceId}
        toolbar={
          board && (
            <ImportButton
              label={t('list.importMembers')}
              url={`/workspaces/${workspaceId}/membership/import`}
              title={t('imports.members')}
              columns="name, membership_stage, actor_type, email, … prospect_source"
              onDone={async () => {
                await Promise.all([pipeline.reload(), applications.reload()]);
                setListKey((k) => k + 1);
              }}
            />
          )
        }
      />
      <h2>{t('list.pipeline')}</h2>
      <div className="pipeline">
        {pipeline.data.stages.map((s) => (
          <section
            key={s.stage}
            className="panel"
            aria-labelledby={`stage-${s.stage}`}
            data-testid={`stage-${s.stage}`}
          >
            <h2 id={`stage-${s.stage}`} className="h-small">
              {t(`members.stages.${s.stage}`)} <span className="badge">{s.total}</span>
            </h2>
            <ul>
              {s.actors.map((a) => (
                <li key={a.id}>
                  <Link to={`/w/${workspaceId}/operations/members/${a.id}`}>{a.name}</Link>
                  {a.left_reason && s.stage === 'left' && (
                    <span className="small muted"> — {a.left_reason}</span>
                  )}
                  <MoveControl workspaceId={workspaceId} actor={a} next={s.next} onDone={done} />
                </li>
              ))}
            </ul>
            {s.total > s.actors.length && (
              <p className="small muted">
                {t('memberList.moreInStage', { count: s.total - s.actors.length })}
              </p>
            )}
          </section>
        ))}
      </div>
      <h2>{t('members.applications')}</h2>
      <DecidingBody deciders={deciders.data} />
      {open.length === 0 ? (
        <p className="muted">{t('members.noApplications')}</p>
      ) : (
        <ul>
          {open.map((a) => (
            <li key={a.id} className="panel" data-testid="application">
              <strong>{a.organisation}</strong> — {a.contact_name}, {a.email}{' '}
              <span className="small muted">({formatDateTime(a.created_at, i18n.language)})</span>
              {a.message && <p>{a.message}</p>}
              {canDecide && (
                <div className="actions">
                  <button
                    type="button"
                    onClick={() =>
                      post(`/workspaces/${workspaceId}/membership/applications/${a.id}/decision`, {
                        decision: 'approve',
                      }).then(
                        () => done(t('members.approved', { name: a.organisation }), true),
                        (e) => done((e as Error).message, false),
                      )
                    }
                  >
                    {t('members.approve')}
                  </button>
                  <button
                    type="button"
                    className="danger"
                    onClick={() =>
                      post(`/workspaces/${workspaceId}/membership/applications/${a.id}/decision`, {
                        decision: 'reject',
                      }).then(
                        () => done(t('members.rejected', { name: a.organisation }), true),
                        (e) => done((e as Error).message, false),
                      )
                    }
                  >
                    {t('members.reject')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {board && (
        <details className="panel">
          <summary>{t('members.links')}</summary>
          <ApplicationLinks workspaceId={workspaceId} />
        </details>
      )}
    </section>
  );
}
