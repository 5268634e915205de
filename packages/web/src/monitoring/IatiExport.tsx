import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IATI_ORGANISATION_TYPES } from '@agglomera/methods';
import { ApiError, get } from '../api';
import type { ApiGet } from '../api/types';
import { ErrorMessage } from '../layout/common';

/** The IATI export checked against the schema (GET …/monitoring/iati/validation). */
type Validation = ApiGet<'/workspaces/{workspaceId}/monitoring/iati/validation'>;

/** The same pattern as the API's reportingOrgRef (an IATI organisation identifier). */
const ORG_REF = /^[A-Za-z0-9_.:-]{1,100}$/;

/**
 * The IATI activity export of the results framework: the publisher's identifier and
 * organisation type, the download, and a check of the file against the IATI schema.
 */
export function IatiExport({ base }: { base: string }) {
  const { t } = useTranslation();
  const [orgRef, setOrgRef] = useState('');
  const [orgType, setOrgType] = useState('90');
  const [validation, setValidation] = useState<Validation | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [checking, setChecking] = useState(false);
  const ref = orgRef.trim();
  const refInvalid = ref !== '' && !ORG_REF.test(ref);
  const query = new URLSearchParams({ ...(ref ? { reportingOrgRef: ref } : {}), reportingOrgType: orgType });
  const check = async () => {
    setChecking(true);
    setError(null);
    try {
      setValidation(await get<Validation>(`${base}/iati/validation?${query}`));
    } catch (e) {
      setValidation(null);
      setError(e instanceof ApiError ? e : new ApiError(0, 'network', String(e), null));
    } finally {
      setChecking(false);
    }
  };
  return (
    <>
      <h2 id="iati-title">{t('reports.iati.title')}</h2>
      <p className="muted">{t('reports.iati.intro')}</p>
      <div>
        <label>
          {t('reports.iati.orgRef')}
          <input
            value={orgRef}
            onChange={(e) => {
              setOrgRef(e.target.value);
              setValidation(null);
            }}
            placeholder="XM-DAC-00000"
            aria-invalid={refInvalid}
            aria-describedby={refInvalid ? 'iati-ref-error' : undefined}
          />
        </label>{' '}
        <label>
          {t('reports.iati.orgType')}
          <select
            value={orgType}
            onChange={(e) => {
              setOrgType(e.target.value);
              setValidation(null);
            }}
          >
            {IATI_ORGANISATION_TYPES.map((o) => (
              <option key={o.code} value={o.code}>
                {o.code} · {t(`reports.iati.orgTypes.${o.code}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {refInvalid && (
        <p id="iati-ref-error" className="alert" role="alert">
          {t('reports.iati.orgRefInvalid')}
        </p>
      )}
      <p>
        {refInvalid ? (
          <span className="muted">{t('reports.iati.download')}</span>
        ) : (
          <a href={`/api/v1${base}/iati?${query}`} download data-testid="iati-link">
            {t('reports.iati.download')}
          </a>
        )}{' '}
        <button type="button" onClick={check} disabled={refInvalid || checking} aria-busy={checking}>
          {t('reports.iati.check')}
        </button>
      </p>
      <div role="status" aria-live="polite" data-testid="iati-validation">
        {validation &&
          (validation.valid ? (
            <p className="ok">
              {t(
                validation.schema === 'official' ? 'reports.iati.validOfficial' : 'reports.iati.validSubset',
              )}
            </p>
          ) : (
            <div className="warning">
              <p>{t('reports.iati.invalid', { count: validation.problems.length })}</p>
              <ul>
                {validation.problems.map((p, i) => (
                  <li key={i}>
                    {p.line ? `${t('reports.iati.line', { line: p.line })}: ` : ''}
                    {p.message}
                  </li>
                ))}
              </ul>
            </div>
          ))}
      </div>
      {validation?.schema === 'agglomera-subset' && (
        <p className="muted small">{t('reports.iati.subsetNote')}</p>
      )}
      <ErrorMessage error={error} />
    </>
  );
}
