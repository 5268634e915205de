import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n';
import type { MapRecord } from './types';

const STRONG = '#0b5f73';
const OTHER = '#8fb3bd';
const PALETTE = ['#0b5f73', '#d97706', '#6d28d9', '#15803d', '#b91c1c', '#1d4ed8'];

/** Horizontal bars of clusters (or regions), strong ones in the dark colour; a caption says what is shown. */
export function RecordBars({
  records,
  measure,
  label,
  title,
}: {
  records: MapRecord[];
  measure: 'lq' | 'employment';
  label: (r: MapRecord) => string;
  title: string;
}) {
  const { t, i18n } = useTranslation();
  const data = records.map((r) => ({
    name: label(r),
    value: measure === 'lq' ? (r.lq ?? 0) : r.employment,
    strong: r.strong,
  }));
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div
        role="img"
        aria-label={`${title}: ${data.map((d) => `${d.name} ${formatNumber(d.value, i18n.language, measure === 'lq' ? 2 : 0)}`).join('; ')}`}
      >
        <ResponsiveContainer width="100%" height={40 + data.length * 28}>
          <BarChart data={data} layout="vertical" margin={{ left: 10, right: 30 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis
              type="number"
              tickFormatter={(v: number) => formatNumber(v, i18n.language, measure === 'lq' ? 1 : 0)}
            />
            <YAxis type="category" dataKey="name" width={230} tick={{ fontSize: 12 }} />
            <Tooltip formatter={(v) => formatNumber(Number(v), i18n.language, measure === 'lq' ? 2 : 0)} />
            {measure === 'lq' && (
              <ReferenceLine
                x={1}
                stroke="#b91c1c"
                strokeDasharray="4 2"
                label={{ value: 'LQ = 1', position: 'top', fontSize: 11 }}
              />
            )}
            <Bar
              dataKey="value"
              name={measure === 'lq' ? 'LQ' : t('map.employment')}
              isAnimationActive={false}
            >
              {data.map((d) => (
                <Cell key={d.name} fill={d.strong ? STRONG : OTHER} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <p className="small muted">
        <span className="swatch" style={{ background: STRONG }} /> {t('map.strong')}{' '}
        <span className="swatch" style={{ background: OTHER }} /> {t('map.notStrong')}
      </p>
    </figure>
  );
}

export function GrowthLine({
  series,
  title,
}: {
  series: { year: number; employment: number }[];
  title: string;
}) {
  const { i18n } = useTranslation();
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div
        role="img"
        aria-label={`${title}: ${series.map((s) => `${s.year} ${formatNumber(s.employment, i18n.language)}`).join('; ')}`}
      >
        <ResponsiveContainer width="100%" height={260}>
          <LineChart data={series} margin={{ left: 20, right: 30, top: 10 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="year" />
            <YAxis tickFormatter={(v: number) => formatNumber(v, i18n.language)} />
            <Tooltip formatter={(v) => formatNumber(Number(v), i18n.language)} />
            <Line
              type="monotone"
              dataKey="employment"
              stroke={STRONG}
              strokeWidth={2}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

export function CompareBars({
  rows,
  regions,
  title,
}: {
  rows: { name: string; values: Record<string, number> }[];
  regions: { code: string; label: string }[];
  title: string;
}) {
  const { i18n } = useTranslation();
  const data = rows.map((r) => ({ name: r.name, ...r.values }));
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div role="img" aria-label={title}>
        <ResponsiveContainer width="100%" height={60 + rows.length * 22 * Math.max(1, regions.length / 1.5)}>
          <BarChart data={data} layout="vertical" margin={{ left: 10, right: 30 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" tickFormatter={(v: number) => formatNumber(v, i18n.language, 1)} />
            <YAxis type="category" dataKey="name" width={230} tick={{ fontSize: 12 }} />
            <Tooltip formatter={(v) => formatNumber(Number(v), i18n.language, 2)} />
            <Legend />
            <ReferenceLine x={1} stroke="#b91c1c" strokeDasharray="4 2" />
            {regions.map((r, i) => (
              <Bar
                key={r.code}
                dataKey={r.code}
                name={r.label}
                fill={PALETTE[i % PALETTE.length]}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
