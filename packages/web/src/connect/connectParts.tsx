import { useState } from 'react';
import { NavLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PARTNER_THEMES, POSTING_KINDS, type PostingKind } from '@agglomera/methods';
import { patch, post } from '../api';
import { ChoiceGroup, Form, FormField, useForm } from '../layout/forms';
import type { OwnPosting } from './connectTypes';

/**
 * What the connect screens share (docs/connect.md): the sub-navigation, the posting form and the
 * "Express interest" form (the types the API answers are in connectTypes.ts).
 */

export function ConnectNav() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const base = `/w/${workspaceId}/connect`;
  return (
    <nav aria-label={t('module.connect')} className="subnav">
      <NavLink to={base} end>
        {t('connect.nav.board')}
      </NavLink>
      <NavLink to={`${base}/postings`}>{t('connect.nav.postings')}</NavLink>
      <NavLink to={`${base}/interests`}>{t('connect.nav.interests')}</NavLink>
      <NavLink to={`${base}/profiles`}>{t('connect.nav.profiles')}</NavLink>
      <NavLink to={`${base}/profile`}>{t('connect.nav.profile')}</NavLink>
    </nav>
  );
}

/**
 * The search, filters and page of a list the server pages and searches (the board, the directory
 * of profiles): the URL to read, each filter's value and setter (a change goes back to the first
 * page), and the `server` props of <DataList> for an answer's total, offset and limit.
 */
export function useServerSearch<F extends string>(path: string, limit: number, filterNames: readonly F[]) {
  const [q, setQ] = useState('');
  const [filters, setFilters] = useState<Partial<Record<F, string>>>({});
  const [offset, setOffset] = useState(0);
  const query = new URLSearchParams({ offset: String(offset), limit: String(limit) });
  if (q) query.set('q', q);
  for (const name of filterNames) if (filters[name]) query.set(name, filters[name]);
  const filtered = !!q || filterNames.some((name) => !!filters[name]);
  return {
    url: `${path}?${query.toString()}`,
    filtered,
    filter: (name: F) => filters[name] ?? '',
    setFilter: (name: F, value: string) => (setFilters((f) => ({ ...f, [name]: value })), setOffset(0)),
    server: (page: { total: number; offset: number; limit: number }) => ({
      ...page,
      onPage: setOffset,
      onSearch: (text: string) => (setQ(text), setOffset(0)),
      filtered,
    }),
  };
}

/** The theme filter of a list the server searches (the board, the directory). */
export function ThemeFilter({ value, onChange }: { value: string; onChange(theme: string): void }) {
  const { t } = useTranslation();
  return (
    <label>
      {t('connect.field.theme')}{' '}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('connect.allThemes')}</option>
        {PARTNER_THEMES.map((th) => (
          <option key={th} value={th}>
            {t(`connect.theme.${th}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The themes of a posting, in words. */
export const themeList = (themes: string[], t: (k: string) => string) =>
  themes.map((th) => t(`connect.theme.${th}`)).join(', ');

/** Creates a posting (posting = null) or edits one. */
export function PostingForm({
  url,
  posting,
  onDone,
}: {
  url: string;
  posting: OwnPosting | null;
  onDone(notice: string): unknown;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [kind, setKind] = useState<PostingKind>(posting?.kind ?? 'problem');
  const [title, setTitle] = useState(posting?.title ?? '');
  const [description, setDescription] = useState(posting?.description ?? '');
  const [themes, setThemes] = useState<string[]>(posting?.themes ?? []);
  const [sector, setSector] = useState(posting?.sector ?? '');
  const [closesOn, setClosesOn] = useState(posting?.closesOn ?? '');
  const body = { kind, title, description, themes, sector, closesOn: closesOn || null };
  return (
    <Form
      form={form}
      data-testid="posting-form"
      onSubmit={() =>
        form.submit(
          () => (posting ? patch(`${url}/${posting.id}`, body) : post(url, body)),
          null,
          () => onDone(t(posting ? 'connect.postings.saved' : 'connect.postings.created')),
        )
      }
    >
      <FormField name="kind" label={t('connect.kind.label')} hint={t(`connect.kindHint.${kind}`)}>
        <select value={kind} onChange={(e) => setKind(e.target.value as PostingKind)}>
          {POSTING_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`connect.kind.${k}`)}
            </option>
          ))}
        </select>
      </FormField>
      <FormField name="title" label={t('connect.field.title')}>
        <input required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />
      </FormField>
      <FormField name="description" label={t('connect.field.description')}>
        <textarea
          rows={4}
          maxLength={5000}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
      </FormField>
      <ChoiceGroup
        name="themes"
        legend={t('connect.field.themes')}
        options={[...PARTNER_THEMES]}
        label={(th: string) => t(`connect.theme.${th}`)}
        value={themes}
        onChange={setThemes}
      />
      <p className="small muted">{t('connect.themesNote')}</p>
      <FormField name="sector" label={t('connect.field.sector')}>
        <input maxLength={200} value={sector} onChange={(e) => setSector(e.target.value)} />
      </FormField>
      <FormField name="closesOn" label={t('connect.field.closesOn')} hint={t('connect.closesOnHint')}>
        <input type="date" value={closesOn} onChange={(e) => setClosesOn(e.target.value)} />
      </FormField>
      <div className="actions">
        <button type="submit">{t(posting ? 'connect.postings.save' : 'connect.postings.publish')}</button>
      </div>
    </Form>
  );
}

/** "Express interest": a short message to the posting's team, from this initiative. */
export function InterestForm({
  workspaceId,
  postingId,
  onDone,
}: {
  workspaceId: string;
  postingId: string;
  onDone(notice: string): unknown;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [message, setMessage] = useState('');
  return (
    <Form
      form={form}
      data-testid="interest-form"
      onSubmit={() =>
        form.submit(
          () => post(`/workspaces/${workspaceId}/connect/interests`, { postingId, message }),
          null,
          () => onDone(t('connect.board.interestSent')),
        )
      }
    >
      <FormField name="message" label={t('connect.board.message')} hint={t('connect.board.messageHint')}>
        <textarea
          rows={4}
          required
          maxLength={2000}
          value={message}
          onChange={(e) => setMessage(e.target.value)}
        />
      </FormField>
      <div className="actions">
        <button type="submit">{t('connect.board.send')}</button>
      </div>
    </Form>
  );
}
