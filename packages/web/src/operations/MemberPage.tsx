import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../useApi';
import { ErrorMessage, Loading } from '../layout/common';
import { formatDateTime } from '../i18n';
import { OperationsNav } from './OperationsNav';
import type { ApiGet } from '../api/types';

type MemberData = ApiGet<'/workspaces/{workspaceId}/members/{actorId}'>;

function Block({ title, empty, children }: { title: string; empty: boolean; children: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <h2>{title}</h2>
      {empty ? <p className="muted">{t('memberPage.none')}</p> : children}
    </>
  );
}

/** A member's page: the actor of the register with everything the organisation knows of it. */
export function MemberPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '', actorId = '' } = useParams();
  const d = useApi<MemberData>(`/workspaces/${workspaceId}/members/${actorId}`);
  if (d.error) return <ErrorMessage error={d.error} />;
  if (!d.data) return <Loading />;
  const m = d.data;
  const day = (s: string) => formatDateTime(s, i18n.language).split(',')[0];
  return (
    <section aria-labelledby="member-title">
      <h1 id="member-title">{m.actor.name}</h1>
      <OperationsNav />
      <p>
        <Link to={`/w/${workspaceId}/operations`}>{t('memberPage.back')}</Link>
      </p>
      <dl className="baseline">
        {(
          [
            'actor_type',
            'membership_stage',
            'sector',
            'location',
            'contact_name',
            'email',
            'phone',
            'website',
          ] as const
        ).map((k) => (
          <div key={k}>
            <dt>{t(`memberPage.fields.${k}`)}</dt>
            <dd>
              {k === 'actor_type'
                ? t(`actorType.${m.actor.actor_type}`)
                : k === 'membership_stage' && m.actor.membership_stage
                  ? t(`members.stages.${m.actor.membership_stage}`)
                  : m.actor[k] || '—'}
            </dd>
          </div>
        ))}
      </dl>
      <p className="small muted">{t('memberPage.sharedRecord')}</p>
      <Block title={t('memberPage.logins')} empty={m.logins.length === 0}>
        <ul>
          {m.logins.map((l) => (
            <li key={l.id}>
              {l.name} &lt;{l.email}&gt;
            </li>
          ))}
        </ul>
      </Block>
      <Block title={t('groups.title')} empty={m.workingGroups.length === 0}>
        <ul>
          {m.workingGroups.map((g) => (
            <li key={g.id}>{g.name}</li>
          ))}
        </ul>
      </Block>
      <Block title={t('memberPage.servicesUsed')} empty={m.servicesUsed.length === 0}>
        <ul>
          {m.servicesUsed.map((u) => (
            <li key={u.id}>
              {day(u.used_on)}: {u.service}
            </li>
          ))}
        </ul>
      </Block>
      <Block title={t('memberPage.events')} empty={m.events.length === 0}>
        <ul>
          {m.events.map((e, i) => (
            <li key={`${e.id}-${i}`}>
              <Link to={`/w/${workspaceId}/operations/events/${e.id}`}>{e.title}</Link> ({day(e.starts_at)}) —{' '}
              {t(`events.status.${e.status}`)}
              {e.attended && `, ${t('events.attended')}`}
            </li>
          ))}
        </ul>
      </Block>
      <Block
        title={t('memberPage.satisfaction')}
        empty={m.satisfaction.services.length === 0 && m.satisfaction.events.length === 0}
      >
        <ul>
          {m.satisfaction.services.map((s) => (
            <li key={s.service}>
              {s.service}: {t('services.expectation')} {t(`services.expectationScale.${s.expectation}`)},{' '}
              {t('services.satisfaction')} {t(`services.satisfactionScale.${s.satisfaction}`)}
            </li>
          ))}
          {m.satisfaction.events.map((f, i) => (
            <li key={i}>
              {f.event}: {t('events.rating')} {f.rating}/5
            </li>
          ))}
        </ul>
      </Block>
      <Block title={t('fees.invoices')} empty={m.invoices.length === 0}>
        <ul>
          {m.invoices.map((inv) => (
            <li key={inv.id}>
              {day(inv.issued_on)}: {inv.amount} {inv.currency} —{' '}
              {inv.paid_on ? t('fees.status.paid') : t('memberPage.unpaid', { due: day(inv.due_on) })}
            </li>
          ))}
        </ul>
      </Block>
      <Block title={t('memberPage.history')} empty={m.history.length === 0}>
        <ol>
          {m.history.map((h, i) => (
            <li key={i}>
              {formatDateTime(h.changed_at, i18n.language)}:{' '}
              {h.from_stage ? t(`members.stages.${h.from_stage}`) : '—'} → {t(`members.stages.${h.to_stage}`)}
              {h.note && ` (${h.note})`}
              {h.changed_by && <span className="small muted"> — {h.changed_by}</span>}
            </li>
          ))}
        </ol>
      </Block>
    </section>
  );
}
