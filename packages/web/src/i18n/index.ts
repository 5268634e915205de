import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import fr from './locales/fr.json';
import es from './locales/es.json';
import goalsEn from './locales/strategy/goals.en.json';
import goalsFr from './locales/strategy/goals.fr.json';
import goalsEs from './locales/strategy/goals.es.json';
import actionPlanEn from './locales/strategy/action-plan.en.json';
import actionPlanFr from './locales/strategy/action-plan.fr.json';
import actionPlanEs from './locales/strategy/action-plan.es.json';
import documentsEn from './locales/strategy/documents.en.json';
import documentsFr from './locales/strategy/documents.fr.json';
import documentsEs from './locales/strategy/documents.es.json';

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
  // A module's words may live in its own files (locales/strategy/*), merged key by key.
  resources: {
    en: { translation: deepMerge(en, goalsEn, actionPlanEn, documentsEn) },
    fr: { translation: deepMerge(fr, goalsFr, actionPlanFr, documentsFr) },
    es: { translation: deepMerge(es, goalsEs, actionPlanEs, documentsEs) },
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
