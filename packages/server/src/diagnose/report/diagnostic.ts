import { rankVotedNeeds, surveyVoters } from '../needs/ranking.service.js';
import { sql } from 'kysely';
import type { Database } from '../../db/database.js';
import { notFound } from '../../http/errors.js';
import { networkAt } from '../actors/service.js';
import { createPdf } from './pdf.js';
import { documentFormatter, type DocumentFormatter, type DocumentLocale } from '../../i18n/documents.js';

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
    // The ranking and the voters as the needs survey counts them (the key actors' votes, and the
    // team's where the survey lets it vote).
    const rows = await db
      .selectFrom('needs')
      .select(['id', 'title'])
      .where('survey_id', '=', survey.id)
      .execute();
    const ranked = [
      ...(
        await rankVotedNeeds(
          db,
          rows.map((r) => r.id),
        )
      ).values(),
    ];
    const voters = { n: await surveyVoters(db, survey.id) };
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
/** The report as lines of sections, shared by the HTML and the PDF renderings, in the reader's language. */
function sections(d: DiagnosticData, f: DocumentFormatter): { title: string; lines: string[] }[] {
  const b = d.baseline ?? undefined;
  const dash = f.t('common.dash');
  const pct = (v: number | null) => (v === null ? dash : f.percent(v, 0));
  const delta = (now: number, before: number | undefined, digits = 0) =>
    before === undefined
      ? ''
      : ` (${f.t('common.sinceBaseline', { delta: f.signed(now - before, digits) })})`;
  const members = d.actors.byStatus.member ?? 0;
  return [
    {
      title: f.t('diagnostic.lifecycle'),
      lines: d.lifecycle
        ? [
            f.t('diagnostic.lifecycle.line', {
              stage: f.label('stage', d.lifecycle.stage),
              phase: d.lifecycle.unidoPhase,
              step: d.lifecycle.blueprintStep ?? f.t('diagnostic.lifecycle.notFollowed'),
            }),
          ]
        : [f.t('diagnostic.lifecycle.none')],
    },
    {
      title: f.t('diagnostic.actors'),
      lines: [
        `${f.t('diagnostic.actors.total', { count: d.actors.total })}${delta(d.actors.total, b?.actors)}${f.semicolon} ${f.list(
          [
            `${f.t('diagnostic.actors.members', { count: members })}${delta(members, b?.members)}`,
            f.t('diagnostic.actors.committed', { count: d.actors.byStatus.committed ?? 0 }),
            f.t('diagnostic.actors.stakeholders', { count: d.actors.byStatus.stakeholder ?? 0 }),
          ],
        )}.`,
        f.t('diagnostic.actors.byType', {
          list:
            Object.entries(d.actors.byType)
              .map(([k, v]) => `${f.label('actorType', k)} ${f.number(v)}`)
              .join(', ') || dash,
        }),
      ],
    },
    {
      title: f.t('diagnostic.network'),
      lines: [
        [
          `${f.t('diagnostic.network.ties', { count: d.network.ties })}${delta(d.network.ties, b?.ties)}`,
          `${f.t('diagnostic.network.density', { value: f.number(d.network.density, { min: 3, max: 3 }) })}${delta(d.network.density, b?.density, 3)}`,
          `${f.t('diagnostic.network.groups', { count: d.network.components })}.`,
        ].join(`${f.semicolon} `),
        f.t('diagnostic.network.brokers', { list: d.network.brokers.join(', ') || f.t('common.none') }),
      ],
    },
    {
      title: f.t('diagnostic.stakeholders'),
      lines: d.stakeholders.length
        ? d.stakeholders.map((s) =>
            f.t('diagnostic.stakeholders.line', {
              name: s.name,
              assessment: f.label('assessment', s.assessment),
              influence: f.label('influence', s.influence),
              measure: s.measure || dash,
              status: f.label('measureStatus', s.status),
            }),
          )
        : [f.t('diagnostic.stakeholders.none')],
    },
    {
      title: f.t('diagnostic.valueChains'),
      lines: d.valueChains.length
        ? d.valueChains.map((c) =>
            f.t('diagnostic.valueChains.line', {
              name: c.name,
              coverage: pct(c.coverage),
              spots: c.whiteSpots.join(', ') || f.t('common.none'),
            }),
          )
        : [f.t('diagnostic.valueChains.none')],
    },
    {
      title: f.t('diagnostic.analyses'),
      lines: d.analyses.length
        ? d.analyses.map(
            (a) =>
              `${f.label('framework', a.framework)} · ${f.label('category', a.category)}${f.colon} ${a.sign} ${a.tags.map((t) => `[${t}] `).join('')}${a.text}`,
          )
        : [f.t('diagnostic.analyses.none')],
    },
    {
      title: f.t('diagnostic.needs'),
      lines: d.needs
        ? [
            f.t('diagnostic.needs.voters', { survey: d.needs.survey, count: d.needs.voters }),
            ...d.needs.top.map((n) =>
              f.t('diagnostic.needs.line', {
                rank: n.rank ?? dash,
                title: n.title,
                score:
                  n.score === null
                    ? dash
                    : f.number(Math.round(n.score * 10 + 1e-9) / 10, { min: 1, max: 1 }),
              }),
            ),
          ]
        : [f.t('diagnostic.needs.none')],
    },
    {
      title: f.t('diagnostic.memberCards'),
      lines: [f.t('diagnostic.memberCards.line', { count: d.memberCards })],
    },
  ];
}

export function diagnosticHtml(d: DiagnosticData, locale: DocumentLocale = 'en'): string {
  const f = documentFormatter(locale);
  const title = f.t('diagnostic.title');
  const compared = d.baseline
    ? ` · ${esc(f.t('diagnostic.comparedWith', { date: f.date(d.baseline.recordedAt) }))}`
    : '';
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${esc(title)} — ${esc(d.initiative)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:860px;margin:24px auto;padding:0 16px;color:#1d2733;line-height:1.45}h1{margin-bottom:0}h2{border-bottom:1px solid #c9d2db;padding-bottom:2px}</style></head><body>
<h1>${esc(title)}</h1><p><strong>${esc(d.initiative)}</strong> · ${esc(f.date(d.date))}${compared}</p>
${sections(d, f)
  .map(
    (s) =>
      `<section><h2>${esc(s.title)}</h2><ul>${s.lines.map((l) => `<li>${esc(l)}</li>`).join('')}</ul></section>`,
  )
  .join('\n')}
<p><small>${esc(f.t('diagnostic.methods'))}</small></p>
</body></html>`;
}

export function diagnosticPdf(d: DiagnosticData, locale: DocumentLocale = 'en'): Promise<Buffer> {
  const f = documentFormatter(locale);
  const title = f.t('diagnostic.title');
  const { doc, bytes } = createPdf({ title: `${title} — ${d.initiative}`, lang: locale });
  doc.fontSize(20).text(title);
  doc
    .moveDown(0.3)
    .fontSize(12)
    .text(
      `${d.initiative} · ${f.date(d.date)}${d.baseline ? ` · ${f.t('diagnostic.comparedWith', { date: f.date(d.baseline.recordedAt) })}` : ''}`,
    );
  for (const s of sections(d, f)) {
    doc.moveDown(0.8).fontSize(14).text(s.title, { underline: true });
    doc.moveDown(0.2).fontSize(10);
    for (const l of s.lines) doc.text(`• ${l}`, { paragraphGap: 2 });
  }
  doc.moveDown(0.8).fontSize(8).text(f.t('diagnostic.methods'));
  doc.end();
  return bytes;
}
