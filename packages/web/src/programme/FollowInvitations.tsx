import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { del, post } from '../api';
import { useApi } from '../useApi';
import type { ApiAnswer, ApiGet } from '../api/types';
import { ActionNotice, useAction } from '../useAction';
import { ErrorMessage } from '../layout/common';
import { Form, FormField, useForm } from '../layout/forms';
import { useConfirm } from '../layout/Dialog';

const SCOPES = ['lifecycle', 'indicators', 'reports', 'benchmarking'];

/** The invitations this initiative gave, and one just made (programme/funding.schemas.ts on the server). */
type Invitations = ApiGet<'/workspaces/{workspaceId}/follow-invitations'>;

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/**
 * Follow invitations (issue 15, slice A): the initiative gives a programme a code naming what it
 * will share and until when. The code is shown once, here, right after it is made.
 */
export function FollowInvitations({ workspaceId }: { workspaceId: string }) {
  const { t, i18n } = useTranslation();
  const url = `/workspaces/${workspaceId}/follow-invitations`;
  const { data, error, reload } = useApi<Invitations>(url);
  const { message, act } = useAction(reload);
  const [confirm, confirmDialog] = useConfirm();
  const form = useForm();
  const [scopes, setScopes] = useState<string[]>(['lifecycle', 'indicators']);
  const [expiresOn, setExpiresOn] = useState(inDays(30));
  const [note, setNote] = useState('');
  const [code, setCode] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const date = (d: string) => new Date(d).toLocaleDateString(i18n.language);

  return (
    <section aria-labelledby="invitations-title">
      <h2 id="invitations-title">{t('programmePortfolio.invitations.title')}</h2>
      <p>{t('programmePortfolio.invitations.intro')}</p>
      <Form
        form={form}
        className="panel"
        aria-labelledby="invitation-new"
        onSubmit={() =>
          form.submit(
            () =>
              post<ApiAnswer<'/workspaces/{workspaceId}/follow-invitations', 'post', 201>>(url, {
                scopes,
                expiresOn,
                note,
              }),
            t('programmePortfolio.invitations.created'),
            async (r) => {
              setCode(r.code);
              setCopied(false);
              setNote('');
              await reload();
            },
          )
        }
      >
        <h3 id="invitation-new" className="h-small">
          {t('programmePortfolio.invitations.new')}
        </h3>
        <fieldset>
          <legend>{t('programmePortfolio.invitations.scopes')}</legend>
          {SCOPES.map((s) => (
            <label key={s} className="checkbox">
              <input
                type="checkbox"
                checked={scopes.includes(s)}
                onChange={(e) => setScopes(e.target.checked ? [...scopes, s] : scopes.filter((x) => x !== s))}
              />
              {t(`share.${s}`)}
            </label>
          ))}
        </fieldset>
        <FormField
          name="expiresOn"
          label={t('programmePortfolio.invitations.expiresOn')}
          hint={t('programmePortfolio.invitations.expiryHint')}
        >
          <input type="date" value={expiresOn} onChange={(e) => setExpiresOn(e.target.value)} required />
        </FormField>
        <FormField name="note" label={t('programmePortfolio.invitations.note')}>
          <input value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
        </FormField>
        <button type="submit" disabled={form.busy || scopes.length === 0}>
          {t('programmePortfolio.invitations.create')}
        </button>
      </Form>
      {code && (
        <div className="panel" role="region" aria-labelledby="invitation-code">
          <h3 id="invitation-code" className="h-small">
            {t('programmePortfolio.invitations.codeTitle')}
          </h3>
          <p>
            <code className="invitation-code">{code}</code>{' '}
            <button
              type="button"
              className="secondary"
              onClick={async () => {
                try {
                  await navigator.clipboard.writeText(code);
                  setCopied(true);
                } catch {
                  setCopied(false);
                }
              }}
            >
              {t('programmePortfolio.invitations.copy')}
            </button>
            <span role="status">{copied ? t('programmePortfolio.invitations.copied') : ''}</span>
          </p>
          <p className="small">{t('programmePortfolio.invitations.once')}</p>
        </div>
      )}
      {error && <ErrorMessage error={error} />}
      {data && data.invitations.length === 0 && (
        <p className="muted">{t('programmePortfolio.invitations.empty')}</p>
      )}
      {data && data.invitations.length > 0 && (
        <ul>
          {data.invitations.map((i) => (
            <li key={i.id} className="panel">
              <strong>{t(`programmePortfolio.invitations.status.${i.status}`)}</strong> —{' '}
              {i.scopes.map((s) => t(`share.${s}`)).join(', ')} —{' '}
              {t('programmePortfolio.invitations.until', { date: date(i.expiresAt) })}
              {i.programme && <> — {t('programmePortfolio.invitations.usedBy', { name: i.programme })}</>}
              {i.note && <p className="small">{i.note}</p>}
              {i.status === 'open' && (
                <button
                  type="button"
                  className="danger"
                  onClick={async () => {
                    if (
                      await confirm({
                        message: t('programmePortfolio.invitations.revokeConfirm'),
                        action: t('programmePortfolio.invitations.revoke'),
                      })
                    )
                      await act(() => del(`${url}/${i.id}`), t('programmePortfolio.invitations.revoked'));
                  }}
                >
                  {t('programmePortfolio.invitations.revoke')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <ActionNotice message={message} />
      {confirmDialog}
    </section>
  );
}
