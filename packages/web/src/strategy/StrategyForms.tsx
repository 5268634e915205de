import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../api';
import { useApi } from '../useApi';
import { Form, FormField, useForm } from '../layout/forms';
import type { Comparison, Element, Goal, Kind, Strategy, Summary, Versions } from './strategyTypes';

/** The forms and the version comparison of the cluster strategy screen (StrategyPage.tsx). */
export function NewStrategyForm({ base, onCreated }: { base: string; onCreated(id: string): Promise<void> }) {
  const { t } = useTranslation();
  const form = useForm();
  const [title, setTitle] = useState('');
  return (
    <Form
      form={form}
      aria-label={t('strategy.newVersionTitle')}
      onSubmit={() =>
        form.submit(
          () => post<Strategy>(`${base}/strategies`, { title }),
          null,
          (r) => onCreated(r.id),
        )
      }
    >
      <FormField name="title" label={t('strategy.field.title')}>
        <input required maxLength={300} value={title} onChange={(e) => setTitle(e.target.value)} />
      </FormField>
      <div className="actions">
        <button type="submit">{t('strategy.create')}</button>
      </div>
    </Form>
  );
}

export function ElementForm({
  kind,
  initial,
  goals,
  onSave,
  onDone,
}: {
  kind: Kind;
  initial?: Element;
  goals: Goal[];
  onSave(body: object): Promise<unknown>;
  onDone(): Promise<void>;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [v, setV] = useState({
    title: initial?.title ?? '',
    description: initial?.description ?? '',
    goalId: initial?.goalId ?? '',
  });
  return (
    <Form
      form={form}
      aria-label={t(`strategy.addTitle.${kind}`)}
      onSubmit={() =>
        form.submit(
          () =>
            onSave({
              title: v.title,
              description: v.description,
              ...(kind === 'objective' ? { goalId: v.goalId || null } : {}),
            }),
          null,
          onDone,
        )
      }
    >
      <FormField name="title" label={t('strategy.field.title')}>
        <input
          required
          maxLength={300}
          value={v.title}
          onChange={(e) => setV({ ...v, title: e.target.value })}
        />
      </FormField>
      <FormField name="description" label={t('strategy.field.description')}>
        <textarea
          rows={3}
          value={v.description}
          onChange={(e) => setV({ ...v, description: e.target.value })}
        />
      </FormField>
      {kind === 'objective' && (
        <FormField name="goalId" label={t('strategy.field.goal')}>
          <select value={v.goalId} onChange={(e) => setV({ ...v, goalId: e.target.value })}>
            <option value="">—</option>
            {goals.map((g) => (
              <option key={g.id} value={g.id}>
                {g.title}
              </option>
            ))}
          </select>
        </FormField>
      )}
      <FormField name="parentId" label={t('strategy.field.place')}>
        <output className="small muted">{t(`strategy.placeHint.${kind}`)}</output>
      </FormField>
      <div className="actions">
        <button type="submit">{t('strategy.save')}</button>
      </div>
    </Form>
  );
}

export function TextForm({
  strategy,
  components,
  onSave,
  onDone,
}: {
  strategy: Strategy;
  components: Versions['components'];
  onSave(body: object): Promise<unknown>;
  onDone(): Promise<void>;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [v, setV] = useState({
    title: strategy.title,
    vision: strategy.vision,
    components: { ...strategy.components },
    realignmentNotes: strategy.realignmentNotes,
  });
  return (
    <Form
      form={form}
      aria-label={t('strategy.editText')}
      onSubmit={() => form.submit(() => onSave(v), null, onDone)}
    >
      <FormField name="title" label={t('strategy.field.title')}>
        <input
          required
          maxLength={300}
          value={v.title}
          onChange={(e) => setV({ ...v, title: e.target.value })}
        />
      </FormField>
      <FormField name="vision" label={t('strategy.vision')}>
        <textarea rows={3} value={v.vision} onChange={(e) => setV({ ...v, vision: e.target.value })} />
      </FormField>
      {components.map((c) => (
        <FormField key={c.id} name={`components.${c.id}`} label={t(`strategy.component.${c.id}`)}>
          <textarea
            rows={2}
            value={v.components[c.id] ?? ''}
            onChange={(e) => setV({ ...v, components: { ...v.components, [c.id]: e.target.value } })}
          />
        </FormField>
      ))}
      {strategy.basedOnId && (
        <FormField name="realignmentNotes" label={t('strategy.realignmentNotes')}>
          <textarea
            rows={3}
            value={v.realignmentNotes}
            onChange={(e) => setV({ ...v, realignmentNotes: e.target.value })}
          />
        </FormField>
      )}
      <div className="actions">
        <button type="submit">{t('strategy.save')}</button>
      </div>
    </Form>
  );
}

export function AgreeForm({
  onSave,
  onDone,
}: {
  onSave(body: object): Promise<unknown>;
  onDone(): Promise<void>;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [v, setV] = useState({ agreedOn: new Date().toISOString().slice(0, 10), agreedBy: '' });
  return (
    <Form
      form={form}
      aria-label={t('strategy.agreeTitle')}
      onSubmit={() => form.submit(() => onSave(v), null, onDone)}
    >
      <p className="small">{t('strategy.agreeHint')}</p>
      <FormField name="agreedOn" label={t('strategy.field.agreedOn')}>
        <input
          type="date"
          required
          value={v.agreedOn}
          onChange={(e) => setV({ ...v, agreedOn: e.target.value })}
        />
      </FormField>
      <FormField name="agreedBy" label={t('strategy.field.agreedBy')} hint={t('strategy.field.agreedByHint')}>
        <input
          required
          maxLength={300}
          value={v.agreedBy}
          onChange={(e) => setV({ ...v, agreedBy: e.target.value })}
        />
      </FormField>
      <div className="actions">
        <button type="submit">{t('strategy.agree')}</button>
      </div>
    </Form>
  );
}

export function GoalsForm({
  goals,
  served,
  onSave,
  onDone,
}: {
  goals: Goal[];
  served: Set<string>;
  onSave(ids: string[]): Promise<unknown>;
  onDone(): Promise<void>;
}) {
  const { t } = useTranslation();
  const form = useForm();
  const [ids, setIds] = useState<string[]>([]);
  if (goals.length === 0) return <p>{t('strategy.noGoals')}</p>;
  return (
    <Form
      form={form}
      aria-label={t('strategy.addGoals')}
      onSubmit={() => form.submit(() => onSave(ids), null, onDone)}
    >
      <fieldset>
        <legend>{t('strategy.chooseGoals')}</legend>
        {goals.map((g) => (
          <label key={g.id} className="inline">
            <input
              type="checkbox"
              disabled={served.has(g.id)}
              checked={ids.includes(g.id) || served.has(g.id)}
              onChange={(e) => setIds(e.target.checked ? [...ids, g.id] : ids.filter((x) => x !== g.id))}
            />{' '}
            {g.title}
            {served.has(g.id) && <span className="small muted"> · {t('strategy.alreadyServed')}</span>}
          </label>
        ))}
      </fieldset>
      <div className="actions">
        <button type="submit" disabled={ids.length === 0}>
          {t('strategy.addGoalsSubmit', { count: ids.length })}
        </button>
      </div>
    </Form>
  );
}

export function Compare({ base, versions }: { base: string; versions: Summary[] }) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(versions[1]?.id ?? '');
  const [to, setTo] = useState(versions[0]?.id ?? '');
  const cmp = useApi<Comparison>(
    from && to && from !== to ? `${base}/strategies/compare?from=${from}&to=${to}` : null,
  );
  return (
    <details className="compare">
      <summary>{t('strategy.compare')}</summary>
      <div className="grid-2">
        <label>
          {t('strategy.compareFrom')}
          <select value={from} onChange={(e) => setFrom(e.target.value)}>
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                {v.version} · {v.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('strategy.compareTo')}
          <select value={to} onChange={(e) => setTo(e.target.value)}>
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                {v.version} · {v.title}
              </option>
            ))}
          </select>
        </label>
      </div>
      {cmp.data &&
        (cmp.data.changes.length === 0 ? (
          <p className="muted">{t('strategy.noChanges')}</p>
        ) : (
          <ul data-testid="strategy-changes">
            {cmp.data.changes.map((c, i) => (
              <li key={i}>
                <span className={`badge change-${c.change}`}>{t(`strategy.changeOne.${c.change}`)}</span>{' '}
                {c.what === 'element'
                  ? `${t(`strategy.kind.${c.key}`)}: ${c.path.join(' › ')}`
                  : c.what === 'vision'
                    ? t('strategy.vision')
                    : t(`strategy.component.${c.key}`)}
                {c.change === 'changed' && (
                  <span className="small muted">
                    {' '}
                    — {c.before || '∅'} → {c.after || '∅'}
                  </span>
                )}
              </li>
            ))}
          </ul>
        ))}
    </details>
  );
}
