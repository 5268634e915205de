import { describe, expect, it } from 'vitest';
import { findSeeds, loadSeeds } from '../../../scripts/check-citations.mjs';
import {
  GIZ_STAGES,
  STAGES,
  UNIDO_PHASES,
  BLUEPRINT_STEPS,
  checklistProgress,
  keyQuestionIndex,
  nextStage,
  stageDefinition,
} from '../src/index.js';

describe('GIZ maturity stages (001:1130–1150)', () => {
  it('has the four stages in order with 10/10/10/8 key questions', () => {
    expect(GIZ_STAGES.map((s) => s.id)).toEqual([...STAGES]);
    expect(GIZ_STAGES.map((s) => s.keyQuestions.length)).toEqual([10, 10, 10, 8]);
  });

  it('cites each key question on consecutive seed lines', () => {
    const init = stageDefinition('initiation');
    expect(init.keyQuestions[0]).toMatchObject({
      id: 'initiation.1',
      text: 'What do we want to achieve through the cluster approach?',
      source: '001_2b00e659d173dc60.txt:1202',
    });
    expect(stageDefinition('transformation').keyQuestions[7]!.source).toBe('001_2b00e659d173dc60.txt:4136');
  });

  it('gives every stage numbered steps, each with at least one tool', () => {
    for (const s of GIZ_STAGES) {
      expect(s.steps.map((st) => st.number)).toEqual(s.steps.map((_, i) => i + 1));
      for (const st of s.steps) expect(st.tools.length).toBeGreaterThan(0);
    }
    expect(stageDefinition('initiation').steps[0]!.tools.map((t) => t.id)).toEqual([
      'cluster-mapping',
      'value-chain-mapping',
      'swot',
    ]);
  });

  it('moves to the next stage and stops after transformation', () => {
    expect(nextStage('initiation')).toBe('establishment');
    expect(nextStage('operationalisation')).toBe('transformation');
    expect(nextStage('transformation')).toBeNull();
  });

  it('indexes 38 key questions and measures checklist progress', () => {
    expect(keyQuestionIndex().size).toBe(38);
    expect(
      checklistProgress('initiation', new Set(['initiation.1', 'initiation.4', 'establishment.1'])),
    ).toEqual({
      done: 2,
      total: 10,
    });
  });
});

const seedsDir = findSeeds();

describe('UNIDO phases and MarketMakers blueprint', () => {
  it('has six phases and nine steps', () => {
    expect(UNIDO_PHASES).toHaveLength(6);
    expect(UNIDO_PHASES[1]!.note).toMatch(/by mistake/);
    expect(BLUEPRINT_STEPS.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  // 000:143 "Step 7: Step backwards, sit down and take a back seat. [...] continuous financial and
  // non-financial support from the initiative was 'off the table' [...] Cash injections [...] scale
  // down"; 000:145 "Step 8: Observe equilibrium and re-engagement. [...] ring-fenced funding [...]
  // Funding support was expressly not to be used for the C/MA's operations and recurrent costs".
  it('names and cites each blueprint step at its heading in the seed (000:123–155)', () => {
    expect(BLUEPRINT_STEPS.map((s) => Number(s.source.split(':')[1]))).toEqual([
      123, 127, 129, 133, 137, 139, 143, 145, 155,
    ]);
    const seven = BLUEPRINT_STEPS[6]!;
    expect(seven.name).toBe('Step backwards, sit down and take a back seat');
    expect(seven.note).toMatch(/off the table/);
    expect(seven.note).toMatch(/scale down/);
    expect(seven.note).not.toMatch(/recurrent/);
    const eight = BLUEPRINT_STEPS[7]!;
    expect(eight.name).toBe('Observe equilibrium and re-engagement');
    expect(eight.note).toMatch(/ring-fenced/);
    expect(eight.note).toMatch(/not for the operations and recurrent costs/);
  });

  it.skipIf(!seedsDir)('reads each step name at the cited line of the seed', () => {
    const seed = loadSeeds(seedsDir!).get('000')!;
    for (const s of BLUEPRINT_STEPS) {
      const line = seed.lines[Number(s.source.split(':')[1]) - 1]!.replace(/[*#]/g, '').trim();
      expect(line.startsWith(`Step ${s.number}: ${s.name}`)).toBe(true);
    }
  });
});
