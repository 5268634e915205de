import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api';

export function ErrorMessage({ error }: { error: ApiError | Error | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  const status = 'status' in error ? error.status : 0;
  const text =
    status === 403
      ? t('error.forbidden')
      : status === 404
        ? t('error.notFound')
        : error.message || t('error.generic');
  return (
    <div role="alert" className="alert">
      {text}
      {status === 403 && error.message && <p className="small">{error.message}</p>}
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
