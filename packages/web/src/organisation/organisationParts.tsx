import { useParams } from 'react-router';
import { useSession } from '../session';

/** The parts the profile, legal form and governance screens share. */

/** The signed-in user's role in the workspace of the page. */
export function useOrganisationRole(): { role: string; team: boolean; manager: boolean } {
  const { workspaceId = '' } = useParams();
  const { me } = useSession();
  const role = me?.workspaces.find((w) => w.id === workspaceId)?.role ?? '';
  return {
    role,
    team: ['owner', 'manager', 'staff'].includes(role),
    manager: ['owner', 'manager'].includes(role),
  };
}

export { formatDay, todayIso } from '../strategy/documentsParts';
