export interface KeyQuestionState {
  id: string;
  number: number;
  text: string;
  source: string;
  checked: boolean;
  answer: string;
  evidence: string;
  updatedAt: string | null;
  updatedBy: string | null;
}

export interface ToolState {
  id: string;
  name: string;
  module: string;
  available: boolean;
  /** The tool's screen under the workspace, when it has one. */
  screen: string | null;
}

export interface StageState {
  id: string;
  name: string;
  source: string;
  keyQuestions: KeyQuestionState[];
  steps: { id: string; number: number; question: string; source: string; tools: ToolState[] }[];
}

export interface LifecycleState {
  stage: string;
  unidoPhase: number;
  blueprintStep: number | null;
  stages: StageState[];
  alignment: Record<string, { unidoPhases: number[]; blueprintSteps: number[] }>;
  /** Each phase with the screens that serve it, as paths under the workspace (may be empty). */
  unidoPhases: { number: number; name: string; source: string; note?: string; screens: string[] }[];
  blueprintSteps: { number: number; name: string; source: string; screens: string[] }[];
  changes: {
    id: string;
    field: 'stage' | 'unido_phase' | 'blueprint_step';
    from_value: string | null;
    to_value: string | null;
    reason: string;
    changed_at: string;
    changed_by_name: string | null;
  }[];
}
