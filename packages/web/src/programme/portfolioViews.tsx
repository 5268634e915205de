import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { geoEquirectangular, geoGraticule10, geoPath } from 'd3-geo';
import { useApi } from '../useApi';
import { ErrorMessage, Loading, ScrollTable } from '../layout/common';
import { formatNumber } from '../i18n';
import { ProgrammeNav } from './ProgrammeNav';
import type { ApiGet } from '../api/types';
import { TrafficLight, countryName, type Portfolio } from './portfolioShared';

/** The answers of the roll-ups and the comparison (programme/funding.schemas.ts on the server). */
type Rollups = ApiGet<'/workspaces/{workspaceId}/portfolio/rollups'>;
type Group = Rollups['countries'][number];
type Comparison = ApiGet<'/workspaces/{workspaceId}/portfolio/compare'>;

/** The portfolio's views, linked from each of them. */
export function PortfolioViewsNav() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const views = ['rollups', 'compare', 'map', 'blueprint'] as const;
  return (
    <nav aria-label={t('programmePortfolio.views')} className="subnav">
      <Link to={`/w/${workspaceId}/portfolio`}>{t('module.portfolio')}</Link>
      {views.map((v) => (
        <Link key={v} to={`/w/${workspaceId}/portfolio/${v}`}>
          {t(`programmePortfolio.${v}.title`)}
        </Link>
      ))}
    </nav>
  );
}

function GroupTable({
  caption,
  groups,
  first,
  rollups,
}: {
  caption: string;
  groups: Group[];
  first(key: string): string;
  rollups: Rollups;
}) {
  const { t, i18n } = useTranslation();
  const money = (v: number) =>
    rollups.currency
      ? new Intl.NumberFormat(i18n.language, {
          style: 'currency',
          currency: rollups.currency,
          maximumFractionDigits: 0,
        }).format(v)
      : formatNumber(v, i18n.language);
  return (
    <ScrollTable label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{caption}</th>
            <th scope="col">{t('programmePortfolio.rollups.initiatives')}</th>
            <th scope="col">{t('programmePortfolio.rollups.sharingIndicators')}</th>
            <th scope="col">{t('programmePortfolio.rollups.funded')}</th>
            <th scope="col">{t('programmePortfolio.rollups.awarded')}</th>
            <th scope="col">{t('programmePortfolio.rollups.disbursed')}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.key}>
              <th scope="row">{first(g.key)}</th>
              <td>{g.initiatives}</td>
              <td>{g.sharingIndicators}</td>
              <td>{g.funded}</td>
              <td>{money(g.awarded)}</td>
              <td>{money(g.disbursed)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

/** Roll-ups by the four evaluation levels (IDB / Compete Caribbean), by country and by sector. */
export function PortfolioRollupsPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '' } = useParams();
  const { data, error, loading } = useApi<Rollups>(`/workspaces/${workspaceId}/portfolio/rollups`);
  return (
    <section aria-labelledby="rollups-title">
      <ProgrammeNav />
      <PortfolioViewsNav />
      <h1 id="rollups-title">{t('programmePortfolio.rollups.title')}</h1>
      <p className="lead">{t('programmePortfolio.rollups.intro')}</p>
      {error && <ErrorMessage error={error} />}
      {loading && !data && <Loading />}
      {data && (
        <>
          <h2>{t('programmePortfolio.rollups.levels')}</h2>
          <ScrollTable label={t('programmePortfolio.rollups.levels')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('programmePortfolio.evaluationLevel')}</th>
                  <th scope="col">{t('programmePortfolio.rollups.indicators')}</th>
                  <th scope="col">{t('programmePortfolio.rollups.initiatives')}</th>
                  {(['green', 'amber', 'red', 'none'] as const).map((l) => (
                    <th scope="col" key={l}>
                      <TrafficLight light={l} />
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.levels.map((l) => (
                  <tr key={l.level}>
                    <th scope="row">{t(`monitoring.evaluationLevel.${l.level}`)}</th>
                    <td>{l.indicators}</td>
                    <td>{l.initiatives}</td>
                    <td>{l.lights.green}</td>
                    <td>{l.lights.amber}</td>
                    <td>{l.lights.red}</td>
                    <td>{l.lights.none}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
          <p className="muted small">{t('programmePortfolio.rollups.lightNote')}</p>
          <h2>{t('programmePortfolio.rollups.byCountry')}</h2>
          <GroupTable
            caption={t('programmePortfolio.country')}
            groups={data.countries}
            first={(k) => countryName(k, i18n.language, t('programmePortfolio.regional'))}
            rollups={data}
          />
          <h2>{t('programmePortfolio.rollups.bySector')}</h2>
          <GroupTable
            caption={t('programmePortfolio.sector')}
            groups={data.sectors}
            first={(k) => k || '—'}
            rollups={data}
          />
          {data.fundedNotFollowed > 0 && (
            <p className="small">
              {t('programmePortfolio.rollups.notFollowed', { count: data.fundedNotFollowed })}
            </p>
          )}
        </>
      )}
    </section>
  );
}

/** Side by side on the shared indicators that match by name and unit. */
export function PortfolioComparePage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '' } = useParams();
  const portfolio = useApi<Portfolio>(`/workspaces/${workspaceId}/portfolio`);
  const [chosen, setChosen] = useState<string[]>([]);
  const comparison = useApi<Comparison>(
    chosen.length >= 2 ? `/workspaces/${workspaceId}/portfolio/compare?ids=${chosen.join(',')}` : null,
  );
  const list = portfolio.data?.initiatives ?? [];
  return (
    <section aria-labelledby="compare-title">
      <ProgrammeNav />
      <PortfolioViewsNav />
      <h1 id="compare-title">{t('programmePortfolio.compare.title')}</h1>
      <p className="lead">{t('programmePortfolio.compare.intro')}</p>
      {portfolio.error && <ErrorMessage error={portfolio.error} />}
      <fieldset className="panel">
        <legend>{t('programmePortfolio.compare.choose')}</legend>
        {list.map((i) => (
          <label key={i.id} className="checkbox">
            <input
              type="checkbox"
              checked={chosen.includes(i.id)}
              disabled={!chosen.includes(i.id) && chosen.length >= 6}
              onChange={(e) =>
                setChosen(e.target.checked ? [...chosen, i.id] : chosen.filter((x) => x !== i.id))
              }
            />
            {i.name}
            {!i.shares.includes('indicators') && ` (${t('programmePortfolio.compare.noIndicators')})`}
          </label>
        ))}
        {list.length < 2 && <p className="muted">{t('programmePortfolio.compare.tooFew')}</p>}
      </fieldset>
      {comparison.error && <ErrorMessage error={comparison.error} />}
      {comparison.data &&
        (comparison.data.indicators.length === 0 ? (
          <p className="muted">{t('programmePortfolio.compare.none')}</p>
        ) : (
          <ScrollTable label={t('programmePortfolio.compare.title')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('monitoring.field.name')}</th>
                  {comparison.data.initiatives.map((i) => (
                    <th scope="col" key={i.id}>
                      {i.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {comparison.data.indicators.map((row) => (
                  <tr key={`${row.name}|${row.unit}`}>
                    <th scope="row">
                      {row.name} ({t(`monitoring.unit.${row.unit}`, row.unit)})
                    </th>
                    {row.values.map((v, n) => (
                      <td key={n}>
                        {v && v.value !== null ? (
                          <>
                            {formatNumber(v.value, i18n.language, Number.isInteger(v.value) ? 0 : 1)} (
                            {v.period}) <TrafficLight light={v.light} />
                          </>
                        ) : (
                          '—'
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        ))}
      <p className="muted small">{t('programmePortfolio.compare.rule')}</p>
    </section>
  );
}

/** The initiatives with coordinates, on a graticule (d3-geo, equirectangular). */
export function PortfolioMapPage() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const { data, error, loading } = useApi<Portfolio>(`/workspaces/${workspaceId}/portfolio`);
  const placed = (data?.initiatives ?? []).filter((i) => i.latitude !== null && i.longitude !== null);
  const width = 800;
  const height = 450;
  const { path, project } = useMemo(() => {
    const points = {
      type: 'MultiPoint' as const,
      coordinates: placed.length
        ? placed.flatMap((i) => [
            [i.longitude! - 8, i.latitude! - 6],
            [i.longitude! + 8, i.latitude! + 6],
          ])
        : [
            [-180, -60],
            [180, 75],
          ],
    };
    const projection = geoEquirectangular().fitExtent(
      [
        [20, 20],
        [width - 20, height - 20],
      ],
      points,
    );
    return {
      path: geoPath(projection),
      project: (lon: number, lat: number) => projection([lon, lat]) ?? [0, 0],
    };
  }, [placed]);
  return (
    <section aria-labelledby="map-title">
      <ProgrammeNav />
      <PortfolioViewsNav />
      <h1 id="map-title">{t('programmePortfolio.map.title')}</h1>
      <p className="lead">{t('programmePortfolio.map.intro')}</p>
      {error && <ErrorMessage error={error} />}
      {loading && !data && <Loading />}
      {data && (
        <>
          <svg
            viewBox={`0 0 ${width} ${height}`}
            role="img"
            aria-labelledby="map-title"
            style={{ width: '100%', height: 'auto', background: '#f4f8fb' }}
          >
            <path d={path(geoGraticule10()) ?? ''} fill="none" stroke="#c9d6e0" strokeWidth={0.5} />
            {placed.map((i) => {
              const [x, y] = project(i.longitude!, i.latitude!);
              return (
                <g key={i.id}>
                  <circle cx={x} cy={y} r={7} fill="#1565c0" />
                  <text x={x + 10} y={y + 4} fontSize={14}>
                    {i.name}
                  </text>
                </g>
              );
            })}
          </svg>
          <ul>
            {data.initiatives.map((i) => (
              <li key={i.id}>
                <Link to={`/w/${workspaceId}/portfolio/${i.id}`}>{i.name}</Link> —{' '}
                {i.latitude !== null && i.longitude !== null
                  ? `${i.latitude.toFixed(2)}, ${i.longitude.toFixed(2)}`
                  : t('programmePortfolio.map.noPoint')}
              </li>
            ))}
          </ul>
          <p className="muted small">{t('programmePortfolio.map.note')}</p>
        </>
      )}
    </section>
  );
}
