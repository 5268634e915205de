import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PARTNER_THEMES } from '@agglomera/methods';
import { put } from '../api';
import type { ApiBody } from '../api/types';
import { useApi } from '../useApi';
import { ErrorMessage, Loading } from '../layout/common';
import { EmptyState } from '../layout/DataList';
import { ChoiceGroup, Form, FormField, useForm } from '../layout/forms';
import { ConnectNav, themeList } from './connectParts';
import type { OwnProfile, ProfileMatches } from './connectTypes';

type ProfileBody = ApiBody<'/workspaces/{workspaceId}/connect/profile', 'put'>;

/** Lines of a textarea, one per line (the server drops blank ones). */
const toLines = (text: string) => text.split('\n');
const fromLines = (lines: readonly string[]) => lines.join('\n');

/**
 * Our profile (docs/connect.md): the initiative's competences, offers and needs, published to the
 * teams of other initiatives when the team chooses, and the possible partners whose offers answer
 * its needs or whose needs its offers answer (the platform's rule, not a guide's).
 */
export function InitiativeProfilePage() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const url = `/workspaces/${workspaceId}/connect/profile`;
  const profile = useApi<OwnProfile>(url);
  const matches = useApi<ProfileMatches>(`${url}/matches`);
  return (
    <>
      <ConnectNav />
      <section aria-labelledby="profile-title">
        <h1 id="profile-title">{t('connect.profile.title')}</h1>
        <p className="muted">{t('connect.profile.intro')}</p>
        {profile.error ? (
          <ErrorMessage error={profile.error} />
        ) : !profile.data ? (
          <Loading />
        ) : (
          <ProfileForm
            url={url}
            profile={profile.data}
            onSaved={async () => {
              await Promise.all([profile.reload(), matches.reload()]);
            }}
          />
        )}
      </section>
      <section aria-labelledby="partners-title">
        <h2 id="partners-title">{t('connect.profile.partners')}</h2>
        <p className="small muted">{t('connect.profile.rule')}</p>
        {matches.error ? (
          <ErrorMessage error={matches.error} />
        ) : !matches.data ? (
          <Loading />
        ) : !matches.data.matches.length ? (
          <EmptyState text={t('connect.profile.noPartners')} />
        ) : (
          <ul className="profile-matches" data-testid="profile-matches">
            {matches.data.matches.map((m) => (
              <li key={m.profile.id}>
                <h3>{m.profile.initiativeName}</h3>
                <p className="small">{m.profile.summary}</p>
                {m.theyOffer.length > 0 && (
                  <>
                    <h4>{t('connect.profile.theyOffer')}</h4>
                    <ul>
                      {m.theyOffer.map((l) => (
                        <li key={`${l.need}|${l.answer}`}>
                          {t('connect.profile.link', { answer: l.answer, need: l.need })}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                {m.weOffer.length > 0 && (
                  <>
                    <h4>{t('connect.profile.weOffer')}</h4>
                    <ul>
                      {m.weOffer.map((l) => (
                        <li key={`${l.need}|${l.answer}`}>
                          {t('connect.profile.link', { answer: l.answer, need: l.need })}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                {m.sharedThemes.length > 0 && (
                  <p className="small muted">
                    {t('connect.profile.sharedThemes', { themes: themeList(m.sharedThemes, t) })}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function ProfileForm({ url, profile, onSaved }: { url: string; profile: OwnProfile; onSaved(): unknown }) {
  const { t } = useTranslation();
  const form = useForm();
  const [published, setPublished] = useState(profile.published);
  const [summary, setSummary] = useState(profile.summary);
  const [sector, setSector] = useState(profile.sector);
  const [region, setRegion] = useState(profile.region);
  const [competences, setCompetences] = useState(fromLines(profile.competences));
  const [offers, setOffers] = useState(fromLines(profile.offers));
  const [needs, setNeeds] = useState(fromLines(profile.needs));
  const [themes, setThemes] = useState<string[]>(profile.themes);
  const [contactEmail, setContactEmail] = useState(profile.contactEmail ?? '');
  const [website, setWebsite] = useState(profile.website ?? '');
  const body: ProfileBody = {
    published,
    summary,
    sector,
    region,
    competences: toLines(competences),
    offers: toLines(offers),
    needs: toLines(needs),
    themes: themes as ProfileBody['themes'],
    contactEmail: contactEmail.trim() || null,
    website: website.trim() || null,
  };
  const lines = (name: 'competences' | 'offers' | 'needs', value: string, set: (v: string) => void) => (
    <FormField name={name} label={t(`connect.profile.${name}`)} hint={t('connect.profile.linesHint')}>
      <textarea rows={4} value={value} onChange={(e) => set(e.target.value)} />
    </FormField>
  );
  return (
    <Form
      form={form}
      data-testid="profile-form"
      onSubmit={() =>
        form.submit(
          () => put(url, body),
          t(published ? 'connect.profile.savedPublished' : 'connect.profile.saved'),
          onSaved,
        )
      }
    >
      <p>
        <span className={`badge${profile.published ? ' ok' : ''}`}>
          {t(profile.published ? 'connect.profile.isPublished' : 'connect.profile.isHidden')}
        </span>
      </p>
      <FormField name="summary" label={t('connect.profile.summary')} hint={t('connect.profile.summaryHint')}>
        <textarea rows={3} maxLength={2000} value={summary} onChange={(e) => setSummary(e.target.value)} />
      </FormField>
      <FormField name="sector" label={t('connect.field.sector')}>
        <input maxLength={200} value={sector} onChange={(e) => setSector(e.target.value)} />
      </FormField>
      <FormField name="region" label={t('connect.profile.region')}>
        <input maxLength={200} value={region} onChange={(e) => setRegion(e.target.value)} />
      </FormField>
      {lines('competences', competences, setCompetences)}
      {lines('offers', offers, setOffers)}
      {lines('needs', needs, setNeeds)}
      <ChoiceGroup
        name="themes"
        legend={t('connect.field.themes')}
        options={[...PARTNER_THEMES]}
        label={(th: string) => t(`connect.theme.${th}`)}
        value={themes}
        onChange={setThemes}
      />
      <p className="small muted">{t('connect.themesNote')}</p>
      <FormField
        name="contactEmail"
        label={t('connect.profile.contactEmail')}
        hint={t('connect.profile.contactHint')}
      >
        <input
          type="email"
          maxLength={254}
          value={contactEmail}
          onChange={(e) => setContactEmail(e.target.value)}
        />
      </FormField>
      <FormField name="website" label={t('connect.profile.website')}>
        <input type="url" maxLength={300} value={website} onChange={(e) => setWebsite(e.target.value)} />
      </FormField>
      <FormField
        name="published"
        label={t('connect.profile.publish')}
        hint={t('connect.profile.publishHint')}
      >
        <input type="checkbox" checked={published} onChange={(e) => setPublished(e.target.checked)} />
      </FormField>
      <div className="actions">
        <button type="submit">{t('connect.profile.save')}</button>
      </div>
    </Form>
  );
}
