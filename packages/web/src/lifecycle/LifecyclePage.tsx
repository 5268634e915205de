import { PhaseScreens } from './PhaseScreens';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../useApi';
import { useSession } from '../session';
import { ErrorMessage, Loading } from '../layout/common';
import { formatDateTime } from '../i18n';
import { KeyQuestionItem } from './KeyQuestionItem';
import { TransitionForm } from './TransitionForm';
import type { LifecycleState } from './types';
import { Baselines } from './Baselines';

const STAGES = ['initiation', 'establishment', 'operationalisation', 'transformation'];

type Pending = {
  field: 'stage' | 'unido_phase' | 'blueprint_step';
  to: string | number | null;
  label: string;
} | null;

export function LifecyclePage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '' } = useParams();
  const { me } = useSession();
  const role = me?.workspaces.find((w) => w.id === workspaceId)?.role ?? 'viewer';
  const canMove = role === 'owner' || role === 'manager';
  const canAnswer = canMove || role === 'staff';
  const { data, error, loading, reload } = useApi<LifecycleState>(`/workspaces/${workspaceId}/lifecycle`);
  const [shown, setShown] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  useEffect(() => setShown(null), [workspaceId]);

  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage error={error} />;
  if (!data) return null;

  const current = data.stage;
  const stageIndex = STAGES.indexOf(current);
  const next = STAGES[stageIndex + 1];
  const visible = data.stages.find((s) => s.id === (shown ?? current))!;
  const done = visible.keyQuestions.filter((q) => q.checked).length;
  const alignment = data.alignment[current]!;
  const fieldLabel = (field: string, value: string | null) => {
    if (value === null) return t('lifecycle.none');
    if (field === 'stage') return t(`stage.${value}`);
    if (field === 'unido_phase') return `${t('lifecycle.unidoPhase')} ${value}`;
    return `${t('lifecycle.blueprintStep')} ${value}`;
  };

  return (
    <section aria-labelledby="lifecycle-title">
      <h1 id="lifecycle-title">{t('lifecycle.title')}</h1>
      <p className="lead">{t('lifecycle.intro')}</p>

      <h2>{t('lifecycle.whereWeStand')}</h2>
      <ol className="stepper" aria-label={t('lifecycle.stages')}>
        {STAGES.map((s, i) => (
          <li
            key={s}
            className={i < stageIndex ? 'past' : i === stageIndex ? 'current' : 'future'}
            aria-current={i === stageIndex ? 'step' : undefined}
          >
            <span className="stepper-number">{i + 1}</span> {t(`stage.${s}`)}
          </li>
        ))}
      </ol>
      <p>
        <strong>{t('lifecycle.currentStage')}:</strong>{' '}
        <span data-testid="current-stage">{t(`stage.${current}`)}</span>
      </p>
      {canMove && next && !pending && (
        <button
          type="button"
          onClick={() =>
            setPending({
              field: 'stage',
              to: next,
              label: t('lifecycle.moveTo', { stage: t(`stage.${next}`) }),
            })
          }
        >
          {t('lifecycle.moveTo', { stage: t(`stage.${next}`) })}
        </button>
      )}

      <div className="grid-2">
        <div className="panel">
          <h3>{t('lifecycle.unidoTitle')}</h3>
          <label>
            {t('lifecycle.unidoPhase')}
            <select
              value={data.unidoPhase}
              disabled={!canMove}
              onChange={(e) => {
                const to = Number(e.target.value);
                setPending({
                  field: 'unido_phase',
                  to,
                  label: `${t('lifecycle.unidoPhase')} ${to}: ${t(`unido.${to}`)}`,
                });
              }}
            >
              {data.unidoPhases.map((p) => (
                <option key={p.number} value={p.number}>
                  {p.number}. {t(`unido.${p.number}`)}
                </option>
              ))}
            </select>
          </label>
          <PhaseScreens
            workspaceId={workspaceId}
            screens={data.unidoPhases.find((p) => p.number === data.unidoPhase)?.screens ?? []}
          />
          <p className="small muted">
            {t('lifecycle.usualPhases', { phases: alignment.unidoPhases.join(', ') })}
          </p>
        </div>
        <div className="panel">
          <h3>{t('lifecycle.blueprintTitle')}</h3>
          <label>
            {t('lifecycle.blueprintStep')}
            <select
              value={data.blueprintStep ?? ''}
              disabled={!canMove}
              onChange={(e) => {
                const to = e.target.value === '' ? null : Number(e.target.value);
                setPending({
                  field: 'blueprint_step',
                  to,
                  label:
                    to === null
                      ? t('lifecycle.noBlueprint')
                      : `${t('lifecycle.blueprintStep')} ${to}: ${t(`blueprint.${to}`)}`,
                });
              }}
            >
              <option value="">{t('lifecycle.noBlueprint')}</option>
              {data.blueprintSteps.map((p) => (
                <option key={p.number} value={p.number}>
                  {p.number}. {t(`blueprint.${p.number}`)}
                </option>
              ))}
            </select>
          </label>
          {data.blueprintStep !== null && [6, 7, 8].includes(data.blueprintStep) && (
            <p className="small">{t(`blueprintNote.${data.blueprintStep}`)}</p>
          )}
          <PhaseScreens
            workspaceId={workspaceId}
            screens={data.blueprintSteps.find((p) => p.number === data.blueprintStep)?.screens ?? []}
          />
          <p className="small muted">
            {t('lifecycle.usualSteps', { steps: alignment.blueprintSteps.join(', ') })}
          </p>
        </div>
      </div>
      {pending && (
        <TransitionForm
          key={`${pending.field}-${pending.to}`}
          workspaceId={workspaceId}
          field={pending.field}
          to={pending.to}
          label={pending.label}
          onCancel={() => setPending(null)}
          onDone={async () => {
            setPending(null);
            setShown(null);
            await reload();
          }}
        />
      )}

      {/* Baselines carry the diagnostic's figures: shown to those who may read the diagnostic report. */}
      {(canAnswer || role === 'viewer') && <Baselines workspaceId={workspaceId} />}

      <h2>{t('lifecycle.keyQuestions')}</h2>
      <div role="group" aria-label={t('lifecycle.stages')} className="tabs">
        {data.stages.map((s) => (
          <button
            key={s.id}
            type="button"
            className={s.id === visible.id ? 'tab active' : 'tab'}
            aria-pressed={s.id === visible.id}
            onClick={() => setShown(s.id)}
          >
            {t(`stage.${s.id}`)}
          </button>
        ))}
      </div>
      <p>
        <progress
          max={visible.keyQuestions.length}
          value={done}
          aria-label={t('lifecycle.checklistProgress')}
        />{' '}
        {t('lifecycle.answered', { done, total: visible.keyQuestions.length })}
      </p>
      <ul className="kq-list">
        {visible.keyQuestions.map((q) => (
          <KeyQuestionItem
            key={`${q.id}-${q.updatedAt}`}
            workspaceId={workspaceId}
            question={q}
            canEdit={canAnswer}
            onSaved={reload}
          />
        ))}
      </ul>

      <h2>{t('lifecycle.stepsAndTools')}</h2>
      <div className="steps">
        {visible.steps.map((st) => (
          <div key={st.id} className="panel step">
            <h3>
              {t('lifecycle.step', { number: st.number })}:{' '}
              {t(`step.${st.id}`, { defaultValue: st.question })}
            </h3>
            <ul>
              {st.tools.map((tool) => (
                <li key={tool.id}>
                  {tool.screen ? (
                    <Link to={`/w/${workspaceId}/${tool.screen}`}>
                      {t(`tool.${tool.id}`, { defaultValue: tool.name })}
                    </Link>
                  ) : (
                    <>
                      {t(`tool.${tool.id}`, { defaultValue: tool.name })}{' '}
                      <span className="badge muted">{t('common.notYet')}</span>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>

      <h2>{t('lifecycle.history')}</h2>
      {data.changes.length === 0 ? (
        <p className="muted">{t('lifecycle.noChanges')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('common.when')}</th>
              <th scope="col">{t('common.change')}</th>
              <th scope="col">{t('common.who')}</th>
              <th scope="col">{t('lifecycle.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {data.changes.map((c) => (
              <tr key={c.id}>
                <td>{formatDateTime(c.changed_at, i18n.language)}</td>
                <td>
                  {fieldLabel(c.field, c.from_value)} → {fieldLabel(c.field, c.to_value)}
                </td>
                <td>{c.changed_by_name}</td>
                <td>{c.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="small muted">{t('lifecycle.sources')}</p>
    </section>
  );
}
