import { ExportFormatQuery, sendRecords } from '../http/export.js';
import {
  ANALYSIS_FRAMEWORKS,
  ANALYSIS_SIGNS,
  ANALYSIS_TAGS,
  signBalance,
  type AnalysisFramework,
} from '@agglomera/methods';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace, type WorkspaceRole } from '../http/policy.js';
import { badRequest, notFound } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { msg, oneOf, word } from '../i18n/index.js';
import { Ok } from '../http/schemas.js';
import { Analysis, AnalysisItem } from './diagnose.schemas.js';

type Sign = (typeof ANALYSIS_SIGNS)[number];
type Tag = (typeof ANALYSIS_TAGS)[number];
/** An item as it is sent: its sign and tags are of the lists (checked when written), its moment ISO text. */
const present = <I extends { sign: string; tags: string[]; created_at: Date }>(i: I) => ({
  ...i,
  sign: i.sign as Sign,
  tags: i.tags as Tag[],
  created_at: new Date(i.created_at).toISOString(),
});

const tags = ['diagnose'];
const initiative = ['cluster_initiative'] as const;
const READERS: readonly WorkspaceRole[] = ['owner', 'manager', 'staff', 'viewer'];
const EDITORS: readonly WorkspaceRole[] = ['owner', 'manager', 'staff'];
const Framework = Type.Union([Type.Literal('swot'), Type.Literal('five_forces'), Type.Literal('diamond')]);
const ItemBody = Type.Object(
  {
    framework: Framework,
    category: Type.String({ minLength: 1 }),
    text: Type.String({ minLength: 1, maxLength: 2000 }),
    sign: Type.String(),
    tags: Type.Optional(Type.Array(Type.String(), { uniqueItems: true, maxItems: 7 })),
    evidence: Type.Optional(Type.String({ maxLength: 2000 })),
    source: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);

function check(body: {
  framework: AnalysisFramework;
  category: string;
  text: string;
  sign: string;
  tags?: string[];
}) {
  const categories = ANALYSIS_FRAMEWORKS[body.framework] as readonly string[];
  if (!categories.includes(body.category))
    throw badRequest(
      'validation_failed',
      msg`category must be one of ${oneOf(categories)} for ${word(body.framework)}`,
      [{ field: 'body.category', message: 'is not a category of this framework' }],
    );
  if (!(ANALYSIS_SIGNS as readonly string[]).includes(body.sign))
    throw badRequest('validation_failed', msg`sign must be one of ${oneOf(ANALYSIS_SIGNS)}`, [
      { field: 'body.sign', message: 'must be +, ± or −' },
    ]);
  const bad = (body.tags ?? []).findIndex((t) => !(ANALYSIS_TAGS as readonly string[]).includes(t));
  if (bad >= 0)
    throw badRequest('validation_failed', msg`tags[${bad}] must be one of ${oneOf(ANALYSIS_TAGS)}`, [
      { field: `body.tags[${bad}]`, message: 'is not a known tag' },
    ]);
  if (!body.text.trim())
    throw badRequest('validation_failed', 'text is empty', [{ field: 'body.text', message: 'is required' }]);
}

/** SWOT, five forces and Diamond items with sign, tags, evidence and source (GIZ 001:1325–1392). */
export async function analysisRoutes(app: App) {
  app.get(
    '/workspaces/:workspaceId/analyses',
    {
      config: { policy: { access: 'workspace', roles: READERS, kinds: initiative } },
      schema: {
        tags,
        summary:
          'Analysis items of one framework, grouped by category, with the balance of signs; ?format=csv|xlsx exports the items',
        params: Type.Object({ workspaceId: Type.String() }),
        querystring: Type.Object(
          { framework: Framework, format: ExportFormatQuery },
          { additionalProperties: false },
        ),
        // The JSON answer; ?format=csv|xlsx answers a file instead.
        response: { 200: Analysis },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const framework = request.query.framework;
      const items = await app.db
        .selectFrom('analysis_items')
        .selectAll()
        .where('workspace_id', '=', ws.id)
        .where('framework', '=', framework)
        .orderBy('category')
        .orderBy('created_at')
        .execute();
      if (request.query.format)
        return sendRecords(
          reply,
          request.query.format,
          `analysis-${framework}`,
          ['framework', 'category', 'sign', 'text', 'tags', 'evidence', 'source', 'created_at'],
          items,
        );
      return {
        framework,
        categories: [...ANALYSIS_FRAMEWORKS[framework]],
        items: items.map(present),
        balance: signBalance(items),
      };
    },
  );

  app.post(
    '/workspaces/:workspaceId/analyses',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds: initiative } },
      schema: {
        tags,
        summary: 'Add an item',
        params: Type.Object({ workspaceId: Type.String() }),
        body: ItemBody,
        response: { 201: AnalysisItem },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      check(request.body);
      const userId = requireAuth(request).user.id;
      const item = await app.db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('analysis_items')
          .values({
            ...request.body,
            text: request.body.text.trim(),
            tags: request.body.tags ?? [],
            workspace_id: ws.id,
            created_by: userId,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'analysis.add',
          entity: 'analysis_item',
          entityId: row.id,
          newValue: request.body,
        });
        return row;
      });
      reply.status(201);
      return present(item);
    },
  );

  app.delete(
    '/workspaces/:workspaceId/analyses/:itemId',
    {
      config: { policy: { access: 'workspace', roles: EDITORS, kinds: initiative } },
      schema: {
        tags,
        summary: 'Remove an item',
        params: Type.Object({ workspaceId: Type.String(), itemId: Type.String({ format: 'uuid' }) }),
        response: { 200: Ok },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      await app.db.transaction().execute(async (trx) => {
        const row = await trx
          .deleteFrom('analysis_items')
          .where('id', '=', request.params.itemId)
          .where('workspace_id', '=', ws.id)
          .returningAll()
          .executeTakeFirst();
        if (!row) throw notFound('Analysis item');
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId: requireAuth(request).user.id,
          action: 'analysis.remove',
          entity: 'analysis_item',
          entityId: row.id,
          oldValue: { framework: row.framework, category: row.category, text: row.text },
        });
      });
      return { ok: true as const };
    },
  );
}
