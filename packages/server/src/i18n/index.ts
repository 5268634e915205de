import { IntlMessageFormat } from 'intl-messageformat';
import type { Catalogue } from './catalogue.js';
import { en } from './en.js';
import { fr } from './fr.js';
import { es } from './es.js';
import { withModules } from './modules.js';

/*
 * The server's words in English, French and Spanish (issue 12, item 9).
 *
 * Messages are keyed gettext style by their English source text, with numbered or named ICU
 * placeholders for the parts that vary: `An actor named "{0}" is already in the register`. A
 * catalogue maps each key to its translation, an ICU MessageFormat pattern (plurals, numbers).
 * English needs an entry only where the source text is not the whole story (plurals).
 *
 *   translate('fr', 'Actor not found')                       → "Acteur introuvable"
 *   translate('fr', '{0} rows refused', { 0: 3 })            → "3 lignes refusées"
 *   render('es', msg`An actor named "${name}" is ...`)       → the same, from a tagged template
 *
 * Values: numbers are formatted for the locale, dates with the locale's one date format, a
 * nested Message is rendered in the same locale, and `oneOf([...])` lists enum values in words.
 */

export const LOCALES = ['en', 'fr', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

export type { Catalogue };

const CATALOGUES: Record<Locale, Catalogue> = {
  en: withModules('en', en),
  fr: withModules('fr', fr),
  es: withModules('es', es),
};

/** A message to be rendered later, in the reader's language. */
export class Message {
  constructor(
    readonly key: string,
    readonly params?: Readonly<Record<string, unknown>>,
  ) {}
  /** The English rendering, for logs and string contexts. */
  toString(): string {
    return render('en', this);
  }
}

/** What an error or a notice says: an English text (its own key) or a Message with parameters. */
export type Text = string | Message;

/** Enum values to be listed in words: "supplier, customer or partner". */
export interface Choice {
  readonly oneOf: readonly string[];
  readonly conjunction?: 'or' | 'and';
}

export const isMessage = (v: unknown): v is Message => v instanceof Message;

/** A text the user wrote in several languages (a form's label or message), rendered in the reader's. */
export interface InLanguages {
  readonly inLanguages: Readonly<Record<string, string | undefined>> & { readonly en: string };
}
export const inLanguages = (t: InLanguages['inLanguages']): InLanguages => ({ inLanguages: t });
const isInLanguages = (v: unknown): v is InLanguages =>
  typeof v === 'object' && v !== null && typeof (v as InLanguages).inLanguages === 'object';

const isChoice = (v: unknown): v is Choice =>
  typeof v === 'object' && v !== null && Array.isArray((v as Choice).oneOf);

/** A message with parameters: `msg\`${field} names no actor\`` has the key "{0} names no actor". */
export function msg(strings: TemplateStringsArray, ...values: unknown[]): Message {
  let key = strings[0]!;
  const params: Record<string, unknown> = {};
  values.forEach((value, i) => {
    key += `{${i}}${strings[i + 1]!}`;
    params[i] = value;
  });
  return new Message(key, params);
}

/** Enum values in words, joined by "or" (the default) or "and". */
export const oneOf = (values: readonly string[], conjunction: 'or' | 'and' = 'or'): Choice => ({
  oneOf: values,
  conjunction,
});

/** One enum value in words: "in progress", "en cours". */
export const word = (value: string): Choice => ({ oneOf: [value] });

/** The best of en, fr and es for an Accept-Language header (by q-value, then order), else en. */
export function bestLocale(header: string | undefined | null): Locale {
  if (!header) return 'en';
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.map((r) => /^\s*q=([0-9.]+)\s*$/.exec(r)).find(Boolean);
      return { lang: tag.trim().toLowerCase().split('-')[0]!, q: q ? Number(q[1]) : 1, index };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return (ranked.find((r) => (LOCALES as readonly string[]).includes(r.lang))?.lang as Locale) ?? 'en';
}

export const asLocale = (value: unknown): Locale | null =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value) ? (value as Locale) : null;

/**
 * The language to answer a request in: the signed-in user's (users.locale), else the best of
 * Accept-Language, else English. Takes any request with `auth` and `headers` (a FastifyRequest).
 */
export function localeOf(request: {
  auth?: { user: { locale: string } } | null;
  headers: Record<string, string | string[] | undefined>;
}): Locale {
  const own = asLocale(request.auth?.user.locale);
  if (own) return own;
  const header = request.headers['accept-language'];
  return bestLocale(Array.isArray(header) ? header.join(',') : header);
}

const INTL_TAG: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES' };

/** The one number format of each language. */
export const formatNumber = (locale: Locale, n: number) =>
  // Groups from five digits on (12,500 but 2026), so that years and codes read as written.
  new Intl.NumberFormat(INTL_TAG[locale], { maximumFractionDigits: 2, useGrouping: 'min2' }).format(n);

/** The one date format of each language: "5 December 2026", "5 décembre 2026", "5 de diciembre de 2026". */
export const formatDate = (locale: Locale, d: Date | string) =>
  new Intl.DateTimeFormat(INTL_TAG[locale], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(typeof d === 'string' ? new Date(d) : d);

/** The one date-and-time format of each language. */
export const formatDateTime = (locale: Locale, d: Date | string) =>
  new Intl.DateTimeFormat(INTL_TAG[locale], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
    timeZoneName: 'short',
  }).format(typeof d === 'string' ? new Date(d) : d);

/** "in_progress" → "in progress": the English fallback for an enum value with no entry. */
const spelledOut = (value: string) =>
  value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();

/** An enum value in the words of a language. */
export const humanise = (locale: Locale, value: string): string =>
  CATALOGUES[locale].words[value] ?? CATALOGUES.en.words[value] ?? spelledOut(value);

/** Whether a language has words of its own for an enum value (tests). */
export const hasWords = (locale: Locale, value: string) => value in CATALOGUES[locale].words;

/**
 * French typography: a no-break space before ":" (U+00A0) and a narrow one before ";", "!", "?"
 * (U+202F), and «\u00a0guillemets\u00a0» for quotes. Applied to the French patterns only, so that
 * values (a URL, a time, a field path) are never changed.
 */
export function frenchTypography(pattern: string): string {
  return pattern
    .replace(/(\S)[ \u00a0\u202f]?:(?=\s|$)/g, '$1\u00a0:')
    .replace(/(\S)[ \u00a0\u202f]?([;!?])(?=\s|$|")/g, '$1\u202f$2')
    .replace(/"([^"]*)"/g, '«\u00a0$1\u00a0»');
}

const compiled = new Map<string, IntlMessageFormat | null>();

function compile(locale: Locale, pattern: string): IntlMessageFormat | null {
  const id = `${locale}\u0000${pattern}`;
  let format = compiled.get(id);
  if (format === undefined) {
    try {
      format = new IntlMessageFormat(pattern, INTL_TAG[locale], undefined, { ignoreTag: true });
    } catch {
      format = null;
    }
    compiled.set(id, format);
  }
  return format;
}

/** Whether a language has a translation of a message key (tests). */
export const hasTranslation = (locale: Locale, key: string) => key in CATALOGUES[locale].messages;

/** Every key a catalogue holds (tests). */
export const catalogueKeys = (locale: Locale) => Object.keys(CATALOGUES[locale].messages);

function valueFor(locale: Locale, value: unknown): unknown {
  if (value instanceof Date) return formatDate(locale, value);
  if (isChoice(value)) {
    const words = value.oneOf.map((v) => humanise(locale, v));
    return new Intl.ListFormat(INTL_TAG[locale], {
      type: value.conjunction === 'and' ? 'conjunction' : 'disjunction',
    }).format(words);
  }
  if (isMessage(value)) return render(locale, value);
  if (isInLanguages(value)) return value.inLanguages[locale] || value.inLanguages.en;
  if (Array.isArray(value)) return value.map((v) => String(valueFor(locale, v))).join(', ');
  return value ?? '';
}

/** A message key with its parameters in a language (falls back to English, then to the key). */
export function translate(locale: Locale, key: string, params?: Readonly<Record<string, unknown>>): string {
  const own = CATALOGUES[locale].messages[key];
  const source = own ?? CATALOGUES.en.messages[key] ?? key;
  const pattern = locale === 'fr' && own !== undefined ? frenchTypography(source) : source;
  const values: Record<string, unknown> = {};
  let usable = pattern;
  for (const [name, value] of Object.entries(params ?? {})) {
    const v = valueFor(locale, value);
    values[name] = v;
    // A bare {n} holding a number is written in the language's one number format.
    if (typeof v === 'number') {
      values[`${name}_n`] = formatNumber(locale, v);
      usable = usable.split(`{${name}}`).join(`{${name}_n}`);
    }
  }
  // Apostrophes are text, never ICU quoting ("'{0}' is not a date").
  const format = compile(locale, usable.replace(/'/g, "''"));
  if (format) {
    try {
      return String(format.format(values as Record<string, string | number>));
    } catch {
      // Falls through to plain substitution.
    }
  }
  return usable.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** A message (or a plain English text, taken as its own key) in a language. */
export function render(locale: Locale, message: Message | string): string {
  return typeof message === 'string'
    ? translate(locale, message)
    : translate(locale, message.key, message.params);
}
