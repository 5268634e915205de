import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TIE_TYPES } from '../src/index.js';

/**
 * Where a rule is the platform's own, the screens say so in the three languages (issue 16):
 * "the platform's choice; the guide gives no rule".
 */
const locale = (lang: 'en' | 'fr' | 'es') =>
  JSON.parse(
    readFileSync(new URL(`../../web/src/i18n/locales/${lang}.json`, import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
const get = (o: unknown, path: string): string =>
  path.split('.').reduce((v, k) => (v as Record<string, unknown>)[k], o) as string;
const PLATFORM_CHOICE = {
  en: "the platform's choice; the guide gives no rule",
  fr: 'le choix de la plateforme ; le guide ne donne pas de règle',
  es: 'la elección de la plataforma; la guía no da ninguna regla',
} as const;
function expectLabelledAsPlatform(key: string) {
  for (const lang of ['en', 'fr', 'es'] as const)
    expect(get(locale(lang), key)).toContain(PLATFORM_CHOICE[lang]);
}

describe("the platform's own rules are labelled as such", () => {
  // 002:345: "Those CDAs conducted cluster diagnostic studies as well as a social network analysis
  // (SNA)." The guide names the tool, not the kinds of tie.
  it('tie types are the platform’s list (UNIDO 002:345 names social network analysis only)', () => {
    expect(TIE_TYPES).toEqual(['cooperation', 'supply', 'information', 'joint_action']);
    expectLabelledAsPlatform('tieTypeNote');
  });

  // 000:54: "It selected those for which it felt most able to act and where a meaningful positive
  // youth employment effect was most likely to result in the medium-term to long-term."
  it('the scale and sum of the pathway criteria are the platform’s (000:54 gives two criteria, no scale)', () => {
    expectLabelledAsPlatform('constraints.scoreNote');
  });

  // 001:3838: "Comparing self-assessment by cluster manager and member feedback → Match or
  // mismatch?" — the question, without a rule for the answer.
  it('the match of the two portfolios is labelled the platform’s rule (001:3838)', () => {
    expectLabelledAsPlatform('servicePortfolio.matchRule');
    expect(get(locale('en'), 'servicePortfolio.intro')).toMatch(/GIZ guide/);
  });

  // 000:197: "C/MA business plans should better determine how members benefit more than nonmembers."
  it('the member-price warning is labelled the platform’s check (000:197)', () => {
    expectLabelledAsPlatform('services.memberPriceWarning');
    expectLabelledAsPlatform('services.memberPriceRule');
  });

  // 004:532: "Who will pay, and how much are they willing to pay?"
  it('the checklist keeps "willing to pay" in the three languages (004:532)', () => {
    expect(get(locale('en'), 'services.checks.who_pays')).toMatch(/willing to pay/);
    expect(get(locale('fr'), 'services.checks.who_pays')).toMatch(/prêts à payer/);
    expect(get(locale('es'), 'services.checks.who_pays')).toMatch(/dispuesto a pagar/);
  });

  // 001:1313: "(e. g. raw material provider or machinery manufacturer)" — examples, not a chain.
  it('the cluster value-chain template is labelled the platform’s (001:1313)', () => {
    expectLabelledAsPlatform('valueChain.templateNotes.cluster');
    expect(get(locale('en'), 'valueChain.templates.firm')).toMatch(/Firm-level/);
  });

  // 001:3654: "The benchmarking process should be conducted by impartial experts." — who conducts
  // and the sign-off are shown; signing and the smallest field offered are the platform's.
  it('benchmarking says who conducted it, labels the sign-off and the field rule the platform’s (001:3654, 3641)', () => {
    expectLabelledAsPlatform('benchmarking.signRule');
    expectLabelledAsPlatform('benchmarking.fieldHint');
    expect(get(locale('en'), 'benchmarking.conducted.external')).toBe('External assessor');
    expect(get(locale('en'), 'benchmarking.fieldHint')).toContain('peers in the same field of activity');
    expect(get(locale('en'), 'benchmarking.impartial')).toMatch(/impartial experts/);
  });

  // 001:3690, 3698, 3716, 3723, 3732, 3738: the six ECEI groups, named in full on screen.
  it('the benchmarking groups carry the guide’s names in full', () => {
    expect(get(locale('en'), 'benchmarking.group')).toEqual({
      structure: 'Structure of the Cluster',
      management: 'Cluster management organisation (strategy and governance)',
      financing: 'Financing',
      services: 'Range of services and activities of the cluster management organisation',
      integration: 'Integration and interaction with the cluster actors',
      results: 'Result generation, impacts and visibility',
    });
    for (const lang of ['fr', 'es'] as const)
      expect(Object.keys(get(locale(lang), 'benchmarking.group'))).toHaveLength(6);
  });

  it('screens name the guides in words, never a seed file number', () => {
    for (const lang of ['en', 'fr', 'es'] as const)
      expect(JSON.stringify(locale(lang))).not.toMatch(/\b00[0-4](:|_[0-9a-f]+\.txt)/);
  });
});
