import { MAPPING_LIMITS } from '@agglomera/methods';
import type { MappingRun } from './engine.js';
import { barChartSvg } from '../charts/svg.js';

const esc = (s: unknown) =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
const fmt = (n: unknown, digits = 0) =>
  n === null || n === undefined
    ? '—'
    : Number(n).toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/**
 * A horizontal bar chart drawn by ECharts (charts/svg.ts), the library that draws every other chart
 * of the platform's reports, inline in the page and labelled for screen readers with its values.
 */
function barChart(title: string, rows: { label: string; value: number }[], unit: string): string {
  const svg = barChartSvg({
    bars: rows,
    width: 760,
    rowHeight: 24,
    format: (v) => fmt(v),
    ariaLabel: `${title}: ${rows.map((r) => `${r.label} ${fmt(r.value)} ${unit}`).join('; ')}`,
  });
  return `<figure><figcaption>${esc(title)}</figcaption>\n${svg}</figure>`;
}

/** A self-contained HTML report of a mapping run: charts, a ranked table and the method's limits. */
export async function htmlReport(
  run: MappingRun,
  meta: { input: string; definitions: string; year?: number },
): Promise<string> {
  const year = meta.year ?? run.years.at(-1) ?? null;
  const yearWhere = year === null ? 'year IS NULL' : `year = ${year}`;
  const q = async (sql: string) => (await run.connection.runAndReadAll(sql)).getRowObjectsJson();
  const byCluster = await q(
    `SELECT cluster_name, sum(employment) AS employment FROM records WHERE ${yearWhere} GROUP BY cluster_name ORDER BY employment DESC LIMIT 15`,
  );
  const strongByRegion = await q(
    `SELECT coalesce(any_value(region_name), region) AS region, count(*) FILTER (WHERE strong) AS n FROM records WHERE ${yearWhere} GROUP BY region ORDER BY n DESC, region LIMIT 15`,
  );
  const ranked = await q(
    `SELECT region, region_name, cluster_name, employment, establishments, lq, share, rank, cagr, strong, strong90
     FROM records WHERE ${yearWhere} AND strong ORDER BY lq DESC, region, cluster_name LIMIT 200`,
  );
  const totalStrong = await q(
    `SELECT count(*) FILTER (WHERE strong) AS s, count(*) FILTER (WHERE strong90) AS s90 FROM records WHERE ${yearWhere}`,
  );
  const rows = ranked
    .map(
      (
        r,
        i,
      ) => `<tr><td>${i + 1}</td><td>${esc(r.region_name ?? r.region)}</td><td>${esc(r.cluster_name)}</td>
<td class="n">${fmt(r.employment)}</td><td class="n">${fmt(r.establishments)}</td><td class="n">${fmt(r.lq, 2)}</td>
<td class="n">${fmt(Number(r.share) * 100, 1)} %</td><td class="n">${fmt(r.rank)}</td>
<td class="n">${r.cagr === null ? '—' : `${fmt(Number(r.cagr) * 100, 1)} %`}</td><td>${r.strong90 ? 'yes' : ''}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Cluster mapping: ${esc(meta.input)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font-family:system-ui,sans-serif;color:#1d2733;max-width:1000px;margin:24px auto;padding:0 16px;line-height:1.45}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #c9d2db;padding:4px 6px;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums}.limits{background:#fff8e1;border:1px solid #e6d28a;padding:8px 16px}
figure{margin:16px 0}figcaption{font-weight:600;margin-bottom:4px}svg{max-width:100%;height:auto}
</style></head><body>
<h1>Cluster mapping</h1>
<p>Input <strong>${esc(meta.input)}</strong> (${fmt(run.inputRows)} rows), definitions <strong>${esc(meta.definitions)}</strong>,
year shown <strong>${esc(year ?? 'all')}</strong>${run.baseYear !== null ? `, growth since ${run.baseYear}` : ''}.
${fmt(totalStrong[0]?.s)} strong region–cluster pairs at the 75th percentile of LQ, ${fmt(totalStrong[0]?.s90)} at the 90th.</p>
<p>LQ = (e<sub>rc</sub>/e<sub>r</sub>)/(E<sub>c</sub>/E); share = e<sub>rc</sub>/E<sub>c</sub>. A cluster is <em>strong</em> in a region
when, among regions of the same type with employment in it, its LQ is at least the 75th percentile (90th for the stricter test) and at least 1,
and its employment and establishments are above the 25th percentile (US Cluster Mapping Project).
${run.establishmentsCriterion ? '' : '<strong>The input has no establishments, so that criterion was left out.</strong>'}</p>
<section class="limits"><h2>Limits of cluster mapping</h2><p>From the GIZ cluster development guide: use mapping as one of several analytical tools.</p><ul>
${MAPPING_LIMITS.map((l) => `<li>${esc(l.text)}</li>`).join('\n')}
</ul></section>
${barChart(
  'Employment by cluster (top 15)',
  byCluster.map((r) => ({ label: String(r.cluster_name), value: Number(r.employment) })),
  'jobs',
)}
${barChart(
  'Strong clusters by region (top 15)',
  strongByRegion.map((r) => ({ label: String(r.region), value: Number(r.n) })),
  'strong clusters',
)}
<h2>Strong clusters ranked by LQ${ranked.length === 200 ? ' (first 200)' : ''}</h2>
${
  ranked.length
    ? `<table><thead><tr><th>#</th><th>Region</th><th>Cluster</th><th>Employment</th><th>Establishments</th><th>LQ</th><th>Share</th><th>Rank in region</th><th>Growth p.a.</th><th>Strong at P90</th></tr></thead>
<tbody>${rows}</tbody></table>`
    : '<p>No strong cluster in this year.</p>'
}
${
  run.uncoveredIndustries.length
    ? `<h2>Industries in no cluster</h2><p>Counted in the regions' totals, but outside every cluster definition:</p><ul>${run.uncoveredIndustries
        .slice(0, 20)
        .map((u) => `<li>${esc(u.industry)}: ${fmt(u.employment)} jobs</li>`)
        .join(
          '',
        )}</ul>${run.uncoveredIndustries.length > 20 ? `<p>… and ${run.uncoveredIndustries.length - 20} more.</p>` : ''}`
    : ''
}
</body></html>`;
}
