import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { post } from '../../api';
import { Form, FormField, useForm, useFieldError } from '../../layout/forms';
import { formatDateTime } from '../../i18n';
import type { Exercise } from './types';

/**
 * The decision of a selection: one or several candidates chosen by the deciding body, with the
 * reason (IDB funded several plans per round); a candidate knocked out by a threshold cannot be
 * chosen (the GIZ guide's "indicators and thresholds").
 */
export function SelectionDecision({
  e,
  base,
  onDecided,
}: {
  e: Exercise;
  base: string;
  onDecided(): Promise<unknown>;
}) {
  const { t, i18n } = useTranslation();
  const form = useForm();
  const [chosen, setChosen] = useState<string[]>([]);
  const [decidingBody, setDecidingBody] = useState('');
  const [reason, setReason] = useState('');
  const [createInitiative, setCreateInitiative] = useState(true);
  const [initiativeName, setInitiativeName] = useState('');
  const candidateName = (id: string) => e.candidates.find((c) => c.id === id)?.name ?? id;
  const knockedOut = (id: string) => e.ranking?.find((r) => r.candidateId === id)?.knockedOut ?? [];
  const criterionName = (id: string) => e.criteria.find((c) => c.id === id)?.name ?? id;

  if (e.decisions.length)
    return (
      <div className="panel" data-testid="decision">
        <p>
          {e.decisions[0]!.deciding_body}, {e.decisions[0]!.decided_by_name},{' '}
          {formatDateTime(e.decisions[0]!.decided_at, i18n.language)}
        </p>
        <ul>
          {e.decisions.map((d) => (
            <li key={d.id}>
              <strong>{candidateName(d.candidate_id)}</strong>
              {d.initiative_id && (
                <>
                  {' '}
                  — <Link to={`/w/${d.initiative_id}/lifecycle`}>{t('selection.openInitiative')}</Link>
                </>
              )}
            </li>
          ))}
        </ul>
        <p>{e.decisions[0]!.reason}</p>
      </div>
    );
  if (!e.canManage || !e.candidates.length) return <p className="muted">{t('selection.notDecided')}</p>;
  return (
    <Form
      form={form}
      className="panel"
      onSubmit={() =>
        form.submit(
          () =>
            post(`${base}/decision`, {
              candidateIds: chosen,
              decidingBody,
              reason,
              createInitiative,
              initiativeName: chosen.length === 1 && initiativeName ? initiativeName : undefined,
            }),
          t('selection.decided'),
          onDecided,
        )
      }
    >
      <fieldset>
        <legend>{t('selection.chosenSeveral')}</legend>
        {e.candidates.map((c) => {
          const out = knockedOut(c.id);
          return (
            <label key={c.id} className="checkbox">
              <input
                type="checkbox"
                checked={chosen.includes(c.id)}
                disabled={out.length > 0}
                onChange={(ev) =>
                  setChosen(ev.target.checked ? [...chosen, c.id] : chosen.filter((id) => id !== c.id))
                }
              />
              {c.name}
              {out.length > 0 && (
                <span className="small muted">
                  {' '}
                  — {t('selection.knockedOutBy', { criteria: out.map(criterionName).join(', ') })}
                </span>
              )}
            </label>
          );
        })}
        <ChosenError />
      </fieldset>
      <FormField name="decidingBody" label={t('selection.decidingBody')}>
        <input value={decidingBody} onChange={(ev) => setDecidingBody(ev.target.value)} required />
      </FormField>
      <FormField name="reason" label={t('lifecycle.reason')}>
        <textarea value={reason} onChange={(ev) => setReason(ev.target.value)} required rows={2} />
      </FormField>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={createInitiative}
          onChange={(ev) => setCreateInitiative(ev.target.checked)}
        />
        {t('selection.createInitiative')}
      </label>
      {createInitiative && chosen.length === 1 && (
        <FormField name="initiativeName" label={t('selection.initiativeName')}>
          <input value={initiativeName} onChange={(ev) => setInitiativeName(ev.target.value)} />
        </FormField>
      )}
      <p className="small">{t('selection.decisionFinal')}</p>
      <button type="submit" disabled={!chosen.length}>
        {t('selection.recordDecision')}
      </button>
    </Form>
  );
}

function ChosenError() {
  const error = useFieldError('candidateIds');
  return error ? <span className="field-error">{error}</span> : null;
}
