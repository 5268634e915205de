import type { paths } from './openapi';

/**
 * The API's types as the web app reads them: generated from the server's OpenAPI document
 * (openapi.d.ts, `npm run api-types`), addressed by the path the client passes to get/post/…
 * (without /api/v1) as the OpenAPI document writes it, with {braces} for path parameters:
 *
 *   useApi<ApiGet<'/workspaces/{workspaceId}/surveys'>>(`/workspaces/${id}/surveys`)
 *
 * Only routes that declare a response schema have an answer type (never for the others).
 */
type V1 = { [P in keyof paths as P extends `/api/v1${infer Rest}` ? Rest : never]: paths[P] };
export type ApiPath = keyof V1;
export type ApiMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type Operation<P extends ApiPath, M extends ApiMethod> = NonNullable<V1[P][M]>;
type Responses<P extends ApiPath, M extends ApiMethod> =
  Operation<P, M> extends { responses: infer R } ? R : never;

/** The JSON answer of a route for a status (200 unless given). */
export type ApiAnswer<
  P extends ApiPath,
  M extends ApiMethod = 'get',
  S extends keyof Responses<P, M> = 200 & keyof Responses<P, M>,
> = JsonOf<Responses<P, M>[S]>;

/** The JSON answer of a GET. */
export type ApiGet<P extends ApiPath> = ApiAnswer<P, 'get'>;

/** The JSON body a route takes. */
export type ApiBody<P extends ApiPath, M extends ApiMethod> =
  Operation<P, M> extends { requestBody?: { content: { 'application/json': infer T } } } ? T : never;

type KeysOfAny<U> = U extends unknown ? keyof U : never;
type ValueIn<U, K extends PropertyKey> = U extends { [P in K]: infer V } ? V : never;
/**
 * A union of shapes (an answer whose fields depend on a kind) read as one object: the fields all
 * of them have, and the others optional, each with the types it has where it is present.
 */
export type Flat<U> = { [K in keyof U]: U[K] } & { [K in Exclude<KeysOfAny<U>, keyof U>]?: ValueIn<U, K> };
