import { NavLink, Outlet, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session';
import { ADMIN_AREAS, MODULES } from './modules';
import { LanguageSwitcher } from './LanguageSwitcher';

export function Shell() {
  const { t } = useTranslation();
  const { me, signOut } = useSession();
  const { workspaceId } = useParams();
  const navigate = useNavigate();
  const workspace = me?.workspaces.find((w) => w.id === workspaceId) ?? null;

  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skip')}
      </a>
      <header className="topbar">
        <span className="brand">Agglomera</span>
        <span className="inline-field">
          <label htmlFor="workspace-switcher">{t('shell.workspace')}</label>
          <select
            id="workspace-switcher"
            value={workspace?.id ?? ''}
            onChange={(e) => {
              const next = me?.workspaces.find((w) => w.id === e.target.value);
              if (next) navigate(`/w/${next.id}/home`);
            }}
          >
            {!workspace && <option value="">{t('shell.chooseWorkspace')}</option>}
            {me?.workspaces.map((w) => (
              <option key={w.id} value={w.id}>
                {w.name} · {t(`kind.${w.kind}`)}
              </option>
            ))}
          </select>
        </span>
        <LanguageSwitcher />
        {me?.user.isPlatformAdmin && (
          <NavLink to="/admin/workspaces" className="topbar-link">
            {t('platform.link')}
          </NavLink>
        )}
        <NavLink to="/account" className="topbar-link">
          {me?.user.name}
        </NavLink>
        <button
          type="button"
          className="secondary"
          onClick={async () => {
            await signOut();
            navigate('/login');
          }}
        >
          {t('shell.signOut')}
        </button>
      </header>
      <div className="layout">
        {workspace && (
          <nav className="sidenav" aria-label={t('shell.modules')}>
            <p className="nav-title">{workspace.name}</p>
            <p className="nav-role">{t('shell.yourRole', { role: t(`role.${workspace.role}`) })}</p>
            <ul>
              {MODULES.filter((m) => m.kinds.includes(workspace.kind)).map((m) => (
                <li key={m.id}>
                  <NavLink to={`/w/${workspace.id}/${m.path}`}>
                    {t(m.labelKey ?? `module.${m.id}`)}
                    {!m.available && <span className="badge muted">{t('common.notYet')}</span>}
                  </NavLink>
                </li>
              ))}
            </ul>
            <p className="nav-title">{t('shell.administration')}</p>
            <ul>
              {ADMIN_AREAS.filter((m) => m.kinds.includes(workspace.kind)).map((m) => (
                <li key={m.id}>
                  <NavLink to={`/w/${workspace.id}/${m.path}`}>{t(`module.${m.id}`)}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <main id="main" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </>
  );
}
