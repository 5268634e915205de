/** The strategy screens' shapes of the API's answers and the roles that edit (issue 13). */
export type Kind = 'objective' | 'initiative' | 'measure';
export interface Element {
  id: string;
  kind: Kind;
  parentId: string | null;
  title: string;
  description: string;
  goalId: string | null;
  goal: string | null;
}
export interface Summary {
  id: string;
  version: number;
  title: string;
  status: 'draft' | 'agreed' | 'superseded';
  basedOnId: string | null;
  agreedOn: string | null;
  agreedBy: string;
}
export interface Strategy extends Summary {
  vision: string;
  components: Record<string, string>;
  realignmentNotes: string;
  updatedAt: string;
  elements: Element[];
}
export interface Versions {
  strategies: Summary[];
  components: { id: string; text: string; source: string }[];
}
export interface Change {
  what: 'vision' | 'component' | 'element';
  key: string;
  path: string[];
  change: 'added' | 'removed' | 'changed';
  before: string | null;
  after: string | null;
}

export const TEAM = ['owner', 'manager', 'staff'];
export const MANAGERS = ['owner', 'manager'];
