import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ProgrammeNav } from './ProgrammeNav';

const ORG_TYPES = [
  '10',
  '11',
  '15',
  '21',
  '22',
  '23',
  '24',
  '30',
  '40',
  '60',
  '70',
  '71',
  '72',
  '73',
  '80',
  '90',
];

/**
 * The programme report (PDF, DOCX) across the portfolio at the four evaluation levels with the
 * funded initiatives, and the programme's IATI export: one activity per funded initiative.
 */
export function ProgrammeReportPage() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const base = `/api/v1/workspaces/${workspaceId}/programme`;
  const [orgRef, setOrgRef] = useState('');
  const [orgType, setOrgType] = useState('90');
  const iati = `${base}/iati?reportingOrgType=${orgType}${
    /^[A-Za-z0-9_.:-]{1,100}$/.test(orgRef.trim())
      ? `&reportingOrgRef=${encodeURIComponent(orgRef.trim())}`
      : ''
  }`;
  return (
    <section aria-labelledby="report-title">
      <ProgrammeNav />
      <h1 id="report-title">{t('programmePortfolio.report.title')}</h1>
      <p className="lead">{t('programmePortfolio.report.intro')}</p>
      <p>
        <a href={`${base}/report?format=pdf`}>{t('programmePortfolio.report.pdf')}</a>{' '}
        <a href={`${base}/report?format=docx`}>{t('programmePortfolio.report.docx')}</a>
      </p>
      <h2 id="iati-title">{t('programmePortfolio.report.iati')}</h2>
      <p>{t('programmePortfolio.report.iatiIntro')}</p>
      <div className="panel form-row" role="group" aria-labelledby="iati-title">
        <label>
          {t('programmePortfolio.report.orgRef')}
          <input value={orgRef} maxLength={100} onChange={(e) => setOrgRef(e.target.value)} />
        </label>
        <label>
          {t('programmePortfolio.report.orgType')}
          <select value={orgType} onChange={(e) => setOrgType(e.target.value)}>
            {ORG_TYPES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p>
        <a href={iati}>{t('programmePortfolio.report.iatiDownload')}</a>
      </p>
    </section>
  );
}
