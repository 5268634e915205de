import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { ApiError, get, post, setCsrf, type Me } from './api';
import type { ApiAnswer } from './api/types';
import i18n from './i18n';

interface SessionValue {
  me: Me | null;
  loading: boolean;
  refresh(): Promise<void>;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(true);

  const refresh = useCallback(async () => {
    try {
      const data = await get<Me>('/me');
      setCsrf(data.csrf);
      setMe(data);
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 401)) throw e;
      setCsrf(null);
      setMe(null);
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const res = await post<ApiAnswer<'/auth/login', 'post'>>('/auth/login', { email, password });
      setCsrf(res.csrf);
      if (!localStorage.getItem('agglomera.lang') && res.user.locale)
        void i18n.changeLanguage(res.user.locale);
      await refresh();
    },
    [refresh],
  );

  const signOut = useCallback(async () => {
    await post('/auth/logout');
    setCsrf(null);
    setMe(null);
  }, []);

  return (
    <SessionContext.Provider value={{ me, loading, refresh, signIn, signOut }}>
      {children}
    </SessionContext.Provider>
  );
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
