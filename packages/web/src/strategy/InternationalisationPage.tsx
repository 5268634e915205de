import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  INTERNATIONALISATION_QUESTION_KEYS,
  INTERNATIONALISATION_STEPS,
  REVIEW_CADENCE_RANGE,
  type InternationalisationStep,
} from '@agglomera/methods';
import { post, put } from '../api';
import { useApi } from '../useApi';
import { ErrorMessage, Loading } from '../layout/common';
import { Form, FormField, useForm } from '../layout/forms';
import { SourceNote } from '../layout/sources';
import { StrategyNav } from './StrategyNav';
import { formatDay, todayIso, useStrategyTeam } from './documentsParts';
import type {
  Internationalisation as Answered,
  InternationalisationStrategy as Strategy,
} from './strategyTypes';

interface Answer {
  answer: string;
  evidence: string;
}

interface Draft {
  diagnostics: string;
  choice: string;
  action: string;
  answers: Record<string, Answer>;
  targetMarkets: { name: string; rationale: string }[];
  reviewMonths: string;
}
const draftOf = (s: Strategy | null): Draft => ({
  diagnostics: s?.diagnostics ?? '',
  choice: s?.choice ?? '',
  action: s?.action ?? '',
  answers: Object.fromEntries(
    INTERNATIONALISATION_QUESTION_KEYS.map((k) => [
      k,
      { ...(s?.answers[k] ?? { answer: '', evidence: '' }) },
    ]),
  ),
  targetMarkets: s?.targetMarkets.map((m) => ({ ...m })) ?? [],
  // Six months is where a new strategy starts: the guide's case evaluates "at least every 6
  // months" (004:650); the team changes it.
  reviewMonths: String(s?.reviewMonths ?? 6),
});

/** When the strategy is reviewed next, marked when due. */
function ReviewStatus({ s }: { s: Strategy }) {
  const { t, i18n } = useTranslation();
  return (
    <div className={s.reviewDue ? 'warning' : 'panel'} data-testid="review-status">
      <p style={{ margin: 0 }}>
        {t('internationalisation.cadenceIs', { count: s.reviewMonths })}{' '}
        {s.lastReviewedOn
          ? t('internationalisation.lastReview', { date: formatDay(s.lastReviewedOn, i18n.language) })
          : t('internationalisation.neverReviewed', { date: formatDay(s.writtenOn, i18n.language) })}
      </p>
      <p style={{ margin: '4px 0 0' }}>
        <strong>
          {t('internationalisation.nextReview', { date: formatDay(s.nextReviewOn, i18n.language) })}
        </strong>{' '}
        {s.reviewDue && <span className="badge badge-late">{t('internationalisation.due')}</span>}
      </p>
    </div>
  );
}

/**
 * The internationalisation strategy (ECCP 004:595–653): the three steps diagnostics → choice →
 * action (004:603), the three analysis questions of 004:619–623 answered with evidence, the target
 * markets, and a review cadence the team sets, with the next review marked when due.
 */
export function InternationalisationPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '' } = useParams();
  const team = useStrategyTeam();
  const url = `/workspaces/${workspaceId}/strategy/internationalisation`;
  const data = useApi<Answered>(url);
  const [draft, setDraft] = useState<Draft>(draftOf(null));
  const [loaded, setLoaded] = useState(false);
  const form = useForm();
  const reviewForm = useForm();
  const [review, setReview] = useState({ reviewedOn: todayIso(), notes: '' });

  useEffect(() => {
    if (data.data && !loaded) {
      setDraft(draftOf(data.data.strategy));
      setLoaded(true);
    }
  }, [data.data, loaded]);

  const s = data.data?.strategy ?? null;
  const stepText = (step: InternationalisationStep) => (
    <>
      <h2 id={`step-${step}`}>{t(`internationalisation.steps.${step}.title`)}</h2>
      <p className="small muted">{t(`internationalisation.steps.${step}.about`)}</p>
    </>
  );
  const setAnswer = (key: string, field: keyof Answer, value: string) =>
    setDraft({ ...draft, answers: { ...draft.answers, [key]: { ...draft.answers[key]!, [field]: value } } });

  return (
    <>
      <StrategyNav />
      <section aria-labelledby="internationalisation-title">
        <h1 id="internationalisation-title">{t('internationalisation.title')}</h1>
        <p className="muted">{t('internationalisation.intro')}</p>
        <SourceNote source="004:595–653" />
        {data.error ? (
          <ErrorMessage error={data.error} />
        ) : !data.data ? (
          <Loading />
        ) : (
          <>
            {s ? (
              <ReviewStatus s={s} />
            ) : (
              <p className="notice">
                {team ? t('internationalisation.emptyTeam') : t('internationalisation.empty')}
              </p>
            )}
            {team ? (
              <Form
                form={form}
                aria-labelledby="internationalisation-form"
                onSubmit={() =>
                  form.submit(
                    () =>
                      put<Answered>(url, {
                        diagnostics: draft.diagnostics,
                        choice: draft.choice,
                        action: draft.action,
                        answers: draft.answers,
                        targetMarkets: draft.targetMarkets,
                        reviewMonths: Number(draft.reviewMonths),
                      }),
                    t('internationalisation.saved'),
                    (answer) => {
                      data.setData(answer);
                      setDraft(draftOf(answer.strategy));
                    },
                  )
                }
              >
                <h2 id="internationalisation-form" className="visually-hidden">
                  {t('internationalisation.formTitle')}
                </h2>
                <section aria-labelledby="step-diagnostics">
                  {stepText('diagnostics')}
                  <FormField name="diagnostics" label={t('internationalisation.steps.diagnostics.label')}>
                    <textarea
                      rows={3}
                      value={draft.diagnostics}
                      onChange={(e) => setDraft({ ...draft, diagnostics: e.target.value })}
                    />
                  </FormField>
                  <h3>{t('internationalisation.questionsTitle')}</h3>
                  <p className="small muted">{t('internationalisation.evidenceHint')}</p>
                  {INTERNATIONALISATION_QUESTION_KEYS.map((k, i) => (
                    <fieldset key={k} data-testid={`question-${k}`}>
                      <legend>
                        {i + 1}. {t(`internationalisation.questions.${k}`)}
                      </legend>
                      <FormField name={`answers.${k}.answer`} label={t('internationalisation.answer')}>
                        <textarea
                          rows={2}
                          value={draft.answers[k]?.answer ?? ''}
                          onChange={(e) => setAnswer(k, 'answer', e.target.value)}
                        />
                      </FormField>
                      <FormField name={`answers.${k}.evidence`} label={t('internationalisation.evidence')}>
                        <textarea
                          rows={2}
                          value={draft.answers[k]?.evidence ?? ''}
                          onChange={(e) => setAnswer(k, 'evidence', e.target.value)}
                        />
                      </FormField>
                    </fieldset>
                  ))}
                </section>
                <section aria-labelledby="step-choice">
                  {stepText('choice')}
                  <FormField name="choice" label={t('internationalisation.steps.choice.label')}>
                    <textarea
                      rows={3}
                      value={draft.choice}
                      onChange={(e) => setDraft({ ...draft, choice: e.target.value })}
                    />
                  </FormField>
                  <h3>{t('internationalisation.markets')}</h3>
                  {draft.targetMarkets.length === 0 && (
                    <p className="small muted">{t('internationalisation.noMarkets')}</p>
                  )}
                  {draft.targetMarkets.map((m, i) => (
                    <div key={i} className="grid-2" data-testid="target-market">
                      <FormField
                        name={`targetMarkets.${i}.name`}
                        label={t('internationalisation.marketName', { n: i + 1 })}
                      >
                        <input
                          required
                          maxLength={200}
                          value={m.name}
                          onChange={(e) =>
                            setDraft({
                              ...draft,
                              targetMarkets: draft.targetMarkets.map((x, j) =>
                                j === i ? { ...x, name: e.target.value } : x,
                              ),
                            })
                          }
                        />
                      </FormField>
                      <FormField
                        name={`targetMarkets.${i}.rationale`}
                        label={t('internationalisation.marketWhy', { n: i + 1 })}
                      >
                        <input
                          maxLength={2000}
                          value={m.rationale}
                          onChange={(e) =>
                            setDraft({
                              ...draft,
                              targetMarkets: draft.targetMarkets.map((x, j) =>
                                j === i ? { ...x, rationale: e.target.value } : x,
                              ),
                            })
                          }
                        />
                      </FormField>
                      <div className="actions" style={{ alignSelf: 'end' }}>
                        <button
                          type="button"
                          className="secondary"
                          aria-label={t('internationalisation.removeMarketOf', { name: m.name || i + 1 })}
                          onClick={() =>
                            setDraft({
                              ...draft,
                              targetMarkets: draft.targetMarkets.filter((_, j) => j !== i),
                            })
                          }
                        >
                          {t('internationalisation.removeMarket')}
                        </button>
                      </div>
                    </div>
                  ))}
                  <button
                    type="button"
                    className="secondary"
                    onClick={() =>
                      setDraft({
                        ...draft,
                        targetMarkets: [...draft.targetMarkets, { name: '', rationale: '' }],
                      })
                    }
                  >
                    {t('internationalisation.addMarket')}
                  </button>
                </section>
                <section aria-labelledby="step-action">
                  {stepText('action')}
                  <FormField name="action" label={t('internationalisation.steps.action.label')}>
                    <textarea
                      rows={3}
                      value={draft.action}
                      onChange={(e) => setDraft({ ...draft, action: e.target.value })}
                    />
                  </FormField>
                </section>
                <h2>{t('internationalisation.cadence')}</h2>
                <FormField
                  name="reviewMonths"
                  label={t('internationalisation.cadenceLabel')}
                  hint={t('internationalisation.cadenceHint')}
                >
                  <input
                    required
                    type="number"
                    min={REVIEW_CADENCE_RANGE.min}
                    max={REVIEW_CADENCE_RANGE.max}
                    value={draft.reviewMonths}
                    onChange={(e) => setDraft({ ...draft, reviewMonths: e.target.value })}
                  />
                </FormField>
                <div className="actions">
                  <button type="submit">{t('internationalisation.save')}</button>
                </div>
              </Form>
            ) : (
              s && (
                <>
                  {INTERNATIONALISATION_STEPS.map((step) => (
                    <section key={step} aria-labelledby={`step-${step}`}>
                      {stepText(step)}
                      <p style={{ whiteSpace: 'pre-wrap' }}>{s[step] || '—'}</p>
                      {step === 'diagnostics' && (
                        <dl>
                          {INTERNATIONALISATION_QUESTION_KEYS.map((k) => (
                            <div key={k}>
                              <dt>
                                <strong>{t(`internationalisation.questions.${k}`)}</strong>
                              </dt>
                              <dd>
                                {s.answers[k]?.answer || '—'}
                                {s.answers[k]?.evidence && (
                                  <div className="small muted">
                                    {t('internationalisation.evidenceIs', {
                                      evidence: s.answers[k]!.evidence,
                                    })}
                                  </div>
                                )}
                              </dd>
                            </div>
                          ))}
                        </dl>
                      )}
                      {step === 'choice' && (
                        <ul>
                          {s.targetMarkets.map((m) => (
                            <li key={m.name}>
                              <strong>{m.name}</strong>
                              {m.rationale && ` — ${m.rationale}`}
                            </li>
                          ))}
                        </ul>
                      )}
                    </section>
                  ))}
                </>
              )
            )}

            {s && (
              <section aria-labelledby="reviews-title">
                <h2 id="reviews-title">{t('internationalisation.reviews')}</h2>
                {team && (
                  <Form
                    form={reviewForm}
                    aria-label={t('internationalisation.recordReview')}
                    onSubmit={() =>
                      reviewForm.submit(
                        () => post<Answered>(`${url}/reviews`, review),
                        t('internationalisation.reviewRecorded'),
                        (answer) => {
                          data.setData(answer);
                          setReview({ reviewedOn: todayIso(), notes: '' });
                        },
                      )
                    }
                  >
                    <div className="grid-2">
                      <FormField name="reviewedOn" label={t('internationalisation.reviewedOn')}>
                        <input
                          required
                          type="date"
                          value={review.reviewedOn}
                          onChange={(e) => setReview({ ...review, reviewedOn: e.target.value })}
                        />
                      </FormField>
                      <FormField name="notes" label={t('internationalisation.reviewNotes')}>
                        <input
                          value={review.notes}
                          onChange={(e) => setReview({ ...review, notes: e.target.value })}
                        />
                      </FormField>
                    </div>
                    <button type="submit">{t('internationalisation.recordReview')}</button>
                  </Form>
                )}
                {data.data.reviews.length === 0 ? (
                  <p className="muted">{t('internationalisation.noReviews')}</p>
                ) : (
                  <ul data-testid="reviews">
                    {data.data.reviews.map((r) => (
                      <li key={r.id}>
                        <strong>{formatDay(r.reviewedOn, i18n.language)}</strong>
                        {r.reviewer && ` · ${r.reviewer}`}
                        {r.notes && ` — ${r.notes}`}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            )}
          </>
        )}
      </section>
    </>
  );
}
