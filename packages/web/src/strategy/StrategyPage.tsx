import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { del, patch, post } from '../api';
import { useApi } from '../useApi';
import { ErrorMessage, Loading } from '../layout/common';
import { Dialog, NewButton, useConfirm } from '../layout/Dialog';
import { EmptyState } from '../layout/DataList';
import { SourceNote } from '../layout/sources';
import { useWorkspaceRole } from '../operations/OperationsNav';
import { formatDate } from '../i18n';
import { StrategyNav } from './StrategyNav';
import {
  MANAGERS,
  TEAM,
  type Element,
  type GoalList,
  type Kind,
  type Strategy,
  type Versions,
} from './strategyTypes';
import { AgreeForm, Compare, ElementForm, GoalsForm, NewStrategyForm, TextForm } from './StrategyForms';
import { Realignment } from './Realignment';

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
  const goals = useApi<GoalList>(`${base}/goals`);
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
