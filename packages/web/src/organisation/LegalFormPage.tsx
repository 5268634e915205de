import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  FORMS_NOT_COMPARED,
  LEGAL_FORMS,
  LEGAL_FORM_COMPARISON,
  LEGAL_FORM_QUESTIONS,
  type LegalForm,
} from '@agglomera/methods';
import { post } from '../api';
import { useApi } from '../useApi';
import { ErrorMessage, Loading } from '../layout/common';
import { EmptyState } from '../layout/DataList';
import { Form, FormField, useForm } from '../layout/forms';
import { SourceNote } from '../layout/sources';
import { OrganisationNav } from './OrganisationNav';
import { formatDay, todayIso, useOrganisationRole } from './organisationParts';
import type { ApiGet } from '../api/types';

type Answered = ApiGet<'/workspaces/{workspaceId}/organisation/legal-form'>;
const ROWS = ['preconditions', 'advantages', 'disadvantages'] as const;
const COMPARED = LEGAL_FORMS.filter((f) => LEGAL_FORM_COMPARISON[f]);
const EMPTY = {
  form: 'association' as string,
  answers: Object.fromEntries(LEGAL_FORM_QUESTIONS.map((q) => [q, ''])) as Record<string, string>,
  reasons: '',
  decidedOn: todayIso(),
};

/** The guide's comparison table (001:2326–2331): five forms, three rows, its own words. */
function ComparisonTable() {
  const { t } = useTranslation();
  return (
    <>
      <h2 id="comparison-title">{t('legalForm.tableTitle')}</h2>
      <div className="table-scroll">
        <table aria-labelledby="comparison-title" tabIndex={0}>
          <thead>
            <tr>
              <td />
              {COMPARED.map((f) => (
                <th key={f} scope="col">
                  {t(`legalForm.forms.${f}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ROWS.map((row) => (
              <tr key={row}>
                <th scope="row">{t(`legalForm.rows.${row}`)}</th>
                {COMPARED.map((f) => (
                  <td key={f}>
                    <ul className="compact">
                      {LEGAL_FORM_COMPARISON[f]![row].map((cell, i) => (
                        <li key={i}>{t(`legalForm.cells.${f}.${row}.${i}`, { defaultValue: cell })}</li>
                      ))}
                    </ul>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="small muted" data-testid="not-compared">
        {t('legalForm.tableNote')} ({FORMS_NOT_COMPARED.map((f) => t(`legalForm.forms.${f}`)).join('; ')})
      </p>
      <SourceNote source="001:2326–2331" />
    </>
  );
}

/**
 * The legal form decision aid (issue 14, item 2; GIZ 001:2297–2331): the three deciding questions,
 * the seven forms, the guide's comparison table, "structure follows strategy", MarketMakers'
 * informal-first advice (000:171), and the choice recorded by a manager with answers, reasons and
 * date, with the decisions so far.
 */
export function LegalFormPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '' } = useParams();
  const { manager } = useOrganisationRole();
  const url = `/workspaces/${workspaceId}/organisation/legal-form`;
  const data = useApi<Answered>(url);
  const [draft, setDraft] = useState(EMPTY);
  const form = useForm();
  const current = data.data?.current ?? null;

  return (
    <section aria-labelledby="legal-form-title">
      <h1 id="legal-form-title">{t('legalForm.title')}</h1>
      <OrganisationNav />
      <p className="lead">{t('legalForm.intro')}</p>
      <ol>
        {LEGAL_FORM_QUESTIONS.map((q) => (
          <li key={q}>{t(`legalForm.questions.${q}`)}</li>
        ))}
      </ol>
      <p>
        <strong>{t('legalForm.rule')}</strong>
      </p>
      <SourceNote source="001:2297–2310" />
      <p className="notice">{t('legalForm.informalFirst')}</p>
      <SourceNote source="000:171–179" />
      <ComparisonTable />
      {data.error ? (
        <ErrorMessage error={data.error} />
      ) : !data.data ? (
        <Loading />
      ) : (
        <>
          <h2>{t('legalForm.current')}</h2>
          {current ? (
            <div className="panel" data-testid="current-legal-form">
              <p>
                <strong>{t(`legalForm.forms.${current.form}`)}</strong> —{' '}
                {t('legalForm.decidedOn', { date: formatDay(current.decidedOn, i18n.language) })}
              </p>
              <dl>
                {LEGAL_FORM_QUESTIONS.map((q) => (
                  <div key={q}>
                    <dt>{t(`legalForm.questions.${q}`)}</dt>
                    <dd>{current.answers[q] || '—'}</dd>
                  </div>
                ))}
                <dt>{t('legalForm.reasons')}</dt>
                <dd>{current.reasons}</dd>
              </dl>
            </div>
          ) : (
            <EmptyState text={t('legalForm.none')} />
          )}
          {data.data.decisions.length > 0 && (
            <>
              <h2 id="legal-history">{t('legalForm.history')}</h2>
              <div className="table-scroll">
                <table aria-labelledby="legal-history" tabIndex={0}>
                  <thead>
                    <tr>
                      <th scope="col">{t('legalForm.colDate')}</th>
                      <th scope="col">{t('legalForm.colForm')}</th>
                      <th scope="col">{t('legalForm.colReasons')}</th>
                      <th scope="col">{t('legalForm.colBy')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.data.decisions.map((d) => (
                      <tr key={d.id}>
                        <td>{formatDay(d.decidedOn, i18n.language)}</td>
                        <td>{t(`legalForm.forms.${d.form}`)}</td>
                        <td>{d.reasons}</td>
                        <td>{d.decidedBy ?? '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
          <h2 id="record-legal-form">{t('legalForm.record')}</h2>
          {!manager ? (
            <p className="muted">{t('legalForm.managersOnly')}</p>
          ) : (
            <Form
              form={form}
              aria-labelledby="record-legal-form"
              onSubmit={() =>
                form.submit(
                  () => post(url, draft),
                  t('legalForm.recorded'),
                  async () => {
                    setDraft({ ...EMPTY, decidedOn: todayIso() });
                    await data.reload();
                  },
                )
              }
            >
              <p className="muted">{t('legalForm.recordIntro')}</p>
              <FormField name="form" label={t('legalForm.form')}>
                <select
                  value={draft.form}
                  onChange={(e) => setDraft({ ...draft, form: e.target.value as LegalForm })}
                >
                  {LEGAL_FORMS.map((f) => (
                    <option key={f} value={f}>
                      {t(`legalForm.forms.${f}`)}
                    </option>
                  ))}
                </select>
              </FormField>
              {LEGAL_FORM_QUESTIONS.map((q) => (
                <FormField
                  key={q}
                  name={`answers.${q}`}
                  label={t('legalForm.answer', { question: t(`legalForm.questions.${q}`) })}
                >
                  <textarea
                    rows={2}
                    value={draft.answers[q]}
                    onChange={(e) =>
                      setDraft({ ...draft, answers: { ...draft.answers, [q]: e.target.value } })
                    }
                  />
                </FormField>
              ))}
              <FormField name="reasons" label={t('legalForm.reasons')}>
                <textarea
                  rows={3}
                  required
                  value={draft.reasons}
                  onChange={(e) => setDraft({ ...draft, reasons: e.target.value })}
                />
              </FormField>
              <FormField name="decidedOn" label={t('legalForm.date')}>
                <input
                  type="date"
                  required
                  value={draft.decidedOn}
                  onChange={(e) => setDraft({ ...draft, decidedOn: e.target.value })}
                />
              </FormField>
              <button type="submit" disabled={form.busy}>
                {t('legalForm.submit')}
              </button>
            </Form>
          )}
        </>
      )}
    </section>
  );
}
