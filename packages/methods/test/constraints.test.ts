import { describe, expect, it } from 'vitest';
import { ASSESSMENT_QUESTIONS, brokenPathwayStep, pathwayScore } from '../src/index.js';

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
  it('adds the three criteria without weights (the guide gives none)', () => {
    expect(pathwayScore({ abilityToAct: 4, expectedEffect: 5, partnerAvailability: 2 })).toBe(11);
  });
});

describe('rapid association assessment (000:92–115)', () => {
  it('has the questions of Table 2: two in part A, two in part B, four in part C', () => {
    expect(ASSESSMENT_QUESTIONS.map((q) => q.part).join('')).toBe('AABBCCCC');
    expect(ASSESSMENT_QUESTIONS[0]!.text).toBe(
      'Which services are crucial to improving company performance?',
    );
  });
});
