import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  PDCA_DECISIONS,
  PDCA_PHASES,
  PDCA_REQUIRED,
  PROCESS_STAGES,
  type PdcaDecision,
  type PdcaPhase,
  type ProcessStage,
} from '@agglomera/methods';
import { post, put } from '../api';
import { useApi } from '../useApi';
import { ActionNotice, useAction, type ActionMessage } from '../useAction';
import { ErrorMessage, Loading } from '../layout/common';
import { formatDateTime } from '../i18n';
import { OperationsNav } from './OperationsNav';
import { ApiProblem, StageIndicator, bodyOf, fieldLabel, type Cycle } from './processParts';
import type { PdcaCycleClosed, ProcessDetail, ProcessList } from './project-types';

type TextField = 'problem' | 'goal' | 'measures' | 'doNotes' | 'checkResult' | 'actNotes';
/** The fields each phase fills in; ACT adds its notes to the decision. */
const PHASE_FIELDS: Record<PdcaPhase, TextField[]> = { ...PDCA_REQUIRED, act: ['actNotes'] } as Record<
  PdcaPhase,
  TextField[]
>;
/** The guide's prompts per phase (001:3279–3305). */
const PROMPTS: Record<PdcaPhase, string[]> = {
  plan: ['problem', 'goal', 'measures'],
  do: ['implement'],
  check: ['measure'],
  act: ['share', 'standard', 'restart'],
};

/** What a phase has recorded, as a definition list. */
function Recorded({ cycle, fields }: { cycle: Cycle; fields: TextField[] }) {
  const { t } = useTranslation();
  const filled = fields.filter((f) => cycle[f].trim());
  if (!filled.length) return null;
  return (
    <dl className="recorded">
      {filled.map((f) => (
        <div key={f}>
          <dt>{fieldLabel(t, f)}</dt>
          <dd>{cycle[f]}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The open cycle as four panels, the current phase editable and moved on or closed from here. */
function OpenCycle({
  cycle,
  url,
  reload,
  announce,
}: {
  cycle: Cycle;
  url: string;
  reload(): Promise<unknown>;
  announce(message: ActionMessage | null): void;
}) {
  const { t } = useTranslation();
  const fields = PHASE_FIELDS[cycle.phase];
  const [draft, setDraft] = useState<Record<TextField, string>>({
    problem: cycle.problem,
    goal: cycle.goal,
    measures: cycle.measures,
    doNotes: cycle.doNotes,
    checkResult: cycle.checkResult,
    actNotes: cycle.actNotes,
  });
  const [decision, setDecision] = useState<PdcaDecision | ''>('');
  const [problem, setProblem] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const current = PDCA_PHASES.indexOf(cycle.phase);
  const next = PDCA_PHASES[current + 1];
  const phaseName = (p: PdcaPhase) => t(`processes.pdca.${p}.title`);
  const changes = Object.fromEntries(fields.filter((f) => draft[f] !== cycle[f]).map((f) => [f, draft[f]]));
  const dirty = Object.keys(changes).length > 0;

  const run = async (fn: () => Promise<string>) => {
    setProblem(null);
    announce(null);
    setBusy(true);
    try {
      const text = await fn();
      await reload();
      announce({ ok: true, text });
    } catch (e) {
      setProblem(e);
    } finally {
      setBusy(false);
    }
  };
  const save = () =>
    run(async () => {
      await put(url, changes);
      return t('processes.pdca.saved');
    });
  const advance = () =>
    run(async () => {
      if (dirty) await put(url, changes);
      const moved = await post<Cycle>(`${url}/advance`);
      return t('processes.pdca.moved', { phase: phaseName(moved.phase) });
    });
  const close = (chosen: PdcaDecision) =>
    run(async () => {
      if (dirty) await put(url, changes);
      const r = await post<PdcaCycleClosed>(`${url}/close`, {
        decision: chosen,
        ...(cycle.phase === 'act' ? { actNotes: draft.actNotes } : {}),
      });
      if (r.next) return t('processes.pdca.restarted');
      return r.optimised ? t('processes.pdca.standardised') : t('processes.pdca.standardisedStepKept');
    });

  return (
    <ol className="pdca" aria-label={t('processes.pdca.phases')}>
      {PDCA_PHASES.map((phase, i) => {
        const here = i === current;
        const titleId = `pdca-${phase}-title`;
        return (
          <li
            key={phase}
            className={here ? 'current' : i < current ? 'past' : undefined}
            aria-current={here ? 'step' : undefined}
            data-testid={`pdca-${phase}`}
          >
            <h3 id={titleId}>
              {phaseName(phase)} {here && <span className="badge">{t('processes.pdca.currentPhase')}</span>}
              {i < current && <span className="badge">{t('processes.pdca.donePhase')}</span>}
            </h3>
            <ul className="small prompts">
              {PROMPTS[phase].map((p) => (
                <li key={p}>{t(`processes.pdca.${phase}.${p}`)}</li>
              ))}
            </ul>
            {!here ? (
              i < current && <Recorded cycle={cycle} fields={PHASE_FIELDS[phase]} />
            ) : (
              <form
                aria-labelledby={titleId}
                onSubmit={(e) => {
                  e.preventDefault();
                  void save();
                }}
              >
                {fields.map((f) => (
                  <label key={f}>
                    {fieldLabel(t, f)}
                    <textarea
                      rows={3}
                      value={draft[f]}
                      onChange={(e) => setDraft({ ...draft, [f]: e.target.value })}
                    />
                  </label>
                ))}
                {phase === 'act' && (
                  <fieldset>
                    <legend>{t('processes.pdca.decision')}</legend>
                    {PDCA_DECISIONS.map((d) => (
                      <label key={d} className="checkbox">
                        <input
                          type="radio"
                          name="pdca-decision"
                          value={d}
                          checked={decision === d}
                          onChange={() => setDecision(d)}
                        />{' '}
                        {t(`processes.decide.${d}`)}
                      </label>
                    ))}
                  </fieldset>
                )}
                <ApiProblem
                  error={problem}
                  missing={next ? t('processes.pdca.missing', { phase: phaseName(next) }) : undefined}
                />
                <div className="actions">
                  <button type="submit" className="secondary" disabled={busy || !dirty}>
                    {t('common.save')}
                  </button>
                  {next ? (
                    <button type="button" disabled={busy} onClick={() => void advance()}>
                      {t('processes.pdca.moveTo', { phase: phaseName(next) })}
                    </button>
                  ) : (
                    <button
                      type="button"
                      disabled={busy || !decision}
                      onClick={() => decision && void close(decision)}
                    >
                      {t('processes.pdca.close')}
                    </button>
                  )}
                  {/* DO and CHECK test the measures: "If invalid, go back to the first step and
                      restart the cycle" (GIZ 001:3304–3305). */}
                  {(phase === 'do' || phase === 'check') && (
                    <button
                      type="button"
                      className="secondary"
                      disabled={busy}
                      onClick={() => void close('restart')}
                    >
                      {t('processes.pdca.restartInvalid')}
                    </button>
                  )}
                </div>
              </form>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** Starts a PDCA cycle with the PLAN: the problem, the goal, the measures. */
function StartCycle({
  url,
  reload,
  announce,
}: {
  url: string;
  reload(): Promise<unknown>;
  announce(message: ActionMessage | null): void;
}) {
  const { t } = useTranslation();
  const [plan, setPlan] = useState({ problem: '', goal: '', measures: '' });
  const [problem, setProblem] = useState<unknown>(null);
  return (
    <form
      className="panel"
      aria-labelledby="cycle-start"
      onSubmit={(e) => {
        e.preventDefault();
        setProblem(null);
        announce(null);
        post<Cycle>(`${url}/cycles`, plan)
          .then(async () => {
            await reload();
            announce({ ok: true, text: t('processes.pdca.started') });
          })
          .catch((err: unknown) => setProblem(err));
      }}
    >
      <h3 id="cycle-start">{t('processes.pdca.start')}</h3>
      <p className="small muted">{t('processes.pdca.startHint')}</p>
      <ApiProblem error={problem} />
      {(['problem', 'goal', 'measures'] as const).map((f) => (
        <label key={f}>
          {fieldLabel(t, f)}
          <textarea
            rows={2}
            required={f === 'problem'}
            value={plan[f]}
            onChange={(e) => setPlan({ ...plan, [f]: e.target.value })}
          />
        </label>
      ))}
      <button type="submit">{t('processes.pdca.startButton')}</button>
    </form>
  );
}

/** One process: its purpose, its documented target process, its stage, and its PDCA cycles. */
export function ProcessPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '', processId = '' } = useParams();
  const api = `/workspaces/${workspaceId}/operations/processes`;
  const url = `${api}/${processId}`;
  const d = useApi<ProcessDetail>(url);
  const list = useApi<ProcessList>(api);
  const { message, setMessage, act } = useAction(async () => {
    await Promise.all([d.reload(), list.reload()]);
  });
  const [stage, setStage] = useState<ProcessStage | ''>('');
  if (d.error) return <ErrorMessage error={d.error} />;
  if (!d.data) return <Loading />;
  const p = d.data;
  const all = list.data?.processes ?? [];
  const parent = all.find((x) => x.id === p.parentId);
  const subs = all.filter((x) => x.parentId === p.id);
  const open = p.cycles.find((c) => !c.closedAt) ?? null;
  const closed = p.cycles.filter((c) => c.closedAt);
  const date = (v: string) => formatDateTime(v, i18n.language);
  const reload = async () => {
    await Promise.all([d.reload(), list.reload()]);
  };
  const shownStage = stage || p.stage;

  return (
    <section aria-labelledby="process-title">
      <h1 id="process-title">{p.name}</h1>
      <OperationsNav />
      <ActionNotice message={message} />
      <p>
        <Link to={`/w/${workspaceId}/operations/processes`}>{t('processes.back')}</Link>
      </p>
      <dl className="baseline">
        <div>
          <dt>{t('processes.kind')}</dt>
          <dd>{t(`processes.kindOne.${p.kind}`)}</dd>
        </div>
        {p.parentId && (
          <div>
            <dt>{t('processes.parentShort')}</dt>
            <dd>
              {parent ? (
                <Link to={`/w/${workspaceId}/operations/processes/${parent.id}`}>{parent.name}</Link>
              ) : (
                '—'
              )}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('processes.owner')}</dt>
          <dd>{p.owner || '—'}</dd>
        </div>
        <div>
          <dt>{t('processes.stage')}</dt>
          <dd>
            <StageIndicator stage={p.stage} testId="process-stage" />
          </dd>
        </div>
      </dl>
      <form
        className="form-row"
        aria-label={t('processes.changeStage')}
        onSubmit={(e) => {
          e.preventDefault();
          const s = shownStage;
          void act(
            async () => {
              await put(url, bodyOf(p, { stage: s }));
              setStage('');
            },
            t('processes.stageSaved', { stage: t(`processes.stages.${s}`) }),
          );
        }}
      >
        <label>
          {t('processes.stage')}
          <select value={shownStage} onChange={(e) => setStage(e.target.value as ProcessStage)}>
            {PROCESS_STAGES.map((s, i) => (
              <option key={s} value={s}>
                {t('processes.stageOption', { n: i + 1, text: t(`processes.stageLong.${s}`) })}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="secondary" disabled={shownStage === p.stage}>
          {t('processes.saveStage')}
        </button>
      </form>

      <h2>{t('processes.purpose')}</h2>
      {p.purpose ? <p>{p.purpose}</p> : <p className="muted">{t('processes.noPurpose')}</p>}

      <h2>{t('processes.targetProcess')}</h2>
      {p.steps.length ? (
        <ol data-testid="process-steps">
          {p.steps.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t('processes.noSteps')}</p>
      )}

      {subs.length > 0 && (
        <>
          <h2>{t('processes.subProcesses')}</h2>
          <ul>
            {subs.map((s) => (
              <li key={s.id}>
                <Link to={`/w/${workspaceId}/operations/processes/${s.id}`}>{s.name}</Link> —{' '}
                <StageIndicator stage={s.stage} />
              </li>
            ))}
          </ul>
        </>
      )}

      <h2>{t('processes.pdca.title')}</h2>
      <p className="small muted">{t('processes.pdca.intro')}</p>
      {open ? (
        <OpenCycle
          key={`${open.id}-${open.phase}`}
          cycle={open}
          url={`${url}/cycles/${open.id}`}
          reload={reload}
          announce={setMessage}
        />
      ) : (
        <StartCycle url={url} reload={reload} announce={setMessage} />
      )}

      <h2>{t('processes.pdca.closedTitle')}</h2>
      {closed.length === 0 ? (
        <p className="muted">{t('processes.pdca.noClosed')}</p>
      ) : (
        <ul className="closed-cycles">
          {closed.map((c) => (
            <li key={c.id} className="panel" data-testid="closed-cycle">
              <p>
                <strong>
                  {c.decision ? t(`processes.decisions.${c.decision}`) : t('processes.pdca.closed')}
                </strong>{' '}
                <span className="small muted">
                  {t('processes.pdca.period', { from: date(c.startedAt), to: date(c.closedAt!) })}
                </span>
              </p>
              <Recorded
                cycle={c}
                fields={['problem', 'goal', 'measures', 'doNotes', 'checkResult', 'actNotes']}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
