import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { requireWorkspace } from '../http/policy.js';
import { getActor, presentActor } from '../diagnose/actors/service.js';
import { iso } from '../http/schemas.js';
import { MemberPage } from './members.schemas.js';
import { TEAM, initiative, tags } from './shared.js';

/**
 * A member's page for the cluster management (issue 6): the actor record of the register (shared
 * with the diagnosis, not copied), logins, working groups, services used, events attended,
 * satisfaction answers, invoices and the membership history.
 */
export async function memberPageRoutes(app: App) {
  app.get(
    '/workspaces/:workspaceId/members/:actorId',
    {
      config: { policy: { access: 'workspace', roles: TEAM, kinds: initiative } },
      schema: {
        tags,
        summary: 'Everything about one member organisation',
        params: Type.Object({ workspaceId: Type.String(), actorId: Type.String({ format: 'uuid' }) }),
        response: { 200: MemberPage },
      },
    },
    async (request) => {
      const ws = requireWorkspace(request);
      const actor = await getActor(app.db, ws.id, request.params.actorId);
      const db = app.db;
      const [logins, groups, uses, events, serviceAnswers, eventFeedback, invoices, history, competences] =
        await Promise.all([
          db
            .selectFrom('memberships as m')
            .innerJoin('users as u', 'u.id', 'm.user_id')
            .select(['u.id', 'u.name', 'u.email', 'm.role'])
            .where('m.workspace_id', '=', ws.id)
            .where('m.actor_id', '=', actor.id)
            .execute(),
          db
            .selectFrom('working_group_members as wm')
            .innerJoin('working_groups as g', 'g.id', 'wm.working_group_id')
            .select(['g.id', 'g.name', 'wm.joined_at'])
            .where('wm.actor_id', '=', actor.id)
            .orderBy('g.name')
            .execute(),
          db
            .selectFrom('service_uses as su')
            .innerJoin('services as s', 's.id', 'su.service_id')
            .select(['su.id', 's.name as service', 'su.used_on', 'su.note'])
            .where('su.actor_id', '=', actor.id)
            .orderBy('su.used_on', 'desc')
            .limit(100)
            .execute(),
          db
            .selectFrom('event_registrations as r')
            .innerJoin('events as e', 'e.id', 'r.event_id')
            .select(['e.id', 'e.title', 'e.starts_at', 'r.status', 'r.attended', 'r.participant'])
            .where('r.actor_id', '=', actor.id)
            .where('r.status', '<>', 'cancelled')
            .orderBy('e.starts_at', 'desc')
            .limit(100)
            .execute(),
          db
            .selectFrom('service_answers as a')
            .innerJoin('services as s', 's.id', 'a.service_id')
            .select(['s.name as service', 'a.expectation', 'a.satisfaction', 'a.updated_at'])
            .where('a.actor_id', '=', actor.id)
            .orderBy('s.name')
            .execute(),
          db
            .selectFrom('event_feedback as f')
            .innerJoin('event_registrations as r', 'r.id', 'f.registration_id')
            .innerJoin('events as e', 'e.id', 'f.event_id')
            .select(['e.title as event', 'f.rating', 'f.useful', 'f.improve', 'f.created_at'])
            .where('r.actor_id', '=', actor.id)
            .orderBy('f.created_at', 'desc')
            .execute(),
          db
            .selectFrom('fee_invoices')
            .select(['id', 'amount', 'currency', 'issued_on', 'due_on', 'paid_on'])
            .where('actor_id', '=', actor.id)
            .orderBy('issued_on', 'desc')
            .limit(50)
            .execute(),
          db
            .selectFrom('membership_stage_changes as c')
            .leftJoin('users as u', 'u.id', 'c.changed_by')
            .select(['c.from_stage', 'c.to_stage', 'c.note', 'c.changed_at', 'u.name as changed_by'])
            .where('c.actor_id', '=', actor.id)
            .orderBy('c.changed_at', 'desc')
            .execute(),
          db
            .selectFrom('competences')
            .select(['id', 'kind', 'title'])
            .where('actor_id', '=', actor.id)
            .orderBy('kind')
            .execute(),
        ]);
      return {
        actor: presentActor(actor),
        logins,
        workingGroups: groups.map((g) => ({ ...g, joined_at: iso(g.joined_at) })),
        servicesUsed: uses,
        events: events.map((e) => ({ ...e, starts_at: iso(e.starts_at) })),
        satisfaction: {
          services: serviceAnswers.map((a) => ({ ...a, updated_at: iso(a.updated_at) })),
          events: eventFeedback.map((f) => ({ ...f, created_at: iso(f.created_at) })),
        },
        invoices: invoices.map((i) => ({ ...i, amount: Number(i.amount) })),
        history: history.map((h) => ({ ...h, changed_at: iso(h.changed_at) })),
        competences,
      };
    },
  );
}
