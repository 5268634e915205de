import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { del, post } from '../api';
import { useApi } from '../useApi';
import { useSession } from '../session';
import { ErrorMessage, ExportLinks, Loading } from '../layout/common';
import { DiagnoseNav } from './DiagnoseNav';
import { EDITORS, type Actor } from './constants';

const ROLES = ['decision_maker', 'influencer', 'peer', 'recommender', 'mission', 'saboteur', 'other'];
/** The boxes of the card, in the order of the ECCP template (004:504–506). */
const BOXES = [
  'service',
  'jobs_to_be_done',
  'gains',
  'value_proposition',
  'ambitions',
  'pain_points',
  'perfect_fit',
  'industry_challenges',
] as const;

interface Card extends Record<(typeof BOXES)[number], string> {
  id: string;
  persona: string;
  age: string;
  position: string;
  company: string;
  member_type: string;
  member_role: string;
  actor_name: string | null;
}

export function MemberCardsPage() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const { me } = useSession();
  const canEdit = EDITORS.includes(me?.workspaces.find((w) => w.id === workspaceId)?.role ?? '');
  const cards = useApi<{ memberCards: Card[] }>(`/workspaces/${workspaceId}/member-cards`);
  const actors = useApi<{ actors: Actor[] }>(canEdit ? `/workspaces/${workspaceId}/actors?limit=500` : null);
  const blank: Record<string, string> = {
    persona: '',
    memberRole: 'decision_maker',
    actorId: '',
    position: '',
    company: '',
    ...Object.fromEntries(BOXES.map((b) => [b, ''])),
  };
  const [draft, setDraft] = useState(blank);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  if (cards.error) return <ErrorMessage error={cards.error} />;
  if (!cards.data) return <Loading />;
  return (
    <section aria-labelledby="cards-title">
      <h1 id="cards-title">{t('memberCards.title')}</h1>
      <DiagnoseNav />
      <p className="lead">{t('memberCards.intro')}</p>
      <ExportLinks path={`/workspaces/${workspaceId}/member-cards`} />
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'ok' : 'alert'}>
          {message.text}
        </p>
      )}
      {cards.data.memberCards.length === 0 && <p className="muted">{t('memberCards.none')}</p>}
      {cards.data.memberCards.map((c) => (
        <article key={c.id} className="member-card panel" aria-labelledby={`card-${c.id}`}>
          <header>
            <h2 id={`card-${c.id}`} className="h-small">
              {c.persona}
            </h2>
            <p className="small">
              {[c.position, c.company || c.actor_name, c.member_type].filter(Boolean).join(' · ')} —{' '}
              <strong>{t(`memberCards.roles.${c.member_role}`)}</strong>
            </p>
            {canEdit && (
              <button
                type="button"
                className="link"
                onClick={async () => {
                  await del(`/workspaces/${workspaceId}/member-cards/${c.id}`);
                  await cards.reload();
                }}
              >
                {t('users.remove')}
              </button>
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
      {canEdit && (
        <form
          className="panel"
          onSubmit={async (e) => {
            e.preventDefault();
            setMessage(null);
            try {
              await post(`/workspaces/${workspaceId}/member-cards`, {
                ...draft,
                actorId: draft.actorId || null,
              });
              setDraft(blank);
              await cards.reload();
              setMessage({ ok: true, text: t('memberCards.saved') });
            } catch (err) {
              setMessage({ ok: false, text: (err as Error).message });
            }
          }}
        >
          <h2 className="h-small">{t('memberCards.add')}</h2>
          <div className="form-row">
            <label>
              {t('memberCards.persona')}
              <input
                value={draft.persona}
                onChange={(e) => setDraft({ ...draft, persona: e.target.value })}
                required
              />
            </label>
            <label>
              {t('memberCards.role')}
              <select
                value={draft.memberRole}
                onChange={(e) => setDraft({ ...draft, memberRole: e.target.value })}
              >
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t(`memberCards.roles.${r}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('memberCards.actor')}
              <select value={draft.actorId} onChange={(e) => setDraft({ ...draft, actorId: e.target.value })}>
                <option value="">—</option>
                {actors.data?.actors.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('memberCards.position')}
              <input
                value={draft.position}
                onChange={(e) => setDraft({ ...draft, position: e.target.value })}
              />
            </label>
          </div>
          <div className="grid-2">
            {BOXES.map((b) => (
              <label key={b}>
                {t(`memberCards.boxes.${b}`)}
                <textarea
                  rows={2}
                  value={draft[b]}
                  onChange={(e) => setDraft({ ...draft, [b]: e.target.value })}
                />
              </label>
            ))}
          </div>
          <button type="submit">{t('memberCards.create')}</button>
        </form>
      )}
    </section>
  );
}
