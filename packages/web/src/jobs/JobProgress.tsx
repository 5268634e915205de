import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get } from '../api';
import type { ApiGet } from '../api/types';

/** A job as `GET /workspaces/:id/jobs/:jobId` returns it (server: jobs/jobs.schemas.ts). */
export type Job = ApiGet<'/workspaces/{workspaceId}/jobs/{jobId}'>;

const POLL_MS = 400;

/**
 * Follows a job that a route answered with (202 and its id) until it is done: `track` resolves
 * with what the route answered before the work moved off the request, and `job` holds the
 * progress to show meanwhile.
 */
export function useJob() {
  const [job, setJob] = useState<Job | null>(null);
  const track = useCallback(async <T,>(workspaceId: string, jobId: string): Promise<T> => {
    for (;;) {
      const current = await get<Job>(`/workspaces/${workspaceId}/jobs/${jobId}`);
      setJob(current);
      if (current.state === 'done') {
        setJob(null);
        return current.result as T;
      }
      if (current.state === 'failed') {
        setJob(null);
        throw new Error(current.error || current.summary);
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }, []);
  return { job, track };
}

/** A progress bar for a job under way, announced politely to screen readers. */
export function JobProgress({ job }: { job: Job | null }) {
  const { t } = useTranslation();
  if (!job) return null;
  const text =
    job.state === 'queued'
      ? t('jobs.queued', { kind: t(`jobs.kind.${job.kind}`) })
      : t('jobs.progress', { kind: t(`jobs.kind.${job.kind}`), done: job.done, total: job.total });
  return (
    <div role="status" aria-live="polite" className="job-progress" data-testid="job-progress">
      <progress value={job.done} max={Math.max(job.total, 1)} aria-label={text} />
      <span className="small">{text}</span>
    </div>
  );
}
