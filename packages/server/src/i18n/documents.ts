import type { FastifyRequest } from 'fastify';
import { en, type Catalogue, type DocumentKey } from './documents/en.js';
import { fr } from './documents/fr.js';
import { es } from './documents/es.js';

/**
 * Generated documents and template rows in the language of the user who asks for them: the user's
 * saved language, else the browser's Accept-Language, else English. Numbers, percentages, dates and
 * lists go through Intl, one format per locale; plurals through Intl.PluralRules.
 */
export const DOCUMENT_LOCALES = ['en', 'fr', 'es'] as const;
export type DocumentLocale = (typeof DOCUMENT_LOCALES)[number];

const CATALOGUES: Record<DocumentLocale, Catalogue> = { en, fr, es };

const isLocale = (s: unknown): s is DocumentLocale => DOCUMENT_LOCALES.includes(s as DocumentLocale);

/** The first supported language of an Accept-Language header, by quality. */
export function acceptedLocale(header: string | undefined): DocumentLocale | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .map((part, i) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.map((r) => r.trim()).find((r) => r.startsWith('q='));
      return { lang: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q.slice(2)) : 1, i };
    })
    .filter((e) => e.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return ranked.map((e) => e.lang).find(isLocale) ?? null;
}

/** The language of a document asked for by this request. */
export function documentLocale(request: {
  headers: FastifyRequest['headers'];
  auth?: { user: { locale: string } } | null;
}): DocumentLocale {
  const saved = request.auth?.user.locale;
  if (isLocale(saved)) return saved;
  const header = request.headers['accept-language'];
  return acceptedLocale(Array.isArray(header) ? header[0] : header) ?? 'en';
}

export type Params = Record<string, string | number>;

export interface DocumentFormatter {
  locale: DocumentLocale;
  /** A message of the catalogue with its parameters; numbers are formatted for the locale. */
  t(key: DocumentKey, params?: Params): string;
  /** A humanised enum value ("in_progress" never shows): the catalogue's label, else the words. */
  label(group: string, value: string): string;
  number(v: number, digits?: { min?: number; max?: number }): string;
  /** A share (0–1) as a percentage. */
  percent(share: number, maxDigits?: number): string;
  /** A percentage given in points (10 → "10 %"). */
  points(v: number): string;
  /** A signed difference, for "+1 since the baseline". */
  signed(v: number, digits?: number): string;
  /** An ISO date (YYYY-MM-DD) in the locale's long form. */
  date(iso: string): string;
  list(items: string[]): string;
  /** ":" and ";" as the locale writes them (French: a non-breaking space before). */
  colon: string;
  semicolon: string;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function nf(locale: DocumentLocale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

export function documentFormatter(locale: DocumentLocale): DocumentFormatter {
  const catalogue = CATALOGUES[locale];
  const plural = new Intl.PluralRules(locale);
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const lists = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const number = (v: number, digits: { min?: number; max?: number } = {}) =>
    nf(locale, { minimumFractionDigits: digits.min ?? 0, maximumFractionDigits: digits.max ?? 2 }).format(v);
  const t = (key: DocumentKey, params: Params = {}) => {
    const entry = catalogue[key] ?? en[key];
    let message: string;
    if (typeof entry === 'string') message = entry;
    else {
      const count = Number(params.count ?? 0);
      const form = plural.select(count) as 'one' | 'other' | 'many';
      message = entry[form] ?? entry.other;
    }
    return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const v = params[name];
      if (v === undefined) return whole;
      return typeof v === 'number' ? number(v) : v;
    });
  };
  return {
    locale,
    t,
    label(group, value) {
      const key = `${group}.${value}` as DocumentKey;
      if (key in catalogue || key in en) return t(key);
      return value.replace(/_/g, ' ');
    },
    number,
    percent: (share, maxDigits = 1) =>
      nf(locale, { style: 'percent', maximumFractionDigits: maxDigits }).format(share),
    points: (v) => nf(locale, { style: 'percent', maximumFractionDigits: 2 }).format(v / 100),
    signed: (v, digits = 0) =>
      nf(locale, {
        signDisplay: 'always',
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(v),
    date(iso) {
      const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
      return Number.isNaN(d.getTime()) ? iso : dates.format(d);
    },
    list: (items) => lists.format(items),
    colon: locale === 'fr' ? '\u00a0:' : ':',
    semicolon: locale === 'fr' ? '\u00a0;' : ';',
  };
}
