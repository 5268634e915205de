import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { patch, put } from '../api';
import { useApi } from '../useApi';
import { Form, FormField, useForm } from '../layout/forms';
import type { Actor } from './constants';

const VOTES = [1, 2, 3] as const;

/**
 * The moderator's part of the needs ranking (GIZ: the key actors' demands "identified and ranked"
 * in "a third-party moderated process"): the votes of a key actor from a workshop, entered for that
 * actor; and whether the cluster team votes too (the platform's choice, off by default).
 */
export function NeedsWorkshop({
  workspaceId,
  survey,
  onSaved,
}: {
  workspaceId: string;
  survey: { id: string; team_votes: boolean; needs: { id: string; title: string }[] };
  onSaved(notice: string): Promise<unknown>;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const actors = useApi<{ actors: Actor[] }>(`/workspaces/${workspaceId}/actors?limit=500`);
  const [actorId, setActorId] = useState('');
  const [ballot, setBallot] = useState<Record<string, number>>({});
  const url = `/workspaces/${workspaceId}/needs-surveys/${survey.id}`;
  return (
    <section className="panel" aria-labelledby="workshop-title">
      <h2 id="workshop-title" className="h-small">
        {t('needs.workshop.title')}
      </h2>
      <p className="small muted">{t('needs.workshop.intro')}</p>
      <Form
        form={form}
        aria-labelledby="workshop-title"
        data-testid="needs-workshop"
        onSubmit={() =>
          form.submit(
            () =>
              put(`${url}/tallies`, {
                actorId,
                votes: Object.entries(ballot).map(([needId, vote]) => ({ needId, vote })),
              }),
            null,
            async () => {
              setBallot({});
              await onSaved(t('needs.workshop.saved'));
            },
          )
        }
      >
        <FormField name="actorId" label={t('needs.workshop.actor')}>
          <select required value={actorId} onChange={(e) => setActorId(e.target.value)}>
            <option value="">—</option>
            {actors.data?.actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </FormField>
        {survey.needs.map((n) => (
          <fieldset key={n.id} className="vote">
            <legend>{n.title}</legend>
            {VOTES.map((v) => (
              <label key={v} className="checkbox">
                <input
                  type="radio"
                  name={`tally-${n.id}`}
                  checked={ballot[n.id] === v}
                  onChange={() => setBallot({ ...ballot, [n.id]: v })}
                />
                {t(`needs.votes.${v}`)}
              </label>
            ))}
          </fieldset>
        ))}
        <button type="submit" disabled={form.busy || !Object.keys(ballot).length}>
          {t('needs.workshop.submit')}
        </button>
      </Form>
      <label className="inline">
        <input
          type="checkbox"
          checked={survey.team_votes}
          onChange={async (e) => {
            await patch(url, { teamVotes: e.target.checked });
            await onSaved(t('needs.teamVotes.saved'));
          }}
        />{' '}
        {t('needs.teamVotes.label')}
      </label>
      <p className="small muted">{t('needs.teamVotes.hint')}</p>
    </section>
  );
}
