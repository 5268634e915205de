import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireAuth, requireWorkspace } from '../http/policy.js';
import { InterestParams, Params, Text, Uuid, tags, team } from './shared.js';
import { decideInterest, expressInterest, interestsReceived, interestsSent } from './interests.service.js';
import { notifyDecision, notifyInterest } from './notify.service.js';
import { InterestCreated, InterestReceived, InterestsReceived, InterestsSent } from './connect.schemas.js';

/** "Express interest" in another initiative's posting, and the answers to it (docs/connect.md). */
const InterestBody = Type.Object({ postingId: Uuid, message: Text(2000) }, { additionalProperties: false });
const DecisionBody = Type.Object(
  { decision: Type.Union([Type.Literal('accepted'), Type.Literal('declined')]) },
  { additionalProperties: false },
);

export function interestRoutes(app: App): void {
  const base = '/workspaces/:workspaceId/connect/interests';

  app.post(
    base,
    {
      config: { policy: team },
      schema: {
        tags,
        summary:
          'Express interest in another initiative’s open posting (409 for an own posting or a second interest)',
        params: Params,
        body: InterestBody,
        response: { 201: InterestCreated },
      },
    },
    async (request, reply) => {
      const out = await expressInterest(
        app.db,
        { workspaceId: requireWorkspace(request).id, userId: requireAuth(request).user.id },
        request.body.postingId,
        request.body.message,
      );
      // The posting's team hears of it by e-mail once the answer has left (notify.service.ts).
      app.afterReply(reply, 'the interest notification failed', async () => {
        await notifyInterest(app.db, app.mailer, app.settings.publicUrl, out.id);
      });
      reply.status(201);
      return out;
    },
  );

  app.get(
    `${base}/received`,
    {
      config: { policy: team },
      schema: {
        tags,
        summary: 'Interests other initiatives expressed in this initiative’s postings',
        params: Params,
        response: { 200: InterestsReceived },
      },
    },
    async (request) => interestsReceived(app.db, requireWorkspace(request).id),
  );

  app.get(
    `${base}/sent`,
    {
      config: { policy: team },
      schema: {
        tags,
        summary: 'Interests this initiative expressed, with their status',
        params: Params,
        response: { 200: InterestsSent },
      },
    },
    async (request) => interestsSent(app.db, requireWorkspace(request).id),
  );

  app.put(
    `${base}/:interestId/decision`,
    {
      config: { policy: team },
      schema: {
        tags,
        summary: 'Accept or decline an interest in one of this initiative’s postings',
        params: InterestParams,
        body: DecisionBody,
        response: { 200: InterestReceived },
      },
    },
    async (request, reply) => {
      const { interest, changed } = await decideInterest(
        app.db,
        { workspaceId: requireWorkspace(request).id, userId: requireAuth(request).user.id },
        request.params.interestId,
        request.body.decision,
      );
      // The person who sent the interest hears of the answer (notify.service.ts), once per answer:
      // the same answer given again changes nothing and sends nothing.
      if (changed)
        app.afterReply(reply, 'the interest decision notification failed', async () => {
          await notifyDecision(app.db, app.mailer, app.settings.publicUrl, request.params.interestId);
        });
      return interest;
    },
  );
}
