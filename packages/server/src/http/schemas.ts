import { Type } from 'typebox';

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
