import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ANALYSIS_SIGNS, ANALYSIS_TAGS } from '@agglomera/methods';
import { del, post } from '../api';
import { useApi } from '../useApi';
import { useSession } from '../session';
import { ErrorMessage, ExportLinks, Loading } from '../layout/common';
import { DiagnoseNav } from './DiagnoseNav';
import { EDITORS } from './constants';
import type { Analysis, Framework } from './diagnoseTypes';

const FRAMEWORKS: Framework[] = ['swot', 'five_forces', 'diamond'];

/** SWOT, five forces and Porter's Diamond as structured, printable lists (GIZ 001:1325–1392). */
export function AnalysisPage() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const { me } = useSession();
  const canEdit = EDITORS.includes(me?.workspaces.find((w) => w.id === workspaceId)?.role ?? '');
  const [framework, setFramework] = useState<Framework>('swot');
  const data = useApi<Analysis>(`/workspaces/${workspaceId}/analyses?framework=${framework}`);
  const [draft, setDraft] = useState({
    category: '',
    sign: '+',
    text: '',
    tags: [] as string[],
    evidence: '',
    source: '',
  });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  if (data.error) return <ErrorMessage error={data.error} />;
  const categories = data.data?.categories ?? [];
  const category =
    draft.category && categories.includes(draft.category) ? draft.category : (categories[0] ?? '');

  return (
    <section aria-labelledby="analysis-title">
      <h1 id="analysis-title">{t('analysis.title')}</h1>
      <DiagnoseNav />
      <p className="lead">{t('analysis.intro')}</p>
      <ExportLinks path={`/workspaces/${workspaceId}/analyses?framework=${framework}`} />
      <div role="tablist" aria-label={t('analysis.frameworks')} className="tabs no-print">
        {FRAMEWORKS.map((f) => (
          <button
            key={f}
            type="button"
            role="tab"
            aria-selected={f === framework}
            className={f === framework ? 'tab active' : 'tab'}
            onClick={() => setFramework(f)}
          >
            {t(`analysis.framework.${f}`)}
          </button>
        ))}
      </div>
      <p className="no-print">
        <button type="button" className="secondary" onClick={() => window.print()}>
          {t('analysis.print')}
        </button>
      </p>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'ok' : 'alert'}>
          {message.text}
        </p>
      )}
      {!data.data ? (
        <Loading />
      ) : (
        <div
          className={`analysis-grid ${framework}`}
          role="tabpanel"
          aria-label={t(`analysis.framework.${framework}`)}
        >
          {categories.map((c) => {
            const items = data.data!.items.filter((i) => i.category === c);
            const b = data.data!.balance[c];
            return (
              <section key={c} className="panel" data-testid={`category-${c}`} aria-labelledby={`cat-${c}`}>
                <h2 id={`cat-${c}`} className="h-small">
                  {t(`analysis.category.${c}`)}{' '}
                  {b && (
                    <span className="small muted">
                      (+{b['+']} ±{b['±']} −{b['−']})
                    </span>
                  )}
                </h2>
                {items.length === 0 ? (
                  <p className="small muted">{t('analysis.empty')}</p>
                ) : (
                  <ul className="analysis-items">
                    {items.map((i) => (
                      <li key={i.id}>
                        <span
                          className={`sign sign-${i.sign === '+' ? 'plus' : i.sign === '−' ? 'minus' : 'mixed'}`}
                          aria-label={t(
                            `analysis.signs.${i.sign === '+' ? 'plus' : i.sign === '−' ? 'minus' : 'mixed'}`,
                          )}
                        >
                          {i.sign}
                        </span>{' '}
                        {i.tags.map((tag) => (
                          <span key={tag} className="badge">
                            [{tag}]
                          </span>
                        ))}{' '}
                        {i.text}
                        {(i.evidence || i.source) && (
                          <span className="small muted">
                            {' '}
                            — {[i.evidence, i.source].filter(Boolean).join('; ')}
                          </span>
                        )}
                        {canEdit && (
                          <button
                            type="button"
                            className="link no-print"
                            aria-label={t('analysis.remove', { text: i.text })}
                            onClick={async () => {
                              await del(`/workspaces/${workspaceId}/analyses/${i.id}`);
                              await data.reload();
                            }}
                          >
                            ×
                          </button>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </div>
      )}
      {canEdit && (
        <form
          className="panel no-print"
          onSubmit={async (e) => {
            e.preventDefault();
            setMessage(null);
            try {
              await post(`/workspaces/${workspaceId}/analyses`, {
                framework,
                category,
                sign: draft.sign,
                text: draft.text,
                tags: draft.tags,
                evidence: draft.evidence,
                source: draft.source,
              });
              setDraft({ ...draft, text: '', evidence: '' });
              await data.reload();
            } catch (err) {
              setMessage({ ok: false, text: (err as Error).message });
            }
          }}
        >
          <h2 className="h-small">{t('analysis.add')}</h2>
          <div className="form-row">
            <label>
              {t('analysis.categoryLabel')}
              <select value={category} onChange={(e) => setDraft({ ...draft, category: e.target.value })}>
                {categories.map((c) => (
                  <option key={c} value={c}>
                    {t(`analysis.category.${c}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('analysis.sign')}
              <select value={draft.sign} onChange={(e) => setDraft({ ...draft, sign: e.target.value })}>
                {ANALYSIS_SIGNS.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <label>
            {t('analysis.text')}
            <input
              value={draft.text}
              onChange={(e) => setDraft({ ...draft, text: e.target.value })}
              required
            />
          </label>
          <fieldset>
            <legend>{t('analysis.tags')}</legend>
            {ANALYSIS_TAGS.map((tag) => (
              <label key={tag} className="checkbox">
                <input
                  type="checkbox"
                  checked={draft.tags.includes(tag)}
                  onChange={(e) =>
                    setDraft({
                      ...draft,
                      tags: e.target.checked ? [...draft.tags, tag] : draft.tags.filter((x) => x !== tag),
                    })
                  }
                />
                [{tag}]
              </label>
            ))}
          </fieldset>
          <div className="form-row">
            <label>
              {t('analysis.evidence')}
              <input
                value={draft.evidence}
                onChange={(e) => setDraft({ ...draft, evidence: e.target.value })}
              />
            </label>
            <label>
              {t('analysis.source')}
              <input value={draft.source} onChange={(e) => setDraft({ ...draft, source: e.target.value })} />
            </label>
          </div>
          <button type="submit">{t('analysis.addButton')}</button>
        </form>
      )}
    </section>
  );
}
