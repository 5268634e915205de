import { CANVAS_BLOCKS, FINANCING_SOURCES } from '@agglomera/methods';
import type { Database } from '../db/database.js';
import { documentFormatter, type DocumentFormatter, type DocumentLocale } from '../i18n/documents.js';
import type { DocumentKey } from '../i18n/documents/en.js';
import { getCanvas, listCanvasVersions } from '../strategy/canvas.service.js';
import { currentStrategyId, getStrategy } from '../strategy/strategies.service.js';
import { getOrganisationSummary, type OrganisationSummary } from './profile.service.js';
import { getStaffSummary, type StaffSummary } from './staff.service.js';
import { getFinancialSummary, type FinancialSummary } from './finance.service.js';
import { blocksDocx, blocksPdf, type Block } from './document-blocks.js';
import { liquidityChartSvg, mixChartSvg, monthName } from './finance.charts.js';

/**
 * The business plan (MarketMakers step 5, 000:137: "Aggregating and synthesising the inputs from the
 * consultation exercise into a draft C/MA business plan", covering "topics of governance,
 * management, and revenue streams"): one document assembled from what the platform holds — the
 * newest canvas version, the current strategy, the services, the organisation, the staff and the
 * financial plan. A part with nothing recorded says so ("Not yet recorded").
 */
export interface BusinessPlanData {
  organisation: string;
  canvas: Awaited<ReturnType<typeof getCanvas>> | null;
  strategy: Awaited<ReturnType<typeof getStrategy>> | null;
  services: {
    name: string;
    description: string;
    feeModel: string;
    memberPrice: number | null;
    nonMemberPrice: number | null;
    currency: string | null;
  }[];
  summary: OrganisationSummary;
  staff: StaffSummary;
  finance: FinancialSummary;
}

export const BUSINESS_PLAN_SECTIONS = [
  'canvas',
  'strategy',
  'services',
  'organisation',
  'staff',
  'finance',
] as const;
export type BusinessPlanSection = (typeof BUSINESS_PLAN_SECTIONS)[number];

export async function collectBusinessPlan(
  db: Database,
  workspaceId: string,
  organisation: string,
): Promise<BusinessPlanData> {
  const latest = (await listCanvasVersions(db, workspaceId))[0];
  const strategyId = await currentStrategyId(db, workspaceId);
  const services = await db
    .selectFrom('services')
    .select(['name', 'description', 'fee_model', 'member_price', 'non_member_price', 'currency'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('name')
    .execute();
  return {
    organisation,
    canvas: latest ? await getCanvas(db, workspaceId, latest.id) : null,
    strategy: strategyId ? await getStrategy(db, workspaceId, strategyId) : null,
    services: services.map((s) => ({
      name: s.name,
      description: s.description,
      feeModel: s.fee_model,
      memberPrice: s.member_price === null ? null : Number(s.member_price),
      nonMemberPrice: s.non_member_price === null ? null : Number(s.non_member_price),
      currency: s.currency,
    })),
    summary: await getOrganisationSummary(db, workspaceId),
    staff: await getStaffSummary(db, workspaceId),
    finance: await getFinancialSummary(db, workspaceId),
  };
}

/** Which sections have something recorded (the screen's checklist). */
export function filledSections(d: BusinessPlanData): Record<BusinessPlanSection, boolean> {
  return {
    canvas: !!d.canvas,
    strategy: !!d.strategy && (!!d.strategy.vision.trim() || d.strategy.elements.length > 0),
    services: d.services.length > 0,
    organisation: !!d.summary.profile || !!d.summary.legalForm || d.summary.bodies.length > 0,
    staff: d.staff.positions.length > 0,
    finance: !!d.finance.plan,
  };
}

const money = (f: DocumentFormatter, v: number | null, currency: string | null) =>
  v === null
    ? f.t('common.dash')
    : currency && /^[A-Z]{3}$/.test(currency)
      ? new Intl.NumberFormat(f.locale, { style: 'currency', currency }).format(v)
      : f.number(v);

function sectionBlocks(f: DocumentFormatter, d: BusinessPlanData, section: BusinessPlanSection): Block[] {
  const out: Block[] = [];
  if (section === 'canvas' && d.canvas) {
    const c = d.canvas;
    out.push({
      kind: 'para',
      text: f.t('businessPlan.canvasVersion', { version: c.version, date: f.date(c.date) }),
    });
    for (const b of CANVAS_BLOCKS) {
      const text = (c.blocks[b.key as keyof typeof c.blocks] ?? '').trim();
      if (!text) continue;
      out.push(
        { kind: 'subheading', text: f.t(`canvas.block.${b.key}` as DocumentKey) },
        { kind: 'para', text },
      );
    }
  }
  if (section === 'strategy' && d.strategy) {
    const s = d.strategy;
    if (s.vision.trim())
      out.push({ kind: 'subheading', text: f.t('businessPlan.vision') }, { kind: 'para', text: s.vision });
    const word: Record<string, DocumentKey> = {
      objective: 'businessPlan.objective',
      initiative: 'businessPlan.initiative',
      measure: 'businessPlan.measure',
    };
    const walk = (parentId: string | null, depth: number) => {
      for (const e of s.elements.filter((x) => x.parentId === parentId)) {
        const label = word[e.kind] ? f.t(word[e.kind]!) : e.kind;
        out.push({ kind: 'bullet', text: `${'   '.repeat(depth)}${label}: ${e.title}` });
        walk(e.id, depth + 1);
      }
    };
    walk(null, 0);
  }
  if (section === 'services')
    for (const s of d.services)
      out.push({
        kind: 'bullet',
        text: `${s.name} — ${
          s.feeModel === 'paid'
            ? f.t('businessPlan.service.paid', {
                member: money(f, s.memberPrice, s.currency),
                other: money(f, s.nonMemberPrice, s.currency),
              })
            : f.t('businessPlan.service.included')
        }${s.description ? `. ${s.description}` : ''}`,
      });
  if (section === 'organisation') {
    const o = d.summary;
    const dash = f.t('common.dash');
    if (o.profile)
      out.push({
        kind: 'para',
        text: f.t('businessPlan.profile', {
          driver: o.profile.driverType?.replace(/_/g, ' ') ?? dash,
          shape: o.profile.implementationShape?.replace(/_/g, ' ') ?? dash,
          formality: o.profile.formality ?? dash,
        }),
      });
    if (o.legalForm)
      out.push({
        kind: 'para',
        text: f.t('businessPlan.legalForm', {
          form: o.legalForm.form.replace(/_/g, ' '),
          date: f.date(o.legalForm.decidedOn),
          reasons: o.legalForm.reasons,
        }),
      });
    for (const b of o.bodies)
      out.push({
        kind: 'bullet',
        text:
          f.t('businessPlan.body', { name: b.name, seats: b.seats }) +
          (b.decidesApplications ? ` (${f.t('businessPlan.decidesApplications')})` : ''),
      });
  }
  if (section === 'staff' && d.staff.positions.length) {
    for (const p of d.staff.positions)
      out.push({
        kind: 'bullet',
        text: f.t('businessPlan.position', {
          title: p.title,
          fte: p.fte,
          holder: p.holder ?? f.t('businessPlan.vacant'),
        }),
      });
    out.push({ kind: 'para', text: f.t('businessPlan.fteTotal', { fte: d.staff.fteTotal }) });
    if (d.staff.team !== null)
      out.push({
        kind: 'para',
        text: f.t('businessPlan.team', { score: f.number(d.staff.team, { max: 1 }) }),
      });
  }
  if (section === 'finance' && d.finance.plan) {
    const p = d.finance.plan;
    const cur = (v: number) => money(f, v, p.currency);
    out.push({
      kind: 'para',
      text: f.t('businessPlan.plan', {
        title: p.title,
        status: f.label('businessPlan.status', p.status),
        months: p.months,
        start: p.startMonth,
        currency: p.currency,
        opening: cur(p.opening),
      }),
    });
    const l = d.finance.liquidity;
    if (l) {
      // The liquidity chart as the plan's screen shows it (finance.charts.ts).
      const chart = liquidityChartSvg(f, { ...d.finance, currency: p.currency });
      if (chart)
        out.push({
          kind: 'chart',
          svg: chart,
          rows: d.finance.monthLabels.map((month, i) => ({
            label: monthName(f, month),
            text: `${f.t('businessPlan.chart.income')} ${cur(d.finance.totals[i]?.income ?? 0)}, ${f.t('businessPlan.chart.expenditure')} ${cur(d.finance.totals[i]?.expenditure ?? 0)}, ${f.t('businessPlan.chart.closing')} ${cur(l.closing[i] ?? 0)}`,
          })),
        });
      out.push({ kind: 'para', text: f.t('businessPlan.lowest', { lowest: cur(l.lowest) }) });
      out.push({
        kind: 'para',
        text:
          l.firstGap === null
            ? f.t('businessPlan.noGap')
            : f.t('businessPlan.firstGap', { month: l.firstGap + 1 }),
      });
    }
    const m = d.finance.mix;
    if (m && m.total > 0) {
      out.push({ kind: 'subheading', text: f.t('businessPlan.mix') });
      const chart = mixChartSvg(f, { ...d.finance, currency: p.currency });
      if (chart)
        out.push({
          kind: 'chart',
          svg: chart,
          rows: FINANCING_SOURCES.map((source) => ({
            label: f.label('businessPlan.source', source),
            share: m.shares[source] ?? 0,
            text: f.percent(m.shares[source] ?? 0),
          })),
        });
      out.push({
        kind: 'para',
        text: f.t('businessPlan.publicPrivate', {
          public: f.percent(m.publicShare),
          private: f.percent(m.privateShare),
          total: cur(m.total),
        }),
      });
    }
    const costs = Object.entries(d.finance.costsByCategory);
    if (costs.length) {
      out.push({ kind: 'subheading', text: f.t('businessPlan.costs') });
      for (const [category, amount] of costs)
        out.push({
          kind: 'bullet',
          text: `${f.label('businessPlan.category', category)}${f.colon} ${cur(amount)}`,
        });
    }
  }
  return out;
}

export function businessPlanBlocks(
  d: BusinessPlanData,
  locale: DocumentLocale,
  today: string,
): { title: string; blocks: Block[] } {
  const f = documentFormatter(locale);
  const title = f.t('businessPlan.title');
  const filled = filledSections(d);
  const blocks: Block[] = [
    { kind: 'title', text: title },
    {
      kind: 'subtitle',
      text: f.t('businessPlan.subtitle', { organisation: d.organisation, date: f.date(today) }),
    },
  ];
  for (const section of BUSINESS_PLAN_SECTIONS) {
    blocks.push({ kind: 'heading', text: f.t(`businessPlan.section.${section}`) });
    const body = filled[section] ? sectionBlocks(f, d, section) : [];
    blocks.push(
      ...(body.length
        ? body
        : [{ kind: 'para' as const, text: f.t('businessPlan.notRecorded'), muted: true }]),
    );
  }
  blocks.push({ kind: 'note', text: f.t('businessPlan.source') });
  return { title: `${title} — ${d.organisation}`, blocks };
}

export function businessPlanDocx(
  d: BusinessPlanData,
  locale: DocumentLocale,
  today: string,
): Promise<Buffer> {
  const { title, blocks } = businessPlanBlocks(d, locale, today);
  return blocksDocx(blocks, { title, locale });
}

export function businessPlanPdf(d: BusinessPlanData, locale: DocumentLocale, today: string): Promise<Buffer> {
  const { title, blocks } = businessPlanBlocks(d, locale, today);
  return blocksPdf(blocks, { title, locale });
}
