import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ROADMAP_LANES, type RoadmapLane } from '@agglomera/methods';
import { del, post, put } from '../api';
import { useApi } from '../useApi';
import { ActionNotice, useAction } from '../useAction';
import { ErrorMessage, Loading } from '../layout/common';
import { Form, FormField, useForm } from '../layout/forms';
import { Dialog, useConfirm } from '../layout/Dialog';
import { EmptyState } from '../layout/DataList';
import { SourceNote } from '../layout/sources';
import { StrategyNav } from './StrategyNav';
import { useStrategyTeam } from './documentsParts';

import { RoadmapDrawing, type Element, type Item, type Roadmap } from './RoadmapDrawing';
import type { RoadmapList } from './strategyTypes';

interface ItemDraft {
  lane: RoadmapLane;
  title: string;
  startYear: string;
  endYear: string;
  description: string;
  elementId: string;
}

/** Adds or changes an item: lane, title, years, description, the strategy element it serves. */
function ItemForm({
  url,
  roadmap,
  elements,
  editing,
  onDone,
}: {
  url: string;
  roadmap: Roadmap;
  elements: Element[];
  editing: Item | null;
  onDone(notice: string): Promise<void>;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [d, setD] = useState<ItemDraft>(
    editing
      ? {
          lane: editing.lane,
          title: editing.title,
          startYear: String(editing.startYear),
          endYear: String(editing.endYear),
          description: editing.description,
          elementId: editing.element?.id ?? '',
        }
      : {
          lane: 'topic',
          title: '',
          startYear: String(roadmap.fromYear),
          endYear: String(roadmap.fromYear),
          description: '',
          elementId: '',
        },
  );
  const linkedElsewhere = editing?.element && !elements.some((e) => e.id === editing.element!.id);
  return (
    <Form
      form={form}
      aria-label={editing ? t('roadmap.editItem') : t('roadmap.addItem')}
      onSubmit={() =>
        form.submit(
          () => {
            const body = {
              lane: d.lane,
              title: d.title,
              startYear: Number(d.startYear),
              endYear: Number(d.endYear),
              description: d.description,
              elementId: d.elementId || null,
            };
            return editing ? put(`${url}/items/${editing.id}`, body) : post(`${url}/items`, body);
          },
          null,
          () =>
            onDone(
              editing
                ? t('roadmap.itemSaved', { title: d.title })
                : t('roadmap.itemAdded', { title: d.title }),
            ),
        )
      }
    >
      <FormField name="lane" label={t('roadmap.lane')}>
        <select value={d.lane} onChange={(e) => setD({ ...d, lane: e.target.value as RoadmapLane })}>
          {ROADMAP_LANES.map((l) => (
            <option key={l} value={l}>
              {t(`roadmap.lanes.${l}.title`)}
            </option>
          ))}
        </select>
      </FormField>
      <FormField name="title" label={t('roadmap.itemTitle')}>
        <input
          required
          maxLength={200}
          value={d.title}
          onChange={(e) => setD({ ...d, title: e.target.value })}
        />
      </FormField>
      <div className="grid-2">
        <FormField name="startYear" label={t('roadmap.startYear')}>
          <input
            required
            type="number"
            value={d.startYear}
            onChange={(e) => setD({ ...d, startYear: e.target.value })}
          />
        </FormField>
        <FormField name="endYear" label={t('roadmap.endYear')}>
          <input
            required
            type="number"
            value={d.endYear}
            onChange={(e) => setD({ ...d, endYear: e.target.value })}
          />
        </FormField>
      </div>
      <p className="small muted">{t('roadmap.yearsHint', { from: roadmap.fromYear, to: roadmap.toYear })}</p>
      <FormField name="elementId" label={t('roadmap.element')} hint={t('roadmap.elementHint')}>
        <select value={d.elementId} onChange={(e) => setD({ ...d, elementId: e.target.value })}>
          <option value="">{t('roadmap.noElement')}</option>
          {linkedElsewhere && <option value={editing!.element!.id}>{editing!.element!.title}</option>}
          {elements.map((e) => (
            <option key={e.id} value={e.id}>
              {t(`roadmap.kinds.${e.kind}`)}: {e.title}
            </option>
          ))}
        </select>
      </FormField>
      <FormField name="description" label={t('roadmap.description')}>
        <textarea
          rows={3}
          maxLength={2000}
          value={d.description}
          onChange={(e) => setD({ ...d, description: e.target.value })}
        />
      </FormField>
      <div className="actions">
        <button type="submit">{editing ? t('roadmap.saveItem') : t('roadmap.addItemButton')}</button>
      </div>
    </Form>
  );
}

/** Starts or changes a roadmap: title, topic, years, recommended actions (001:4323). */
function RoadmapForm({
  url,
  editing,
  onDone,
}: {
  url: string;
  editing: Roadmap | null;
  onDone(notice: string, id: string): Promise<void>;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const year = new Date().getFullYear();
  const [d, setD] = useState({
    title: editing?.title ?? '',
    topic: editing?.topic ?? '',
    fromYear: String(editing?.fromYear ?? year),
    toYear: String(editing?.toYear ?? year + 4),
    recommendedActions: editing?.recommendedActions ?? '',
  });
  return (
    <Form
      form={form}
      aria-label={editing ? t('roadmap.edit') : t('roadmap.new')}
      onSubmit={() =>
        form.submit(
          () => {
            const body = { ...d, fromYear: Number(d.fromYear), toYear: Number(d.toYear) };
            return editing ? put<Roadmap>(`${url}/${editing.id}`, body) : post<Roadmap>(url, body);
          },
          null,
          (r) =>
            onDone(
              editing ? t('roadmap.saved', { title: r.title }) : t('roadmap.created', { title: r.title }),
              r.id,
            ),
        )
      }
    >
      <FormField name="title" label={t('roadmap.roadmapTitle')}>
        <input
          required
          maxLength={200}
          value={d.title}
          onChange={(e) => setD({ ...d, title: e.target.value })}
        />
      </FormField>
      <FormField name="topic" label={t('roadmap.topic')} hint={t('roadmap.topicHint')}>
        <input maxLength={2000} value={d.topic} onChange={(e) => setD({ ...d, topic: e.target.value })} />
      </FormField>
      <div className="grid-2">
        <FormField name="fromYear" label={t('roadmap.fromYear')}>
          <input
            required
            type="number"
            value={d.fromYear}
            onChange={(e) => setD({ ...d, fromYear: e.target.value })}
          />
        </FormField>
        <FormField name="toYear" label={t('roadmap.toYear')}>
          <input
            required
            type="number"
            value={d.toYear}
            onChange={(e) => setD({ ...d, toYear: e.target.value })}
          />
        </FormField>
      </div>
      <FormField
        name="recommendedActions"
        label={t('roadmap.recommendedActions')}
        hint={t('roadmap.recommendedHint')}
      >
        <textarea
          rows={3}
          maxLength={5000}
          value={d.recommendedActions}
          onChange={(e) => setD({ ...d, recommendedActions: e.target.value })}
        />
      </FormField>
      <div className="actions">
        <button type="submit">{editing ? t('roadmap.save') : t('roadmap.create')}</button>
      </div>
    </Form>
  );
}

/**
 * Roadmaps (GIZ 001:4301–4323): the Visual Roadmapping method's four aspects (001:4318–4321) as
 * lanes over the roadmap's years, each item a bar, linked to the strategy element it serves; the
 * recommended actions articulated at the end (001:4323).
 */
export function RoadmapsPage() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const team = useStrategyTeam();
  const base = `/workspaces/${workspaceId}/strategy/roadmaps`;
  const list = useApi<RoadmapList>(base);
  const { message, setMessage, act } = useAction(() => list.reload());
  const [chosen, setChosen] = useState<string>('');
  const [dialog, setDialog] = useState<
    { kind: 'roadmap'; editing: Roadmap | null } | { kind: 'item'; editing: Item | null } | null
  >(null);
  const [confirm, confirmDialog] = useConfirm();

  const roadmaps = list.data?.roadmaps ?? [];
  const roadmap = roadmaps.find((r) => r.id === chosen) ?? roadmaps[0] ?? null;
  const done = async (notice: string, id?: string) => {
    setDialog(null);
    if (id) setChosen(id);
    await list.reload();
    setMessage({ ok: true, text: notice });
  };

  return (
    <>
      <StrategyNav />
      <section aria-labelledby="roadmaps-title">
        <h1 id="roadmaps-title">{t('roadmap.title')}</h1>
        <p className="muted">{t('roadmap.intro')}</p>
        <details>
          <summary>{t('roadmap.lanesTitle')}</summary>
          <dl>
            {ROADMAP_LANES.map((l) => (
              <div key={l}>
                <dt>
                  <strong>{t(`roadmap.lanes.${l}.title`)}</strong>
                </dt>
                <dd>{t(`roadmap.lanes.${l}.about`)}</dd>
              </div>
            ))}
          </dl>
          <p className="small muted">{t('roadmap.methodsContext')}</p>
        </details>
        <SourceNote source="001:4301–4323" />
        <ActionNotice message={message} />
        {list.error ? (
          <ErrorMessage error={list.error} />
        ) : !list.data ? (
          <Loading />
        ) : (
          <>
            <div className="actions">
              {roadmaps.length > 1 && (
                <label>
                  {t('roadmap.choose')}{' '}
                  <select value={roadmap?.id ?? ''} onChange={(e) => setChosen(e.target.value)}>
                    {roadmaps.map((r) => (
                      <option key={r.id} value={r.id}>
                        {r.title}
                      </option>
                    ))}
                  </select>
                </label>
              )}
              {team && (
                <button
                  type="button"
                  className="new-button"
                  onClick={() => setDialog({ kind: 'roadmap', editing: null })}
                >
                  {t('roadmap.newButton')}
                </button>
              )}
            </div>
            {!roadmap ? (
              <EmptyState text={team ? t('roadmap.emptyTeam') : t('roadmap.empty')} />
            ) : (
              <section aria-labelledby="roadmap-shown" data-testid="roadmap">
                <h2 id="roadmap-shown">
                  {roadmap.title}{' '}
                  <span className="muted small">
                    {roadmap.fromYear}–{roadmap.toYear}
                  </span>
                </h2>
                {roadmap.topic && <p>{t('roadmap.topicIs', { topic: roadmap.topic })}</p>}
                {team && (
                  <div className="actions">
                    <button type="button" onClick={() => setDialog({ kind: 'item', editing: null })}>
                      {t('roadmap.addItemButton')}
                    </button>
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => setDialog({ kind: 'roadmap', editing: roadmap })}
                    >
                      {t('roadmap.edit')}
                    </button>
                    <button
                      type="button"
                      className="danger"
                      onClick={async () => {
                        if (
                          await confirm({
                            message: t('roadmap.confirmDelete', {
                              title: roadmap.title,
                              count: roadmap.items.length,
                            }),
                            action: t('roadmap.delete'),
                          })
                        )
                          void act(
                            () => del(`${base}/${roadmap.id}`),
                            t('roadmap.deleted', { title: roadmap.title }),
                          );
                      }}
                    >
                      {t('roadmap.delete')}
                    </button>
                  </div>
                )}
                <RoadmapDrawing roadmap={roadmap} />
                <p className="small muted">{t('roadmap.legend')}</p>
                <h3>{t('roadmap.itemsTitle')}</h3>
                {ROADMAP_LANES.map((lane) => {
                  const items = roadmap.items.filter((i) => i.lane === lane);
                  return (
                    <div key={lane} data-testid={`lane-${lane}`}>
                      <h4 style={{ marginBottom: 4 }}>{t(`roadmap.lanes.${lane}.title`)}</h4>
                      {items.length === 0 ? (
                        <p className="small muted">{t('roadmap.laneEmpty')}</p>
                      ) : (
                        <ul>
                          {items.map((item) => (
                            <li key={item.id} data-testid="roadmap-item">
                              <strong>{item.title}</strong>{' '}
                              <span className="muted">
                                {item.startYear === item.endYear
                                  ? item.startYear
                                  : `${item.startYear}–${item.endYear}`}
                              </span>
                              {item.element && (
                                <div className="small">
                                  {t('roadmap.linkedTo', { title: item.element.title })}
                                </div>
                              )}
                              {item.description && <div className="small muted">{item.description}</div>}
                              {team && (
                                <div className="actions">
                                  <button
                                    type="button"
                                    className="secondary"
                                    aria-label={t('roadmap.editItemOf', { title: item.title })}
                                    onClick={() => setDialog({ kind: 'item', editing: item })}
                                  >
                                    {t('roadmap.editShort')}
                                  </button>
                                  <button
                                    type="button"
                                    className="danger"
                                    aria-label={t('roadmap.deleteItemOf', { title: item.title })}
                                    onClick={async () => {
                                      if (
                                        await confirm({
                                          message: t('roadmap.confirmDeleteItem', { title: item.title }),
                                          action: t('roadmap.deleteShort'),
                                        })
                                      )
                                        void act(
                                          () => del(`${base}/${roadmap.id}/items/${item.id}`),
                                          t('roadmap.itemDeleted', { title: item.title }),
                                        );
                                    }}
                                  >
                                    {t('roadmap.deleteShort')}
                                  </button>
                                </div>
                              )}
                            </li>
                          ))}
                        </ul>
                      )}
                    </div>
                  );
                })}
                <h3>{t('roadmap.recommendedActions')}</h3>
                <p style={{ whiteSpace: 'pre-wrap' }}>
                  {roadmap.recommendedActions || t('roadmap.noRecommended')}
                </p>
              </section>
            )}
          </>
        )}
        <Dialog
          open={!!dialog}
          title={
            dialog?.kind === 'item'
              ? dialog.editing
                ? t('roadmap.editItem')
                : t('roadmap.addItem')
              : dialog?.editing
                ? t('roadmap.edit')
                : t('roadmap.new')
          }
          onClose={() => setDialog(null)}
        >
          {dialog?.kind === 'item' && roadmap && (
            <ItemForm
              url={`${base}/${roadmap.id}`}
              roadmap={roadmap}
              elements={list.data?.elements ?? []}
              editing={dialog.editing}
              onDone={(n) => done(n)}
            />
          )}
          {dialog?.kind === 'roadmap' && <RoadmapForm url={base} editing={dialog.editing} onDone={done} />}
        </Dialog>
        {confirmDialog}
      </section>
    </>
  );
}
