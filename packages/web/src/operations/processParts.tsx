import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { PROCESS_STAGES, type ProcessStage } from '@agglomera/methods';
import { ApiError } from '../api';
import type { Process, ProcessBody } from './project-types';

// The shapes of a process, a PDCA cycle and a process body, generated from the API (project-types.ts).
export type { Cycle, Process, ProcessBody } from './project-types';

/** The body that keeps a process as it is, with some fields changed. */
export const bodyOf = (
  p: Pick<Process, 'kind' | 'name' | 'parentId' | 'owner' | 'purpose' | 'steps' | 'stage'>,
  change: Partial<ProcessBody> = {},
): ProcessBody => ({
  kind: p.kind,
  name: p.name,
  ...(p.parentId ? { parentId: p.parentId } : {}),
  owner: p.owner,
  purpose: p.purpose,
  steps: p.steps,
  stage: p.stage,
  ...change,
});

/** Where a process stands among the five steps of introducing process management, in words and dots. */
export function StageIndicator({ stage, testId }: { stage: ProcessStage; testId?: string }) {
  const { t } = useTranslation();
  const n = PROCESS_STAGES.indexOf(stage) + 1;
  return (
    <span className="stage-indicator" data-testid={testId}>
      <span className="stage-dots" aria-hidden="true">
        {PROCESS_STAGES.map((s, i) => (
          <span key={s} className={i < n ? 'dot filled' : 'dot'} />
        ))}
      </span>{' '}
      {t('processes.stepOf', { n, total: PROCESS_STAGES.length, stage: t(`processes.stages.${stage}`) })}
    </span>
  );
}

/** The name of a field the API names in its error details ("body.name", "doNotes"). */
export const fieldLabel = (t: TFunction, field: string) => {
  const key = field.replace(/^body\./, '');
  return t(`processes.field.${key}`, { defaultValue: key });
};

type Detail = { field: string; message: string };
const detailsOf = (error: unknown): Detail[] =>
  error instanceof ApiError && Array.isArray(error.details)
    ? (error.details as Detail[]).filter((d) => d && typeof d.field === 'string')
    : [];

/**
 * A refusal of the API, with the fields it names as a list. With `missing`, the list reads as the
 * fields still empty, under that introduction.
 */
export function ApiProblem({ error, missing }: { error: unknown; missing?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const details = detailsOf(error);
  const asMissing = missing && details.length > 0 && (error as ApiError).status === 409;
  return (
    <div role="alert" className="alert">
      <p className="problem-intro">{asMissing ? missing : (error as Error).message || t('error.generic')}</p>
      {details.length > 0 && (
        <ul>
          {details.map((d) => (
            <li key={d.field}>
              {asMissing && d.message === 'is empty'
                ? fieldLabel(t, d.field)
                : t('processes.fieldProblem', { field: fieldLabel(t, d.field), message: d.message })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
