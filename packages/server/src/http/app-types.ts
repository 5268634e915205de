// The type of the application that every route file receives, and what app.ts decorates it with.
// A module of its own so that route files do not import app.ts, which imports every route file.

import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Database } from '../db/database.js';
import type { Jobs } from '../jobs/service.js';
import type { Mailer } from '../mail/mailer.js';
import type { Settings } from '../settings.js';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    mailer: Mailer;
    settings: Settings;
    jobs: Jobs;
  }
}
