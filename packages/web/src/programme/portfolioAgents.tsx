import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { del, post, put } from '../api';
import { useApi } from '../useApi';
import { useSession } from '../session';
import { ActionNotice, useAction } from '../useAction';
import { ErrorMessage } from '../layout/common';
import { Form, FormField, useForm } from '../layout/forms';
import { useConfirm } from '../layout/Dialog';
import type { ApiGet } from '../api/types';
import type { PortfolioInitiative } from './portfolioShared';

// The shapes the API gives (programme/programme.schemas.ts on the server; npm run api-types).
type AgentReports = ApiGet<'/workspaces/{workspaceId}/portfolio/{initiativeId}/agent-reports'>;
type AgentReport = AgentReports['reports'][number];
type AgentsOverview = ApiGet<'/workspaces/{workspaceId}/portfolio/agents'>;

const RUNNERS = ['owner', 'manager', 'officer'];

/** Runners choose the cluster development agents of a followed initiative (UNIDO 002:230–234). */
function AssignAgents({
  workspaceId,
  initiative,
  onChanged,
}: {
  workspaceId: string;
  initiative: PortfolioInitiative;
  onChanged(): Promise<unknown>;
}) {
  const { t } = useTranslation();
  const { data } = useApi<AgentsOverview>(`/workspaces/${workspaceId}/portfolio/agents`);
  const [chosen, setChosen] = useState<string[]>(initiative.agents.map((a) => a.id));
  const { message, act } = useAction(onChanged);
  if (!data) return null;
  if (!data.agents.length) return <p className="muted">{t('programmePortfolio.agents.none')}</p>;
  return (
    <fieldset className="panel">
      <legend>{t('programmePortfolio.agents.assign')}</legend>
      {data.agents.map((a) => (
        <label key={a.id} className="checkbox">
          <input
            type="checkbox"
            checked={chosen.includes(a.id)}
            onChange={(e) =>
              setChosen(e.target.checked ? [...chosen, a.id] : chosen.filter((x) => x !== a.id))
            }
          />
          {a.name}
        </label>
      ))}
      <button
        type="button"
        onClick={() =>
          act(
            () => put(`/workspaces/${workspaceId}/portfolio/${initiative.id}/agents`, { agentIds: chosen }),
            t('common.saved'),
          )
        }
      >
        {t('common.save')}
      </button>
      <ActionNotice message={message} />
    </fieldset>
  );
}

function ReportForm({
  url,
  report,
  onDone,
}: {
  url: string;
  report?: AgentReport;
  onDone(): Promise<unknown> | void;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [period, setPeriod] = useState(report?.period ?? '');
  const [text, setText] = useState(report?.text ?? '');
  const id = report ? `agent-report-${report.id}` : 'agent-report-new';
  return (
    <Form
      form={form}
      className="panel"
      aria-labelledby={id}
      onSubmit={() =>
        form.submit(
          () => (report ? put(`${url}/${report.id}`, { period, text }) : post(url, { period, text })),
          t('common.saved'),
          async () => {
            if (!report) {
              setPeriod('');
              setText('');
            }
            await onDone();
          },
        )
      }
    >
      <h3 id={id} className="h-small">
        {report ? t('programmePortfolio.agentReports.edit') : t('programmePortfolio.agentReports.new')}
      </h3>
      <FormField name="period" label={t('programmePortfolio.agentReports.period')}>
        <input value={period} maxLength={50} onChange={(e) => setPeriod(e.target.value)} required />
      </FormField>
      <FormField name="text" label={t('programmePortfolio.agentReports.text')}>
        <textarea
          rows={5}
          value={text}
          maxLength={20000}
          onChange={(e) => setText(e.target.value)}
          required
        />
      </FormField>
      <button type="submit" disabled={form.busy}>
        {t('common.save')}
      </button>
    </Form>
  );
}

/**
 * The agents of a followed initiative and their reports: runners assign agents; the assigned agent
 * writes reports (period, text) and edits or deletes their own; the coordinator and the other
 * readers read them (UNIDO 002:269–283).
 */
export function InitiativeAgents({
  workspaceId,
  initiative,
  onChanged,
}: {
  workspaceId: string;
  initiative: PortfolioInitiative;
  onChanged(): Promise<unknown>;
}) {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const role = me?.workspaces.find((w) => w.id === workspaceId)?.role;
  const url = `/workspaces/${workspaceId}/portfolio/${initiative.id}/agent-reports`;
  const { data, error, reload } = useApi<AgentReports>(url);
  const { message, act } = useAction(reload);
  const [confirm, confirmDialog] = useConfirm();
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <section aria-labelledby="agents-title">
      <h2 id="agents-title">{t('programmePortfolio.agents.title')}</h2>
      <p>
        {initiative.agents.length
          ? initiative.agents.map((a) => a.name).join(', ')
          : t('programmePortfolio.agents.unassigned')}
      </p>
      {role && RUNNERS.includes(role) && (
        <AssignAgents
          key={initiative.agents.map((a) => a.id).join()}
          workspaceId={workspaceId}
          initiative={initiative}
          onChanged={onChanged}
        />
      )}
      <h2 id="agent-reports-title">{t('programmePortfolio.agentReports.title')}</h2>
      {error && <ErrorMessage error={error} />}
      {data && !data.reports.length && <p className="muted">{t('programmePortfolio.agentReports.empty')}</p>}
      {data?.reports.map((r) =>
        editing === r.id ? (
          <ReportForm
            key={r.id}
            url={url}
            report={r}
            onDone={async () => (setEditing(null), await reload())}
          />
        ) : (
          <article key={r.id} className="panel" aria-labelledby={`ar-${r.id}`}>
            <h3 id={`ar-${r.id}`} className="h-small">
              {r.period} — {r.agent?.name ?? '—'} ({new Date(r.createdAt).toLocaleDateString(i18n.language)})
            </h3>
            <p style={{ whiteSpace: 'pre-wrap' }}>{r.text}</p>
            {r.canEdit && (
              <div className="actions">
                <button type="button" className="secondary" onClick={() => setEditing(r.id)}>
                  {t('form.edit')}
                </button>
                <button
                  type="button"
                  className="danger"
                  onClick={async () => {
                    if (
                      await confirm({
                        message: t('programmePortfolio.agentReports.deleteConfirm', { period: r.period }),
                        action: t('form.delete'),
                      })
                    )
                      await act(() => del(`${url}/${r.id}`), t('programmePortfolio.agentReports.deleted'));
                  }}
                >
                  {t('form.delete')}
                </button>
              </div>
            )}
          </article>
        ),
      )}
      {role === 'agent' && <ReportForm url={url} onDone={reload} />}
      <ActionNotice message={message} />
      {confirmDialog}
    </section>
  );
}
