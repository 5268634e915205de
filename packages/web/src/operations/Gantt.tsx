import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

export interface GanttRow {
  label: string;
  start: string;
  end: string;
  kind: 'task' | 'late' | 'done' | 'milestone';
}
const DAY = 86_400_000;
const COLOURS = { task: '#0b5f73', late: '#b91c1c', done: '#15803d', milestone: '#d97706' };
const day = (d: string) => Math.round(Date.parse(`${d}T00:00:00Z`) / DAY);

/** A timeline (Gantt) of tasks and milestones between the project's start and end, as ranged bars. */
export function Gantt({
  rows,
  from,
  to,
  title,
}: {
  rows: GanttRow[];
  from: string;
  to: string;
  title: string;
}) {
  const { t, i18n } = useTranslation();
  const origin = day(from);
  const data = rows.map((r) => ({
    name: r.label,
    range: [day(r.start) - origin, day(r.end) - origin + (r.kind === 'milestone' ? 1 : 1)],
    kind: r.kind,
  }));
  const today = Math.round(Date.now() / DAY) - origin;
  const asDate = (v: number) =>
    new Date((origin + v) * DAY).toLocaleDateString(i18n.language, {
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
  return (
    <figure className="chart" data-testid="gantt">
      <figcaption>{title}</figcaption>
      <div
        role="img"
        aria-label={`${title}: ${rows
          .map(
            (r) =>
              `${r.label} ${r.start}${r.kind === 'milestone' ? '' : ` – ${r.end}`} (${t(`projects.gantt.${r.kind}`)})`,
          )
          .join('; ')}`}
      >
        <ResponsiveContainer width="100%" height={50 + rows.length * 30}>
          <BarChart data={data} layout="vertical" margin={{ left: 10, right: 20 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" domain={[0, day(to) - origin + 1]} tickFormatter={asDate} />
            <YAxis type="category" dataKey="name" width={220} tick={{ fontSize: 12 }} />
            <Tooltip
              formatter={(v) =>
                Array.isArray(v) ? `${asDate(Number(v[0]))} – ${asDate(Number(v[1]) - 1)}` : String(v)
              }
            />
            {today >= 0 && today <= day(to) - origin && (
              <ReferenceLine x={today} stroke="#6b7280" strokeDasharray="4 4" />
            )}
            <Bar dataKey="range" isAnimationActive={false}>
              {data.map((d, i) => (
                <Cell key={i} fill={COLOURS[d.kind]} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      {/* What the colours and the dashed line mean (issue 12, item 11). */}
      <ul className="chart-legend" aria-hidden="true">
        {(Object.keys(COLOURS) as (keyof typeof COLOURS)[]).map((kind) => (
          <li key={kind}>
            <span className="swatch" style={{ background: COLOURS[kind] }} />
            {t(`projects.gantt.${kind}`)}
          </li>
        ))}
        {today >= 0 && today <= day(to) - origin && (
          <li>
            <span className="swatch swatch-line" />
            {t('projects.gantt.today')}
          </li>
        )}
      </ul>
    </figure>
  );
}
