import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { FeatureCollection } from 'geojson';
import { del, get } from '../api';
import { useConfirm } from '../layout/Dialog';
import { useSession } from '../session';
import { useApi } from '../useApi';
import { ErrorMessage, Loading } from '../layout/common';
import { formatNumber } from '../i18n';
import { Limits } from './Limits';
import { CompareBars, GrowthLine, RecordBars } from './charts';
import { Choropleth, type GeographySource } from './Choropleth';
import { GeographyUpload } from './GeographyUpload';
import {
  regionLabel,
  type ClusterProfile,
  type Comparison,
  type DatasetDetail,
  type GeographyList,
  type Growth,
  type RecordPage,
  type RegionProfile,
} from './types';

type Tab = 'region' | 'cluster' | 'compare' | 'growth' | 'map' | 'records';
const TABS: Tab[] = ['region', 'cluster', 'compare', 'growth', 'map', 'records'];

const pct = (v: number | null, lng: string) => (v === null ? '—' : `${formatNumber(v * 100, lng, 1)} %`);

export function DatasetPage() {
  const { t, i18n } = useTranslation();
  const { workspaceId = '', datasetId = '' } = useParams();
  const base = `/workspaces/${workspaceId}/map/datasets/${datasetId}`;
  const ds = useApi<DatasetDetail>(base);
  const [tab, setTab] = useState<Tab>('region');
  const [year, setYear] = useState<number | null>(null);
  const [region, setRegion] = useState('');
  const [cluster, setCluster] = useState('');
  const [compare, setCompare] = useState<string[]>([]);
  const [measure, setMeasure] = useState<'lq' | 'employment'>('lq');
  const [geography, setGeography] = useState<string>('built-in');
  const [confirm, confirmDialog] = useConfirm();
  const navigate = useNavigate();
  const { me } = useSession();
  const role = me?.workspaces.find((w) => w.id === workspaceId)?.role ?? '';
  const [deleteError, setDeleteError] = useState<Error | null>(null);

  useEffect(() => {
    if (!ds.data) return;
    setYear(ds.data.years.at(-1) ?? null);
    setRegion(ds.data.regions[0]?.region ?? '');
    setCluster(ds.data.clusters[0]?.cluster_code ?? '');
    setCompare(ds.data.regions.slice(0, 2).map((r) => r.region));
  }, [ds.data]);

  const yq = year === null ? '' : `?year=${year}`;
  const regionProfile = useApi<RegionProfile>(
    tab === 'region' && region ? `${base}/regions/${encodeURIComponent(region)}${yq}` : null,
  );
  const clusterProfile = useApi<ClusterProfile>(
    (tab === 'cluster' || tab === 'map') && cluster
      ? `${base}/clusters/${encodeURIComponent(cluster)}${yq}`
      : null,
  );
  const comparison = useApi<Comparison>(
    tab === 'compare' && compare.length >= 2
      ? `${base}/compare?regions=${compare.map(encodeURIComponent).join(',')}${year === null ? '' : `&year=${year}`}`
      : null,
  );
  const growth = useApi<Growth>(
    tab === 'growth'
      ? `${base}/growth?${new URLSearchParams({ ...(region ? { region } : {}), ...(cluster ? { cluster } : {}) })}`
      : null,
  );
  const mapRecords = useApi<RecordPage>(
    tab === 'map' && cluster
      ? `${base}/records?cluster=${encodeURIComponent(cluster)}&limit=1000${year === null ? '' : `&year=${year}`}`
      : null,
  );
  const records = useApi<RecordPage>(
    tab === 'records' ? `${base}/records?limit=100&sort=lq${year === null ? '' : `&year=${year}`}` : null,
  );
  const geographies = useApi<GeographyList>(`/workspaces/${workspaceId}/map/geographies`);
  const [uploadedGeo, setUploadedGeo] = useState<{
    geojson: FeatureCollection;
    region_property: string;
  } | null>(null);
  useEffect(() => {
    if (geography === 'built-in') return setUploadedGeo(null);
    void get<{ geojson: FeatureCollection; region_property: string }>(
      `/workspaces/${workspaceId}/map/geographies/${geography}`,
    ).then(setUploadedGeo);
  }, [geography, workspaceId]);

  const source: GeographySource | null = useMemo(() => {
    if (geography !== 'built-in')
      return uploadedGeo
        ? { kind: 'uploaded', geojson: uploadedGeo.geojson, regionProperty: uploadedGeo.region_property }
        : null;
    return ds.data?.builtInGeography ? { kind: ds.data.builtInGeography } : null;
  }, [geography, uploadedGeo, ds.data?.builtInGeography]);

  if (ds.error) return <ErrorMessage error={ds.error} />;
  if (!ds.data) return <Loading />;
  const d = ds.data;
  const regionName = (code: string) => {
    const r = d.regions.find((x) => x.region === code);
    return r ? regionLabel(r) : code;
  };

  return (
    <section aria-labelledby="dataset-title">
      <p>
        <Link to={`/w/${workspaceId}/map`}>← {t('map.datasets')}</Link>
      </p>
      <h1 id="dataset-title">{d.name}</h1>
      {['owner', 'manager', 'officer'].includes(role) && (
        <div className="actions">
          <button
            type="button"
            className="danger"
            onClick={async () => {
              if (
                !(await confirm({
                  message: t('list.confirmDeleteDataset', { name: d.name }),
                  action: t('form.delete'),
                }))
              )
                return;
              try {
                await del(base);
                navigate(`/w/${workspaceId}/map`);
              } catch (e) {
                setDeleteError(e as Error);
              }
            }}
          >
            {t('list.deleteDataset')}
          </button>
          {confirmDialog}
        </div>
      )}
      <ErrorMessage error={deleteError} />
      <p className="small muted">
        {t('map.datasetSummary', {
          file: d.file_name,
          definitions: d.definitions,
          rows: formatNumber(d.input_rows, i18n.language),
          regions: d.regions.length,
          clusters: d.clusters.length,
        })}
        {!d.establishments_criterion && ` ${t('map.noEstablishments')}`}
      </p>
      <Limits limits={d.limits} />
      <UncoveredIndustries uncovered={d.uncovered} />

      <div className="toolbar">
        {d.years.length > 0 && (
          <label>
            {t('map.year')}
            <select value={year ?? ''} onChange={(e) => setYear(Number(e.target.value))}>
              {d.years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
        )}
        {['region', 'growth'].includes(tab) && (
          <label>
            {t('map.region')}
            <select value={region} onChange={(e) => setRegion(e.target.value)}>
              {tab === 'growth' && <option value="">{t('map.allRegions')}</option>}
              {d.regions.map((r) => (
                <option key={r.region} value={r.region}>
                  {regionLabel(r)}
                </option>
              ))}
            </select>
          </label>
        )}
        {['cluster', 'growth', 'map'].includes(tab) && (
          <label>
            {t('map.cluster')}
            <select value={cluster} onChange={(e) => setCluster(e.target.value)}>
              {tab === 'growth' && <option value="">{t('map.allClusters')}</option>}
              {d.clusters.map((c) => (
                <option key={c.cluster_code} value={c.cluster_code}>
                  {c.cluster_name}
                </option>
              ))}
            </select>
          </label>
        )}
        {tab === 'map' && (
          <>
            <label>
              {t('map.measure')}
              <select value={measure} onChange={(e) => setMeasure(e.target.value as 'lq' | 'employment')}>
                <option value="lq">LQ</option>
                <option value="employment">{t('map.employment')}</option>
              </select>
            </label>
            <label>
              {t('map.geography')}
              <select value={geography} onChange={(e) => setGeography(e.target.value)}>
                <option value="built-in">
                  {d.builtInGeography ? t(`map.${d.builtInGeography}`) : t('map.noBuiltIn')}
                </option>
                {geographies.data?.geographies.map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.name}
                  </option>
                ))}
              </select>
            </label>
          </>
        )}
      </div>

      <div role="tablist" aria-label={t('map.views')} className="tabs">
        {TABS.map((x) => (
          <button
            key={x}
            type="button"
            role="tab"
            id={`tab-${x}`}
            aria-selected={tab === x}
            aria-controls="dataset-panel"
            className={tab === x ? 'tab active' : 'tab'}
            onClick={() => setTab(x)}
          >
            {t(`map.tabs.${x}`)}
          </button>
        ))}
      </div>

      <div role="tabpanel" id="dataset-panel" aria-labelledby={`tab-${tab}`}>
        {tab === 'region' &&
          (regionProfile.error ? (
            <ErrorMessage error={regionProfile.error} />
          ) : !regionProfile.data ? (
            <Loading />
          ) : (
            <>
              <h2>{regionName(region)}</h2>
              <p>{t('map.strongCount', { count: regionProfile.data.strongCount })}</p>
              <RecordBars
                records={regionProfile.data.topByLq}
                measure="lq"
                label={(r) => r.cluster_name}
                title={t('map.topClustersByLq')}
              />
              <RecordBars
                records={regionProfile.data.topByEmployment}
                measure="employment"
                label={(r) => r.cluster_name}
                title={t('map.topClustersByEmployment')}
              />
              {regionProfile.data.related.length > 0 && (
                <>
                  <h3>{t('map.relatedTitle')}</h3>
                  <ul>
                    {regionProfile.data.related.map((r) => (
                      <li key={r.cluster}>
                        <strong>{r.cluster}</strong>:{' '}
                        {!r.hasRelatednessData
                          ? t('map.noRelatedness')
                          : r.related.length
                            ? r.related
                                .map((x) => `${x.cluster}${x.strong ? ` (${t('map.strong')})` : ''}`)
                                .join(', ')
                            : t('map.noRelatedPresent')}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </>
          ))}
        {tab === 'cluster' &&
          (clusterProfile.error ? (
            <ErrorMessage error={clusterProfile.error} />
          ) : !clusterProfile.data ? (
            <Loading />
          ) : (
            <>
              <h2>{clusterProfile.data.clusterName}</h2>
              <p>
                {t('map.clusterSummary', {
                  employment: formatNumber(clusterProfile.data.totalEmployment, i18n.language),
                  strong: clusterProfile.data.strongRegions,
                })}
              </p>
              <RecordBars
                records={clusterProfile.data.topByLq}
                measure="lq"
                label={(r) => regionLabel(r)}
                title={t('map.topRegionsByLq')}
              />
              <RecordBars
                records={clusterProfile.data.topByEmployment}
                measure="employment"
                label={(r) => regionLabel(r)}
                title={t('map.topRegionsByEmployment')}
              />
            </>
          ))}
        {tab === 'compare' && (
          <>
            <fieldset className="panel">
              <legend>{t('map.chooseRegions')}</legend>
              <div className="checkbox-grid">
                {d.regions.slice(0, 200).map((r) => (
                  <label key={r.region} className="checkbox">
                    <input
                      type="checkbox"
                      checked={compare.includes(r.region)}
                      disabled={!compare.includes(r.region) && compare.length >= 6}
                      onChange={(e) =>
                        setCompare(
                          e.target.checked ? [...compare, r.region] : compare.filter((x) => x !== r.region),
                        )
                      }
                    />
                    {regionLabel(r)}
                  </label>
                ))}
              </div>
            </fieldset>
            {compare.length < 2 ? (
              <p className="muted">{t('map.pickTwo')}</p>
            ) : comparison.data ? (
              <CompareBars
                title={t('map.compareTitle')}
                regions={compare.map((c) => ({ code: c, label: regionName(c) }))}
                rows={comparison.data.clusters.slice(0, 12).map((c) => ({
                  name: c.clusterName,
                  values: Object.fromEntries(Object.entries(c.values).map(([k, v]) => [k, v.lq ?? 0])),
                }))}
              />
            ) : (
              <Loading />
            )}
          </>
        )}
        {tab === 'growth' &&
          (growth.data ? (
            <>
              <GrowthLine
                series={growth.data.series}
                title={t('map.growthTitle', {
                  what:
                    [
                      region && regionName(region),
                      cluster && d.clusters.find((c) => c.cluster_code === cluster)?.cluster_name,
                    ]
                      .filter(Boolean)
                      .join(' · ') || t('map.allRegions'),
                })}
              />
              <p>
                {t('map.growthSummary', {
                  from: growth.data.from,
                  to: growth.data.to,
                  change: growth.data.change === null ? '—' : formatNumber(growth.data.change, i18n.language),
                  cagr: pct(growth.data.cagr, i18n.language),
                })}
              </p>
            </>
          ) : (
            <Loading />
          ))}
        {tab === 'map' &&
          (!source ? (
            <p className="notice">{t('map.noGeography')}</p>
          ) : !mapRecords.data ? (
            <Loading />
          ) : (
            <Choropleth
              source={source}
              measureLabel={measure === 'lq' ? 'LQ' : t('map.employment')}
              digits={measure === 'lq' ? 2 : 0}
              title={t('map.mapTitle', {
                cluster: d.clusters.find((c) => c.cluster_code === cluster)?.cluster_name ?? cluster,
                year: year ?? '',
              })}
              values={
                new Map(
                  mapRecords.data.records.map((r) => [
                    r.region,
                    {
                      value: measure === 'lq' ? r.lq : r.employment,
                      label: regionLabel(r),
                      strong: r.strong,
                    },
                  ]),
                )
              }
            />
          ))}
        {tab === 'map' && (
          <details>
            <summary>{t('map.addGeography')}</summary>
            <GeographyUpload
              workspaceId={workspaceId}
              onUploaded={async (id) => {
                await geographies.reload();
                setGeography(id);
              }}
            />
          </details>
        )}
        {tab === 'records' && (
          <>
            <p>
              <a href={`/api/v1${base}/records?format=csv`} download>
                {t('common.exportCsv')}
              </a>{' '}
              ·{' '}
              <a href={`/api/v1${base}/records?format=xlsx`} download>
                {t('common.exportXlsx')}
              </a>
            </p>
            {records.data ? (
              <table>
                <caption>
                  {t('map.recordsCaption', { shown: records.data.records.length, total: records.data.total })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('map.region')}</th>
                    <th scope="col">{t('map.cluster')}</th>
                    <th scope="col">{t('map.employment')}</th>
                    <th scope="col">LQ</th>
                    <th scope="col">{t('map.share')}</th>
                    <th scope="col">{t('map.rank')}</th>
                    <th scope="col">{t('map.growth')}</th>
                    <th scope="col">{t('map.strong')}</th>
                  </tr>
                </thead>
                <tbody>
                  {records.data.records.map((r) => (
                    <tr key={`${r.region}-${r.cluster_code}`}>
                      <td>{regionLabel(r)}</td>
                      <td>{r.cluster_name}</td>
                      <td className="num">{formatNumber(r.employment, i18n.language)}</td>
                      <td className="num">{r.lq === null ? '—' : formatNumber(r.lq, i18n.language, 2)}</td>
                      <td className="num">{pct(r.share, i18n.language)}</td>
                      <td className="num">{r.rank ?? '—'}</td>
                      <td className="num">{pct(r.cagr, i18n.language)}</td>
                      <td>{r.strong ? (r.strong90 ? t('map.strong90') : t('map.strong')) : ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <Loading />
            )}
          </>
        )}
      </div>
    </section>
  );
}

/**
 * The industries of the file that no cluster of the definitions holds, named with their jobs, so
 * that nothing is dropped without a word (experience issue, item 11).
 */
function UncoveredIndustries({ uncovered }: { uncovered: { industry: string; employment: number }[] }) {
  const { t, i18n } = useTranslation();
  if (uncovered.length === 0) return null;
  const item = (u: { industry: string; employment: number }) =>
    t('map.uncoveredItem', { industry: u.industry, jobs: formatNumber(u.employment, i18n.language) });
  const jobs = uncovered.reduce((sum, u) => sum + u.employment, 0);
  return (
    <div className="notice" role="note">
      <p>
        {t('map.uncovered', {
          count: uncovered.length,
          jobs: formatNumber(jobs, i18n.language),
          largest: uncovered.slice(0, 3).map(item).join(', '),
        })}
      </p>
      {uncovered.length > 3 && (
        <details>
          <summary>{t('map.uncoveredList')}</summary>
          <ul>
            {uncovered.slice(0, 200).map((u) => (
              <li key={u.industry}>{item(u)}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
