import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import Graph from 'graphology';
import { circular } from 'graphology-layout';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { post } from '../api';
import { useApi } from '../useApi';
import { useSession } from '../session';
import { ErrorMessage, Loading } from '../layout/common';
import { formatNumber } from '../i18n';
import { DiagnoseNav } from './DiagnoseNav';
import { EDITORS, TIE_TYPES, TYPE_COLOURS } from './constants';
import type { NetworkData } from './diagnoseTypes';

/** Positions from ForceAtlas2 (graphology), started from a circle so every picture is the same. */
function layout(data: NetworkData) {
  const g = new Graph({ type: 'undirected' });
  for (const a of data.actors) g.addNode(a.id);
  for (const t of data.ties)
    if (!g.hasEdge(t.source_actor_id, t.target_actor_id)) g.addEdge(t.source_actor_id, t.target_actor_id);
  circular.assign(g);
  forceAtlas2.assign(g, {
    iterations: 300,
    settings: { ...forceAtlas2.inferSettings(g), gravity: 2, scalingRatio: 5 },
  });
  const xs = g.mapNodes((_, a) => a.x as number);
  const ys = g.mapNodes((_, a) => a.y as number);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const pos = new Map<string, { x: number; y: number }>();
  g.forEachNode((n, a) =>
    pos.set(n, {
      x: 30 + ((a.x - minX) / (maxX - minX || 1)) * 840,
      y: 30 + ((a.y - minY) / (maxY - minY || 1)) * 540,
    }),
  );
  return pos;
}

export function NetworkPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '' } = useParams();
  const { me } = useSession();
  const canEdit = EDITORS.includes(me?.workspaces.find((w) => w.id === workspaceId)?.role ?? '');
  const [at, setAt] = useState('');
  const [compare, setCompare] = useState('');
  const query = new URLSearchParams({ ...(at ? { at } : {}), ...(compare ? { compare } : {}) });
  const { data, error, reload } = useApi<NetworkData>(`/workspaces/${workspaceId}/network?${query}`);
  const [tie, setTie] = useState({
    sourceActorId: '',
    targetActorId: '',
    tieType: 'cooperation',
    strength: '3',
    observedOn: new Date().toISOString().slice(0, 10),
  });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const positions = useMemo(() => (data ? layout(data) : null), [data]);

  if (error)
    return (
      <section>
        <h1>{t('diagnose.networkTitle')}</h1>
        <ErrorMessage error={error} />
      </section>
    );
  if (!data || !positions) return <Loading />;
  const name = new Map(data.actors.map((a) => [a.id, a.name]));
  const type = new Map(data.actors.map((a) => [a.id, a.actor_type]));
  const maxDegree = Math.max(1, ...Object.values(data.metrics.nodes).map((n) => n.degree));
  const top = [...data.actors]
    .sort((a, b) => data.metrics.nodes[b.id]!.betweenness - data.metrics.nodes[a.id]!.betweenness)
    .slice(0, 10);
  const usedTypes = [...new Set(data.actors.map((a) => a.actor_type))];
  const delta = (now: number, before: number | undefined, digits: number) =>
    before === undefined
      ? ''
      : ` (${now - before >= 0 ? '+' : ''}${formatNumber(now - before, i18n.language, digits)})`;

  return (
    <section aria-labelledby="network-title">
      <h1 id="network-title">{t('diagnose.networkTitle')}</h1>
      <DiagnoseNav />
      <p className="lead">{t('diagnose.networkIntro')}</p>
      <div className="toolbar">
        <label>
          {t('diagnose.at')}
          <input type="date" value={at} onChange={(e) => setAt(e.target.value)} />
        </label>
        <label>
          {t('diagnose.compareWith')}
          <input type="date" value={compare} onChange={(e) => setCompare(e.target.value)} />
        </label>
      </div>
      <dl className="baseline" data-testid="network-figures">
        <div>
          <dt>{t('diagnose.actors')}</dt>
          <dd>{data.actors.length}</dd>
        </div>
        <div>
          <dt>{t('diagnose.ties')}</dt>
          <dd>
            {data.ties.length}
            {delta(data.ties.length, data.earlier?.ties, 0)}
          </dd>
        </div>
        <div>
          <dt>{t('diagnose.density')}</dt>
          <dd>
            {formatNumber(data.metrics.density, i18n.language, 3)}
            {delta(data.metrics.density, data.earlier?.metrics.density, 3)}
          </dd>
        </div>
        <div>
          <dt>{t('diagnose.components')}</dt>
          <dd>
            {data.metrics.components}
            {delta(data.metrics.components, data.earlier?.metrics.components, 0)}
          </dd>
        </div>
      </dl>
      {data.earlier && <p className="small">{t('diagnose.comparedWith', { date: data.earlier.at })}</p>}

      <figure className="chart">
        <figcaption>{t('diagnose.pictureCaption')}</figcaption>
        <svg
          viewBox="0 0 900 600"
          role="img"
          aria-label={t('diagnose.pictureLabel', { actors: data.actors.length, ties: data.ties.length })}
          className="network"
        >
          {data.ties.map((e) => {
            const a = positions.get(e.source_actor_id)!;
            const b = positions.get(e.target_actor_id)!;
            return (
              <line
                key={e.id}
                x1={a.x}
                y1={a.y}
                x2={b.x}
                y2={b.y}
                stroke="#9aa5b1"
                strokeWidth={0.5 + e.strength * 0.3}
                strokeOpacity={0.7}
              />
            );
          })}
          {data.actors.map((a) => {
            const p = positions.get(a.id)!;
            const m = data.metrics.nodes[a.id]!;
            const broker = data.metrics.brokers.includes(a.id);
            return (
              <circle
                key={a.id}
                cx={p.x}
                cy={p.y}
                r={4 + (m.degree / maxDegree) * 10}
                fill={TYPE_COLOURS[a.actor_type] ?? '#999'}
                stroke={broker ? '#000' : '#fff'}
                strokeWidth={broker ? 2 : 1}
              >
                <title>{`${a.name} — ${t(`actorType.${a.actor_type}`)}; ${t('diagnose.degree')} ${m.degree}, ${t('diagnose.betweenness')} ${formatNumber(m.betweenness, i18n.language, 3)}`}</title>
              </circle>
            );
          })}
        </svg>
        <ul className="legend-list">
          {usedTypes.map((x) => (
            <li key={x}>
              <span className="swatch" style={{ background: TYPE_COLOURS[x] }} /> {t(`actorType.${x}`)}
            </li>
          ))}
          <li>
            <span className="swatch" style={{ background: '#fff', border: '2px solid #000' }} />{' '}
            {t('diagnose.broker')}
          </li>
        </ul>
      </figure>

      <h2>{t('diagnose.mostCentral')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('common.name')}</th>
            <th scope="col">{t('diagnose.degree')}</th>
            <th scope="col">{t('diagnose.betweenness')}</th>
            <th scope="col">{t('diagnose.closeness')}</th>
            <th scope="col">{t('diagnose.broker')}</th>
          </tr>
        </thead>
        <tbody>
          {top.map((a) => {
            const m = data.metrics.nodes[a.id]!;
            return (
              <tr key={a.id}>
                <td>{a.name}</td>
                <td className="num">{m.degree}</td>
                <td className="num">{formatNumber(m.betweenness, i18n.language, 3)}</td>
                <td className="num">{formatNumber(m.closeness, i18n.language, 3)}</td>
                <td>{data.metrics.brokers.includes(a.id) ? t('common.yes') : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>

      {canEdit && (
        <form
          className="panel form-row"
          onSubmit={async (e) => {
            e.preventDefault();
            setMessage(null);
            try {
              await post(`/workspaces/${workspaceId}/ties`, { ...tie, strength: Number(tie.strength) });
              setMessage({
                ok: true,
                text: t('diagnose.tieAdded', {
                  a: name.get(tie.sourceActorId),
                  b: name.get(tie.targetActorId),
                }),
              });
              await reload();
            } catch (err) {
              setMessage({ ok: false, text: (err as Error).message });
            }
          }}
        >
          <h2 className="h-small">{t('diagnose.addTie')}</h2>
          {(['sourceActorId', 'targetActorId'] as const).map((k) => (
            <label key={k}>
              {t(`diagnose.${k}`)}
              <select value={tie[k]} onChange={(e) => setTie({ ...tie, [k]: e.target.value })} required>
                <option value="">—</option>
                {data.actors.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <label>
            {t('diagnose.tieType')}
            <select value={tie.tieType} onChange={(e) => setTie({ ...tie, tieType: e.target.value })}>
              {TIE_TYPES.map((x) => (
                <option key={x} value={x}>
                  {t(`tieType.${x}`)}
                </option>
              ))}
            </select>
          </label>
          <p className="small muted">{t('tieTypeNote')}</p>
          <label>
            {t('diagnose.strength')}
            <input
              type="number"
              min={1}
              max={5}
              value={tie.strength}
              onChange={(e) => setTie({ ...tie, strength: e.target.value })}
            />
          </label>
          <label>
            {t('diagnose.observedOn')}
            <input
              type="date"
              value={tie.observedOn}
              onChange={(e) => setTie({ ...tie, observedOn: e.target.value })}
              required
            />
          </label>
          <button type="submit">{t('diagnose.recordTie')}</button>
          {message && (
            <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'ok' : 'alert'}>
              {message.text}
            </p>
          )}
        </form>
      )}
      <p className="small muted">{t('diagnose.networkMethod')}</p>
      {type.size === 0 && <p className="muted">{t('diagnose.noActors')}</p>}
    </section>
  );
}
