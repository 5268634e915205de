/** Types of scripts/check-citations.mjs, for the test that keeps the citation check. */
export const repoRoot: string;
export function findSeeds(root?: string): string | null;
export function loadSeeds(dir: string): Map<string, { file: string; lines: string[] }>;
export function citationsIn(
  text: string,
  knownSeeds: Map<string, unknown>,
): { seed: string; line: number; lines: number[]; text: string }[];
export function repoFiles(root?: string): string[];
export function checkCitations(root?: string): { checked: number; problems: string[] } | null;
