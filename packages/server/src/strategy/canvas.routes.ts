import { CANVAS_BLOCK_KEYS } from '@agglomera/methods';
import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { recordAudit } from '../audit/service.js';
import { documentLocale } from '../i18n/documents.js';
import { DateString, Params, Text, Uuid, read, tags, write } from './shared.js';
import { blocksOf, checkCanvas, getCanvas, listCanvasVersions } from './canvas.service.js';
import { canvasPdf } from './canvas-pdf.js';
import { Canvas, CanvasVersions } from './strategy.schemas.js';
import { renderInThread } from '../jobs/threads.js';

/**
 * The cluster business canvas (issue 13, item 3; GIZ 001:1647–1653): the header (name, cluster
 * organisation, date; 001:1651) and the ten blocks with the guide's guiding questions
 * (001:1652–1653). Each save is a new version; older versions stay readable and printable.
 */

const CanvasParams = Type.Object({ workspaceId: Type.String(), canvasId: Uuid });
const Blocks = Type.Object(Object.fromEntries(CANVAS_BLOCK_KEYS.map((k) => [k, Type.Optional(Text(4000))])), {
  additionalProperties: false,
});
const CanvasBody = Type.Object(
  {
    name: Text(200),
    organisation: Type.Optional(Text(200)),
    date: DateString,
    blocks: Blocks,
    note: Type.Optional(Text(1000)),
  },
  { additionalProperties: false },
);

export function canvasRoutes(app: App): void {
  const base = '/workspaces/:workspaceId/strategy/canvas';

  app.get(
    base,
    {
      config: { policy: read },
      schema: {
        tags,
        summary:
          'The cluster business canvas (GIZ 001:1647–1653): its versions, newest first, and the newest in full',
        params: Params,
        response: { 200: CanvasVersions },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const versions = await listCanvasVersions(app.db, ws.id);
      const latest = versions[0] ? await getCanvas(app.db, ws.id, versions[0].id) : null;
      return { versions, latest };
    },
  );

  app.post(
    base,
    {
      config: { policy: write },
      schema: {
        tags,
        summary:
          'Save the canvas as a new version: header (name, cluster organisation, date) and the ten blocks',
        params: Params,
        body: CanvasBody,
        response: { 201: Canvas },
      },
    },
    async (request, reply) => {
      const ws = requireWorkspace(request);
      const userId = requireAuth(request).user.id;
      const b = request.body as typeof request.body & { blocks: Record<string, string | undefined> };
      checkCanvas(b);
      const blocks = blocksOf(
        Object.fromEntries(Object.entries(b.blocks).map(([k, v]) => [k, (v ?? '').trim()])),
      );
      const id = await app.db.transaction().execute(async (trx) => {
        // One version number at a time per workspace: two saves at once get 3 and 4, not 3 twice.
        await trx.selectFrom('workspaces').select('id').where('id', '=', ws.id).forUpdate().execute();
        const last = await trx
          .selectFrom('business_canvases')
          .select((eb) => eb.fn.max('version').as('v'))
          .where('workspace_id', '=', ws.id)
          .executeTakeFirst();
        const version = Number(last?.v ?? 0) + 1;
        const row = await trx
          .insertInto('business_canvases')
          .values({
            workspace_id: ws.id,
            version,
            name: b.name.trim(),
            organisation: (b.organisation ?? '').trim(),
            canvas_date: b.date,
            blocks: JSON.stringify(blocks),
            note: (b.note ?? '').trim(),
            created_by: userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          workspaceId: ws.id,
          userId,
          action: 'canvas.version.create',
          entity: 'business_canvas',
          entityId: row.id,
          newValue: { version, name: b.name.trim(), date: b.date, ...blocks },
        });
        return row.id;
      });
      reply.status(201);
      return getCanvas(app.db, ws.id, id);
    },
  );

  app.get(
    `${base}/:canvasId`,
    {
      config: { policy: read },
      schema: {
        tags,
        summary: 'One version of the cluster business canvas',
        params: CanvasParams,
        response: { 200: Canvas },
      },
    },
    async (request) => getCanvas(app.db, requireWorkspace(request).id, request.params.canvasId),
  );

  app.get(
    `${base}/:canvasId/pdf`,
    {
      config: { policy: read },
      schema: {
        tags,
        summary:
          'A version of the cluster business canvas as a printable PDF, in the reader’s language: the header and the ten blocks with their guiding questions',
        params: CanvasParams,
      },
    },
    async (request, reply) => {
      const c = await getCanvas(app.db, requireWorkspace(request).id, request.params.canvasId);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="business-canvas-v${c.version}.pdf"`)
        .send(
          await renderInThread(
            new URL('./canvas-pdf.ts', import.meta.url),
            canvasPdf,
            c,
            documentLocale(request),
          ),
        );
    },
  );
}
