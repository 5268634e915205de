import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { del, post } from '../api';
import type { ApiAnswer, ApiGet } from '../api/types';
import { useApi } from '../useApi';
import { useSession } from '../session';
import { ErrorMessage, Loading } from '../layout/common';
import { DataList } from '../layout/DataList';
import { Form, FormField, useForm } from '../layout/forms';
import { ProgrammeNav } from './ProgrammeNav';
import { PortfolioViewsNav } from './portfolioViews';
import { countryName, type Portfolio } from './portfolioShared';

const RUNNERS = ['owner', 'manager', 'officer'];

/**
 * The initiatives a programme follows, with only what each shares (issue 15, slice A): rows open
 * the initiative's page; runners redeem an invitation code, and may still ask by identifier.
 * An agent sees only the initiatives assigned to them.
 */
export function PortfolioPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '' } = useParams();
  const { me } = useSession();
  const role = me?.workspaces.find((w) => w.id === workspaceId)?.role;
  const runs = !!role && RUNNERS.includes(role);
  const { data, error, loading, reload } = useApi<Portfolio>(`/workspaces/${workspaceId}/portfolio`);
  const requests = useApi<ApiGet<'/workspaces/{workspaceId}/follows'>>(
    runs ? `/workspaces/${workspaceId}/follows` : null,
  );
  const redeemForm = useForm();
  const [code, setCode] = useState('');
  const requestForm = useForm();
  const [initiativeId, setInitiativeId] = useState('');

  if (error)
    return (
      <section>
        <ProgrammeNav />
        <h1>{t('module.portfolio')}</h1>
        <ErrorMessage error={error} />
      </section>
    );
  if (loading && !data) return <Loading />;
  const pending = requests.data?.follows.filter((f) => f.status === 'requested') ?? [];

  return (
    <section aria-labelledby="portfolio-title">
      <ProgrammeNav />
      <h1 id="portfolio-title">{t('module.portfolio')}</h1>
      <p className="lead">{t('portfolio.intro')}</p>
      {role === 'agent' && <p>{t('programmePortfolio.agentOnly')}</p>}
      <PortfolioViewsNav />
      <DataList
        label={t('module.portfolio')}
        rows={data?.initiatives ?? []}
        rowKey={(r) => r.id}
        exportName="portfolio"
        columns={[
          {
            key: 'name',
            header: t('portfolio.initiative'),
            value: (r) => r.name,
            render: (r) => <Link to={`/w/${workspaceId}/portfolio/${r.id}`}>{r.name}</Link>,
            rowHeader: true,
          },
          {
            key: 'country',
            header: t('programmePortfolio.country'),
            value: (r) => countryName(r.country, i18n.language, t('programmePortfolio.regional')),
          },
          { key: 'sector', header: t('programmePortfolio.sector'), value: (r) => r.sector || '—' },
          {
            key: 'stage',
            header: t('lifecycle.currentStage'),
            value: (r) => (r.lifecycle ? t(`stage.${r.lifecycle.stage}`) : t('portfolio.notShared')),
          },
          {
            key: 'shares',
            header: t('portfolio.shares'),
            value: (r) => (r.shares.length ? r.shares.map((s) => t(`share.${s}`)).join(', ') : '—'),
          },
          {
            key: 'agents',
            header: t('programmePortfolio.agents.title'),
            value: (r) => r.agents.map((a) => a.name).join(', ') || '—',
          },
        ]}
        empty={<p className="muted">{t('portfolio.empty')}</p>}
      />
      {runs && (
        <>
          <h2 id="redeem-title">{t('programmePortfolio.redeem.title')}</h2>
          <p>{t('programmePortfolio.redeem.intro')}</p>
          <Form
            form={redeemForm}
            className="panel form-row"
            aria-labelledby="redeem-title"
            onSubmit={() =>
              redeemForm.submit(
                () =>
                  post<ApiAnswer<'/workspaces/{workspaceId}/follows/redeem', 'post'>>(
                    `/workspaces/${workspaceId}/follows/redeem`,
                    {
                      code,
                    },
                  ),
                (r) => t('programmePortfolio.redeem.done', { name: r.initiative.name }),
                async () => {
                  setCode('');
                  await reload();
                },
              )
            }
          >
            <FormField name="code" label={t('programmePortfolio.redeem.code')}>
              <input
                value={code}
                onChange={(e) => setCode(e.target.value)}
                autoComplete="off"
                maxLength={40}
                required
              />
            </FormField>
            <button type="submit" disabled={redeemForm.busy}>
              {t('programmePortfolio.redeem.submit')}
            </button>
          </Form>
          <h2 id="request-title">{t('portfolio.follow')}</h2>
          {pending.length > 0 && (
            <ul>
              {pending.map((f) => (
                <li key={f.id}>
                  {t('portfolio.awaiting', { id: f.initiative.id })}{' '}
                  <button
                    type="button"
                    className="secondary"
                    onClick={async () => {
                      await del(`/workspaces/${workspaceId}/follows/${f.id}`);
                      await requests.reload();
                    }}
                  >
                    {t('portfolio.withdraw')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <Form
            form={requestForm}
            className="panel form-row"
            aria-labelledby="request-title"
            onSubmit={() =>
              requestForm.submit(
                () => post(`/workspaces/${workspaceId}/follows`, { initiativeId: initiativeId.trim() }),
                t('portfolio.requested'),
                async () => {
                  setInitiativeId('');
                  await requests.reload();
                },
              )
            }
          >
            <FormField name="initiativeId" label={t('portfolio.initiativeId')}>
              <input value={initiativeId} onChange={(e) => setInitiativeId(e.target.value)} required />
            </FormField>
            <button type="submit">{t('portfolio.sendRequest')}</button>
          </Form>
        </>
      )}
    </section>
  );
}
