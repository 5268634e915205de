/** Who is calling: set on each request by auth/authenticate.ts, read by the access policies (http/policy.ts). */
/** A user's language: users.locale is one of these (its CHECK, migration 0001). */
export type UserLocale = 'en' | 'fr' | 'es';

export interface AuthContext {
  user: { id: string; email: string; name: string; locale: UserLocale; isPlatformAdmin: boolean };
  via: 'session' | 'token';
  /** What an API token may do (hardening issue, item 10). */
  token?: { id: string; scope: 'read' | 'write'; workspaceId: string | null };
  sessionId?: string;
  csrfToken?: string;
}
