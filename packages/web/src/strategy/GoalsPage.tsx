import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { del, patch, post } from '../api';
import { useApi } from '../useApi';
import { ErrorMessage, Loading } from '../layout/common';
import { Dialog, useConfirm } from '../layout/Dialog';
import { EmptyState } from '../layout/DataList';
import { Form, FormField, useForm } from '../layout/forms';
import { SourceNote } from '../layout/sources';
import { NewIndicatorForm } from '../monitoring/NewIndicatorForm';
import type { Chain } from '../monitoring/types';
import { useWorkspaceRole } from '../operations/OperationsNav';
import { StrategyNav } from './StrategyNav';
import { formatNumber } from '../i18n';
import type { Candidates, Goal, GoalList, Guide, SourceKind } from './strategyTypes';

export type { Goal };

/** A finding of the diagnosis, with the goals it already justifies. */
type Candidate = Pick<Candidates['swot'][number], 'id' | 'goals'>;

const key = (kind: SourceKind, id: string) => `${kind}:${id}`;
const TEAM = ['owner', 'manager', 'staff'];

/**
 * Goals from the diagnosis (issue 13, item 1; GIZ 001:1659–1697): the needs ranking and the other
 * findings can become goals, several ranked needs grouped into one key objective (the Dakar case,
 * 001:1597–1603); each goal shows what justified it and the indicators that measure it, and a goal
 * without one carries the guide's "Develop indicators!" (001:1672).
 */
export function GoalsPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '' } = useParams();
  const base = `/workspaces/${workspaceId}`;
  const role = useWorkspaceRole();
  const canEdit = TEAM.includes(role ?? '');
  const goals = useApi<GoalList>(`${base}/strategy/goals`);
  const cands = useApi<Candidates>(`${base}/strategy/goals/candidates`);
  const guide = useApi<Guide>(`${base}/strategy/goals/guide`);
  const chain = useApi<Chain>(canEdit ? `${base}/monitoring/chain` : null);
  const [selected, setSelected] = useState<Map<string, { kind: SourceKind; id: string; label: string }>>(
    new Map(),
  );
  const [making, setMaking] = useState(false);
  const [editing, setEditing] = useState<Goal | null>(null);
  const [measuring, setMeasuring] = useState<Goal | null>(null);
  const [confirm, confirmDialog] = useConfirm();
  const reload = async () => {
    await Promise.all([goals.reload(), cands.reload(), chain.reload()]);
  };

  if (goals.error) return <ErrorMessage error={goals.error} />;
  if (!goals.data || !cands.data) return <Loading />;
  const typicalText = (id: string | null) =>
    id ? (guide.data?.typical.find((x) => x.id === id) ? t(`goals.typical.${id}`) : id) : null;
  const toggle = (kind: SourceKind, id: string, label: string) => {
    const next = new Map(selected);
    if (next.has(key(kind, id))) next.delete(key(kind, id));
    else next.set(key(kind, id), { kind, id, label });
    setSelected(next);
  };
  const pick = (kind: SourceKind, id: string, label: string) =>
    canEdit ? (
      <input
        type="checkbox"
        aria-label={t('goals.select', { name: label })}
        checked={selected.has(key(kind, id))}
        onChange={() => toggle(kind, id, label)}
      />
    ) : null;
  const servedBy = (c: Candidate) =>
    c.goals.length ? (
      <span className="badge">{c.goals.map((g) => g.title).join(', ')}</span>
    ) : (
      <span className="muted">—</span>
    );
  const survey = cands.data.needsSurveys[0];

  return (
    <>
      <StrategyNav />
      <h1>{t('goals.title')}</h1>
      <p className="muted">{t('goals.intro')}</p>
      {confirmDialog}

      <section aria-labelledby="goals-list">
        <h2 id="goals-list">{t('goals.listTitle', { count: goals.data.goals.length })}</h2>
        {goals.data.goals.length === 0 ? (
          <EmptyState text={t('goals.empty')} />
        ) : (
          <ol className="plain" data-testid="goals">
            {goals.data.goals.map((g) => (
              <li key={g.id} id={`goal-${g.id}`} className="panel">
                <h3 className="h-small">{g.title}</h3>
                {g.typical && (
                  <p className="small">
                    {t('goals.typicalLabel')}: {typicalText(g.typical)}
                  </p>
                )}
                {g.description && <p>{g.description}</p>}
                {g.flags.includes('no_indicator') && (
                  <p className="notice small" role="note">
                    {t('goals.flag.noIndicator')}
                  </p>
                )}
                <p className="small">
                  <strong>{t('goals.justifiedBy')}:</strong>{' '}
                  {g.sources.length
                    ? g.sources.map((s) => `${t(`goals.sourceKind.${s.kind}`)} “${s.label}”`).join('; ')
                    : t('goals.flag.noSource')}
                </p>
                <p className="small">
                  <strong>{t('goals.measuredBy')}:</strong>{' '}
                  {g.indicators.length
                    ? g.indicators.map((ind, i) => (
                        <span key={ind.id}>
                          {i > 0 && ', '}
                          <Link to={`/w/${workspaceId}/monitoring/indicators/${ind.id}`}>{ind.name}</Link>
                        </span>
                      ))
                    : '—'}
                </p>
                {g.objectives.length > 0 && (
                  <p className="small">
                    <strong>{t('goals.servedByObjectives')}:</strong>{' '}
                    {g.objectives
                      .map((o) =>
                        t('goals.objectiveInVersion', { title: o.title, version: o.strategyVersion }),
                      )
                      .join('; ')}
                  </p>
                )}
                {canEdit && (
                  <div className="actions">
                    <button type="button" onClick={() => setMeasuring(g)}>
                      {t('goals.addIndicator')}
                    </button>
                    <button type="button" className="secondary" onClick={() => setEditing(g)}>
                      {t('goals.edit')}
                    </button>
                    <button
                      type="button"
                      className="danger"
                      onClick={async () => {
                        if (
                          await confirm({
                            message: t('goals.deleteConfirm', { title: g.title }),
                            action: t('goals.delete'),
                          })
                        ) {
                          await del(`${base}/strategy/goals/${g.id}`);
                          await reload();
                        }
                      }}
                    >
                      {t('goals.delete')}
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>

      {canEdit && (
        <section aria-labelledby="goals-from" className="panel">
          <h2 id="goals-from">{t('goals.fromDiagnosis')}</h2>
          <p className="small muted">{t('goals.fromHint')}</p>
          <div className="toolbar">
            <button type="button" disabled={selected.size === 0} onClick={() => setMaking(true)}>
              {t('goals.makeGoal', { count: selected.size })}
            </button>
            {selected.size > 0 && (
              <button type="button" className="link" onClick={() => setSelected(new Map())}>
                {t('goals.clearSelection')}
              </button>
            )}
          </div>
          <h3 className="h-small">{t('goals.needsRanking')}</h3>
          {survey ? (
            <div className="table-scroll">
              <table data-testid="needs-ranking">
                <caption className="small muted">{survey.title}</caption>
                <thead>
                  <tr>
                    <th scope="col">
                      <span className="visually-hidden">{t('goals.choose')}</span>
                    </th>
                    <th scope="col">{t('goals.rank')}</th>
                    <th scope="col">{t('goals.need')}</th>
                    <th scope="col">{t('goals.score')}</th>
                    <th scope="col">{t('goals.goalColumn')}</th>
                  </tr>
                </thead>
                <tbody>
                  {survey.needs.map((n) => (
                    <tr key={n.id}>
                      <td>{pick('need', n.id, n.title)}</td>
                      <td>{n.rank ?? '—'}</td>
                      <th scope="row">
                        {n.title}
                        <span className="small muted"> · {n.category}</span>
                      </th>
                      <td>{n.score === null ? '—' : formatNumber(n.score, i18n.language, 1)}</td>
                      <td>{servedBy(n)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <EmptyState
              text={t('goals.noNeeds')}
              action={<Link to={`/w/${workspaceId}/diagnose/needs`}>{t('goals.toNeeds')}</Link>}
            />
          )}
          <FindingList
            title={t('goals.swot')}
            rows={cands.data.swot.map((s) => ({ ...s, label: s.text, note: `${s.category} ${s.sign}` }))}
            kind="analysis_item"
            pick={pick}
            servedBy={servedBy}
            empty={t('goals.noSwot')}
          />
          <FindingList
            title={t('goals.constraints')}
            rows={cands.data.constraints.map((c) => ({
              ...c,
              label: c.title,
              note: t('goals.tier', { tier: c.tier }),
            }))}
            kind="constraint"
            pick={pick}
            servedBy={servedBy}
            empty={t('goals.noConstraints')}
          />
          <FindingList
            title={t('goals.whiteSpots')}
            rows={cands.data.whiteSpots.map((w) => ({ ...w, label: `${w.chain}: ${w.name}`, note: '' }))}
            kind="value_chain_stage"
            pick={pick}
            servedBy={servedBy}
            empty={t('goals.noWhiteSpots')}
          />
        </section>
      )}

      {guide.data && (
        <section aria-labelledby="goals-guide" className="panel">
          <h2 id="goals-guide">{t('goals.guideTitle')}</h2>
          <ul>
            {guide.data.points.map((p) => (
              <li key={p.id}>
                {t(`goals.point.${p.id}`)} <SourceNote source={p.source} />
              </li>
            ))}
          </ul>
          <h3 className="h-small">{t('goals.typicalTitle')}</h3>
          <ul>
            {guide.data.typical.map((p) => (
              <li key={p.id}>
                {t(`goals.typical.${p.id}`)} <SourceNote source={p.source} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <Dialog open={making} title={t('goals.newTitle')} onClose={() => setMaking(false)}>
        {making && (
          <GoalForm
            typical={guide.data?.typical ?? []}
            initial={{ title: [...selected.values()][0]?.label ?? '', description: '', typical: null }}
            sources={[...selected.values()]}
            onSave={(body) => post(`${base}/strategy/goals`, body)}
            onDone={async () => {
              setMaking(false);
              setSelected(new Map());
              await reload();
            }}
          />
        )}
      </Dialog>
      <Dialog open={!!editing} title={t('goals.editTitle')} onClose={() => setEditing(null)}>
        {editing && (
          <GoalForm
            typical={guide.data?.typical ?? []}
            initial={editing}
            sources={editing.sources}
            indicators={chain.data?.indicators ?? []}
            indicatorIds={editing.indicatorIds}
            onSave={(body) =>
              patch(`${base}/strategy/goals/${editing.id}`, { ...body, updatedAt: editing.updatedAt })
            }
            onDone={async () => {
              setEditing(null);
              await reload();
            }}
          />
        )}
      </Dialog>
      <Dialog
        open={!!measuring}
        title={t('goals.indicatorFor', { title: measuring?.title ?? '' })}
        onClose={() => setMeasuring(null)}
      >
        {measuring && chain.data && (
          <NewIndicatorForm
            base={`${base}/monitoring`}
            chain={chain.data}
            goalIds={[measuring.id]}
            onCreated={async () => {
              setMeasuring(null);
              await reload();
            }}
          />
        )}
      </Dialog>
    </>
  );
}

/** One finding list of the diagnosis (SWOT items, constraints, white spots) with its choices. */
function FindingList({
  title,
  rows,
  kind,
  pick,
  servedBy,
  empty,
}: {
  title: string;
  rows: (Candidate & { label: string; note: string })[];
  kind: SourceKind;
  pick(kind: SourceKind, id: string, label: string): React.ReactNode;
  servedBy(c: Candidate): React.ReactNode;
  empty: string;
}) {
  return (
    <>
      <h3 className="h-small">{title}</h3>
      {rows.length === 0 ? (
        <p className="small muted">{empty}</p>
      ) : (
        <ul className="plain">
          {rows.map((r) => (
            <li key={r.id}>
              <label className="inline">
                {pick(kind, r.id, r.label)} {r.label}
                {r.note && <span className="small muted"> · {r.note}</span>}
              </label>{' '}
              {servedBy(r)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** A goal's words, typical goal, what justifies it and (when editing) the indicators measuring it. */
function GoalForm({
  typical,
  initial,
  sources,
  indicators,
  indicatorIds,
  onSave,
  onDone,
}: {
  typical: { id: string }[];
  initial: { title: string; description: string; typical: string | null };
  sources: { kind: SourceKind; id: string; label: string }[];
  indicators?: { id: string; name: string }[];
  indicatorIds?: string[];
  onSave(body: object): Promise<unknown>;
  onDone(): Promise<void>;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [v, setV] = useState({
    title: initial.title,
    description: initial.description,
    typical: initial.typical ?? '',
    sources,
    indicatorIds: indicatorIds ?? [],
  });
  return (
    <Form
      form={form}
      aria-label={t('goals.newTitle')}
      onSubmit={() =>
        form.submit(
          () =>
            onSave({
              title: v.title,
              description: v.description,
              typical: v.typical || null,
              sources: v.sources.map((s) => ({ kind: s.kind, id: s.id })),
              ...(indicators ? { indicatorIds: v.indicatorIds } : {}),
            }),
          null,
          onDone,
        )
      }
    >
      <FormField name="title" label={t('goals.field.title')}>
        <input
          required
          maxLength={300}
          value={v.title}
          onChange={(e) => setV({ ...v, title: e.target.value })}
        />
      </FormField>
      <FormField name="description" label={t('goals.field.description')}>
        <textarea
          rows={3}
          value={v.description}
          onChange={(e) => setV({ ...v, description: e.target.value })}
        />
      </FormField>
      <FormField name="typical" label={t('goals.field.typical')} hint={t('goals.field.typicalHint')}>
        <select value={v.typical} onChange={(e) => setV({ ...v, typical: e.target.value })}>
          <option value="">—</option>
          {typical.map((x) => (
            <option key={x.id} value={x.id}>
              {t(`goals.typical.${x.id}`)}
            </option>
          ))}
        </select>
      </FormField>
      <fieldset>
        <legend>{t('goals.justifiedBy')}</legend>
        {v.sources.length === 0 && <p className="small muted">{t('goals.flag.noSource')}</p>}
        <ul className="plain">
          {v.sources.map((s) => (
            <li key={key(s.kind, s.id)}>
              {t(`goals.sourceKind.${s.kind}`)} “{s.label}”{' '}
              <button
                type="button"
                className="link"
                onClick={() => setV({ ...v, sources: v.sources.filter((x) => x !== s) })}
              >
                {t('goals.removeSource')}
              </button>
            </li>
          ))}
        </ul>
      </fieldset>
      {indicators && (
        <fieldset>
          <legend>{t('goals.measuredBy')}</legend>
          {indicators.length === 0 && <p className="small muted">{t('goals.noIndicators')}</p>}
          {indicators.map((ind) => (
            <label key={ind.id} className="inline">
              <input
                type="checkbox"
                checked={v.indicatorIds.includes(ind.id)}
                onChange={(e) =>
                  setV({
                    ...v,
                    indicatorIds: e.target.checked
                      ? [...v.indicatorIds, ind.id]
                      : v.indicatorIds.filter((x) => x !== ind.id),
                  })
                }
              />{' '}
              {ind.name}
            </label>
          ))}
        </fieldset>
      )}
      <div className="actions">
        <button type="submit" disabled={form.busy}>
          {t('goals.save')}
        </button>
      </div>
    </Form>
  );
}
