import type { ReactNode } from 'react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { del, post } from '../api';
import { useApi } from '../useApi';
import { useDates } from '../home/HomeParts';
import { ActionNotice, useAction } from '../useAction';
import { useSession } from '../session';
import { ErrorMessage, ExportLinks, Loading, ScrollTable } from '../layout/common';
import { Dialog, NewButton, useConfirm } from '../layout/Dialog';
import { DiagnoseNav } from './DiagnoseNav';
import { EDITORS } from './constants';
import { useWorkspaceKind } from '../monitoring/MonitoringNav';
import { ConstraintForm } from './ConstraintForm';
import type { Constraint, ConstraintDiagnosis } from './diagnoseTypes';

const W = 900;
const BOX_W = 190;
const BOX_H = 54;

/** Constraints drawn by tier (deepest causes on the left, tier 1 on the right) with cause → effect arrows. */
function PathwayGraph({ data, highlight }: { data: ConstraintDiagnosis; highlight: Set<string> }) {
  const { t } = useTranslation();
  const x = (tier: number) => 20 + (4 - tier) * ((W - BOX_W - 40) / 3);
  const pos = new Map<string, { x: number; y: number }>();
  for (const tier of [1, 2, 3, 4])
    data.constraints
      .filter((c) => c.tier === tier)
      .forEach((c, i) => pos.set(c.id, { x: x(tier), y: 40 + i * (BOX_H + 24) }));
  const height = Math.max(160, ...[...pos.values()].map((p) => p.y + BOX_H + 20));
  return (
    <svg
      viewBox={`0 0 ${W} ${height}`}
      role="img"
      aria-label={t('constraints.graphLabel', { count: data.constraints.length, links: data.links.length })}
      className="pathway-graph"
    >
      <defs>
        <marker
          id="arrow"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" fill="#4f5d6b" />
        </marker>
      </defs>
      {[4, 3, 2, 1].map((tier) => (
        <text
          key={tier}
          x={x(tier) + BOX_W / 2}
          y={20}
          textAnchor="middle"
          fontSize="13"
          fontWeight="700"
          fill="#1d2733"
        >
          {t('constraints.tier', { tier })}
        </text>
      ))}
      {data.links.map((l) => {
        const a = pos.get(l.causeId);
        const b = pos.get(l.effectId);
        if (!a || !b) return null;
        const on = highlight.has(l.causeId) && highlight.has(l.effectId);
        // Within one tier the arrow runs vertically between the boxes; across tiers, left to right.
        const sameTier = a.x === b.x;
        const down = a.y < b.y;
        const [x1, y1, x2, y2] = sameTier
          ? [a.x + BOX_W / 2, a.y + (down ? BOX_H : 0), b.x + BOX_W / 2, b.y + (down ? 0 : BOX_H)]
          : [a.x + BOX_W, a.y + BOX_H / 2, b.x, b.y + BOX_H / 2];
        return (
          <line
            key={`${l.causeId}-${l.effectId}`}
            x1={x1}
            y1={y1}
            x2={x2}
            y2={y2}
            stroke={on ? '#b45309' : '#4f5d6b'}
            strokeWidth={on ? 3 : 1.5}
            markerEnd="url(#arrow)"
          />
        );
      })}
      {data.constraints.map((c) => {
        const p = pos.get(c.id)!;
        return (
          <g key={c.id}>
            <rect
              x={p.x}
              y={p.y}
              width={BOX_W}
              height={BOX_H}
              rx={6}
              fill={c.kind === 'rule' ? '#ede9fe' : '#e0f2fe'}
              stroke={highlight.has(c.id) ? '#b45309' : '#64748b'}
              strokeWidth={highlight.has(c.id) ? 2.5 : 1}
              strokeDasharray={c.deficiency === 'absent' ? '5 3' : undefined}
            />
            <foreignObject x={p.x + 4} y={p.y + 2} width={BOX_W - 8} height={BOX_H - 4}>
              <div className="graph-box">{c.title}</div>
            </foreignObject>
            <title>{`${c.title} — ${t(`constraints.kinds.${c.kind}`)}, ${t(`constraints.deficiencies.${c.deficiency}`)}`}</title>
          </g>
        );
      })}
    </svg>
  );
}

/** `nav`: the navigation on top (the programme's agency diagnosis puts its own; issue 15). */
export function ConstraintsPage({ nav = <DiagnoseNav /> }: { nav?: ReactNode } = {}) {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const { me } = useSession();
  const canEdit = EDITORS.includes(me?.workspaces.find((w) => w.id === workspaceId)?.role ?? '');
  const data = useApi<ConstraintDiagnosis>(`/workspaces/${workspaceId}/constraints`);
  // The register's actors, to name those whose business models hold a constraint (000:62). A
  // programme's own diagnosis keeps no actor register (issue 15): no holders there.
  const holders = useWorkspaceKind() === 'cluster_initiative';
  const actors = useApi<{ actors: { id: string; name: string }[] }>(
    holders ? `/workspaces/${workspaceId}/actors?limit=500&sort=name` : null,
  );
  const { date } = useDates();
  const [editing, setEditing] = useState<Constraint | null>(null);
  const [confirm, confirmDialog] = useConfirm();
  const [link, setLink] = useState({ causeId: '', effectId: '' });
  const [path, setPath] = useState({
    name: '',
    ids: '',
    abilityToAct: '3',
    expectedEffect: '3',
  });
  const [selected, setSelected] = useState<string | null>(null);

  const { message, setMessage, act } = useAction(() => data.reload());
  if (data.error) return <ErrorMessage error={data.error} />;
  if (!data.data) return <Loading />;
  const d = data.data;
  const name = (id: string) => d.constraints.find((c) => c.id === id)?.title ?? id;
  const remove = async (question: string, path: string, done: string) => {
    if (await confirm({ message: question, action: t('users.remove') })) await act(() => del(path), done);
  };
  const actorList = actors.data?.actors ?? [];
  const highlight = new Set(d.pathways.find((p) => p.id === selected)?.constraint_ids ?? []);
  const options = d.constraints.map((c) => (
    <option key={c.id} value={c.id}>
      {t('constraints.tier', { tier: c.tier })}: {c.title}
    </option>
  ));

  return (
    <section aria-labelledby="constraints-title">
      <h1 id="constraints-title">{t('constraints.title')}</h1>
      {nav}
      <p className="lead">{t('constraints.intro')}</p>
      <ExportLinks path={`/workspaces/${workspaceId}/constraints`} />
      <ActionNotice message={message} />
      {d.constraints.length === 0 ? (
        <p className="muted">{t('constraints.none')}</p>
      ) : (
        <figure className="chart">
          <figcaption>{t('constraints.graphCaption')}</figcaption>
          <PathwayGraph data={d} highlight={highlight} />
          <p className="small muted">{t('constraints.legend')}</p>
        </figure>
      )}
      {canEdit && (
        <NewButton label={t('constraints.new')} title={t('constraints.add')}>
          {(close) => (
            <ConstraintForm
              workspaceId={workspaceId}
              actors={actorList}
              holders={holders}
              onSaved={async (text) => {
                await data.reload();
                close(text);
              }}
            />
          )}
        </NewButton>
      )}
      {d.constraints.length > 0 && (
        <ScrollTable label={t('constraints.list')}>
          <table data-testid="constraints-table">
            <caption className="visually-hidden">{t('constraints.list')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('constraints.constraint')}</th>
                <th scope="col">{t('constraints.tierLabel')}</th>
                <th scope="col">{t('constraints.deficiency')}</th>
                <th scope="col">{t('constraints.identifiedOn')}</th>
                {holders && <th scope="col">{t('constraints.holders')}</th>}
                {canEdit && <th scope="col">{t('common.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {d.constraints.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    {c.title}
                    <span className="small muted"> — {t(`constraints.kinds.${c.kind}`)}</span>
                  </th>
                  <td className="num">{c.tier}</td>
                  <td>{t(`constraints.deficiencies.${c.deficiency}`)}</td>
                  <td>
                    {date(c.identified_on)}
                    {c.revised_at && (
                      <span className="small muted">
                        {' '}
                        · {t('constraints.revisedOn', { date: date(c.revised_at) })}
                      </span>
                    )}
                  </td>
                  {holders && <td>{c.actors.map((a) => a.name).join(', ') || '—'}</td>}
                  {canEdit && (
                    <td className="actions">
                      <button
                        type="button"
                        className="link"
                        onClick={() => (setMessage(null), setEditing(c))}
                      >
                        {t('constraints.edit')}
                      </button>
                      <button
                        type="button"
                        className="link"
                        onClick={() =>
                          remove(
                            t('constraints.confirmRemove', { title: c.title }),
                            `/workspaces/${workspaceId}/constraints/${c.id}`,
                            t('constraints.removed'),
                          )
                        }
                      >
                        {t('users.remove')}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      {d.links.length > 0 && (
        <>
          <h2>{t('constraints.links')}</h2>
          <ul className="plain" data-testid="constraint-links">
            {d.links.map((l) => (
              <li key={`${l.causeId}-${l.effectId}`}>
                {name(l.causeId)} → {name(l.effectId)}{' '}
                {canEdit && (
                  <button
                    type="button"
                    className="link"
                    aria-label={t('constraints.unlinkOf', {
                      cause: name(l.causeId),
                      effect: name(l.effectId),
                    })}
                    onClick={() =>
                      remove(
                        t('constraints.confirmUnlink', { cause: name(l.causeId), effect: name(l.effectId) }),
                        `/workspaces/${workspaceId}/constraints/${l.causeId}/effects/${l.effectId}`,
                        t('constraints.unlinked'),
                      )
                    }
                  >
                    {t('users.remove')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{t('constraints.pathways')}</h2>
      {d.pathways.length === 0 ? (
        <p className="muted">{t('constraints.noPathways')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('common.name')}</th>
              <th scope="col">{t('constraints.path')}</th>
              <th scope="col">{t('constraints.criteria.abilityToAct')}</th>
              <th scope="col">{t('constraints.criteria.expectedEffect')}</th>
              <th scope="col">{t('constraints.score')}</th>
              {canEdit && <th scope="col">{t('common.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {d.pathways.map((p) => (
              <tr key={p.id}>
                <td>
                  <button
                    type="button"
                    className="link"
                    aria-pressed={selected === p.id}
                    onClick={() => setSelected(selected === p.id ? null : p.id)}
                  >
                    {p.name}
                  </button>
                </td>
                <td>{p.constraint_ids.map(name).join(' → ')}</td>
                <td className="num">{p.ability_to_act}</td>
                <td className="num">{p.expected_effect}</td>
                <td className="num" data-testid="pathway-score">
                  {p.score}
                </td>
                {canEdit && (
                  <td>
                    <button
                      type="button"
                      className="link"
                      aria-label={t('constraints.removePathwayOf', { name: p.name })}
                      onClick={() =>
                        remove(
                          t('constraints.confirmRemovePathway', { name: p.name }),
                          `/workspaces/${workspaceId}/constraint-pathways/${p.id}`,
                          t('constraints.pathwayRemoved'),
                        )
                      }
                    >
                      {t('users.remove')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="small muted">{t('constraints.scoreNote')}</p>
      {canEdit && (
        <div className="grid-2">
          <form
            className="panel"
            onSubmit={(e) => (
              e.preventDefault(),
              act(() => post(`/workspaces/${workspaceId}/constraints/links`, link), t('constraints.linked'))
            )}
          >
            <h2 className="h-small">{t('constraints.link')}</h2>
            <label>
              {t('constraints.cause')}
              <select
                value={link.causeId}
                onChange={(e) => setLink({ ...link, causeId: e.target.value })}
                required
              >
                <option value="">—</option>
                {options}
              </select>
            </label>
            <label>
              {t('constraints.effect')}
              <select
                value={link.effectId}
                onChange={(e) => setLink({ ...link, effectId: e.target.value })}
                required
              >
                <option value="">—</option>
                {options}
              </select>
            </label>
            <button type="submit">{t('constraints.linkButton')}</button>
          </form>
          <form
            className="panel"
            onSubmit={(e) => {
              e.preventDefault();
              const ids = path.ids.split(',').filter(Boolean);
              void act(
                () =>
                  post(`/workspaces/${workspaceId}/constraint-pathways`, {
                    name: path.name,
                    constraintIds: ids,
                    abilityToAct: Number(path.abilityToAct),
                    expectedEffect: Number(path.expectedEffect),
                  }).then(() => setPath({ ...path, name: '', ids: '' })),
                t('constraints.pathwayAdded'),
              );
            }}
          >
            <h2 className="h-small">{t('constraints.addPathway')}</h2>
            <label>
              {t('common.name')}
              <input
                value={path.name}
                onChange={(e) => setPath({ ...path, name: e.target.value })}
                required
              />
            </label>
            <p className="small">
              {path.ids ? path.ids.split(',').map(name).join(' → ') : t('constraints.pickSteps')}
            </p>
            <label>
              {t('constraints.nextStep')}
              <select
                value=""
                onChange={(e) =>
                  setPath({ ...path, ids: path.ids ? `${path.ids},${e.target.value}` : e.target.value })
                }
              >
                <option value="">—</option>
                {options}
              </select>
            </label>
            <div className="form-row">
              {(['abilityToAct', 'expectedEffect'] as const).map((k) => (
                <label key={k}>
                  {t(`constraints.criteria.${k}`)}
                  <input
                    type="number"
                    min={1}
                    max={5}
                    value={path[k]}
                    onChange={(e) => setPath({ ...path, [k]: e.target.value })}
                  />
                </label>
              ))}
            </div>
            <div className="actions">
              <button type="submit">{t('constraints.addPathwayButton')}</button>
              <button type="button" className="secondary" onClick={() => setPath({ ...path, ids: '' })}>
                {t('constraints.clearSteps')}
              </button>
            </div>
          </form>
        </div>
      )}
      <Dialog
        open={editing !== null}
        title={editing ? t('constraints.editOf', { title: editing.title }) : ''}
        onClose={() => setEditing(null)}
      >
        {editing && (
          <ConstraintForm
            key={editing.id}
            workspaceId={workspaceId}
            constraint={editing}
            actors={actorList}
            holders={holders}
            onSaved={async (text) => {
              await data.reload();
              setEditing(null);
              setMessage({ ok: true, text });
            }}
          />
        )}
      </Dialog>
      {confirmDialog}
    </section>
  );
}
