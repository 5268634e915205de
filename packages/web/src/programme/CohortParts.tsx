import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { patch, post } from '../api';
import { useApi } from '../useApi';
import { EmptyState } from '../layout/DataList';
import { Form, FormField, useForm } from '../layout/forms';
import { SourceNote } from '../layout/sources';
import { TableScroll } from '../organisation/TableScroll';
import { useProgramme, type ApplicantList } from './callsParts';
import type { ApiGet } from '../api/types';

// The shapes the API gives (programme/programme.schemas.ts on the server; npm run api-types).

/** A cohort: sessions, participants with attendance and certificates, the Table 1 roll-up. */
export type CohortDetail = ApiGet<'/workspaces/{workspaceId}/programme/cohorts/{cohortId}'>;
/** The programme's cohorts with their counts. */
export type CohortList = ApiGet<'/workspaces/{workspaceId}/programme/cohorts'>;
export type CohortSummary = CohortList['cohorts'][number];
export type Thresholds = CohortSummary['thresholds'];
export type Participant = CohortDetail['participants'][number];
export type Table1Row = CohortDetail['table1']['rows'][number];

/** The parts of a cohort's screen: the Table 1 roll-up, the session and participant forms. */

export function Table1({ table, country }: { table: CohortDetail['table1']; country(code: string): string }) {
  const { t } = useTranslation();
  const label = (r: Table1Row) =>
    r.kind === 'programme_team'
      ? t('progCohorts.programmeTeam')
      : r.kind === 'regional'
        ? t('progCohorts.regional')
        : country(r.country);
  return (
    <>
      <h2 id="table1-heading">{t('progCohorts.table1')}</h2>
      <p className="small muted">{t('progCohorts.table1Intro')}</p>
      <SourceNote source="003:267–284" />
      {table.rows.length === 0 ? (
        <EmptyState text={t('progCohorts.noParticipants')} />
      ) : (
        <TableScroll label={t('progCohorts.table1')}>
          <table tabIndex={0} aria-labelledby="table1-heading" data-testid="table1">
            <thead>
              <tr>
                <th scope="col">{t('progCohorts.country')}</th>
                <th scope="col">{t('progCohorts.total')}</th>
                <th scope="col">{t('progCohorts.bso')}</th>
                <th scope="col">{t('progCohorts.other')}</th>
                <th scope="col">{t('progCohorts.certified')}</th>
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r) => (
                <tr key={`${r.kind}-${r.country}`}>
                  <th scope="row">{label(r)}</th>
                  <td className="num">{r.total}</td>
                  <td>{r.bsoByOrganisation.map((o) => `${o.organisation || '—'}: ${o.count}`).join(' ')}</td>
                  <td className="num">{r.other || ''}</td>
                  <td className="num">{r.certified}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('progCohorts.totalRow')}</th>
                <td className="num">{table.totals.total}</td>
                <td className="num">{table.totals.bso}</td>
                <td className="num">{table.totals.other}</td>
                <td className="num">{table.totals.certified}</td>
              </tr>
            </tfoot>
          </table>
        </TableScroll>
      )}
    </>
  );
}

export function SessionForm({ url, onDone }: { url: string; onDone(d: CohortDetail): void }) {
  const { t } = useTranslation();
  const form = useForm();
  const [v, setV] = useState({ heldOn: new Date().toISOString().slice(0, 10), title: '' });
  return (
    <Form
      form={form}
      aria-label={t('progCohorts.addSession')}
      onSubmit={() => form.submit(() => post<CohortDetail>(`${url}/sessions`, v), null, onDone)}
    >
      <FormField name="heldOn" label={t('progCohorts.date')}>
        <input
          type="date"
          value={v.heldOn}
          onChange={(e) => setV({ ...v, heldOn: e.target.value })}
          required
        />
      </FormField>
      <FormField name="title" label={t('progCohorts.sessionTitle')}>
        <input
          value={v.title}
          onChange={(e) => setV({ ...v, title: e.target.value })}
          required
          maxLength={300}
        />
      </FormField>
      <button type="submit">{t('progCohorts.addSession')}</button>
    </Form>
  );
}

export function ParticipantForm({
  url,
  participant,
  onDone,
}: {
  url: string;
  participant?: Participant;
  onDone(d: CohortDetail): void;
}) {
  const { t } = useTranslation();
  const { base } = useProgramme();
  const register = useApi<ApplicantList>(`${base}/applicants`);
  const form = useForm();
  const [v, setV] = useState({
    name: participant?.name ?? '',
    applicantId: participant?.applicantId ?? '',
    organisation: participant?.organisationText ?? '',
    group: participant?.group ?? 'bso_staff',
    country: participant?.country ?? '',
    language: participant?.language ?? 'en',
  });
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) =>
    setV({ ...v, [k]: e.target.value });
  const body = {
    name: v.name,
    applicantId: v.applicantId || null,
    organisation: v.organisation,
    group: v.group,
    language: v.language,
    ...(v.country.trim() ? { country: v.country.trim().toUpperCase() } : {}),
  };
  return (
    <Form
      form={form}
      aria-label={t('progCohorts.participant')}
      onSubmit={() =>
        form.submit(
          () =>
            participant
              ? patch<CohortDetail>(`${url}/participants/${participant.id}`, body)
              : post<CohortDetail>(`${url}/participants`, body),
          null,
          onDone,
        )
      }
    >
      <FormField name="name" label={t('progCalls.name')}>
        <input value={v.name} onChange={set('name')} required maxLength={300} />
      </FormField>
      <FormField name="applicantId" label={t('progCohorts.fromRegister')}>
        <select value={v.applicantId} onChange={set('applicantId')}>
          <option value="">{t('progCohorts.notInRegister')}</option>
          {(register.data?.applicants ?? []).map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </FormField>
      {!v.applicantId && (
        <FormField name="organisation" label={t('progCohorts.organisation')}>
          <input value={v.organisation} onChange={set('organisation')} maxLength={300} />
        </FormField>
      )}
      <FormField name="group" label={t('progCohorts.group')}>
        <select value={v.group} onChange={set('group')}>
          {['bso_staff', 'programme_team', 'other_stakeholder'].map((g) => (
            <option key={g} value={g}>
              {t(`progCohorts.groups.${g}`)}
            </option>
          ))}
        </select>
      </FormField>
      <FormField name="country" label={t('progCalls.country')} hint={t('progCohorts.countryHint')}>
        <input value={v.country} onChange={set('country')} maxLength={2} />
      </FormField>
      <FormField name="language" label={t('progCohorts.language')}>
        <select value={v.language} onChange={set('language')}>
          <option value="en">English</option>
          <option value="fr">Français</option>
          <option value="es">Español</option>
        </select>
      </FormField>
      <button type="submit">{participant ? t('progCalls.save') : t('progCohorts.addParticipant')}</button>
    </Form>
  );
}
