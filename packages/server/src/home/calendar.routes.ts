import { Type } from 'typebox';
import type { App } from '../http/app-types.js';
import { notFound } from '../http/errors.js';
import { requireAuth, requireSession } from '../http/policy.js';
import {
  createFeed,
  feedOwner,
  feedStatus,
  revokeFeed,
  tasksCalendar,
  tasksOfUser,
} from './calendar.service.js';
import { FeedCreated, FeedRevoked, FeedStatus } from './home.schemas.js';

const tags = ['home'];

/** The calendar feed of my tasks: make, revoke, and the public (secret) address calendar apps read. */
export async function calendarRoutes(app: App) {
  const feedUrl = (token: string) =>
    `${app.settings.publicUrl.replace(/\/$/, '')}/api/v1/calendar/${token}.ics`;

  app.get(
    '/me/calendar-feed',
    {
      config: { policy: { access: 'authenticated' } },
      schema: {
        tags,
        summary: 'Whether I have a live calendar feed of my tasks (its address is shown only once)',
        response: { 200: FeedStatus },
      },
    },
    async (request) => feedStatus(app.db, requireAuth(request).user.id),
  );

  app.post(
    '/me/calendar-feed',
    {
      config: { policy: { access: 'authenticated' } },
      schema: {
        tags,
        summary: 'A new secret calendar address for my tasks (iCalendar); any earlier address stops working',
        response: { 201: FeedCreated },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      requireSession(auth);
      const token = await createFeed(app.db, auth.user.id);
      reply.status(201);
      return { url: feedUrl(token), ...(await feedStatus(app.db, auth.user.id)) };
    },
  );

  app.delete(
    '/me/calendar-feed',
    {
      config: { policy: { access: 'authenticated' } },
      schema: {
        tags,
        summary: 'Revoke my calendar address: calendar apps can no longer read it',
        response: { 200: FeedRevoked },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      requireSession(auth);
      return { revoked: await revokeFeed(app.db, auth.user.id) };
    },
  );

  app.get(
    '/calendar/:token',
    {
      // The secret in the address is the credential: calendar apps send no cookie.
      config: { policy: { access: 'public' } },
      schema: {
        tags,
        summary: 'My tasks as an iCalendar feed (RFC 5545), one all-day event on each due date',
        params: Type.Object({ token: Type.String({ minLength: 10, maxLength: 200 }) }),
      },
    },
    async (request, reply) => {
      const token = request.params.token.replace(/\.ics$/, '');
      const owner = await feedOwner(app.db, token);
      if (!owner) throw notFound('Calendar feed');
      const tasks = await tasksOfUser(app.db, owner);
      reply.header('content-type', 'text/calendar; charset=utf-8');
      reply.header('cache-control', 'private, no-store');
      return tasksCalendar(tasks, app.settings.publicUrl);
    },
  );
}
