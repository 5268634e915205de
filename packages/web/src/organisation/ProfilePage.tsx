import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  CLUSTER_CHARACTERISTICS,
  DRIVER_STEP_ADVICE,
  DRIVER_TYPES,
  FORMALITIES,
  IMPLEMENTATION_SHAPES,
  type DriverType,
} from '@agglomera/methods';
import { put } from '../api';
import { useApi } from '../useApi';
import { ErrorMessage, Loading } from '../layout/common';
import { Form, FormField, useForm } from '../layout/forms';
import { SourceNote } from '../layout/sources';
import { OrganisationNav } from './OrganisationNav';
import type { ApiGet } from '../api/types';
import { useOrganisationRole } from './organisationParts';

type Profile = NonNullable<ApiGet<'/workspaces/{workspaceId}/organisation/profile'>['profile']>;
interface Draft {
  driverType: string;
  implementationShape: string;
  formality: string;
  characteristics: Record<string, { met: string; evidence: string }>;
  notes: string;
}
const draftOf = (p: Profile | null): Draft => ({
  driverType: p?.driverType ?? '',
  implementationShape: p?.implementationShape ?? '',
  formality: p?.formality ?? '',
  characteristics: Object.fromEntries(
    CLUSTER_CHARACTERISTICS.map((k) => {
      const c = p?.characteristics.find((x) => x.key === k);
      return [k, { met: c?.met === null || !c ? '' : String(c.met), evidence: c?.evidence ?? '' }];
    }),
  ),
  notes: p?.notes ?? '',
});

/**
 * The initiative profile (issue 14, item 1): the driver (GIZ 001:1177–1192) with what it means for
 * the steps (001:1228–1230), the shape of implementation (001:264–310), the four qualifying
 * characteristics with evidence (001:257–262), formal or informal with MarketMakers' advice
 * (000:171–179). Read by viewers, edited by the team.
 */
export function ProfilePage() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const { team } = useOrganisationRole();
  const url = `/workspaces/${workspaceId}/organisation/profile`;
  const data = useApi<ApiGet<'/workspaces/{workspaceId}/organisation/profile'>>(url);
  const [draft, setDraft] = useState<Draft>(draftOf(null));
  const [loaded, setLoaded] = useState(false);
  const form = useForm();
  useEffect(() => {
    if (data.data && !loaded) {
      setDraft(draftOf(data.data.profile));
      setLoaded(true);
    }
  }, [data.data, loaded]);
  const maySkip = DRIVER_STEP_ADVICE[draft.driverType as DriverType]?.maySkip ?? [];
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  const setChar = (key: string, patch: Partial<{ met: string; evidence: string }>) =>
    set({
      characteristics: { ...draft.characteristics, [key]: { ...draft.characteristics[key]!, ...patch } },
    });

  return (
    <section aria-labelledby="profile-title">
      <h1 id="profile-title">{t('orgProfile.title')}</h1>
      <OrganisationNav />
      <p className="lead">{t('orgProfile.intro')}</p>
      {data.error ? (
        <ErrorMessage error={data.error} />
      ) : !data.data ? (
        <Loading />
      ) : (
        <Form
          form={form}
          aria-labelledby="profile-title"
          onSubmit={() =>
            form.submit(
              () =>
                put(url, {
                  driverType: draft.driverType || null,
                  implementationShape: draft.implementationShape || null,
                  formality: draft.formality || null,
                  characteristics: Object.fromEntries(
                    CLUSTER_CHARACTERISTICS.map((k) => [
                      k,
                      {
                        met:
                          draft.characteristics[k]!.met === ''
                            ? null
                            : draft.characteristics[k]!.met === 'true',
                        evidence: draft.characteristics[k]!.evidence,
                      },
                    ]),
                  ),
                  notes: draft.notes,
                }),
              t('orgProfile.saved'),
            )
          }
        >
          {!team && <p className="notice">{t('orgProfile.readOnly')}</p>}
          <fieldset disabled={!team} className="plain">
            <FormField name="driverType" label={t('orgProfile.driver')} hint={t('orgProfile.driverHint')}>
              <select value={draft.driverType} onChange={(e) => set({ driverType: e.target.value })}>
                <option value="">{t('orgProfile.none')}</option>
                {DRIVER_TYPES.map((d) => (
                  <option key={d} value={d}>
                    {t(`orgProfile.drivers.${d}`)}
                  </option>
                ))}
              </select>
            </FormField>
            <SourceNote source="001:1177–1192" />
            {draft.driverType && (
              <div className="panel" data-testid="driver-advice">
                <h2 className="h-small">{t('orgProfile.advice.title')}</h2>
                <p>{t('orgProfile.advice.general')}</p>
                <p>
                  <strong>
                    {maySkip.length
                      ? maySkip.map((s) => t(`orgProfile.advice.${s}`)).join(' ')
                      : t('orgProfile.advice.noSkip')}
                  </strong>
                </p>
                <SourceNote source="001:1228–1230" />
              </div>
            )}
            <FormField name="implementationShape" label={t('orgProfile.shape')}>
              <select
                value={draft.implementationShape}
                onChange={(e) => set({ implementationShape: e.target.value })}
              >
                <option value="">{t('orgProfile.none')}</option>
                {IMPLEMENTATION_SHAPES.map((s) => (
                  <option key={s} value={s}>
                    {t(`orgProfile.shapes.${s}`)}
                  </option>
                ))}
              </select>
            </FormField>
            <SourceNote source="001:264–310" />
            <h2>{t('orgProfile.characteristicsTitle')}</h2>
            <p className="muted">{t('orgProfile.characteristicsIntro')}</p>
            <SourceNote source="001:257–262" />
            {CLUSTER_CHARACTERISTICS.map((k) => {
              const name = t(`orgProfile.characteristics.${k}`);
              return (
                <fieldset key={k} className="panel">
                  <legend>{name}</legend>
                  <FormField name={`characteristics.${k}.met`} label={t('orgProfile.met')}>
                    <select
                      value={draft.characteristics[k]!.met}
                      onChange={(e) => setChar(k, { met: e.target.value })}
                    >
                      <option value="">{t('orgProfile.metUnknown')}</option>
                      <option value="true">{t('orgProfile.metYes')}</option>
                      <option value="false">{t('orgProfile.metNo')}</option>
                    </select>
                  </FormField>
                  <FormField
                    name={`characteristics.${k}.evidence`}
                    label={t('orgProfile.evidence', { name })}
                  >
                    <textarea
                      rows={2}
                      value={draft.characteristics[k]!.evidence}
                      onChange={(e) => setChar(k, { evidence: e.target.value })}
                    />
                  </FormField>
                </fieldset>
              );
            })}
            <h2>{t('orgProfile.formality')}</h2>
            <FormField name="formality" label={t('orgProfile.formality')}>
              <select value={draft.formality} onChange={(e) => set({ formality: e.target.value })}>
                <option value="">{t('orgProfile.none')}</option>
                {FORMALITIES.map((f) => (
                  <option key={f} value={f}>
                    {t(`orgProfile.formalities.${f}`)}
                  </option>
                ))}
              </select>
            </FormField>
            <p className="notice">{t('orgProfile.informalAdvice')}</p>
            <SourceNote source="000:171–179" />
            <FormField name="notes" label={t('orgProfile.notes')}>
              <textarea rows={3} value={draft.notes} onChange={(e) => set({ notes: e.target.value })} />
            </FormField>
          </fieldset>
          {team && (
            <button type="submit" disabled={form.busy}>
              {t('orgProfile.save')}
            </button>
          )}
        </Form>
      )}
    </section>
  );
}
