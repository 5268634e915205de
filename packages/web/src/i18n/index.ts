import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import fr from './locales/fr.json';
import es from './locales/es.json';

/**
 * A module's words live in its own files, `locales/<module>/<part>.<lng>.json`, each holding its own
 * top-level keys (or adding to a shared namespace such as `audit.actions`); all are merged key by
 * key over the main file, so slices of work never edit the same file.
 */
const moduleFiles = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json', {
  eager: true,
});
const moduleWords = (lng: string) =>
  Object.keys(moduleFiles)
    .filter((path) => path.endsWith(`.${lng}.json`))
    .sort()
    .map((path) => moduleFiles[path]!.default);

export const LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'fr', label: 'Français' },
  { code: 'es', label: 'Español' },
] as const;

type Tree = { [key: string]: unknown };
const isTree = (v: unknown): v is Tree => typeof v === 'object' && v !== null && !Array.isArray(v);
/** The catalogues merged key by key: a module file may add to a namespace another file holds. */
function deepMerge(...trees: Tree[]): Tree {
  const out: Tree = {};
  for (const tree of trees)
    for (const [k, v] of Object.entries(tree))
      out[k] = isTree(v) && isTree(out[k]) ? deepMerge(out[k] as Tree, v) : v;
  return out;
}

const stored = typeof localStorage !== 'undefined' ? localStorage.getItem('agglomera.lang') : null;
const browser = typeof navigator !== 'undefined' ? navigator.language.slice(0, 2) : 'en';
const initial = [stored, browser].find((l) => l && LANGUAGES.some((x) => x.code === l)) ?? 'en';

/**
 * Browser tests switch on `agglomera.i18nCheck` to list, in `window.__i18nMissing`, every key a
 * screen asked for that the current language lacks (shown through the English fallback or raw).
 */
const checkMissing =
  typeof localStorage !== 'undefined' && localStorage.getItem('agglomera.i18nCheck') === '1';
const missing = new Set<string>();
if (checkMissing) (window as unknown as { __i18nMissing: Set<string> }).__i18nMissing = missing;
i18n.use({
  type: 'postProcessor',
  name: 'missingCheck',
  process(value: string, keys: string | string[], options: Record<string, unknown>) {
    const lng = (options.lng as string | undefined) ?? i18n.language;
    const key = Array.isArray(keys) ? keys[0]! : keys;
    // A key the current language lacks while English has it, or a key no language has and no
    // default text stands in for (texts the server sends come with their own default).
    if (
      !i18n.exists(keys, { ...options, lng, fallbackLng: [] }) &&
      (options.defaultValue === undefined || i18n.exists(keys, { ...options, lng: 'en', fallbackLng: [] }))
    )
      missing.add(`${lng}:${key}`);
    return value;
  },
});

void i18n.use(initReactI18next).init({
  // The main file, then every module file (locales/<module>/*), merged key by key.
  resources: {
    en: { translation: deepMerge(en, ...moduleWords('en')) },
    fr: { translation: deepMerge(fr, ...moduleWords('fr')) },
    es: { translation: deepMerge(es, ...moduleWords('es')) },
  },
  lng: initial,
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  ...(checkMissing ? { postProcess: ['missingCheck'] } : {}),
});

const syncHtmlLang = (lng: string) => {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
};
syncHtmlLang(initial);
i18n.on('languageChanged', (lng) => {
  syncHtmlLang(lng);
  localStorage.setItem('agglomera.lang', lng);
});

export const formatDateTime = (value: string | Date, lng: string) =>
  new Intl.DateTimeFormat(lng, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
export const formatNumber = (value: number, lng: string, digits = 0) =>
  new Intl.NumberFormat(lng, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);

export default i18n;
/** A calendar day (YYYY-MM-DD) in the reader's one date format, without a time-zone shift. */
export const formatDate = (day: string, lng: string) =>
  new Intl.DateTimeFormat(lng, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${day.slice(0, 10)}T00:00:00Z`),
  );
