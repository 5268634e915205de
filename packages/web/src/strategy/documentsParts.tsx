import { useParams } from 'react-router';
import { useSession } from '../session';

/** What the strategy documents' screens share (issue 13): who may edit, and days in words. */

const TEAM = ['owner', 'manager', 'staff'];

/** Whether the signed-in user writes the strategy in this workspace (viewers only read it). */
export function useStrategyTeam(): boolean {
  const { workspaceId = '' } = useParams();
  const { me } = useSession();
  const role = me?.workspaces.find((w) => w.id === workspaceId)?.role ?? '';
  return TEAM.includes(role);
}

/** An ISO day (YYYY-MM-DD) in the reader's language: "5 December 2026". */
export const formatDay = (iso: string, lng: string) =>
  new Intl.DateTimeFormat(lng, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso.slice(0, 10)}T00:00:00Z`),
  );

/** Today as an ISO day, in the browser's time. */
export const todayIso = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
