import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ROADMAP_LANES, laneRows, type RoadmapLane } from '@agglomera/methods';
import type { Roadmap, RoadmapElement as Element, RoadmapItem as Item } from './strategyTypes';

/** The visual roadmap of the roadmaps screen (RoadmapsPage.tsx): four lanes over the years, drawn as SVG. */
export type { Element, Item, Roadmap };

/** The visual roadmap of the roadmaps screen (RoadmapsPage.tsx): four lanes over the years, drawn as SVG. */
const LANE_COLOURS: Record<RoadmapLane, { fill: string; stroke: string; band: string }> = {
  drivers: { fill: '#dbe9f7', stroke: '#1d4e89', band: '#f4f8fc' },
  technologies: { fill: '#e3f1dc', stroke: '#2e6b1f', band: '#f6fbf3' },
  topic: { fill: '#fdecc8', stroke: '#8a5a00', band: '#fffaf0' },
  effects: { fill: '#f4dde8', stroke: '#7a1f4f', band: '#fcf5f8' },
};

/** A label in lines of at most `width` characters, broken at spaces. */
const wrap = (text: string, width: number) =>
  text.split(' ').reduce<string[]>((lines, word) => {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
    return lines;
  }, []);

/** The roadmap drawn as SVG: the years across, the four lanes down, each item a bar over its years. */
export function RoadmapDrawing({ roadmap }: { roadmap: Roadmap }) {
  const { t } = useTranslation();
  const id = useId();
  const years = Array.from({ length: roadmap.toYear - roadmap.fromYear + 1 }, (_, i) => roadmap.fromYear + i);
  const labelW = 170;
  const yearW = Math.max(90, Math.floor(700 / years.length));
  const barH = 26;
  const axisH = 28;
  const width = labelW + years.length * yearW;
  let top = axisH;
  const lanes = ROADMAP_LANES.map((lane) => {
    const items = roadmap.items.filter((i) => i.lane === lane);
    const { rows, count } = laneRows(items);
    const height = Math.max(52, 12 + count * (barH + 6));
    const out = { lane, items, rows, top, height };
    top += height;
    return out;
  });
  const height = top + 4;
  const fits = (text: string, w: number) => {
    const max = Math.max(3, Math.floor((w - 12) / 6.6));
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
  };
  return (
    <div className="table-scroll" style={{ overflowX: 'auto' }}>
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        style={{ maxWidth: 'none', display: 'block', fontSize: 12 }}
        data-testid="roadmap-svg"
      >
        <title id={`${id}-title`}>{t('roadmap.drawingTitle', { title: roadmap.title })}</title>
        <desc id={`${id}-desc`}>
          {t('roadmap.drawingDesc', {
            from: roadmap.fromYear,
            to: roadmap.toYear,
            count: roadmap.items.length,
          })}
        </desc>
        {lanes.map(({ lane, top: laneTop, height: laneH }) => (
          <rect key={lane} x={0} y={laneTop} width={width} height={laneH} fill={LANE_COLOURS[lane].band} />
        ))}
        {years.map((y, i) => (
          <g key={y}>
            <text
              x={labelW + i * yearW + yearW / 2}
              y={18}
              textAnchor="middle"
              fontWeight="bold"
              fill="#1d2733"
            >
              {y}
            </text>
            <line
              x1={labelW + i * yearW}
              x2={labelW + i * yearW}
              y1={axisH - 4}
              y2={height}
              stroke="#c9d2db"
            />
          </g>
        ))}
        {lanes.map(({ lane, items, rows, top: laneTop }) => (
          <g key={lane} data-lane={lane}>
            <line x1={0} x2={width} y1={laneTop} y2={laneTop} stroke="#c9d2db" />
            <text x={6} y={laneTop + 18} fontWeight="bold" fill={LANE_COLOURS[lane].stroke}>
              {wrap(t(`roadmap.lanes.${lane}.short`), 22).map((line, n) => (
                <tspan key={n} x={6} dy={n === 0 ? 0 : 14}>
                  {line}
                </tspan>
              ))}
            </text>
            {items.map((item, i) => {
              const x = labelW + (item.startYear - roadmap.fromYear) * yearW + 4;
              const w = (item.endYear - item.startYear + 1) * yearW - 8;
              const y = laneTop + 6 + rows[i]! * (barH + 6);
              const label = `${item.element ? '◆ ' : ''}${item.title}`;
              return (
                <g key={item.id} data-testid="roadmap-bar" data-item={item.title}>
                  <title>
                    {`${item.title} (${item.startYear}–${item.endYear})${
                      item.element ? ` — ${t('roadmap.linkedTo', { title: item.element.title })}` : ''
                    }`}
                  </title>
                  <rect
                    x={x}
                    y={y}
                    width={w}
                    height={barH}
                    rx={5}
                    fill={LANE_COLOURS[lane].fill}
                    stroke={LANE_COLOURS[lane].stroke}
                  />
                  <text x={x + 6} y={y + barH / 2 + 4} fill="#1d2733">
                    {fits(label, w)}
                  </text>
                </g>
              );
            })}
          </g>
        ))}
      </svg>
    </div>
  );
}
