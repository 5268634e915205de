import { describe, expect, it } from 'vitest';
import { PDCA_PHASES, PROCESS_STAGES, nextPdcaPhase, type PdcaCycle } from '../src/index.js';

const cycle = (over: Partial<PdcaCycle> = {}): PdcaCycle => ({
  phase: 'plan',
  problem: 'Applications wait three weeks',
  goal: 'Answer within one week',
  measures: 'Board decides by e-mail between meetings',
  doNotes: '',
  checkResult: '',
  ...over,
});

describe('process management (GIZ 001:3232–3305)', () => {
  it('has the five steps of introducing process management and the four PDCA phases in order', () => {
    expect(PROCESS_STAGES).toEqual(['modelled', 'target', 'documented', 'implemented', 'optimised']);
    expect(PDCA_PHASES).toEqual(['plan', 'do', 'check', 'act']);
  });

  it('moves PLAN → DO → CHECK → ACT only when the phase is written down', () => {
    expect(nextPdcaPhase(cycle())).toEqual({ next: 'do', missing: [] });
    expect(nextPdcaPhase(cycle({ goal: ' ', measures: '' }))).toEqual({
      next: null,
      missing: ['goal', 'measures'],
    });
    expect(nextPdcaPhase(cycle({ phase: 'do' }))).toEqual({ next: null, missing: ['doNotes'] });
    expect(nextPdcaPhase(cycle({ phase: 'do', doNotes: 'Tried for two applicants' }))).toEqual({
      next: 'check',
      missing: [],
    });
    expect(nextPdcaPhase(cycle({ phase: 'check' }))).toEqual({ next: null, missing: ['checkResult'] });
    expect(nextPdcaPhase(cycle({ phase: 'check', checkResult: 'Both answered in 5 days' }))).toEqual({
      next: 'act',
      missing: [],
    });
    // ACT ends with a decision, not with a next phase.
    expect(nextPdcaPhase(cycle({ phase: 'act' }))).toEqual({ next: null, missing: [] });
  });
});
