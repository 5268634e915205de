import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findSeeds } from '../../../scripts/check-citations.mjs';
import {
  CANVAS_BLOCKS,
  CANVAS_BLOCK_KEYS,
  INTERNATIONALISATION_QUESTIONS,
  INTERNATIONALISATION_STEPS,
  ROADMAP_LANES,
  ROADMAP_LANE_TEXT,
  addMonthsIso,
  emptyCanvasBlocks,
  laneRows,
  nextReview,
  roadmapItemProblems,
  roadmapSpanProblems,
} from '../src/index.js';

/** The seed line a `001:1652`-style source points at, when the seeds are beside the repository. */
const seeds = findSeeds();
const seedLine = (source: string) => {
  const [seed, line] = source.split(':') as [string, string];
  const file = readdirSync(seeds!).find((f) => f.startsWith(`${seed}_`))!;
  return readFileSync(`${seeds}/${file}`, 'utf8').split('\n')[Number(line) - 1]!;
};

describe('the cluster business canvas (GIZ 001:1647–1653)', () => {
  it('has ten blocks with two or three guiding questions each, 21 in all', () => {
    expect(CANVAS_BLOCKS).toHaveLength(10);
    expect(new Set(CANVAS_BLOCK_KEYS).size).toBe(10);
    expect(CANVAS_BLOCKS.map((b) => b.questions.length)).toEqual([2, 2, 2, 2, 2, 2, 2, 2, 3, 2]);
  });

  it.skipIf(!seeds)('quotes each block and question word for word from its seed line', () => {
    for (const b of CANVAS_BLOCKS) {
      const line = seedLine(b.source);
      expect(line).toContain(`${b.title} <ul`);
      for (const q of b.questions) expect(line).toContain(q);
    }
    expect(seedLine('001:1651')).toMatch(/NAME\s+CLUSTER ORGANISATION\s+DATE/);
  });

  it('lists the blocks a version leaves empty, blanks counting as empty', () => {
    expect(emptyCanvasBlocks({ memberSegments: 'SMEs', keyPartners: '  ' })).toEqual(
      CANVAS_BLOCK_KEYS.filter((k) => k !== 'memberSegments'),
    );
  });
});

describe('visual roadmaps (GIZ 001:4316–4321)', () => {
  it('has the four aspects in the guide’s order', () => {
    expect(ROADMAP_LANES).toEqual(['drivers', 'technologies', 'topic', 'effects']);
    expect(ROADMAP_LANE_TEXT.drivers.title).toBe('Socio-economic factors of influence');
  });

  it.skipIf(!seeds)('quotes each aspect from its seed line', () => {
    for (const lane of ROADMAP_LANES) {
      const { title, about, source } = ROADMAP_LANE_TEXT[lane];
      expect(seedLine(source)).toContain(`**${title}** (${about})`);
    }
  });

  it('checks a roadmap’s span: bounds, order and length', () => {
    expect(roadmapSpanProblems(2026, 2030)).toEqual([]);
    expect(roadmapSpanProblems(2030, 2026)).toEqual([{ field: 'toYear', problem: 'before_start' }]);
    expect(roadmapSpanProblems(2026, 2060)).toEqual([{ field: 'toYear', problem: 'too_long' }]);
    expect(roadmapSpanProblems(2026, 2055)).toEqual([]);
    expect(roadmapSpanProblems(1200, 2026)).toEqual([{ field: 'fromYear', problem: 'out_of_range' }]);
  });

  it('keeps an item’s years inside its roadmap, start before end', () => {
    const span = { fromYear: 2026, toYear: 2030 };
    expect(roadmapItemProblems({ startYear: 2026, endYear: 2030 }, span)).toEqual([]);
    expect(roadmapItemProblems({ startYear: 2025, endYear: 2031 }, span)).toEqual([
      { field: 'startYear', problem: 'outside_roadmap' },
      { field: 'endYear', problem: 'outside_roadmap' },
    ]);
    expect(roadmapItemProblems({ startYear: 2029, endYear: 2027 }, span)).toEqual([
      { field: 'endYear', problem: 'before_start' },
    ]);
  });

  it('stacks bars of a lane in rows so that none covers another', () => {
    // A 2026–2028, B 2027–2027 (overlaps A), C 2029–2030 (after A), D 2028–2029 (overlaps A and C).
    const { rows, count } = laneRows([
      { startYear: 2026, endYear: 2028 },
      { startYear: 2027, endYear: 2027 },
      { startYear: 2029, endYear: 2030 },
      { startYear: 2028, endYear: 2029 },
    ]);
    expect(rows).toEqual([0, 1, 0, 1]);
    expect(count).toBe(2);
    expect(laneRows([])).toEqual({ rows: [], count: 1 });
  });
});

describe('the internationalisation strategy (ECCP 004:595–653)', () => {
  it('has three steps and three analysis questions', () => {
    expect(INTERNATIONALISATION_STEPS).toEqual(['diagnostics', 'choice', 'action']);
    expect(INTERNATIONALISATION_QUESTIONS.map((q) => q.source)).toEqual(['004:621', '004:622', '004:623']);
  });

  it.skipIf(!seeds)('quotes the questions word for word', () => {
    for (const q of INTERNATIONALISATION_QUESTIONS) expect(seedLine(q.source)).toContain(q.text);
  });

  it('adds months, keeping the day or taking the month’s last', () => {
    expect(addMonthsIso('2026-01-15', 3)).toBe('2026-04-15');
    expect(addMonthsIso('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonthsIso('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonthsIso('2026-12-01', 1)).toBe('2027-01-01');
  });

  it('dates the next review from the last review, else from the day the strategy was written', () => {
    expect(nextReview(6, null, '2026-01-10', '2026-05-01')).toEqual({
      nextReviewOn: '2026-07-10',
      due: false,
    });
    expect(nextReview(3, '2026-02-01', '2025-01-10', '2026-05-01')).toEqual({
      nextReviewOn: '2026-05-01',
      due: true,
    });
    expect(nextReview(3, '2026-02-01', '2025-01-10', '2026-04-30').due).toBe(false);
  });
});
