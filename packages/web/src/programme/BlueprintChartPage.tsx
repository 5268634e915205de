import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { del, post, put } from '../api';
import { useApi } from '../useApi';
import { useSession } from '../session';
import { ActionNotice, useAction } from '../useAction';
import { ErrorMessage, Loading } from '../layout/common';
import { Dialog, NewButton, useConfirm } from '../layout/Dialog';
import { Form, FormField, useForm } from '../layout/forms';
import { ProgrammeNav } from './ProgrammeNav';
import { PortfolioViewsNav } from './portfolioViews';
import type { PortfolioInitiative } from './portfolioShared';
import type { ApiGet } from '../api/types';

const STATES = ['done', 'led_by_others', 'skipped', 'ongoing', 'repeated'] as const;
type State = (typeof STATES)[number];
/** The chart as the API gives it (programme/programme.schemas.ts on the server; npm run api-types). */
type Chart = ApiGet<'/workspaces/{workspaceId}/portfolio/blueprint'>;
type Association = Chart['associations'][number];

const RUNNERS = ['owner', 'manager', 'officer'];
/** A mark per state, beside its word, so that the chart reads without colour. */
const MARK: Record<State, string> = {
  done: '●',
  led_by_others: '◐',
  skipped: '–',
  ongoing: '→',
  repeated: '↻',
};

function RowForm({
  url,
  row,
  initiatives,
  onDone,
}: {
  url: string;
  row?: Association;
  initiatives: PortfolioInitiative[];
  onDone(): Promise<unknown> | void;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [name, setName] = useState(row?.name ?? '');
  const [initiativeId, setInitiativeId] = useState(row?.initiative?.id ?? '');
  const [note, setNote] = useState(row?.partnershipNote ?? '');
  return (
    <Form
      form={form}
      onSubmit={() =>
        form.submit(
          () => {
            const body = { name, initiativeId: initiativeId || null, partnershipNote: note };
            return row ? put(`${url}/associations/${row.id}`, body) : post(`${url}/associations`, body);
          },
          null,
          onDone,
        )
      }
    >
      <FormField name="name" label={t('programmePortfolio.blueprint.association')}>
        <input value={name} maxLength={300} onChange={(e) => setName(e.target.value)} required />
      </FormField>
      <FormField name="initiativeId" label={t('programmePortfolio.blueprint.initiative')}>
        <select value={initiativeId} onChange={(e) => setInitiativeId(e.target.value)}>
          <option value="">{t('programmePortfolio.blueprint.noInitiative')}</option>
          {initiatives.map((i) => (
            <option key={i.id} value={i.id}>
              {i.name}
            </option>
          ))}
        </select>
      </FormField>
      <FormField name="partnershipNote" label={t('programmePortfolio.blueprint.note')}>
        <textarea rows={3} value={note} maxLength={4000} onChange={(e) => setNote(e.target.value)} />
      </FormField>
      <button type="submit" disabled={form.busy}>
        {t('common.save')}
      </button>
    </Form>
  );
}

function CellDialog({
  url,
  row,
  step,
  onClose,
}: {
  url: string;
  row: Association;
  step: number;
  onClose(saved: boolean): void;
}) {
  const { t } = useTranslation();
  const cell = row.cells.find((c) => c.step === step);
  const form = useForm();
  const [state, setState] = useState<string>(cell?.state ?? '');
  const [note, setNote] = useState(cell?.note ?? '');
  return (
    <Dialog
      open
      title={`${row.name} — ${t('lifecycle.blueprintStep')} ${step}`}
      onClose={() => onClose(false)}
    >
      <Form
        form={form}
        onSubmit={() =>
          form.submit(
            () => put(`${url}/associations/${row.id}/cells/${step}`, { state: state || null, note }),
            null,
            () => onClose(true),
          )
        }
      >
        <FormField name="state" label={t('programmePortfolio.blueprint.state')}>
          <select value={state} onChange={(e) => setState(e.target.value)}>
            <option value="">{t('programmePortfolio.blueprint.empty')}</option>
            {STATES.map((s) => (
              <option key={s} value={s}>
                {MARK[s]} {t(`programmePortfolio.blueprint.states.${s}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField name="note" label={t('programmePortfolio.blueprint.cellNote')}>
          <input value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
        </FormField>
        <button type="submit" disabled={form.busy}>
          {t('common.save')}
        </button>
      </Form>
    </Dialog>
  );
}

/**
 * The blueprint chart (MarketMakers Appendix 2): associations × the nine steps of the blueprint,
 * each cell's state and note; runners edit rows and cells. A followed initiative that shares its
 * lifecycle shows the step it records beside its row.
 */
export function BlueprintChartPage() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const { me } = useSession();
  const role = me?.workspaces.find((w) => w.id === workspaceId)?.role;
  const runs = !!role && RUNNERS.includes(role);
  const url = `/workspaces/${workspaceId}/portfolio/blueprint`;
  const { data, error, loading, reload } = useApi<Chart>(url);
  const portfolio = useApi<{ initiatives: PortfolioInitiative[] }>(
    runs ? `/workspaces/${workspaceId}/portfolio` : null,
  );
  const { message, act } = useAction(reload);
  const [confirm, confirmDialog] = useConfirm();
  const [cell, setCell] = useState<{ row: Association; step: number } | null>(null);
  const [editing, setEditing] = useState<Association | null>(null);
  if (error)
    return (
      <section>
        <ProgrammeNav />
        <h1>{t('programmePortfolio.blueprint.title')}</h1>
        <ErrorMessage error={error} />
      </section>
    );
  if (loading && !data) return <Loading />;
  if (!data) return null;
  const initiatives = portfolio.data?.initiatives ?? [];
  return (
    <section aria-labelledby="blueprint-title">
      <ProgrammeNav />
      <PortfolioViewsNav />
      <h1 id="blueprint-title">{t('programmePortfolio.blueprint.title')}</h1>
      <p className="lead">{t('programmePortfolio.blueprint.intro')}</p>
      <ol className="small">
        {data.steps.map((s) => (
          <li key={s.number}>{t(`blueprint.${s.number}`)}</li>
        ))}
      </ol>
      <p className="small">
        {STATES.map((s) => `${MARK[s]} ${t(`programmePortfolio.blueprint.states.${s}`)}`).join(' · ')}
      </p>
      {runs && (
        <NewButton label={`+ ${t('programmePortfolio.blueprint.add')}`}>
          {(close) => (
            <RowForm
              url={url}
              initiatives={initiatives}
              onDone={async () => {
                await reload();
                close(t('common.saved'));
              }}
            />
          )}
        </NewButton>
      )}
      {data.associations.length === 0 ? (
        <p className="muted">{t('programmePortfolio.blueprint.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="blueprint-chart">
            <caption className="visually-hidden">{t('programmePortfolio.blueprint.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('programmePortfolio.blueprint.association')}</th>
                {data.steps.map((s) => (
                  <th scope="col" key={s.number} title={t(`blueprint.${s.number}`)}>
                    {s.number}
                  </th>
                ))}
                <th scope="col">{t('programmePortfolio.blueprint.note')}</th>
              </tr>
            </thead>
            <tbody>
              {data.associations.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    {a.initiative ? (
                      <Link to={`/w/${workspaceId}/portfolio/${a.initiative.id}`}>{a.name}</Link>
                    ) : (
                      a.name
                    )}
                    {a.currentStep !== null && (
                      <div className="small">
                        {t('programmePortfolio.blueprint.current', { step: a.currentStep })}
                      </div>
                    )}
                    {runs && (
                      <div className="actions">
                        <button type="button" className="link" onClick={() => setEditing(a)}>
                          {t('form.edit')}
                        </button>
                        <button
                          type="button"
                          className="link"
                          onClick={async () => {
                            if (
                              await confirm({
                                message: t('programmePortfolio.blueprint.deleteConfirm', { name: a.name }),
                                action: t('form.delete'),
                              })
                            )
                              await act(() => del(`${url}/associations/${a.id}`), t('common.saved'));
                          }}
                        >
                          {t('form.delete')}
                        </button>
                      </div>
                    )}
                  </th>
                  {data.steps.map((s) => {
                    const c = a.cells.find((x) => x.step === s.number);
                    const words = c ? t(`programmePortfolio.blueprint.states.${c.state}`) : '';
                    const label = `${t('lifecycle.blueprintStep')} ${s.number}: ${words || t('programmePortfolio.blueprint.empty')}`;
                    return (
                      <td
                        key={s.number}
                        className={c ? `bp-${c.state}` : undefined}
                        title={c?.note || undefined}
                      >
                        {runs ? (
                          <button
                            type="button"
                            className="link"
                            aria-label={`${a.name}, ${label}`}
                            onClick={() => setCell({ row: a, step: s.number })}
                          >
                            {c ? MARK[c.state] : '·'}
                          </button>
                        ) : (
                          <span aria-label={label} role="img">
                            {c ? MARK[c.state] : '·'}
                          </span>
                        )}
                      </td>
                    );
                  })}
                  <td className="small">{a.partnershipNote}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="muted small">{t('programmePortfolio.blueprint.source')}</p>
      <ActionNotice message={message} />
      {cell && (
        <CellDialog
          url={url}
          row={cell.row}
          step={cell.step}
          onClose={async (saved) => {
            setCell(null);
            if (saved) await reload();
          }}
        />
      )}
      {editing && (
        <Dialog open title={editing.name} onClose={() => setEditing(null)}>
          <RowForm
            url={url}
            row={editing}
            initiatives={initiatives}
            onDone={async () => {
              setEditing(null);
              await reload();
            }}
          />
        </Dialog>
      )}
      {confirmDialog}
    </section>
  );
}
