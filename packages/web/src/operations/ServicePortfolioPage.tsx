import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  Cell,
} from 'recharts';
import { put } from '../api';
import { useApi } from '../useApi';
import { ActionNotice, useAction } from '../useAction';
import { ErrorMessage, Loading } from '../layout/common';
import { formatNumber } from '../i18n';
import { OperationsNav, useWorkspaceRole } from './OperationsNav';
import type { ApiGet } from '../api/types';

type Portfolio = ApiGet<'/workspaces/{workspaceId}/service-portfolio'>;
type Point = Portfolio['services'][number];
const MATCH = '#15803d';
const MISMATCH = '#b91c1c';
const NONE = '#6b7280';

function Portfolio({
  title,
  points,
  x,
  y,
  xLabel,
  yLabel,
  testId,
}: {
  title: string;
  points: { name: string; x: number; y: number; colour: string }[];
  x: string;
  y: string;
  xLabel: string;
  yLabel: string;
  testId: string;
}) {
  const { t, i18n } = useTranslation();
  const level = (v: number) =>
    t(`services.levels.${['low', 'medium', 'high'][Math.round(v) - 1] ?? 'medium'}`);
  return (
    <figure className="chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <div
        role="img"
        aria-label={`${title}: ${points
          .map(
            (p) =>
              `${p.name} (${x} ${formatNumber(p.x, i18n.language, 1)}, ${y} ${formatNumber(p.y, i18n.language, 1)})`,
          )
          .join('; ')}`}
      >
        <ResponsiveContainer width="100%" height={360}>
          <ScatterChart margin={{ top: 20, right: 40, bottom: 30, left: 20 }}>
            <CartesianGrid />
            <XAxis
              type="number"
              dataKey="x"
              domain={[0.5, 3.5]}
              ticks={[1, 2, 3]}
              tickFormatter={level}
              name={x}
              label={{ value: xLabel, position: 'bottom' }}
            />
            <YAxis
              type="number"
              dataKey="y"
              domain={[0.5, 3.5]}
              ticks={[1, 2, 3]}
              tickFormatter={level}
              name={y}
              label={{ value: yLabel, angle: -90, position: 'insideLeft' }}
              width={90}
            />
            <ReferenceLine x={2} stroke="#9ca3af" strokeDasharray="4 4" />
            <ReferenceLine y={2} stroke="#9ca3af" strokeDasharray="4 4" />
            <Tooltip formatter={(v) => formatNumber(Number(v), i18n.language, 1)} />
            <Scatter data={points} isAnimationActive={false}>
              {points.map((p) => (
                <Cell key={p.name} fill={p.colour} />
              ))}
              <LabelList dataKey="name" position="right" style={{ fontSize: 11 }} />
            </Scatter>
          </ScatterChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

/**
 * The tolerance of a match between the two portfolios: the platform's rule (the guide asks "Match or
 * mismatch?", 001:3838, and gives no rule), set per workspace by the owner or a manager.
 */
function MatchTolerance({
  workspaceId,
  value,
  reload,
}: {
  workspaceId: string;
  value: number;
  reload: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [v, setV] = useState(String(value));
  const { message, act } = useAction(reload);
  return (
    <form
      className="inline-form"
      aria-label={t('servicePortfolio.toleranceLabel')}
      onSubmit={(e) => {
        e.preventDefault();
        void act(
          () => put(`/workspaces/${workspaceId}/service-rules`, { matchTolerance: Number(v) }),
          t('servicePortfolio.toleranceSaved'),
        );
      }}
    >
      <label>
        {t('servicePortfolio.toleranceLabel')}
        <input type="number" min={0} max={2} step={0.1} value={v} onChange={(e) => setV(e.target.value)} />
      </label>
      <button type="submit">{t('common.save')}</button>
      <ActionNotice message={message} />
    </form>
  );
}

/**
 * The two service portfolios of the GIZ guide (001:2657–2661, 3836–3862) and the white spots. When
 * the two views match is the platform's rule, with a configurable tolerance (the guide gives none).
 */
export function ServicePortfolioPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '' } = useParams();
  const board = ['owner', 'manager'].includes(useWorkspaceRole());
  const d = useApi<Portfolio>(`/workspaces/${workspaceId}/service-portfolio`);
  if (d.error) return <ErrorMessage error={d.error} />;
  if (!d.data) return <Loading />;
  const colour = (p: Point) => (p.match === null ? NONE : p.match ? MATCH : MISMATCH);
  const answered = d.data.services.filter((p) => p.expectation !== null);
  const fmt = (v: number | null) => (v === null ? '—' : formatNumber(v, i18n.language, 1));

  return (
    <section aria-labelledby="sp-title">
      <h1 id="sp-title">{t('servicePortfolio.title')}</h1>
      <OperationsNav />
      <p className="muted">{t('servicePortfolio.intro')}</p>
      <p className="small" data-testid="match-rule">
        {t('servicePortfolio.matchRule', {
          tolerance: formatNumber(d.data.matchTolerance, i18n.language, 1),
        })}
      </p>
      {board && <MatchTolerance workspaceId={workspaceId} value={d.data.matchTolerance} reload={d.reload} />}
      {d.data.services.length === 0 ? (
        <p className="muted">{t('servicePortfolio.empty')}</p>
      ) : (
        <>
          <div className="grid2">
            <Portfolio
              testId="management-portfolio"
              title={t('servicePortfolio.management')}
              x={t('services.effort')}
              y={t('services.relevance')}
              xLabel={t('servicePortfolio.effortAxis')}
              yLabel={t('servicePortfolio.relevanceAxis')}
              points={d.data.services.map((p) => ({
                name: p.name,
                x: p.effort,
                y: p.relevance,
                colour: colour(p),
              }))}
            />
            <Portfolio
              testId="member-portfolio"
              title={t('servicePortfolio.members', { count: answered.length })}
              x={t('services.expectation')}
              y={t('services.satisfaction')}
              xLabel={t('servicePortfolio.expectationAxis')}
              yLabel={t('servicePortfolio.satisfactionAxis')}
              points={answered.map((p) => ({
                name: p.name,
                x: p.expectation!,
                y: p.satisfaction!,
                colour: colour(p),
              }))}
            />
          </div>
          <p className="small">
            <span style={{ color: MATCH }}>●</span> {t('servicePortfolio.legendMatch')}{' '}
            <span style={{ color: MISMATCH }}>●</span> {t('servicePortfolio.legendMismatch')}{' '}
            <span style={{ color: NONE }}>●</span> {t('servicePortfolio.legendNone')}
          </p>
          <table data-testid="portfolio-table">
            <caption>{t('servicePortfolio.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('services.service')}</th>
                <th scope="col">{t('services.effort')}</th>
                <th scope="col">{t('services.relevance')}</th>
                <th scope="col">{t('servicePortfolio.answers')}</th>
                <th scope="col">{t('services.expectation')}</th>
                <th scope="col">{t('services.satisfaction')}</th>
                <th scope="col">{t('servicePortfolio.matchLabel')}</th>
              </tr>
            </thead>
            <tbody>
              {d.data.services.map((p) => (
                <tr key={p.id} data-testid="portfolio-row">
                  <th scope="row">{p.name}</th>
                  <td>{fmt(p.effort)}</td>
                  <td>{fmt(p.relevance)}</td>
                  <td>{p.answers}</td>
                  <td>{fmt(p.expectation)}</td>
                  <td>{fmt(p.satisfaction)}</td>
                  <td>
                    {p.match === null
                      ? t('servicePortfolio.noAnswers')
                      : p.match
                        ? t('servicePortfolio.match')
                        : t('servicePortfolio.mismatch')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <h2>{t('servicePortfolio.whiteSpots')}</h2>
      {d.data.whiteSpots.length === 0 ? (
        <p className="muted">{t('servicePortfolio.noWhiteSpots')}</p>
      ) : (
        <>
          <p className="muted small">{t('servicePortfolio.whiteSpotsHint')}</p>
          <ul data-testid="white-spots">
            {d.data.whiteSpots.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
