import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { post, put } from '../api';
import type { ApiGet } from '../api/types';
import { useApi } from '../useApi';
import { ErrorMessage, Loading } from '../layout/common';
import { EmptyState } from '../layout/DataList';
import { Form, FormField, FormNotice, useForm } from '../layout/forms';
import { ProgrammeNav } from './ProgrammeNav';

/** A round with its plans and scores (programme/funding.schemas.ts on the server; npm run api-types). */
type RoundDetail = ApiGet<'/workspaces/{workspaceId}/programme/rounds/{roundId}'>;
type RoundPlan = RoundDetail['plans'][number];

/**
 * A round pitched to its panel (IDB / Compete Caribbean 003:314): its plans; a panel member scores
 * each, independently (no one else's scores before the round is decided); the runners see every
 * score and decide each plan with a reason, several funded.
 */
export function RoundPage() {
  const { t } = useTranslation();
  const { workspaceId = '', roundId = '' } = useParams();
  const base = `/workspaces/${workspaceId}/programme/rounds/${roundId}`;
  const detail = useApi<RoundDetail>(base);
  const [decidedHere, setDecidedHere] = useState(false);
  if (!detail.data)
    return (
      <>
        <ProgrammeNav />
        {detail.loading ? <Loading /> : <ErrorMessage error={detail.error} />}
      </>
    );
  const d = detail.data;
  return (
    <>
      <ProgrammeNav />
      <section aria-labelledby="round-title">
        <p>
          <Link to={`/w/${workspaceId}/programme/plans`}>{t('plans.backToPlans')}</Link>
        </p>
        <h1 id="round-title">{d.round.name}</h1>
        <p>
          {t('plans.pitchDate')}: {d.round.pitchDate} · {t('plans.panel')}: {d.round.panel.name} ({' '}
          {d.round.panel.members.map((m) => m.name).join(', ') || '—'}) ·{' '}
          {t(`plans.roundStatus.${d.round.status}`)}
        </p>
        <p className="muted">
          {t('plans.scaleSaid', { min: d.round.scale.min, max: d.round.scale.max })}{' '}
          {d.seesAllScores ? '' : t('plans.independentScores')}
        </p>
        {d.plans.length === 0 && <EmptyState text={t('plans.noPlansInRound')} />}
        {d.plans.map((p) => (
          <article key={p.id} className="card" aria-labelledby={`plan-${p.id}`}>
            <h2 id={`plan-${p.id}`}>{p.title}</h2>
            <p>
              {p.applicant.name} · {p.sector} · {p.budget.toLocaleString()} {p.currency} ·{' '}
              {t(`plans.planStatus.${p.status}`)}
            </p>
            {p.summary && <p>{p.summary}</p>}
            {p.indicators.length > 0 && (
              <ul>
                {p.indicators.map((i) => (
                  <li key={i.id}>
                    {i.name}: {t('plans.baseline')} {i.baseline ?? '—'} → {t('plans.target')}{' '}
                    {i.target ?? '—'} ({t(`plans.units.${i.unit}`)})
                  </li>
                ))}
              </ul>
            )}
            {p.decisionReason && (
              <p>
                <strong>{t('plans.reason')}:</strong> {p.decisionReason}
              </p>
            )}
            {p.scores.length > 0 && (
              <div className="table-scroll">
                <table>
                  <caption>{t('plans.scoresOf', { title: p.title })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('plans.panelMember')}</th>
                      <th scope="col">{t('plans.score')}</th>
                      <th scope="col">{t('plans.comment')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {p.scores.map((s) => (
                      <tr key={s.userId}>
                        <th scope="row">{s.name}</th>
                        <td>{s.score}</td>
                        <td>{s.comment}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {p.mean !== null && <p>{t('plans.mean', { mean: p.mean.toFixed(2) })}</p>}
            {d.canScore && <ScoreForm base={base} plan={p} scale={d.round.scale} onDone={detail.reload} />}
          </article>
        ))}
        {(d.canDecide || decidedHere) && d.plans.length > 0 && (
          <DecisionForm
            base={base}
            plans={d.plans}
            onDone={async () => {
              // The form stays to say the round is decided once it no longer may be.
              setDecidedHere(true);
              await detail.reload();
            }}
          />
        )}
      </section>
    </>
  );
}

function ScoreForm({
  base,
  plan,
  scale,
  onDone,
}: {
  base: string;
  plan: RoundPlan;
  scale: { min: number; max: number };
  onDone(): Promise<void>;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const mine = plan.scores[0];
  const [score, setScore] = useState(mine ? String(mine.score) : '');
  const [comment, setComment] = useState(mine?.comment ?? '');
  return (
    <Form
      form={form}
      aria-label={t('plans.scoreTitle', { title: plan.title })}
      onSubmit={() =>
        form.submit(
          () => put(`${base}/plans/${plan.id}/score`, { score: Number(score), comment }),
          t('plans.scored'),
          onDone,
        )
      }
    >
      <FormField name="score" label={t('plans.yourScore', { title: plan.title })}>
        <input
          type="number"
          min={scale.min}
          max={scale.max}
          required
          value={score}
          onChange={(e) => setScore(e.target.value)}
        />
      </FormField>
      <FormField name="comment" label={t('plans.comment')}>
        <textarea value={comment} onChange={(e) => setComment(e.target.value)} />
      </FormField>
      <button type="submit">{t('plans.saveScore')}</button>
    </Form>
  );
}

function DecisionForm({
  base,
  plans,
  onDone,
}: {
  base: string;
  plans: RoundPlan[];
  onDone(): Promise<void>;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const open = plans.filter((p) => p.status === 'submitted');
  const [v, setV] = useState<Record<string, { decision: string; reason: string }>>(
    Object.fromEntries(open.map((p) => [p.id, { decision: 'funded', reason: '' }])),
  );
  // Once every plan is decided the form has nothing left to ask, but its notice still says so.
  if (!open.length) return form.notice ? <FormNotice notice={form.notice} /> : null;
  return (
    <Form
      form={form}
      aria-labelledby="decide-title"
      onSubmit={() =>
        form.submit(
          () => post(`${base}/decisions`, { decisions: open.map((p) => ({ planId: p.id, ...v[p.id]! })) }),
          t('plans.decided'),
          onDone,
        )
      }
    >
      <h2 id="decide-title">{t('plans.decide')}</h2>
      <p className="muted">{t('plans.decideHint')}</p>
      {open.map((p, i) => (
        <fieldset key={p.id}>
          <legend>{p.title}</legend>
          <FormField name={`decisions.${i}.decision`} label={t('plans.decision')}>
            <select
              value={v[p.id]!.decision}
              onChange={(e) => setV({ ...v, [p.id]: { ...v[p.id]!, decision: e.target.value } })}
            >
              <option value="funded">{t('plans.planStatus.funded')}</option>
              <option value="declined">{t('plans.planStatus.declined')}</option>
            </select>
          </FormField>
          <FormField name={`decisions.${i}.reason`} label={t('plans.reason')}>
            <textarea
              required
              value={v[p.id]!.reason}
              onChange={(e) => setV({ ...v, [p.id]: { ...v[p.id]!, reason: e.target.value } })}
            />
          </FormField>
        </fieldset>
      ))}
      <button type="submit">{t('plans.recordDecisions')}</button>
    </Form>
  );
}
