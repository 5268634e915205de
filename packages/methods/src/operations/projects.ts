/**
 * Projects of a cluster organisation (GIZ 001:3153–3214): four types with their typical financing,
 * four phases, and the checks a plan must pass.
 */
export const PROJECT_TYPES = [
  // the four characters of cluster projects and their prevailing financing source (001:3153–3157)
  { key: 'internal', financing: 'mainly_self_financed', source: '001:3154' },
  { key: 'cluster_development', financing: 'public_or_donor_funded', source: '001:3155' },
  { key: 'project_as_a_service', financing: 'various_sources', source: '001:3156' },
  { key: 'joint', financing: 'self_financed', source: '001:3157' },
] as const;
export type ProjectType = (typeof PROJECT_TYPES)[number]['key'];

export const PROJECT_PHASES = ['initiating', 'planning', 'implementing', 'monitoring_closing'] as const;
export type ProjectPhase = (typeof PROJECT_PHASES)[number];

/** Phases move forward one at a time (001:3192–3205); closing asks for lessons learned (001:3212). */
export function canEnterPhase(from: ProjectPhase, to: ProjectPhase): boolean {
  return PROJECT_PHASES.indexOf(to) === PROJECT_PHASES.indexOf(from) + 1;
}

/** Whether a date (YYYY-MM-DD) lies within the project's start and end, both included. */
export function withinProject(date: string, project: { startsOn: string; endsOn: string }): boolean {
  return date >= project.startsOn && date <= project.endsOn;
}

export interface BudgetLine {
  category: string;
  plannedCents: number;
  actualCents: number;
}

/** Budget vs actual by cost category, with the variance and the share spent. */
export function budgetVsActual(lines: readonly BudgetLine[]) {
  const by = new Map<string, { planned: number; actual: number }>();
  for (const l of lines) {
    const b = by.get(l.category) ?? { planned: 0, actual: 0 };
    b.planned += l.plannedCents;
    b.actual += l.actualCents;
    by.set(l.category, b);
  }
  const rows = [...by].map(([category, b]) => ({
    category,
    plannedCents: b.planned,
    actualCents: b.actual,
    varianceCents: b.planned - b.actual,
    spentShare: b.planned === 0 ? null : b.actual / b.planned,
  }));
  const planned = rows.reduce((a, r) => a + r.plannedCents, 0);
  const actual = rows.reduce((a, r) => a + r.actualCents, 0);
  return {
    rows,
    total: {
      plannedCents: planned,
      actualCents: actual,
      varianceCents: planned - actual,
      spentShare: planned ? actual / planned : null,
    },
  };
}
