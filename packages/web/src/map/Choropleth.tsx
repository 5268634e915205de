import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { geoAlbersUsa, geoIdentity, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { scaleSequential } from 'd3-scale';
import { interpolateBlues } from 'd3-scale-chromatic';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import { formatNumber } from '../i18n';

export type GeographySource =
  | { kind: 'us-states' }
  | { kind: 'us-counties' }
  | { kind: 'uploaded'; geojson: FeatureCollection; regionProperty: string };

type CodedFeature = Feature<Geometry, Record<string, unknown>> & { code: string };

/** Loads the geometry: the packaged US atlas (by FIPS code) or a GeoJSON the user uploaded. */
async function loadFeatures(source: GeographySource): Promise<CodedFeature[]> {
  if (source.kind === 'uploaded')
    return source.geojson.features.map((f) => ({
      ...(f as Feature<Geometry, Record<string, unknown>>),
      code: String(f.properties?.[source.regionProperty]),
    }));
  const topology = (source.kind === 'us-states'
    ? (await import('us-atlas/states-10m.json')).default
    : (await import('us-atlas/counties-10m.json')).default) as unknown as Topology;
  const object = source.kind === 'us-states' ? topology.objects.states! : topology.objects.counties!;
  const fc = feature(topology, object) as unknown as FeatureCollection<Geometry, Record<string, unknown>>;
  return fc.features.map((f) => ({ ...f, code: String(f.id) }));
}

export function Choropleth({
  source,
  values,
  title,
  measureLabel,
  digits = 2,
}: {
  source: GeographySource;
  values: Map<string, { value: number | null; label: string; strong: boolean }>;
  title: string;
  measureLabel: string;
  digits?: number;
}) {
  const { t, i18n } = useTranslation();
  const [features, setFeatures] = useState<CodedFeature[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setFeatures(null);
    loadFeatures(source)
      .then((f) => live && setFeatures(f))
      .catch((e) => live && setError(String(e)));
    return () => {
      live = false;
    };
  }, [source]);

  const width = 900;
  const height = 520;
  const max = Math.max(1, ...[...values.values()].map((v) => v.value ?? 0));
  const color = useMemo(() => scaleSequential(interpolateBlues).domain([0, max]), [max]);
  const path = useMemo(() => {
    if (!features) return null;
    const fc = { type: 'FeatureCollection', features } as FeatureCollection;
    const projection =
      source.kind === 'uploaded'
        ? geoIdentity().reflectY(true).fitSize([width, height], fc)
        : geoAlbersUsa().fitSize([width, height], fc);
    return geoPath(projection);
  }, [features, source.kind]);

  if (error)
    return (
      <p role="alert" className="alert">
        {error}
      </p>
    );
  if (!features || !path) return <p role="status">{t('common.loading')}</p>;
  const matched = features.filter((f) => values.has(f.code)).length;
  const top = [...values.entries()]
    .filter(([, v]) => v.value !== null)
    .sort((a, b) => b[1].value! - a[1].value!)
    .slice(0, 10);

  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`${title}. ${t('map.mapSummary', { matched, total: values.size })}`}
        className="choropleth"
      >
        {features.map((f) => {
          const v = values.get(f.code);
          const d = path(f as GeoPermissibleObjects);
          if (!d) return null;
          return (
            <path
              key={f.code}
              d={d}
              fill={v?.value != null ? color(v.value) : '#eceff1'}
              stroke={v?.strong ? '#b45309' : '#ffffff'}
              strokeWidth={v?.strong ? 1.5 : 0.4}
            >
              <title>
                {v
                  ? `${v.label}: ${measureLabel} ${v.value === null ? '—' : formatNumber(v.value, i18n.language, digits)}${v.strong ? ` (${t('map.strong')})` : ''}`
                  : `${f.code}: ${t('map.noData')}`}
              </title>
            </path>
          );
        })}
      </svg>
      <div className="legend" aria-hidden="true">
        <span>0</span>
        <span
          className="legend-bar"
          style={{ background: `linear-gradient(to right, ${color(0)}, ${color(max / 2)}, ${color(max)})` }}
        />
        <span>{formatNumber(max, i18n.language, digits)}</span>
        <span className="swatch" style={{ background: '#eceff1' }} /> {t('map.noData')}
        <span className="swatch outline" /> {t('map.strong')}
      </div>
      <p className="small muted">{t('map.mapSummary', { matched, total: values.size })}</p>
      <table className="compact">
        <caption>{t('map.topRegions', { measure: measureLabel })}</caption>
        <tbody>
          {top.map(([code, v]) => (
            <tr key={code}>
              <td>{v.label}</td>
              <td className="num">{formatNumber(v.value!, i18n.language, digits)}</td>
              <td>{v.strong ? t('map.strong') : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
