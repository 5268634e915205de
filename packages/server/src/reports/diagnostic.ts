import { sql } from 'kysely';
import PDFDocument from 'pdfkit';
import type { Database } from '../db/database.js';
import { notFound } from '../http/errors.js';
import { networkAt } from '../actors/service.js';

/**
 * The diagnostic report: one document of the diagnosis of a cluster initiative, dated. Recorded, it
 * becomes the initiative's baseline (UNIDO: the diagnostic provides the baseline for monitoring,
 * 002_1736815e2889461c.txt:242); later reports compare against the first recorded one.
 */
export interface DiagnosticData {
  initiative: string;
  date: string;
  lifecycle: { stage: string; unidoPhase: number; blueprintStep: number | null } | null;
  actors: { total: number; byType: Record<string, number>; byStatus: Record<string, number> };
  network: { ties: number; density: number; components: number; brokers: string[] };
  stakeholders: { name: string; assessment: string; influence: string; measure: string; status: string }[];
  valueChains: { name: string; coverage: number | null; whiteSpots: string[] }[];
  analyses: { framework: string; category: string; sign: string; text: string; tags: string[] }[];
  needs: {
    survey: string;
    voters: number;
    top: { title: string; score: number | null; rank: number | null }[];
  } | null;
  memberCards: number;
  baseline: { recordedAt: string; actors: number; members: number; ties: number; density: number } | null;
}

const count = (rows: { k: string | null; n: string | number }[]) =>
  Object.fromEntries(rows.map((r) => [r.k ?? '—', Number(r.n)]));

export async function collectDiagnostic(db: Database, workspaceId: string): Promise<DiagnosticData> {
  const ws = await db
    .selectFrom('workspaces')
    .select(['name', 'kind'])
    .where('id', '=', workspaceId)
    .executeTakeFirst();
  if (!ws || ws.kind !== 'cluster_initiative') throw notFound('Cluster initiative');
  const lifecycle = await db
    .selectFrom('lifecycle_states')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  const byType = await db
    .selectFrom('actors')
    .select(['actor_type as k', (eb) => eb.fn.countAll<string>().as('n')])
    .where('workspace_id', '=', workspaceId)
    .groupBy('actor_type')
    .execute();
  const byStatus = await db
    .selectFrom('actors')
    .select(['status as k', (eb) => eb.fn.countAll<string>().as('n')])
    .where('workspace_id', '=', workspaceId)
    .groupBy('status')
    .execute();
  const net = await networkAt(db, workspaceId, undefined);
  const names = new Map(net.actors.map((a) => [a.id, a.name]));
  const stakeholders = await db
    .selectFrom('stakeholder_assessments as s')
    .innerJoin('actors as a', 'a.id', 's.actor_id')
    .select(['a.name', 's.assessment', 's.influence', 's.measure', 's.measure_status as status'])
    .where('s.workspace_id', '=', workspaceId)
    .orderBy(sql`CASE s.influence WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END`)
    .orderBy('a.name')
    .execute();
  const chains = await db
    .selectFrom('value_chains')
    .select(['id', 'name'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('created_at')
    .execute();
  const valueChains = [];
  for (const c of chains) {
    const stages = await db
      .selectFrom('value_chain_stages as s')
      .leftJoin('value_chain_stage_actors as l', 'l.stage_id', 's.id')
      .select(['s.name', (eb) => eb.fn.count<string>('l.actor_id').as('actors')])
      .where('s.chain_id', '=', c.id)
      .groupBy(['s.id', 's.name', 's.position', 's.kind'])
      .orderBy('s.kind')
      .orderBy('s.position')
      .execute();
    const covered = stages.filter((s) => Number(s.actors) > 0).length;
    valueChains.push({
      name: c.name,
      coverage: stages.length ? covered / stages.length : null,
      whiteSpots: stages.filter((s) => Number(s.actors) === 0).map((s) => s.name),
    });
  }
  const analyses = await db
    .selectFrom('analysis_items')
    .select(['framework', 'category', 'sign', 'text', 'tags'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('framework')
    .orderBy('category')
    .orderBy('created_at')
    .execute();
  const survey = await db
    .selectFrom('needs_surveys')
    .select(['id', 'title'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  let needs: DiagnosticData['needs'] = null;
  if (survey) {
    const { rankNeeds } = await import('@agglomera/methods');
    const rows = await db
      .selectFrom('needs as n')
      .leftJoin('need_votes as v', 'v.need_id', 'n.id')
      .select([
        'n.id',
        'n.title',
        (eb) => eb.fn.count<string>('v.user_id').filterWhere('v.vote', '=', 1).as('less'),
        (eb) => eb.fn.count<string>('v.user_id').filterWhere('v.vote', '=', 2).as('important'),
        (eb) => eb.fn.count<string>('v.user_id').filterWhere('v.vote', '=', 3).as('very'),
      ])
      .where('n.survey_id', '=', survey.id)
      .groupBy(['n.id', 'n.title'])
      .execute();
    const ranked = rankNeeds(
      rows.map((r) => ({
        id: r.id,
        lessImportant: Number(r.less),
        important: Number(r.important),
        veryImportant: Number(r.very),
      })),
    );
    const voters = await db
      .selectFrom('need_votes')
      .innerJoin('needs', 'needs.id', 'need_votes.need_id')
      .select((eb) => eb.fn.count<string>('need_votes.user_id').distinct().as('n'))
      .where('needs.survey_id', '=', survey.id)
      .executeTakeFirstOrThrow();
    needs = {
      survey: survey.title,
      voters: Number(voters.n),
      top: ranked
        .filter((r) => r.rank !== null)
        .sort((a, b) => a.rank! - b.rank!)
        .slice(0, 5)
        .map((r) => ({ title: rows.find((x) => x.id === r.id)!.title, score: r.score, rank: r.rank })),
    };
  }
  const cards = await db
    .selectFrom('member_cards')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  const first = await db
    .selectFrom('initiative_baselines')
    .select(['data', 'recorded_at'])
    .where('workspace_id', '=', workspaceId)
    .where('source', '=', 'diagnostic')
    .orderBy('recorded_at')
    .executeTakeFirst();
  const firstData = first?.data as DiagnosticData | undefined;
  return {
    initiative: ws.name,
    date: new Date().toISOString().slice(0, 10),
    lifecycle: lifecycle
      ? { stage: lifecycle.stage, unidoPhase: lifecycle.unido_phase, blueprintStep: lifecycle.blueprint_step }
      : null,
    actors: { total: net.actors.length, byType: count(byType), byStatus: count(byStatus) },
    network: {
      ties: net.ties.length,
      density: net.metrics.density,
      components: net.metrics.components,
      brokers: net.metrics.brokers.map((b) => names.get(b) ?? b),
    },
    stakeholders,
    valueChains,
    analyses,
    needs,
    memberCards: Number(cards.n),
    baseline: firstData
      ? {
          recordedAt: first!.recorded_at.toISOString().slice(0, 10),
          actors: firstData.actors.total,
          members: firstData.actors.byStatus.member ?? 0,
          ties: firstData.network.ties,
          density: firstData.network.density,
        }
      : null,
  };
}

const esc = (s: unknown) =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v * 100)} %`);
const delta = (now: number, before: number | undefined, digits = 0) =>
  before === undefined
    ? ''
    : ` (${now - before >= 0 ? '+' : ''}${(now - before).toFixed(digits)} since the baseline)`;

/** The report as lines of sections, shared by the HTML and the PDF renderings. */
function sections(d: DiagnosticData): { title: string; lines: string[] }[] {
  const b = d.baseline ?? undefined;
  return [
    {
      title: 'Position in the lifecycle',
      lines: d.lifecycle
        ? [
            `GIZ stage: ${d.lifecycle.stage}; UNIDO phase ${d.lifecycle.unidoPhase}; MarketMakers blueprint step ${d.lifecycle.blueprintStep ?? 'not followed'}.`,
          ]
        : ['No lifecycle recorded.'],
    },
    {
      title: 'Actors',
      lines: [
        `${d.actors.total} actors${delta(d.actors.total, b?.actors)}; ${d.actors.byStatus.member ?? 0} members${delta(d.actors.byStatus.member ?? 0, b?.members)}, ${d.actors.byStatus.committed ?? 0} committed actors, ${d.actors.byStatus.stakeholder ?? 0} stakeholders.`,
        `By type: ${
          Object.entries(d.actors.byType)
            .map(([k, v]) => `${k.replace(/_/g, ' ')} ${v}`)
            .join(', ') || '—'
        }.`,
      ],
    },
    {
      title: 'Network of ties',
      lines: [
        `${d.network.ties} ties${delta(d.network.ties, b?.ties)}; density ${d.network.density.toFixed(3)}${delta(d.network.density, b?.density, 3)}; ${d.network.components} separate groups.`,
        `Brokers: ${d.network.brokers.join(', ') || 'none'}.`,
      ],
    },
    {
      title: 'Stakeholders',
      lines: d.stakeholders.length
        ? d.stakeholders.map(
            (s) =>
              `${s.name} — ${s.assessment}, influence ${s.influence}. Measure: ${s.measure || '—'} (${s.status}).`,
          )
        : ['No stakeholder assessed.'],
    },
    {
      title: 'Value chains',
      lines: d.valueChains.length
        ? d.valueChains.map(
            (c) =>
              `${c.name}: ${pct(c.coverage)} of the stages covered; white spots: ${c.whiteSpots.join(', ') || 'none'}.`,
          )
        : ['No value chain mapped.'],
    },
    {
      title: 'SWOT, five forces and Diamond',
      lines: d.analyses.length
        ? d.analyses.map(
            (a) =>
              `${a.framework.replace('_', ' ')} · ${a.category.replace(/_/g, ' ')}: ${a.sign} ${a.tags.map((t) => `[${t}] `).join('')}${a.text}`,
          )
        : ['No analysis item.'],
    },
    {
      title: 'Needs of the actors',
      lines: d.needs
        ? [
            `${d.needs.survey}: ${d.needs.voters} voters.`,
            ...d.needs.top.map(
              (n) =>
                `${n.rank}. ${n.title} — score ${n.score === null ? '—' : (Math.round(n.score * 10 + 1e-9) / 10).toFixed(1)}`,
            ),
          ]
        : ['No needs survey.'],
    },
    { title: 'Member cards', lines: [`${d.memberCards} member personas described.`] },
  ];
}

export function diagnosticHtml(d: DiagnosticData): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Diagnostic report — ${esc(d.initiative)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:860px;margin:24px auto;padding:0 16px;color:#1d2733;line-height:1.45}h1{margin-bottom:0}h2{border-bottom:1px solid #c9d2db;padding-bottom:2px}</style></head><body>
<h1>Diagnostic report</h1><p><strong>${esc(d.initiative)}</strong> · ${esc(d.date)}${d.baseline ? ` · compared with the baseline of ${esc(d.baseline.recordedAt)}` : ''}</p>
${sections(d)
  .map(
    (s) =>
      `<section><h2>${esc(s.title)}</h2><ul>${s.lines.map((l) => `<li>${esc(l)}</li>`).join('')}</ul></section>`,
  )
  .join('\n')}
<p><small>Methods: GIZ cluster development guide (stakeholder analysis, value chain mapping, SWOT, needs ranking), UNIDO (network analysis, diagnostic as baseline), ECCP (member cards).</small></p>
</body></html>`;
}

export function diagnosticPdf(d: DiagnosticData): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 50,
      info: { Title: `Diagnostic report — ${d.initiative}`, Author: 'Agglomera' },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.fontSize(20).text('Diagnostic report');
    doc
      .moveDown(0.3)
      .fontSize(12)
      .text(
        `${d.initiative} · ${d.date}${d.baseline ? ` · compared with the baseline of ${d.baseline.recordedAt}` : ''}`,
      );
    for (const s of sections(d)) {
      doc.moveDown(0.8).fontSize(14).text(s.title, { underline: true });
      doc.moveDown(0.2).fontSize(10);
      for (const l of s.lines) doc.text(`• ${l}`, { paragraphGap: 2 });
    }
    doc.end();
  });
}
