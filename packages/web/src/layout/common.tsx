import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api';
import { humanizeSources } from './sources';

export function ErrorMessage({ error }: { error: ApiError | Error | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  const status = 'status' in error ? error.status : 0;
  const text =
    status === 403
      ? t('error.forbidden')
      : status === 404
        ? t('error.notFound')
        : humanizeSources(t, error.message) || t('error.generic');
  return (
    <div role="alert" className="alert">
      {text}
      {status === 403 && error.message && <p className="small">{humanizeSources(t, error.message)}</p>}
    </div>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" aria-live="polite">
      {t('common.loading')}
    </p>
  );
}

export function NotAvailable({ module }: { module: string }) {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t(`module.${module}`)}</h1>
      <p className="notice">{t('common.notAvailableLong')}</p>
    </section>
  );
}

/** Previous / next buttons for a paginated list, with "from–to of total" announced. */
export function Pager({
  offset,
  limit,
  total,
  onChange,
}: {
  offset: number;
  limit: number;
  total: number;
  onChange(offset: number): void;
}) {
  const { t } = useTranslation();
  if (total <= limit && offset === 0) return null;
  return (
    <div className="actions" role="group" aria-label={t('common.pages')}>
      <button
        type="button"
        className="secondary"
        disabled={offset === 0}
        onClick={() => onChange(Math.max(0, offset - limit))}
      >
        {t('common.previous')}
      </button>
      <span className="small muted" aria-live="polite">
        {t('common.range', { from: total ? offset + 1 : 0, to: Math.min(offset + limit, total), total })}
      </span>
      <button
        type="button"
        className="secondary"
        disabled={offset + limit >= total}
        onClick={() => onChange(offset + limit)}
      >
        {t('common.next')}
      </button>
    </div>
  );
}

/**
 * "Export as CSV · Export as XLSX" for a list the API can send as a file (`?format=csv|xlsx`);
 * `path` is the list's API path under /api/v1, with or without a query of its own.
 */
export function ExportLinks({ path }: { path: string }) {
  const { t } = useTranslation();
  const url = (format: string) => `/api/v1${path}${path.includes('?') ? '&' : '?'}format=${format}`;
  return (
    <p className="small export-links">
      <a href={url('csv')} download>
        {t('common.exportCsv')}
      </a>{' '}
      ·{' '}
      <a href={url('xlsx')} download>
        {t('common.exportXlsx')}
      </a>
    </p>
  );
}

/**
 * A wide table's box: it scrolls sideways on a phone, and takes the keyboard focus (with a name)
 * so that a keyboard user can scroll it too (axe: scrollable-region-focusable).
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
