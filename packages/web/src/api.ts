import type { ApiGet } from './api/types';
/** Thin client of the Agglomera API: sends the session cookie and the CSRF token on writes. */
let csrfToken: string | null = null;
export const setCsrf = (token: string | null) => {
  csrfToken = token;
};

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown,
  ) {
    super(message);
  }
}

/** Whole minutes to wait after a 429 (the server sends the seconds in details and Retry-After). */
export const minutesToWait = (err: ApiError) => {
  const seconds = (err.details as { retryAfterSeconds?: number } | null)?.retryAfterSeconds ?? 900;
  return Math.max(1, Math.ceil(seconds / 60));
};

export async function api<T = unknown>(method: string, url: string, body?: unknown): Promise<T> {
  const writes = method !== 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (writes) headers['content-type'] = 'application/json';
  if (writes && csrfToken) headers['x-csrf-token'] = csrfToken;
  const res = await fetch(`/api/v1${url}`, {
    method,
    headers,
    credentials: 'same-origin',
    body: writes ? JSON.stringify(body ?? {}) : undefined,
  });
  const text = await res.text();
  const data = text ? JSON.parse(text) : null;
  if (!res.ok) {
    const err = data?.error ?? {};
    throw new ApiError(res.status, err.code ?? 'error', err.message ?? res.statusText, err.details);
  }
  return data as T;
}

export const get = <T>(url: string) => api<T>('GET', url);
export const post = <T>(url: string, body?: unknown) => api<T>('POST', url, body);
export const put = <T>(url: string, body?: unknown) => api<T>('PUT', url, body);
export const patch = <T>(url: string, body?: unknown) => api<T>('PATCH', url, body);
export const del = <T>(url: string) => api<T>('DELETE', url);

/** The caller, their workspaces and roles (GET /me). */
export type Me = ApiGet<'/me'>;
export type Workspace = Me['workspaces'][number];

/** Sends a multipart form (file uploads) with the CSRF header. */
export async function upload<T = unknown>(url: string, form: FormData): Promise<T> {
  const res = await fetch(`/api/v1${url}`, {
    method: 'POST',
    headers: csrfToken
      ? { 'x-csrf-token': csrfToken, accept: 'application/json' }
      : { accept: 'application/json' },
    credentials: 'same-origin',
    body: form,
  });
  const text = await res.text();
  const data = text ? JSON.parse(text) : null;
  if (!res.ok) {
    const err = data?.error ?? {};
    throw new ApiError(res.status, err.code ?? 'error', err.message ?? res.statusText, err.details);
  }
  return data as T;
}
