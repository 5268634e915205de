import { useEffect, useState, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CANVAS_BLOCKS, type CanvasBlockKey } from '@agglomera/methods';
import { get, post } from '../api';
import { useApi } from '../useApi';
import { ErrorMessage, Loading } from '../layout/common';
import { Form, FormField, useFieldError, useForm } from '../layout/forms';
import { DataList, EmptyState } from '../layout/DataList';
import { SourceNote } from '../layout/sources';
import { StrategyNav } from './StrategyNav';
import { formatDay, todayIso, useStrategyTeam } from './documentsParts';
import type { CanvasVersion, CanvasVersions } from './strategyTypes';

interface Draft {
  name: string;
  organisation: string;
  date: string;
  blocks: Record<string, string>;
  note: string;
}
const draftOf = (c: CanvasVersion | null): Draft => ({
  name: c?.name ?? '',
  organisation: c?.organisation ?? '',
  date: todayIso(),
  blocks: { ...(c?.blocks ?? {}) },
  note: '',
});

/**
 * The cluster business canvas (GIZ 001:1647–1653): the header (name, cluster organisation, date)
 * and the ten blocks with the guide's guiding questions, laid out as a grid in the guide's order;
 * each save is a new version, every version opens as a PDF.
 */
export function CanvasPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '' } = useParams();
  const team = useStrategyTeam();
  const url = `/workspaces/${workspaceId}/strategy/canvas`;
  const list = useApi<CanvasVersions>(url);
  const [shown, setShown] = useState<CanvasVersion | null>(null);
  const [draft, setDraft] = useState<Draft>(draftOf(null));
  const form = useForm();

  // Show the newest version once loaded, and start the next version from it.
  useEffect(() => {
    if (list.data && !shown) {
      setShown(list.data.latest);
      setDraft(draftOf(list.data.latest));
    }
  }, [list.data, shown]);

  const pdf = (id: string) => `/api/v1${url}/${id}/pdf`;
  const show = async (id: string) => {
    const c = await get<CanvasVersion>(`${url}/${id}`);
    setShown(c);
    setDraft(draftOf(c));
    form.clear();
  };

  return (
    <>
      <StrategyNav />
      <section aria-labelledby="canvas-title">
        <h1 id="canvas-title">{t('canvas.title')}</h1>
        <p className="muted">{t('canvas.intro')}</p>
        <p className="small muted">{t('canvas.layoutNote')}</p>
        <SourceNote source="001:1647–1653" />
        {list.error ? (
          <ErrorMessage error={list.error} />
        ) : !list.data ? (
          <Loading />
        ) : (
          <>
            <h2>{t('canvas.versions')}</h2>
            <DataList
              label={t('canvas.versions')}
              testId="canvas-versions"
              rows={list.data.versions}
              rowKey={(v) => v.id}
              search={false}
              empty={<EmptyState text={team ? t('canvas.emptyTeam') : t('canvas.empty')} />}
              columns={[
                {
                  key: 'version',
                  header: t('canvas.version'),
                  rowHeader: true,
                  numeric: true,
                  value: (v) => v.version,
                  render: (v) => (
                    <>
                      {t('canvas.versionN', { n: v.version })}
                      {shown?.id === v.id && <span className="badge"> {t('canvas.shown')}</span>}
                    </>
                  ),
                },
                { key: 'date', header: t('canvas.date'), value: (v) => formatDay(v.date, i18n.language) },
                { key: 'name', header: t('canvas.name'), value: (v) => v.name },
                {
                  key: 'filled',
                  header: t('canvas.filled'),
                  numeric: true,
                  value: (v) => v.filledBlocks,
                  render: (v) => t('canvas.filledOf', { n: v.filledBlocks, total: CANVAS_BLOCKS.length }),
                },
                { key: 'by', header: t('canvas.by'), value: (v) => v.createdBy ?? '—' },
                { key: 'note', header: t('canvas.note'), value: (v) => v.note || '—' },
                {
                  key: 'open',
                  header: t('canvas.open'),
                  value: () => '',
                  render: (v) => (
                    <div className="actions">
                      <button
                        type="button"
                        className="secondary"
                        aria-label={t('canvas.showVersion', { n: v.version })}
                        onClick={() => void show(v.id)}
                      >
                        {t('canvas.show')}
                      </button>
                      <a
                        href={pdf(v.id)}
                        target="_blank"
                        rel="noopener"
                        aria-label={t('canvas.pdfOf', { n: v.version })}
                      >
                        {t('canvas.pdf')}
                      </a>
                    </div>
                  ),
                },
              ]}
            />

            {shown && (
              <p>
                <strong>
                  {t('canvas.showing', { n: shown.version, date: formatDay(shown.date, i18n.language) })}
                </strong>{' '}
                <a href={pdf(shown.id)} target="_blank" rel="noopener" data-testid="canvas-pdf">
                  {t('canvas.openPdf')}
                </a>
              </p>
            )}

            {team ? (
              <Form
                form={form}
                aria-labelledby="canvas-form-title"
                onSubmit={() =>
                  form.submit(
                    () =>
                      post<CanvasVersion>(url, {
                        name: draft.name,
                        organisation: draft.organisation,
                        date: draft.date,
                        blocks: draft.blocks,
                        note: draft.note,
                      }),
                    (c) => t('canvas.saved', { n: c.version }),
                    async (c) => {
                      setShown(c);
                      setDraft(draftOf(c));
                      await list.reload();
                    },
                  )
                }
              >
                <h2 id="canvas-form-title">
                  {shown ? t('canvas.formFrom', { n: shown.version }) : t('canvas.formFirst')}
                </h2>
                <fieldset>
                  <legend>{t('canvas.header')}</legend>
                  <div className="grid-2">
                    <FormField name="name" label={t('canvas.name')}>
                      <input
                        required
                        maxLength={200}
                        value={draft.name}
                        onChange={(e) => setDraft({ ...draft, name: e.target.value })}
                      />
                    </FormField>
                    <FormField name="organisation" label={t('canvas.organisation')}>
                      <input
                        maxLength={200}
                        value={draft.organisation}
                        onChange={(e) => setDraft({ ...draft, organisation: e.target.value })}
                      />
                    </FormField>
                    <FormField name="date" label={t('canvas.date')}>
                      <input
                        required
                        type="date"
                        value={draft.date}
                        onChange={(e) => setDraft({ ...draft, date: e.target.value })}
                      />
                    </FormField>
                  </div>
                </fieldset>
                <CanvasGrid
                  render={(key, questionsId) => (
                    <FormField
                      name={`blocks.${key}`}
                      label={<span className="visually-hidden">{t(`canvas.blocks.${key}.title`)}</span>}
                    >
                      <textarea
                        rows={5}
                        maxLength={4000}
                        aria-describedby={questionsId}
                        data-testid={`block-${key}`}
                        value={draft.blocks[key] ?? ''}
                        onChange={(e) =>
                          setDraft({ ...draft, blocks: { ...draft.blocks, [key]: e.target.value } })
                        }
                      />
                    </FormField>
                  )}
                />
                <BlocksError />
                <FormField name="note" label={t('canvas.noteLabel')}>
                  <input
                    maxLength={1000}
                    value={draft.note}
                    onChange={(e) => setDraft({ ...draft, note: e.target.value })}
                  />
                </FormField>
                <div className="actions">
                  <button type="submit">{t('canvas.save')}</button>
                </div>
              </Form>
            ) : (
              shown && (
                <CanvasGrid
                  render={(key) =>
                    shown.blocks[key] ? (
                      <p style={{ whiteSpace: 'pre-wrap' }}>{shown.blocks[key]}</p>
                    ) : (
                      <p className="muted">{t('canvas.blockEmpty')}</p>
                    )
                  }
                />
              )
            )}
          </>
        )}
      </section>
    </>
  );
}

/** The error of the blocks as a whole ("every block is empty"), beside them. */
function BlocksError() {
  const error = useFieldError('blocks');
  return error ? (
    <p className="field-error" data-field="blocks">
      {error}
    </p>
  ) : null;
}

/** The ten blocks as a grid of cards, in the guide's order, each with its guiding questions. */
function CanvasGrid({ render }: { render(key: CanvasBlockKey, questionsId: string): ReactNode }) {
  const { t } = useTranslation();
  return (
    <div
      data-testid="canvas-grid"
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 15rem), 1fr))',
        gap: '12px',
        margin: '12px 0',
      }}
    >
      {CANVAS_BLOCKS.map((b, index) => (
        <section
          key={b.key}
          className="panel"
          style={{ margin: 0 }}
          aria-labelledby={`canvas-block-${b.key}`}
        >
          <h3 id={`canvas-block-${b.key}`} className="h-small" style={{ marginTop: 0 }}>
            <span className="muted">{index + 1}. </span>
            {t(`canvas.blocks.${b.key}.title`)}
          </h3>
          <ul id={`canvas-questions-${b.key}`} className="small muted" style={{ paddingLeft: '1.1rem' }}>
            {b.questions.map((_, i) => (
              <li key={i}>{t(`canvas.blocks.${b.key}.q${i + 1}`)}</li>
            ))}
          </ul>
          {render(b.key, `canvas-questions-${b.key}`)}
        </section>
      ))}
    </div>
  );
}
