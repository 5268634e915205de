import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PROCESS_KINDS, PROCESS_STAGES, type ProcessKind, type ProcessStage } from '@agglomera/methods';
import { del, post, put } from '../api';
import { useApi } from '../useApi';
import { ActionNotice, useAction } from '../useAction';
import { ErrorMessage, Loading } from '../layout/common';
import { OperationsNav, useWorkspaceRole } from './OperationsNav';
import { ApiProblem, StageIndicator, type Process, type ProcessBody } from './processParts';
import type { ProcessList } from './project-types';

interface Draft {
  kind: ProcessKind;
  name: string;
  parentId: string;
  owner: string;
  purpose: string;
  steps: string;
  stage: ProcessStage;
}
const EMPTY: Draft = {
  kind: 'core',
  name: '',
  parentId: '',
  owner: '',
  purpose: '',
  steps: '',
  stage: 'modelled',
};
const draftOf = (p: Process): Draft => ({
  kind: p.kind,
  name: p.name,
  parentId: p.parentId ?? '',
  owner: p.owner,
  purpose: p.purpose,
  steps: p.steps.join('\n'),
  stage: p.stage,
});
const bodyOfDraft = (d: Draft): ProcessBody => ({
  kind: d.kind,
  name: d.name.trim(),
  ...(d.parentId ? { parentId: d.parentId } : {}),
  owner: d.owner.trim(),
  purpose: d.purpose.trim(),
  steps: d.steps
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean),
  stage: d.stage,
});

/** Adds a process or edits one: kind, name, parent (a primary process of the same kind), owner, purpose, steps, stage. */
function ProcessForm({
  processes,
  editing,
  onSave,
  onCancel,
}: {
  processes: Process[];
  editing: Process | null;
  onSave(body: ProcessBody): Promise<void>;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(editing ? draftOf(editing) : EMPTY);
  const [problem, setProblem] = useState<unknown>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (editing) heading.current?.focus();
  }, [editing]);
  const hasSubs = !!editing && processes.some((p) => p.parentId === editing.id);
  const parents = processes.filter(
    (p) => p.parentId === null && p.kind === draft.kind && p.id !== editing?.id,
  );
  const id = editing ? 'process-edit' : 'process-new';
  return (
    <form
      className="panel"
      aria-labelledby={id}
      onSubmit={(e) => {
        e.preventDefault();
        setProblem(null);
        onSave(bodyOfDraft(draft)).then(
          () => {
            if (!editing) setDraft({ ...EMPTY, kind: draft.kind, stage: draft.stage });
          },
          (err: unknown) => setProblem(err),
        );
      }}
    >
      <h2 id={id} ref={heading} tabIndex={-1}>
        {editing ? t('processes.editTitle', { name: editing.name }) : t('processes.new')}
      </h2>
      <ApiProblem error={problem} />
      <div className="grid-2">
        <label>
          {t('processes.kind')}
          <select
            value={draft.kind}
            onChange={(e) => {
              const kind = e.target.value as ProcessKind;
              const parent = processes.find((p) => p.id === draft.parentId);
              setDraft({ ...draft, kind, parentId: parent?.kind === kind ? draft.parentId : '' });
            }}
          >
            {PROCESS_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`processes.kindOne.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('processes.name')}
          <input required value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
        </label>
        <div>
          <label>
            {t('processes.parent')}
            <select
              value={draft.parentId}
              disabled={hasSubs}
              aria-describedby={`${id}-parent-hint`}
              onChange={(e) => setDraft({ ...draft, parentId: e.target.value })}
            >
              <option value="">{t('processes.noParent')}</option>
              {parents.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <span id={`${id}-parent-hint`} className="small muted">
            {hasSubs ? t('processes.parentHasSubs') : t('processes.parentHint')}
          </span>
        </div>
        <label>
          {t('processes.owner')}
          <input value={draft.owner} onChange={(e) => setDraft({ ...draft, owner: e.target.value })} />
        </label>
      </div>
      <label>
        {t('processes.purpose')}
        <textarea
          rows={2}
          value={draft.purpose}
          onChange={(e) => setDraft({ ...draft, purpose: e.target.value })}
        />
      </label>
      <label>
        {t('processes.stepsLabel')}
        <textarea
          rows={4}
          value={draft.steps}
          onChange={(e) => setDraft({ ...draft, steps: e.target.value })}
        />
      </label>
      <fieldset>
        <legend>{t('processes.stage')}</legend>
        {PROCESS_STAGES.map((s, i) => (
          <label key={s} className="checkbox">
            <input
              type="radio"
              name={`${id}-stage`}
              value={s}
              checked={draft.stage === s}
              onChange={() => setDraft({ ...draft, stage: s })}
            />{' '}
            {t('processes.stageOption', { n: i + 1, text: t(`processes.stageLong.${s}`) })}
          </label>
        ))}
      </fieldset>
      <div className="actions">
        <button type="submit">{editing ? t('common.save') : t('processes.add')}</button>
        {editing && (
          <button type="button" className="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

/**
 * The cluster process model (GIZ 001:3232–3305): management, core, support and learning and
 * information processes, each primary process with its sub-processes, where each stands among the
 * five steps of introducing process management, and whether a PDCA cycle improves it now.
 */
export function ProcessesPage() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const board = ['owner', 'manager'].includes(useWorkspaceRole());
  const url = `/workspaces/${workspaceId}/operations/processes`;
  const list = useApi<ProcessList>(url);
  const { message, setMessage, act } = useAction(() => list.reload());
  const [editing, setEditing] = useState<Process | null>(null);
  const [removing, setRemoving] = useState<Process | null>(null);
  const base = `/w/${workspaceId}/operations/processes`;

  const save = async (body: ProcessBody) => {
    setMessage(null);
    if (editing) {
      await put(`${url}/${editing.id}`, body);
      setEditing(null);
    } else await post(`${url}`, body);
    await list.reload();
    setMessage({
      ok: true,
      text: editing ? t('processes.saved', { name: body.name }) : t('processes.created', { name: body.name }),
    });
  };

  const processes = list.data?.processes ?? [];
  const nameOf = (id: string | null) => processes.find((p) => p.id === id)?.name ?? '';
  const row = (p: Process) => (
    <tr key={p.id} data-testid="process" data-level={p.parentId ? 'sub' : 'primary'}>
      <th scope="row" className={p.parentId ? 'sub-process' : undefined}>
        {p.parentId && <span aria-hidden="true">↳ </span>}
        <Link to={`${base}/${p.id}`}>{p.name}</Link>
        {p.parentId && (
          <span className="visually-hidden"> {t('processes.subOf', { name: nameOf(p.parentId) })}</span>
        )}
      </th>
      <td>
        <StageIndicator stage={p.stage} />
      </td>
      <td>{p.owner || '—'}</td>
      <td>
        {p.openCycle
          ? t('processes.cycleOpen', { phase: t(`processes.pdca.${p.openCycle.phase}.title`) })
          : t('processes.noCycle')}
        {p.cycles > 0 && <div className="small muted">{t('processes.cyclesCount', { count: p.cycles })}</div>}
      </td>
      <td>
        <div className="actions">
          <button
            type="button"
            className="secondary"
            aria-label={t('processes.editOf', { name: p.name })}
            onClick={() => {
              setRemoving(null);
              setEditing(p);
            }}
          >
            {t('processes.edit')}
          </button>
          {board && (
            <button
              type="button"
              className="danger"
              aria-label={t('processes.deleteOf', { name: p.name })}
              onClick={() => setRemoving(p)}
            >
              {t('processes.delete')}
            </button>
          )}
        </div>
      </td>
    </tr>
  );

  return (
    <section aria-labelledby="processes-title">
      <h1 id="processes-title">{t('processes.title')}</h1>
      <OperationsNav />
      <ActionNotice message={message} />
      <p className="muted">{t('processes.intro')}</p>
      {list.error ? (
        <ErrorMessage error={list.error} />
      ) : !list.data ? (
        <Loading />
      ) : (
        <>
          {processes.length === 0 ? (
            <p className="notice" data-testid="processes-empty">
              {t('processes.empty')}
            </p>
          ) : (
            PROCESS_KINDS.map((kind) => {
              const primaries = processes.filter((p) => p.kind === kind && p.parentId === null);
              const orphans = processes.filter(
                (p) => p.kind === kind && p.parentId !== null && !processes.some((q) => q.id === p.parentId),
              );
              return (
                <div key={kind} data-testid={`kind-${kind}`}>
                  <h2>{t(`processes.kinds.${kind}`)}</h2>
                  <p className="small muted">{t(`processes.kindHints.${kind}`)}</p>
                  {primaries.length + orphans.length === 0 ? (
                    <p className="muted">{t('processes.noneOfKind')}</p>
                  ) : (
                    <table>
                      <caption className="visually-hidden">{t(`processes.kinds.${kind}`)}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('processes.process')}</th>
                          <th scope="col">{t('processes.stage')}</th>
                          <th scope="col">{t('processes.owner')}</th>
                          <th scope="col">{t('processes.pdcaColumn')}</th>
                          <th scope="col">{t('common.actions')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {primaries.flatMap((p) => [
                          row(p),
                          ...processes.filter((s) => s.parentId === p.id).map(row),
                        ])}
                        {orphans.map(row)}
                      </tbody>
                    </table>
                  )}
                </div>
              );
            })
          )}
          {removing && (
            <div className="panel confirm" role="alertdialog" aria-labelledby="confirm-process">
              <p id="confirm-process">{t('processes.confirmDelete', { name: removing.name })}</p>
              <div className="actions">
                <button
                  type="button"
                  className="danger"
                  onClick={() => {
                    const p = removing;
                    setRemoving(null);
                    if (editing?.id === p.id) setEditing(null);
                    void act(() => del(`${url}/${p.id}`), t('processes.deleted', { name: p.name }));
                  }}
                >
                  {t('processes.deleteYes')}
                </button>
                <button type="button" className="secondary" onClick={() => setRemoving(null)}>
                  {t('common.cancel')}
                </button>
              </div>
            </div>
          )}
          <ProcessForm
            key={editing?.id ?? 'new'}
            processes={processes}
            editing={editing}
            onSave={save}
            onCancel={() => setEditing(null)}
          />
        </>
      )}
    </section>
  );
}
