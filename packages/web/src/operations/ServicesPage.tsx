import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { post, put } from '../api';
import { useApi } from '../useApi';
import { ActionNotice, useAction } from '../useAction';
import { ErrorMessage, Loading } from '../layout/common';
import { OperationsNav, isTeam, useWorkspaceRole } from './OperationsNav';
import { ImportButton } from './ImportForm';
import { Form, useForm } from '../layout/forms';
import { NewButton } from '../layout/Dialog';
import { ServiceMatrix } from './ServiceMatrix';
import { Matrix, serviceBody, LevelSelect, MemberAnswer } from './ServiceParts';
import type { ApiGet } from '../api/types';

export function ServicesPage() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const role = useWorkspaceRole();
  const team = isTeam(role);
  const board = ['owner', 'manager'].includes(role);
  const list = useApi<ApiGet<'/workspaces/{workspaceId}/services'>>(`/workspaces/${workspaceId}/services`);
  const matrix = useApi<Matrix>(team ? `/workspaces/${workspaceId}/service-matrix` : null);
  const { message, setMessage, act } = useAction(() => Promise.all([list.reload(), matrix.reload()]));
  const [openChecks, setOpenChecks] = useState<string | null>(null);
  const blank = {
    fieldId: '',
    name: '',
    frequency: 'occasionally',
    beneficiaries: 'many',
    effortMin: 'medium',
    effortMax: 'medium',
    relevance: 'medium',
    feeModel: 'included',
    memberPrice: '',
    nonMemberPrice: '',
    currency: 'EUR',
    trustLevel: 'low',
    engagesTrainers: false,
  };
  const [draft, setDraft] = useState(blank);
  const newForm = useForm();
  if (list.error) return <ErrorMessage error={list.error} />;
  if (!list.data) return <Loading />;
  const services = list.data.services;

  if (!team)
    return (
      <section aria-labelledby="services-title">
        <h1 id="services-title">{t('services.title')}</h1>
        <OperationsNav />
        <ActionNotice message={message} />
        <p className="muted">{t('services.memberIntro')}</p>
        {services.length === 0 ? (
          <p className="muted">{t('services.noLive')}</p>
        ) : (
          <ul className="cards">
            {services.map((s) => (
              <li key={s.id} className="panel" data-testid="service">
                <h2 className="h-small">
                  {s.name}
                  {s.status === 'pilot' && <span className="chip"> {t('services.status.pilot')}</span>}
                </h2>
                <p className="small muted">
                  {s.objective} · {s.field_of_action} ·{' '}
                  {s.fee_model === 'included'
                    ? t('services.included')
                    : t('services.prices', {
                        member: `${s.member_price} ${s.currency}`,
                        nonMember: `${s.non_member_price} ${s.currency}`,
                      })}
                </p>
                {s.description && <p>{s.description}</p>}
                <MemberAnswer
                  workspaceId={workspaceId}
                  s={s}
                  onDone={(text, ok) => {
                    setMessage({ ok, text });
                    if (ok) void list.reload();
                  }}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    );

  const fields =
    matrix.data?.objectives.flatMap((o) => o.fields.map((f) => ({ ...f, objective: o.name }))) ?? [];
  return (
    <section aria-labelledby="services-title">
      <h1 id="services-title">{t('services.title')}</h1>
      <OperationsNav />
      <ActionNotice message={message} />
      <h2>{t('services.matrix')}</h2>
      <ServiceMatrix
        workspaceId={workspaceId}
        matrix={matrix.data}
        services={services}
        board={board}
        act={act}
      />

      <h2>{t('services.catalogue')}</h2>
      <div className="actions">
        <ImportButton
          label={t('list.importServices')}
          url={`/workspaces/${workspaceId}/services/import`}
          title={t('imports.services')}
          columns="name, objective, field_of_action, frequency, beneficiaries, effort_min, effort_max, relevance, fee_model, member_price, non_member_price, currency, trust_level, description"
          onDone={list.reload}
        />
        <NewButton label={t('list.newService')} title={t('services.new')}>
          {(close) => (
            <Form
              form={newForm}
              aria-label={t('services.new')}
              onSubmit={() => {
                const paid = draft.feeModel === 'paid';
                return newForm.submit(
                  () =>
                    post(`/workspaces/${workspaceId}/services`, {
                      ...draft,
                      memberPrice: paid && draft.memberPrice !== '' ? Number(draft.memberPrice) : null,
                      nonMemberPrice:
                        paid && draft.nonMemberPrice !== '' ? Number(draft.nonMemberPrice) : null,
                      currency: paid ? draft.currency : null,
                    }),
                  null,
                  async () => {
                    setDraft(blank);
                    await list.reload();
                    close(t('services.added'));
                  },
                );
              }}
            >
              <div className="grid2">
                <label>
                  {t('services.service')}
                  <input
                    required
                    value={draft.name}
                    onChange={(e) => setDraft({ ...draft, name: e.target.value })}
                  />
                </label>
                <label>
                  {t('services.fieldOfAction')}
                  <select
                    required
                    value={draft.fieldId}
                    onChange={(e) => setDraft({ ...draft, fieldId: e.target.value })}
                  >
                    <option value="">—</option>
                    {fields.map((f) => (
                      <option key={f.id} value={f.id}>
                        {f.objective}: {f.name}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  {t('services.frequencyLabel')}
                  <select
                    value={draft.frequency}
                    onChange={(e) => setDraft({ ...draft, frequency: e.target.value })}
                  >
                    {['rarely', 'occasionally', 'frequently'].map((f) => (
                      <option key={f} value={f}>
                        {t(`services.frequency.${f}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  {t('services.beneficiariesLabel')}
                  <select
                    value={draft.beneficiaries}
                    onChange={(e) => setDraft({ ...draft, beneficiaries: e.target.value })}
                  >
                    {['few', 'many'].map((f) => (
                      <option key={f} value={f}>
                        {t(`services.beneficiaries.${f}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <LevelSelect
                  label={t('services.effortFrom')}
                  value={draft.effortMin}
                  onChange={(v) => setDraft({ ...draft, effortMin: v })}
                />
                <LevelSelect
                  label={t('services.effortTo')}
                  value={draft.effortMax}
                  onChange={(v) => setDraft({ ...draft, effortMax: v })}
                />
                <LevelSelect
                  label={t('services.relevance')}
                  value={draft.relevance}
                  onChange={(v) => setDraft({ ...draft, relevance: v })}
                />
                <LevelSelect
                  label={t('services.trustLevel')}
                  value={draft.trustLevel}
                  onChange={(v) => setDraft({ ...draft, trustLevel: v })}
                />
                <label>
                  {t('services.feeModel')}
                  <select
                    value={draft.feeModel}
                    onChange={(e) => setDraft({ ...draft, feeModel: e.target.value })}
                  >
                    <option value="included">{t('services.included')}</option>
                    <option value="paid">{t('services.paid')}</option>
                  </select>
                </label>
                {draft.feeModel === 'paid' && (
                  <>
                    <label>
                      {t('services.memberPrice')}
                      <input
                        type="number"
                        step="0.01"
                        value={draft.memberPrice}
                        onChange={(e) => setDraft({ ...draft, memberPrice: e.target.value })}
                      />
                    </label>
                    <label>
                      {t('services.nonMemberPrice')}
                      <input
                        type="number"
                        step="0.01"
                        value={draft.nonMemberPrice}
                        onChange={(e) => setDraft({ ...draft, nonMemberPrice: e.target.value })}
                      />
                    </label>
                    <label>
                      {t('services.currency')}
                      <input
                        value={draft.currency}
                        maxLength={3}
                        onChange={(e) => setDraft({ ...draft, currency: e.target.value.toUpperCase() })}
                      />
                    </label>
                  </>
                )}
              </div>
              <label className="inline">
                <input
                  type="checkbox"
                  checked={draft.engagesTrainers}
                  onChange={(e) => setDraft({ ...draft, engagesTrainers: e.target.checked })}
                />
                {t('services.engagesTrainers')}
              </label>
              <p className="small muted">{t('services.trustHint')}</p>
              <button type="submit">{t('services.add')}</button>
            </Form>
          )}
        </NewButton>
      </div>
      <p className="small muted">{t('services.pilotHint')}</p>
      {board && list.data.rules && (
        <label className="inline">
          <input
            type="checkbox"
            checked={list.data.rules.memberPriceWarning}
            onChange={(e) =>
              void act(
                () =>
                  put(`/workspaces/${workspaceId}/service-rules`, { memberPriceWarning: e.target.checked }),
                t('services.rulesSaved'),
              )
            }
          />
          {t('services.memberPriceRule')}
        </label>
      )}
      <p>
        <a href={`/api/v1/workspaces/${workspaceId}/services?format=csv`} download>
          {t('common.exportCsv')}
        </a>{' '}
        ·{' '}
        <a href={`/api/v1/workspaces/${workspaceId}/services?format=xlsx`} download>
          {t('common.exportXlsx')}
        </a>
      </p>
      {services.length === 0 ? (
        <p className="muted">{t('services.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('services.service')}</th>
              <th scope="col">{t('services.fieldOfAction')}</th>
              <th scope="col">{t('services.frequencyBeneficiaries')}</th>
              <th scope="col">{t('services.effort')}</th>
              <th scope="col">{t('services.relevance')}</th>
              <th scope="col">{t('services.feeModel')}</th>
              <th scope="col">{t('services.trustLevel')}</th>
              <th scope="col">{t('services.statusLabel')}</th>
            </tr>
          </thead>
          <tbody>
            {services.map((s) => (
              <tr key={s.id} data-testid="service-row">
                <th scope="row">{s.name}</th>
                <td>{s.field_of_action}</td>
                <td>
                  {t(`services.frequency.${s.frequency}`)} / {t(`services.beneficiaries.${s.beneficiaries}`)}
                </td>
                <td>
                  {t(`services.levels.${s.effort_min}`)}
                  {s.effort_max !== s.effort_min && `–${t(`services.levels.${s.effort_max}`)}`}
                </td>
                <td>{t(`services.levels.${s.relevance}`)}</td>
                <td>
                  {s.fee_model === 'included'
                    ? t('services.included')
                    : t('services.prices', {
                        member: `${s.member_price} ${s.currency}`,
                        nonMember: `${s.non_member_price} ${s.currency}`,
                      })}
                  {s.warnings?.some((w) => w.code === 'member_price_above_non_member') && (
                    <p className="warning small">{t('services.memberPriceWarning')}</p>
                  )}
                </td>
                <td>{t(`services.levels.${s.trust_level}`)}</td>
                <td>
                  {t(`services.status.${s.status}`)}
                  <div>
                    <button
                      type="button"
                      className="secondary small"
                      aria-expanded={openChecks === s.id}
                      onClick={() => setOpenChecks(openChecks === s.id ? null : s.id)}
                    >
                      {t('services.checklistOf', {
                        count: (s.applicable_checks?.length ?? 0) - (s.missing_checks?.length ?? 0),
                        total: s.applicable_checks?.length ?? 0,
                      })}
                    </button>
                  </div>
                  {openChecks === s.id && (
                    <fieldset className="checklist">
                      <legend>{t('services.checklist')}</legend>
                      <label className="inline">
                        <input
                          type="checkbox"
                          checked={!!s.engages_trainers}
                          onChange={(e) =>
                            void act(
                              () =>
                                put(
                                  `/workspaces/${workspaceId}/services/${s.id}`,
                                  serviceBody(s, { engagesTrainers: e.target.checked }),
                                ),
                              t('services.checkSaved'),
                            )
                          }
                        />
                        {t('services.engagesTrainers')}
                      </label>
                      {list
                        .data!.checklist.filter((c) => s.applicable_checks?.includes(c.key))
                        .map((c) => (
                          <label key={c.key} className="inline">
                            <input
                              type="checkbox"
                              checked={!!s.launch_checks?.[c.key]}
                              onChange={(e) =>
                                void act(
                                  () =>
                                    put(`/workspaces/${workspaceId}/services/${s.id}/launch-checks`, {
                                      [c.key]: e.target.checked,
                                    }),
                                  t('services.checkSaved'),
                                )
                              }
                            />
                            {t(`services.checks.${c.key}`)}
                          </label>
                        ))}
                    </fieldset>
                  )}
                  {board && (
                    <div className="actions">
                      {s.status === 'draft' && (
                        <button
                          type="button"
                          className="secondary"
                          onClick={() =>
                            void act(
                              () =>
                                put(`/workspaces/${workspaceId}/services/${s.id}/status`, {
                                  status: 'pilot',
                                }),
                              t('services.piloted', { name: s.name }),
                            )
                          }
                        >
                          {t('services.startPilot')}
                        </button>
                      )}
                      {s.status !== 'live' && (
                        <button
                          type="button"
                          onClick={() =>
                            void act(
                              () =>
                                put(`/workspaces/${workspaceId}/services/${s.id}/status`, { status: 'live' }),
                              t('services.launched', { name: s.name }),
                            )
                          }
                        >
                          {t('services.launch')}
                        </button>
                      )}
                      {(s.status === 'live' || s.status === 'pilot') && (
                        <button
                          type="button"
                          className="secondary"
                          onClick={() =>
                            void act(
                              () =>
                                put(`/workspaces/${workspaceId}/services/${s.id}/status`, {
                                  status: 'retired',
                                }),
                              t('services.retired', { name: s.name }),
                            )
                          }
                        >
                          {t('services.retire')}
                        </button>
                      )}
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
