import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES } from '@agglomera/methods';
import { del } from '../api';
import type { ApiGet } from '../api/types';
import { useApi } from '../useApi';
import { ErrorMessage, Loading } from '../layout/common';
import { DataList, EmptyState } from '../layout/DataList';
import { Dialog, NewButton, useConfirm } from '../layout/Dialog';
import { SourceNote } from '../layout/sources';
import { useStrategyTeam, formatDay } from '../strategy/documentsParts';
import { OrganisationNav } from './OrganisationNav';
import { AgreementForm, SettingsForm, StepForm, type Agreement } from './AgreementsParts';

/**
 * Agreements (issue 14, item 5; GIZ 001:2497–2516; MarketMakers 000:137): the organisation's choices
 * that fill the membership / cooperation agreement, the agreement as DOCX or PDF (also the trial
 * partnership's declaration of intent and the MoU), and each member's agreement with its status.
 */
export function AgreementsPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '' } = useParams();
  const team = useStrategyTeam();
  const base = `/workspaces/${workspaceId}/organisation`;
  const settings = useApi<ApiGet<'/workspaces/{workspaceId}/organisation/agreement-settings'>>(
    `${base}/agreement-settings`,
  );
  const [status, setStatus] = useState('');
  const list = useApi<ApiGet<'/workspaces/{workspaceId}/organisation/agreements'>>(
    `${base}/agreements${status ? `?status=${status}` : ''}`,
  );
  const actors = useApi<{ actors: { id: string; name: string }[] }>(
    `/workspaces/${workspaceId}/actors?limit=500`,
  );
  const [kind, setKind] = useState<(typeof AGREEMENT_KINDS)[number]>('membership');
  const [dialog, setDialog] = useState<{ step: 'edit' | 'sent' | 'signed'; agreement: Agreement } | null>(
    null,
  );
  const [notice, setNotice] = useState('');
  const [confirm, confirmDialog] = useConfirm();
  const doc = (format: string) => `/api/v1${base}/membership-agreement?format=${format}&kind=${kind}`;
  const done = async (text: string) => {
    setDialog(null);
    setNotice(text);
    await list.reload();
  };
  const day = (iso: string | null) => (iso ? formatDay(iso, i18n.language) : '—');

  return (
    <>
      <OrganisationNav />
      <section aria-labelledby="agreements-title">
        <h1 id="agreements-title">{t('agreements.title')}</h1>
        <p className="muted">{t('agreements.intro')}</p>
        <p className="form-notice alert" role="note">
          {t('agreements.templateWarning')}
        </p>
        <SourceNote source="001:2497–2516" />

        <h2>{t('agreements.documents')}</h2>
        <div className="actions">
          <label>
            {t('agreements.documentKind')}{' '}
            <select value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
              {AGREEMENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`agreements.document.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <a href={doc('docx')} download data-testid="agreement-docx">
            {t('agreements.downloadDocx')}
          </a>
          <a href={doc('pdf')} download data-testid="agreement-pdf">
            {t('agreements.downloadPdf')}
          </a>
        </div>
        <p className="small muted">{t(`agreements.documentNote.${kind}`)}</p>

        {settings.error ? (
          <ErrorMessage error={settings.error} />
        ) : !settings.data ? (
          <Loading />
        ) : (
          <SettingsForm
            url={`${base}/agreement-settings`}
            initial={settings.data.settings}
            feeCategories={settings.data.feeCategories}
            canEdit={team}
            onSaved={settings.reload}
          />
        )}

        <h2>{t('agreements.members')}</h2>
        <p className="small muted">{t('agreements.trialRule')}</p>
        {team && (
          <NewButton label={t('agreements.new')}>
            {(close) => (
              <AgreementForm
                url={`${base}/agreements`}
                actors={actors.data?.actors ?? []}
                agreement={null}
                onDone={async (text) => {
                  close(text);
                  await list.reload();
                }}
              />
            )}
          </NewButton>
        )}
        <p role="status">{notice}</p>
        {list.error ? (
          <ErrorMessage error={list.error} />
        ) : !list.data ? (
          <Loading />
        ) : (
          <DataList
            label={t('agreements.members')}
            testId="member-agreements"
            rows={list.data.agreements}
            rowKey={(a) => a.id}
            filters={
              <label>
                {t('agreements.filterStatus')}{' '}
                <select value={status} onChange={(e) => setStatus(e.target.value)}>
                  <option value="">{t('agreements.allStatuses')}</option>
                  {AGREEMENT_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {t(`agreements.status.${s}`)}
                    </option>
                  ))}
                </select>
              </label>
            }
            empty={<EmptyState text={t('agreements.empty')} />}
            columns={[
              { key: 'actor', header: t('agreements.actor'), rowHeader: true, value: (a) => a.actorName },
              {
                key: 'kind',
                header: t('agreements.kindLabel'),
                value: (a) => t(`agreements.kind.${a.kind}`),
              },
              {
                key: 'status',
                header: t('agreements.statusLabel'),
                value: (a) => t(`agreements.status.${a.status}`),
              },
              { key: 'sent', header: t('agreements.sentOn'), value: (a) => day(a.sentOn) },
              { key: 'signed', header: t('agreements.signedOn'), value: (a) => day(a.signedOn) },
              {
                key: 'document',
                header: t('agreements.document.label'),
                value: () => '',
                render: (a) => (
                  <a
                    href={`/api/v1${base}/membership-agreement?format=docx&kind=${a.kind}&actorId=${a.actorId}`}
                    download
                    aria-label={t('agreements.docxOf', { name: a.actorName })}
                  >
                    DOCX
                  </a>
                ),
              },
              {
                key: 'actions',
                header: t('agreements.actions'),
                value: () => '',
                render: (a) =>
                  team ? (
                    <div className="actions">
                      {a.status === 'draft' && (
                        <button
                          type="button"
                          className="secondary"
                          onClick={() => setDialog({ step: 'sent', agreement: a })}
                        >
                          {t('agreements.mark.sent')}
                        </button>
                      )}
                      {(a.status === 'draft' || a.status === 'sent') && (
                        <button
                          type="button"
                          className="secondary"
                          aria-label={t('agreements.markSignedOf', { name: a.actorName })}
                          onClick={() => setDialog({ step: 'signed', agreement: a })}
                        >
                          {t('agreements.mark.signed')}
                        </button>
                      )}
                      <button
                        type="button"
                        className="secondary"
                        onClick={() => setDialog({ step: 'edit', agreement: a })}
                      >
                        {t('agreements.editShort')}
                      </button>
                      <button
                        type="button"
                        className="danger"
                        onClick={async () => {
                          if (
                            await confirm({
                              message: t('agreements.confirmDelete', {
                                name: a.actorName,
                                kind: t(`agreements.kind.${a.kind}`),
                              }),
                              action: t('agreements.delete'),
                            })
                          ) {
                            await del(`${base}/agreements/${a.id}`);
                            await done(t('agreements.deleted'));
                          }
                        }}
                      >
                        {t('agreements.delete')}
                      </button>
                    </div>
                  ) : null,
              },
            ]}
          />
        )}
        <Dialog
          open={!!dialog}
          title={
            dialog
              ? `${t(dialog.step === 'edit' ? 'agreements.edit' : `agreements.mark.${dialog.step}`)} — ${dialog.agreement.actorName}`
              : ''
          }
          onClose={() => setDialog(null)}
        >
          {dialog?.step === 'edit' ? (
            <AgreementForm
              url={`${base}/agreements`}
              actors={actors.data?.actors ?? []}
              agreement={dialog.agreement}
              onDone={done}
            />
          ) : dialog ? (
            <StepForm url={`${base}/agreements/${dialog.agreement.id}`} step={dialog.step} onDone={done} />
          ) : null}
        </Dialog>
        {confirmDialog}
      </section>
    </>
  );
}
