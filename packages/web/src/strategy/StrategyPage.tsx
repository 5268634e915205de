import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { del, patch, post } from '../api';
import { useApi } from '../useApi';
import { ErrorMessage, Loading } from '../layout/common';
import { Dialog, NewButton, useConfirm } from '../layout/Dialog';
import { EmptyState } from '../layout/DataList';
import { Form, FormField, useForm } from '../layout/forms';
import { SourceNote } from '../layout/sources';
import { useWorkspaceRole } from '../operations/OperationsNav';
import { formatDate } from '../i18n';
import { StrategyNav } from './StrategyNav';
import type { Goal } from './GoalsPage';

type Kind = 'objective' | 'initiative' | 'measure';
interface Element {
  id: string;
  kind: Kind;
  parentId: string | null;
  title: string;
  description: string;
  goalId: string | null;
  goal: string | null;
}
interface Summary {
  id: string;
  version: number;
  title: string;
  status: 'draft' | 'agreed' | 'superseded';
  basedOnId: string | null;
  agreedOn: string | null;
  agreedBy: string;
}
interface Strategy extends Summary {
  vision: string;
  components: Record<string, string>;
  realignmentNotes: string;
  updatedAt: string;
  elements: Element[];
}
interface Versions {
  strategies: Summary[];
  components: { id: string; text: string; source: string }[];
}
interface Change {
  what: 'vision' | 'component' | 'element';
  key: string;
  path: string[];
  change: 'added' | 'removed' | 'changed';
  before: string | null;
  after: string | null;
}

const TEAM = ['owner', 'manager', 'staff'];
const MANAGERS = ['owner', 'manager'];

/**
 * The cluster strategy (issue 13, item 2; GIZ 001:1701–1842): its versions, the vision, the five
 * components of 001:1719–1725 and the tree of strategic objectives → competitiveness initiatives →
 * measures of the Côte d'Ivoire case; a draft is edited and agreed, two versions compared. With
 * `realign`, the strategy realignment of 001:3769–3799: what it draws on and a new version started
 * from the last.
 */
export function StrategyPage({ realign = false }: { realign?: boolean }) {
  const { t, i18n } = useTranslation();
  const { workspaceId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const base = `/workspaces/${workspaceId}/strategy`;
  const role = useWorkspaceRole();
  const canEdit = TEAM.includes(role);
  const versions = useApi<Versions>(`${base}/strategies`);
  const list = versions.data?.strategies ?? [];
  const chosen =
    params.get('version') ??
    (list.find((s) => s.status === 'agreed') ?? list.find((s) => s.status === 'draft'))?.id ??
    null;
  const strategy = useApi<Strategy>(chosen ? `${base}/strategies/${chosen}` : null);
  const goals = useApi<{ goals: Goal[] }>(`${base}/goals`);
  const [confirm, confirmDialog] = useConfirm();
  const [adding, setAdding] = useState<{ kind: Kind; parentId: string | null } | null>(null);
  const [editingEl, setEditingEl] = useState<Element | null>(null);
  const [editingText, setEditingText] = useState(false);
  const [agreeing, setAgreeing] = useState(false);
  const [fromGoals, setFromGoals] = useState(false);
  const reload = async () => {
    await Promise.all([versions.reload(), strategy.reload(), goals.reload()]);
  };
  const show = (id: string) => setParams({ version: id });

  if (versions.error) return <ErrorMessage error={versions.error} />;
  if (!versions.data) return <Loading />;
  const s = chosen ? strategy.data : null;
  const draft = s?.status === 'draft' && canEdit;
  const children = (parentId: string | null, kind: Kind) =>
    (s?.elements ?? []).filter((e) => e.parentId === parentId && e.kind === kind);
  const crossCutting = children(null, 'initiative');

  const elementActions = (e: Element) =>
    draft && (
      <span className="actions inline-actions">
        <button type="button" className="link" onClick={() => setEditingEl(e)}>
          {t('strategy.edit')}
          <span className="visually-hidden"> {e.title}</span>
        </button>
        <button
          type="button"
          className="link"
          onClick={async () => {
            if (
              await confirm({
                message: t('strategy.deleteElementConfirm', { title: e.title }),
                action: t('strategy.delete'),
              })
            ) {
              await del(`${base}/strategies/${s!.id}/elements/${e.id}`);
              await reload();
            }
          }}
        >
          {t('strategy.delete')}
          <span className="visually-hidden"> {e.title}</span>
        </button>
      </span>
    );
  const initiativeBlock = (i: Element) => (
    <li key={i.id}>
      <strong>
        {t('strategy.kind.initiative')}: {i.title}
      </strong>{' '}
      {elementActions(i)}
      {i.description && <p className="small">{i.description}</p>}
      <ul>
        {children(i.id, 'measure').map((m) => (
          <li key={m.id}>
            {m.title} {elementActions(m)}
            {m.description && <span className="small muted"> · {m.description}</span>}
          </li>
        ))}
        {draft && (
          <li>
            <button
              type="button"
              className="link"
              onClick={() => setAdding({ kind: 'measure', parentId: i.id })}
            >
              {t('strategy.addMeasure')}
            </button>
          </li>
        )}
      </ul>
    </li>
  );

  return (
    <>
      <StrategyNav />
      {confirmDialog}
      <h1>{realign ? t('strategy.realignTitle') : t('strategy.title')}</h1>
      {realign && <Realignment base={base} versions={list} onStarted={(id) => show(id)} canEdit={canEdit} />}

      <section aria-labelledby="strategy-versions" className="panel">
        <h2 id="strategy-versions" className="h-small">
          {t('strategy.versions')}
        </h2>
        {list.length === 0 ? (
          <EmptyState text={t('strategy.empty')} />
        ) : (
          <div className="table-scroll">
            <table data-testid="strategy-versions">
              <thead>
                <tr>
                  <th scope="col">{t('strategy.version')}</th>
                  <th scope="col">{t('strategy.field.title')}</th>
                  <th scope="col">{t('strategy.status')}</th>
                  <th scope="col">{t('strategy.agreed')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((v) => (
                  <tr key={v.id} aria-current={v.id === chosen ? 'true' : undefined}>
                    <td>{v.version}</td>
                    <th scope="row">
                      {v.id === chosen ? (
                        v.title
                      ) : (
                        <button type="button" className="link" onClick={() => show(v.id)}>
                          {v.title}
                        </button>
                      )}
                    </th>
                    <td>
                      <span className={`badge status-${v.status}`}>
                        {t(`strategy.statusOne.${v.status}`)}
                      </span>
                    </td>
                    <td>
                      {v.agreedOn
                        ? t('strategy.agreedOnBy', {
                            date: formatDate(v.agreedOn, i18n.language),
                            by: v.agreedBy,
                          })
                        : '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {canEdit && (
          <div className="toolbar">
            <NewButton label={t('strategy.newVersion')} title={t('strategy.newVersionTitle')}>
              {(close) => (
                <NewStrategyForm
                  base={base}
                  onCreated={async (id) => {
                    await versions.reload();
                    show(id);
                    close(t('strategy.created'));
                  }}
                />
              )}
            </NewButton>
            {!realign && list.length > 0 && (
              <Link to={`/w/${workspaceId}/strategy/realignment`}>{t('strategy.toRealign')}</Link>
            )}
          </div>
        )}
        {list.length > 1 && <Compare base={base} versions={list} />}
      </section>

      {chosen && strategy.error && <ErrorMessage error={strategy.error} />}
      {s && (
        <article aria-labelledby="strategy-title" data-testid="strategy">
          <h2 id="strategy-title">
            {t('strategy.versionTitle', { version: s.version, title: s.title })}{' '}
            <span className={`badge status-${s.status}`}>{t(`strategy.statusOne.${s.status}`)}</span>
          </h2>
          {s.status !== 'draft' && s.agreedOn && (
            <p className="small">
              {t('strategy.agreedOnBy', { date: formatDate(s.agreedOn, i18n.language), by: s.agreedBy })}
            </p>
          )}
          {s.status === 'draft' && canEdit && (
            <div className="toolbar">
              <button type="button" onClick={() => setEditingText(true)}>
                {t('strategy.editText')}
              </button>
              <button type="button" className="secondary" onClick={() => setFromGoals(true)}>
                {t('strategy.addGoals')}
              </button>
              {MANAGERS.includes(role) && (
                <button type="button" className="secondary" onClick={() => setAgreeing(true)}>
                  {t('strategy.agree')}
                </button>
              )}
              <button
                type="button"
                className="danger"
                onClick={async () => {
                  if (
                    await confirm({
                      message: t('strategy.deleteConfirm', { version: s.version }),
                      action: t('strategy.delete'),
                    })
                  ) {
                    await del(`${base}/strategies/${s.id}`);
                    setParams({});
                    await versions.reload();
                  }
                }}
              >
                {t('strategy.deleteDraft')}
              </button>
            </div>
          )}
          <section className="panel" aria-labelledby="strategy-vision">
            <h3 id="strategy-vision" className="h-small">
              {t('strategy.vision')}
            </h3>
            <p className="lead">{s.vision || <span className="muted">{t('strategy.noVision')}</span>}</p>
            {s.realignmentNotes && (
              <p className="small">
                <strong>{t('strategy.realignmentNotes')}:</strong> {s.realignmentNotes}
              </p>
            )}
          </section>
          <section className="panel" aria-labelledby="strategy-structure">
            <h3 id="strategy-structure" className="h-small">
              {t('strategy.structure')} <SourceNote source="001:1750–1842" />
            </h3>
            {children(null, 'objective').length === 0 && crossCutting.length === 0 && (
              <p className="muted">{t('strategy.noElements')}</p>
            )}
            <ol className="strategy-tree">
              {children(null, 'objective').map((o) => (
                <li key={o.id}>
                  <strong>
                    {t('strategy.kind.objective')}: {o.title}
                  </strong>{' '}
                  {elementActions(o)}
                  {o.goal && (
                    <p className="small">
                      {t('strategy.servesGoal')}{' '}
                      <Link to={`/w/${workspaceId}/strategy/goals#goal-${o.goalId}`}>{o.goal}</Link>
                    </p>
                  )}
                  {o.description && <p className="small">{o.description}</p>}
                  <ul>
                    {children(o.id, 'initiative').map(initiativeBlock)}
                    {draft && (
                      <li>
                        <button
                          type="button"
                          className="link"
                          onClick={() => setAdding({ kind: 'initiative', parentId: o.id })}
                        >
                          {t('strategy.addInitiative')}
                        </button>
                      </li>
                    )}
                  </ul>
                </li>
              ))}
            </ol>
            {(crossCutting.length > 0 || draft) && (
              <>
                <h4 className="h-small">{t('strategy.crossCutting')}</h4>
                <ul>{crossCutting.map(initiativeBlock)}</ul>
              </>
            )}
            {draft && (
              <div className="toolbar">
                <button type="button" onClick={() => setAdding({ kind: 'objective', parentId: null })}>
                  {t('strategy.addObjective')}
                </button>
                <button
                  type="button"
                  className="secondary"
                  onClick={() => setAdding({ kind: 'initiative', parentId: null })}
                >
                  {t('strategy.addCrossCutting')}
                </button>
              </div>
            )}
          </section>
          <section className="panel" aria-labelledby="strategy-components">
            <h3 id="strategy-components" className="h-small">
              {t('strategy.components')} <SourceNote source="001:1719–1725" />
            </h3>
            <dl>
              {versions.data.components.map((c) => (
                <div key={c.id}>
                  <dt>{t(`strategy.component.${c.id}`)}</dt>
                  <dd>
                    {s.components[c.id] || <span className="muted">{t('strategy.componentEmpty')}</span>}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        </article>
      )}

      <Dialog
        open={!!adding}
        title={adding ? t(`strategy.addTitle.${adding.kind}`) : ''}
        onClose={() => setAdding(null)}
      >
        {adding && s && (
          <ElementForm
            kind={adding.kind}
            goals={goals.data?.goals ?? []}
            onSave={(body) =>
              post(`${base}/strategies/${s.id}/elements`, {
                ...body,
                kind: adding.kind,
                parentId: adding.parentId,
              })
            }
            onDone={async () => {
              setAdding(null);
              await strategy.reload();
            }}
          />
        )}
      </Dialog>
      <Dialog open={!!editingEl} title={t('strategy.editElement')} onClose={() => setEditingEl(null)}>
        {editingEl && s && (
          <ElementForm
            kind={editingEl.kind}
            initial={editingEl}
            goals={goals.data?.goals ?? []}
            onSave={(body) => patch(`${base}/strategies/${s.id}/elements/${editingEl.id}`, body)}
            onDone={async () => {
              setEditingEl(null);
              await strategy.reload();
            }}
          />
        )}
      </Dialog>
      <Dialog open={editingText} title={t('strategy.editText')} onClose={() => setEditingText(false)}>
        {editingText && s && (
          <TextForm
            strategy={s}
            components={versions.data.components}
            onSave={(body) => patch(`${base}/strategies/${s.id}`, { ...body, updatedAt: s.updatedAt })}
            onDone={async () => {
              setEditingText(false);
              await reload();
            }}
          />
        )}
      </Dialog>
      <Dialog open={agreeing} title={t('strategy.agreeTitle')} onClose={() => setAgreeing(false)}>
        {agreeing && s && (
          <AgreeForm
            onSave={(body) => post(`${base}/strategies/${s.id}/agree`, body)}
            onDone={async () => {
              setAgreeing(false);
              await reload();
            }}
          />
        )}
      </Dialog>
      <Dialog open={fromGoals} title={t('strategy.addGoals')} onClose={() => setFromGoals(false)}>
        {fromGoals && s && (
          <GoalsForm
            goals={goals.data?.goals ?? []}
            served={new Set(s.elements.map((e) => e.goalId).filter(Boolean) as string[])}
            onSave={(goalIds) => post(`${base}/strategies/${s.id}/objectives-from-goals`, { goalIds })}
            onDone={async () => {
              setFromGoals(false);
              await strategy.reload();
            }}
          />
        )}
      </Dialog>
    </>
  );
}

function NewStrategyForm({ base, onCreated }: { base: string; onCreated(id: string): Promise<void> }) {
  const { t } = useTranslation();
  const form = useForm();
  const [title, setTitle] = useState('');
  return (
    <Form
      form={form}
      aria-label={t('strategy.newVersionTitle')}
      onSubmit={() =>
        form.submit(
          () => post<{ id: string }>(`${base}/strategies`, { title }),
          null,
          (r) => onCreated(r.id),
        )
      }
    >
      <FormField name="title" label={t('strategy.field.title')}>
        <input required maxLength={300} value={title} onChange={(e) => setTitle(e.target.value)} />
      </FormField>
      <div className="actions">
        <button type="submit">{t('strategy.create')}</button>
      </div>
    </Form>
  );
}

function ElementForm({
  kind,
  initial,
  goals,
  onSave,
  onDone,
}: {
  kind: Kind;
  initial?: Element;
  goals: Goal[];
  onSave(body: object): Promise<unknown>;
  onDone(): Promise<void>;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [v, setV] = useState({
    title: initial?.title ?? '',
    description: initial?.description ?? '',
    goalId: initial?.goalId ?? '',
  });
  return (
    <Form
      form={form}
      aria-label={t(`strategy.addTitle.${kind}`)}
      onSubmit={() =>
        form.submit(
          () =>
            onSave({
              title: v.title,
              description: v.description,
              ...(kind === 'objective' ? { goalId: v.goalId || null } : {}),
            }),
          null,
          onDone,
        )
      }
    >
      <FormField name="title" label={t('strategy.field.title')}>
        <input
          required
          maxLength={300}
          value={v.title}
          onChange={(e) => setV({ ...v, title: e.target.value })}
        />
      </FormField>
      <FormField name="description" label={t('strategy.field.description')}>
        <textarea
          rows={3}
          value={v.description}
          onChange={(e) => setV({ ...v, description: e.target.value })}
        />
      </FormField>
      {kind === 'objective' && (
        <FormField name="goalId" label={t('strategy.field.goal')}>
          <select value={v.goalId} onChange={(e) => setV({ ...v, goalId: e.target.value })}>
            <option value="">—</option>
            {goals.map((g) => (
              <option key={g.id} value={g.id}>
                {g.title}
              </option>
            ))}
          </select>
        </FormField>
      )}
      <FormField name="parentId" label={t('strategy.field.place')}>
        <output className="small muted">{t(`strategy.placeHint.${kind}`)}</output>
      </FormField>
      <div className="actions">
        <button type="submit">{t('strategy.save')}</button>
      </div>
    </Form>
  );
}

function TextForm({
  strategy,
  components,
  onSave,
  onDone,
}: {
  strategy: Strategy;
  components: { id: string; source: string }[];
  onSave(body: object): Promise<unknown>;
  onDone(): Promise<void>;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [v, setV] = useState({
    title: strategy.title,
    vision: strategy.vision,
    components: { ...strategy.components },
    realignmentNotes: strategy.realignmentNotes,
  });
  return (
    <Form
      form={form}
      aria-label={t('strategy.editText')}
      onSubmit={() => form.submit(() => onSave(v), null, onDone)}
    >
      <FormField name="title" label={t('strategy.field.title')}>
        <input
          required
          maxLength={300}
          value={v.title}
          onChange={(e) => setV({ ...v, title: e.target.value })}
        />
      </FormField>
      <FormField name="vision" label={t('strategy.vision')}>
        <textarea rows={3} value={v.vision} onChange={(e) => setV({ ...v, vision: e.target.value })} />
      </FormField>
      {components.map((c) => (
        <FormField key={c.id} name={`components.${c.id}`} label={t(`strategy.component.${c.id}`)}>
          <textarea
            rows={2}
            value={v.components[c.id] ?? ''}
            onChange={(e) => setV({ ...v, components: { ...v.components, [c.id]: e.target.value } })}
          />
        </FormField>
      ))}
      {strategy.basedOnId && (
        <FormField name="realignmentNotes" label={t('strategy.realignmentNotes')}>
          <textarea
            rows={3}
            value={v.realignmentNotes}
            onChange={(e) => setV({ ...v, realignmentNotes: e.target.value })}
          />
        </FormField>
      )}
      <div className="actions">
        <button type="submit">{t('strategy.save')}</button>
      </div>
    </Form>
  );
}

function AgreeForm({ onSave, onDone }: { onSave(body: object): Promise<unknown>; onDone(): Promise<void> }) {
  const { t } = useTranslation();
  const form = useForm();
  const [v, setV] = useState({ agreedOn: new Date().toISOString().slice(0, 10), agreedBy: '' });
  return (
    <Form
      form={form}
      aria-label={t('strategy.agreeTitle')}
      onSubmit={() => form.submit(() => onSave(v), null, onDone)}
    >
      <p className="small">{t('strategy.agreeHint')}</p>
      <FormField name="agreedOn" label={t('strategy.field.agreedOn')}>
        <input
          type="date"
          required
          value={v.agreedOn}
          onChange={(e) => setV({ ...v, agreedOn: e.target.value })}
        />
      </FormField>
      <FormField name="agreedBy" label={t('strategy.field.agreedBy')} hint={t('strategy.field.agreedByHint')}>
        <input
          required
          maxLength={300}
          value={v.agreedBy}
          onChange={(e) => setV({ ...v, agreedBy: e.target.value })}
        />
      </FormField>
      <div className="actions">
        <button type="submit">{t('strategy.agree')}</button>
      </div>
    </Form>
  );
}

function GoalsForm({
  goals,
  served,
  onSave,
  onDone,
}: {
  goals: Goal[];
  served: Set<string>;
  onSave(ids: string[]): Promise<unknown>;
  onDone(): Promise<void>;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [ids, setIds] = useState<string[]>([]);
  if (goals.length === 0) return <p>{t('strategy.noGoals')}</p>;
  return (
    <Form
      form={form}
      aria-label={t('strategy.addGoals')}
      onSubmit={() => form.submit(() => onSave(ids), null, onDone)}
    >
      <fieldset>
        <legend>{t('strategy.chooseGoals')}</legend>
        {goals.map((g) => (
          <label key={g.id} className="inline">
            <input
              type="checkbox"
              disabled={served.has(g.id)}
              checked={ids.includes(g.id) || served.has(g.id)}
              onChange={(e) => setIds(e.target.checked ? [...ids, g.id] : ids.filter((x) => x !== g.id))}
            />{' '}
            {g.title}
            {served.has(g.id) && <span className="small muted"> · {t('strategy.alreadyServed')}</span>}
          </label>
        ))}
      </fieldset>
      <div className="actions">
        <button type="submit" disabled={ids.length === 0}>
          {t('strategy.addGoalsSubmit', { count: ids.length })}
        </button>
      </div>
    </Form>
  );
}

function Compare({ base, versions }: { base: string; versions: Summary[] }) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(versions[1]?.id ?? '');
  const [to, setTo] = useState(versions[0]?.id ?? '');
  const cmp = useApi<{ changes: Change[] }>(
    from && to && from !== to ? `${base}/strategies/compare?from=${from}&to=${to}` : null,
  );
  return (
    <details className="compare">
      <summary>{t('strategy.compare')}</summary>
      <div className="grid-2">
        <label>
          {t('strategy.compareFrom')}
          <select value={from} onChange={(e) => setFrom(e.target.value)}>
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                {v.version} · {v.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('strategy.compareTo')}
          <select value={to} onChange={(e) => setTo(e.target.value)}>
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                {v.version} · {v.title}
              </option>
            ))}
          </select>
        </label>
      </div>
      {cmp.data &&
        (cmp.data.changes.length === 0 ? (
          <p className="muted">{t('strategy.noChanges')}</p>
        ) : (
          <ul data-testid="strategy-changes">
            {cmp.data.changes.map((c, i) => (
              <li key={i}>
                <span className={`badge change-${c.change}`}>{t(`strategy.changeOne.${c.change}`)}</span>{' '}
                {c.what === 'element'
                  ? `${t(`strategy.kind.${c.key}`)}: ${c.path.join(' › ')}`
                  : c.what === 'vision'
                    ? t('strategy.vision')
                    : t(`strategy.component.${c.key}`)}
                {c.change === 'changed' && (
                  <span className="small muted">
                    {' '}
                    — {c.before || '∅'} → {c.after || '∅'}
                  </span>
                )}
              </li>
            ))}
          </ul>
        ))}
    </details>
  );
}

interface RealignmentContext {
  phases: { id: string; source: string; points: string[] }[];
  agreed: { id: string; version: number; title: string; agreedOn: string } | null;
  benchmarkRecommendations: { id: string; text: string }[];
  evaluationRecommendations: { id: string; text: string; evaluation: string }[];
  needsSurvey: {
    id: string;
    title: string;
    needs: { id: string; title: string; rank: number | null }[];
  } | null;
  goalsWithoutIndicator: { id: string; title: string }[];
}

/** What the realignment draws on, and the new version started from the last one (001:3769–3799). */
function Realignment({
  base,
  versions,
  canEdit,
  onStarted,
}: {
  base: string;
  versions: Summary[];
  canEdit: boolean;
  onStarted(id: string): void;
}) {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const navigate = useNavigate();
  const ctx = useApi<RealignmentContext>(`${base}/realignment`);
  const form = useForm();
  const last = versions[0];
  const [v, setV] = useState({ title: '', realignmentNotes: '', basedOnId: '' });
  useEffect(() => {
    if (ctx.data) setV((x) => ({ ...x, basedOnId: x.basedOnId || ctx.data!.agreed?.id || last?.id || '' }));
  }, [ctx.data, last]);
  if (ctx.error) return <ErrorMessage error={ctx.error} />;
  if (!ctx.data) return <Loading />;
  const c = ctx.data;
  return (
    <section aria-labelledby="realign-context" className="panel" data-testid="realignment">
      <p className="small">
        {t('strategy.realignIntro')} <SourceNote source="001:3769" />
      </p>
      <h2 id="realign-context" className="h-small">
        {t('strategy.realignPhases')}
      </h2>
      <ol className="grid-2">
        {c.phases.map((p) => (
          <li key={p.id}>
            <strong>{t(`strategy.phase.${p.id}`)}</strong> <SourceNote source={p.source} />
          </li>
        ))}
      </ol>
      <div className="grid-2">
        <div>
          <h3 className="h-small">{t('strategy.realignRecommendations')}</h3>
          {c.benchmarkRecommendations.length + c.evaluationRecommendations.length === 0 ? (
            <p className="small muted">{t('strategy.noRecommendations')}</p>
          ) : (
            <ul className="small">
              {c.benchmarkRecommendations.map((r) => (
                <li key={r.id}>
                  {t('strategy.fromBenchmarking')}: {r.text}
                </li>
              ))}
              {c.evaluationRecommendations.map((r) => (
                <li key={r.id}>
                  {r.evaluation}: {r.text}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3 className="h-small">{t('strategy.realignNeeds')}</h3>
          {c.needsSurvey ? (
            <ol className="small">
              {c.needsSurvey.needs.slice(0, 5).map((n) => (
                <li key={n.id}>{n.title}</li>
              ))}
            </ol>
          ) : (
            <p className="small muted">{t('goals.noNeeds')}</p>
          )}
          {c.goalsWithoutIndicator.length > 0 && (
            <p className="small">
              {t('strategy.goalsWithoutIndicator')}:{' '}
              <Link to={`/w/${workspaceId}/strategy/goals`}>
                {c.goalsWithoutIndicator.map((g) => g.title).join(', ')}
              </Link>
            </p>
          )}
        </div>
      </div>
      {canEdit && versions.length > 0 && (
        <Form
          form={form}
          aria-label={t('strategy.realignStart')}
          onSubmit={() =>
            form.submit(
              () => post<{ id: string }>(`${base}/strategies`, v),
              null,
              (r) => {
                onStarted(r.id);
                navigate(`/w/${workspaceId}/strategy?version=${r.id}`);
              },
            )
          }
        >
          <h3 className="h-small">{t('strategy.realignStart')}</h3>
          <div className="grid-2">
            <FormField name="basedOnId" label={t('strategy.field.basedOn')}>
              <select value={v.basedOnId} onChange={(e) => setV({ ...v, basedOnId: e.target.value })}>
                {versions.map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.version} · {x.title}
                  </option>
                ))}
              </select>
            </FormField>
            <FormField name="title" label={t('strategy.field.title')}>
              <input
                required
                maxLength={300}
                value={v.title}
                onChange={(e) => setV({ ...v, title: e.target.value })}
              />
            </FormField>
          </div>
          <FormField
            name="realignmentNotes"
            label={t('strategy.realignmentNotes')}
            hint={t('strategy.realignNotesHint')}
          >
            <textarea
              rows={3}
              value={v.realignmentNotes}
              onChange={(e) => setV({ ...v, realignmentNotes: e.target.value })}
            />
          </FormField>
          <div className="actions">
            <button type="submit">{t('strategy.realignSubmit')}</button>
          </div>
        </Form>
      )}
    </section>
  );
}
