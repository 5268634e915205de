import { describe, expect, it } from 'vitest';
import { en } from '../src/i18n/documents/en.js';
import { fr } from '../src/i18n/documents/fr.js';
import { es } from '../src/i18n/documents/es.js';
import { FIELDS_OF_ACTION_TEMPLATE, VALUE_CHAIN_TEMPLATES } from '@agglomera/methods';
import { TEMPLATE_TEXTS, templateText } from '../src/i18n/documents/templates.js';
import { acceptedLocale, documentFormatter, documentLocale } from '../src/i18n/documents.js';

const strings = (c: Record<string, unknown>) =>
  Object.values(c).flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v as object)));

describe('document catalogue', () => {
  it('has every English key in French and Spanish, with the same parameters', () => {
    for (const c of [fr, es]) {
      expect(Object.keys(c).sort()).toEqual(Object.keys(en).sort());
      for (const [k, v] of Object.entries(en)) {
        const params = (s: unknown) => [...JSON.stringify(s).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        expect(new Set(params(c[k as keyof typeof en])), k).toEqual(new Set(params(v)));
      }
    }
  });

  it('writes French with a non-breaking space before : ; ? ! and %', () => {
    for (const s of strings(fr))
      expect(s.replace(/https?:\/\/\S+/g, ''), s).not.toMatch(/(^|[^\u00a0\u202f])[:;?!%]/);
  });

  it('chooses the plural by Intl.PluralRules and formats numbers and dates per locale', () => {
    const e = documentFormatter('en');
    expect(e.t('diagnostic.network.groups', { count: 1 })).toBe('1 separate group');
    expect(e.t('diagnostic.network.groups', { count: 2 })).toBe('2 separate groups');
    expect(e.t('diagnostic.actors.total', { count: 1200 })).toBe('1,200 actors');
    expect(e.date('2025-03-01')).toBe('March 1, 2025');
    const f = documentFormatter('fr');
    expect(f.t('diagnostic.actors.total', { count: 1 })).toBe('1 acteur');
    expect(f.t('diagnostic.actors.total', { count: 1200 })).toBe('1\u202f200 acteurs');
    expect(f.percent(0.195)).toBe('19,5\u00a0%');
    expect(f.date('2025-03-01')).toBe('1 mars 2025');
    const s = documentFormatter('es');
    expect(s.t('diagnostic.network.ties', { count: 1 })).toBe('1 vínculo');
    expect(s.date('2025-03-01')).toBe('1 de marzo de 2025');
    expect(s.label('level', 'outcomes')).toBe('Efectos');
    // An enum value missing from the catalogue is still shown in words, not as a key.
    expect(e.label('measureStatus', 'in_progress')).toBe('in progress');
  });

  it('takes the saved language, else Accept-Language, else English', () => {
    expect(acceptedLocale('de-DE,es;q=0.8,fr;q=0.9')).toBe('fr');
    expect(documentLocale({ headers: { 'accept-language': 'es-MX' } })).toBe('es');
    expect(documentLocale({ headers: { 'accept-language': 'es' }, auth: { user: { locale: 'fr' } } })).toBe(
      'fr',
    );
    expect(documentLocale({ headers: {} })).toBe('en');
  });

  it('translates every text of the value chain templates and of the GIZ example matrix', () => {
    const texts = [
      ...Object.values(VALUE_CHAIN_TEMPLATES).flatMap((t) => t.stages.map((s) => s.name)),
      ...FIELDS_OF_ACTION_TEMPLATE.flatMap((o) => [o.objective, ...o.fields]),
    ];
    for (const text of texts) {
      expect(TEMPLATE_TEXTS[text], text).toBeDefined();
      expect(TEMPLATE_TEXTS[text]!.fr, text).toBeTruthy();
      expect(TEMPLATE_TEXTS[text]!.es, text).toBeTruthy();
    }
    expect(templateText('fr', 'Procurement')).toBe('Achats');
    expect(templateText('en', 'Procurement')).toBe('Procurement');
    for (const { fr: text } of Object.values(TEMPLATE_TEXTS))
      expect(text, text).not.toMatch(/(^|[^\u00a0\u202f])[:;?!%]/);
  });
});
