import { describe, expect, it } from 'vitest';
import {
  ASSESSMENT_PREAMBLES,
  ASSESSMENT_QUESTIONS,
  PATHWAY_CRITERIA,
  questionOpen,
  brokenPathwayStep,
  pathwayScore,
} from '../src/index.js';

describe('constraint pathways (000:50–64)', () => {
  const links = [
    { causeId: 'no-collaboration', effectId: 'no-training-provider' },
    { causeId: 'no-training-provider', effectId: 'skills-gap' },
  ];
  it('accepts a pathway that follows cause → effect links and names the first broken step', () => {
    expect(brokenPathwayStep(['no-collaboration', 'no-training-provider', 'skills-gap'], links)).toBeNull();
    expect(brokenPathwayStep(['no-collaboration', 'skills-gap'], links)).toBe(0);
    expect(brokenPathwayStep(['skills-gap', 'no-training-provider'], links)).toBe(0);
  });
  // 000:54: "It selected those for which it felt most able to act and where a meaningful positive
  // youth employment effect was most likely to result in the medium-term to long-term. The
  // initiative's ability to act was, in part, characterised by the presence or otherwise of quality
  // partnership options".
  it('prioritises on the two criteria of 000:54, partners counted within ability to act', () => {
    expect(PATHWAY_CRITERIA).toEqual(['abilityToAct', 'expectedEffect']);
    expect(pathwayScore({ abilityToAct: 4, expectedEffect: 5 })).toBe(9);
  });
});

describe('rapid association assessment (000:92–115)', () => {
  it('has the questions of Table 2: two in part A, two in part B, four in part C', () => {
    expect(ASSESSMENT_QUESTIONS.map((q) => q.part).join('')).toBe('AABBCCCC');
    expect(ASSESSMENT_QUESTIONS[0]!.text).toBe(
      'Which services are crucial to improving company performance?',
    );
  });

  it('opens part C only once partnering is deemed unrealistic or undesirable by a side (000:110)', () => {
    expect(ASSESSMENT_PREAMBLES.C.text).toMatch(/^If partnering with existing C\/MAs .* then investigate:$/);
    expect(ASSESSMENT_PREAMBLES.C.source).toMatch(/:110$/);
    expect(questionOpen('A', { sides: [] })).toBe(true);
    expect(questionOpen('B', { sides: [] })).toBe(true);
    expect(questionOpen('C', { sides: [] })).toBe(false);
    expect(questionOpen('C', { sides: ['associations'] })).toBe(true);
  });
});
