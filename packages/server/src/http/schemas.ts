import { Type, type TProperties, type TSchema } from 'typebox';

export const Uuid = Type.String({ format: 'uuid' });
export const Email = Type.String({ format: 'email', maxLength: 254 });
export const Locale = Type.Union([Type.Literal('en'), Type.Literal('fr'), Type.Literal('es')]);
export const ErrorBody = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String(), details: Type.Unknown() }),
});
export const WorkspaceParams = Type.Object({ workspaceId: Type.String() });
export const Pagination = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
});

// Building blocks of response schemas (each module's *.schemas.ts). They document what a route
// answers (OpenAPI, the web app's generated types) and are checked in the tests
// (http/response-check.ts); they never change what is sent.

/** An object with exactly these properties (a row of an answer). */
export const Row = <P extends TProperties>(properties: P) =>
  Type.Object(properties, { additionalProperties: false });
/** A value or null (a nullable column). */
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
/** A moment, as JSON gives a timestamp: 2026-05-01T10:00:00.000Z. */
export const DateTime = Type.String({ format: 'date-time' });
/** A calendar day, YYYY-MM-DD (SQL `date` columns come back as this text). */
export const Day = Type.String({ format: 'date' });
/** One of a list of words, as an enum (a union of literals in the generated types). */
export const OneOf = <const T extends string[]>(values: readonly [...T]) => Type.Enum(values);
/** The answer of a deletion or an action with nothing else to say. */
export const Ok = Row({ ok: Type.Literal(true) });

/** A timestamp as JSON writes it (DateTime): what JSON.stringify makes of a Date, typed as text. */
export function iso(moment: Date | string): string;
export function iso(moment: Date | string | null): string | null;
export function iso(moment: Date | string | null): string | null {
  return moment === null ? null : new Date(moment).toISOString();
}

/** GET /api/health: the server and its database answer. */
export const Health = Row({ status: Type.Literal('ok') });
/** GET /api/health when the database does not answer (503). */
export const HealthUnavailable = Row({ status: Type.Literal('unavailable'), database: Type.String() });
