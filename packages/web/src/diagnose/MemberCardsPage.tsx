import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { del } from '../api';
import { useApi } from '../useApi';
import { useSession } from '../session';
import { ErrorMessage, ExportLinks, Loading } from '../layout/common';
import { EmptyState } from '../layout/DataList';
import { Dialog, NewButton, useConfirm } from '../layout/Dialog';
import { DiagnoseNav } from './DiagnoseNav';
import { EDITORS, type Actor } from './constants';
import { BOXES, MemberCardForm, type MemberCard } from './MemberCardForm';
import type { ApiGet } from '../api/types';

/**
 * Cluster Member Cards (ECCP guide 004:502–508): one persona per card, with the member's line (name,
 * age, position, company, member type, member role), the service whose value proposition it
 * assesses (004:500) and the eight boxes; added, changed and removed (after a confirmation) by the
 * team, exported as CSV or XLSX.
 */
export function MemberCardsPage() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const { me } = useSession();
  const canEdit = EDITORS.includes(me?.workspaces.find((w) => w.id === workspaceId)?.role ?? '');
  const cards = useApi<{ memberCards: MemberCard[] }>(`/workspaces/${workspaceId}/member-cards`);
  const actors = useApi<{ actors: Actor[] }>(canEdit ? `/workspaces/${workspaceId}/actors?limit=500` : null);
  const services = useApi<ApiGet<'/workspaces/{workspaceId}/services'>>(
    canEdit ? `/workspaces/${workspaceId}/services` : null,
  );
  const [editing, setEditing] = useState<MemberCard | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirm, confirmDialog] = useConfirm();
  const formProps = {
    workspaceId,
    actors: actors.data?.actors ?? [],
    services: services.data?.services ?? [],
  };

  if (cards.error) return <ErrorMessage error={cards.error} />;
  if (!cards.data) return <Loading />;
  return (
    <section aria-labelledby="cards-title">
      <h1 id="cards-title">{t('memberCards.title')}</h1>
      <DiagnoseNav />
      <p className="lead">{t('memberCards.intro')}</p>
      <ExportLinks path={`/workspaces/${workspaceId}/member-cards`} />
      {canEdit && (
        <NewButton label={t('memberCards.add')}>
          {(close) => (
            <MemberCardForm
              {...formProps}
              onSaved={async (text) => {
                await cards.reload();
                close(text);
              }}
            />
          )}
        </NewButton>
      )}
      <p role="status" className={notice ? 'form-notice ok' : undefined}>
        {notice}
      </p>
      {cards.data.memberCards.length === 0 && <EmptyState text={t('memberCards.none')} />}
      {cards.data.memberCards.map((c) => (
        <article
          key={c.id}
          className="member-card panel"
          aria-labelledby={`card-${c.id}`}
          data-testid="member-card"
        >
          <header>
            <h2 id={`card-${c.id}`} className="h-small">
              {c.persona}
            </h2>
            <p className="small">
              {[c.age, c.position, c.company || c.actor_name, c.member_type].filter(Boolean).join(' · ')} —{' '}
              <strong>{t(`memberCards.roles.${c.member_role}`)}</strong>
            </p>
            {c.service_name && (
              <p className="small" data-testid="card-service">
                {t('memberCards.assesses', { service: c.service_name })}
              </p>
            )}
            {canEdit && (
              <div className="actions">
                <button type="button" className="link" onClick={() => setEditing(c)}>
                  {t('memberCards.edit')}
                </button>
                <button
                  type="button"
                  className="link"
                  onClick={async () => {
                    if (
                      await confirm({
                        message: t('memberCards.confirmRemove', { name: c.persona }),
                        action: t('users.remove'),
                      })
                    ) {
                      await del(`/workspaces/${workspaceId}/member-cards/${c.id}`);
                      await cards.reload();
                    }
                  }}
                >
                  {t('users.remove')}
                </button>
              </div>
            )}
          </header>
          <dl className="card-boxes">
            {BOXES.map((b) => (
              <div key={b}>
                <dt>{t(`memberCards.boxes.${b}`)}</dt>
                <dd>{c[b] || '—'}</dd>
              </div>
            ))}
          </dl>
        </article>
      ))}
      <Dialog
        open={editing !== null}
        title={editing ? t('memberCards.editOf', { name: editing.persona }) : ''}
        onClose={() => setEditing(null)}
      >
        {editing && (
          <MemberCardForm
            {...formProps}
            key={editing.id}
            card={editing}
            onSaved={async (text) => {
              await cards.reload();
              setEditing(null);
              setNotice(text);
            }}
          />
        )}
      </Dialog>
      {confirmDialog}
    </section>
  );
}
