import { useEffect, useRef, useState } from 'react';
import { NavLink, Outlet, useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session';
import { ADMIN_AREAS, MODULES, areasFor } from './modules';
import { LanguageSwitcher } from './LanguageSwitcher';

/** Below this width the navigation is a drawer opened by the menu button (styles.css, same figure). */
const NARROW = '(max-width: 900px)';

export function Shell() {
  const { t } = useTranslation();
  const { me, signOut } = useSession();
  const { workspaceId } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const workspace = me?.workspaces.find((w) => w.id === workspaceId) ?? null;
  const [open, setOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const nav = useRef<HTMLElement>(null);

  // A followed link closes the drawer.
  useEffect(() => setOpen(false), [location.pathname]);
  // Escape closes the drawer and gives the focus back to the menu button; opening focuses the first link.
  useEffect(() => {
    if (!open) return;
    nav.current?.querySelector<HTMLElement>('a')?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      menuButton.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
  // Leaving phone width with the drawer open would leave the page locked behind it.
  useEffect(() => {
    const query = window.matchMedia?.(NARROW);
    if (!query) return;
    const onChange = () => !query.matches && setOpen(false);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);

  const close = () => {
    setOpen(false);
    menuButton.current?.focus();
  };
  const modules = workspace ? areasFor(MODULES, workspace.kind, workspace.role) : [];
  const admin = workspace ? areasFor(ADMIN_AREAS, workspace.kind, workspace.role) : [];

  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skip')}
      </a>
      <header className="topbar">
        {workspace && (
          <button
            ref={menuButton}
            type="button"
            className="menu-button"
            aria-expanded={open}
            aria-controls="sidenav"
            onClick={() => setOpen((o) => !o)}
          >
            <span aria-hidden="true">☰</span> {t('layout.menu')}
          </button>
        )}
        <span className="brand">Agglomera</span>
        <span className="inline-field workspace-field">
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
      <div className={open ? 'layout nav-open' : 'layout'}>
        {workspace && (
          <>
            {open && <div className="nav-backdrop" aria-hidden="true" onClick={close} />}
            <nav
              id="sidenav"
              ref={nav}
              className="sidenav"
              aria-label={t('shell.modules')}
              // A followed link closes the drawer at once, not only after the new route renders.
              onClick={(e) => (e.target as HTMLElement).closest('a') && setOpen(false)}
            >
              <p className="nav-title">{workspace.name}</p>
              <p className="nav-role">{t('shell.yourRole', { role: t(`role.${workspace.role}`) })}</p>
              <ul>
                {modules.map((m) => (
                  <li key={m.id}>
                    <NavLink to={`/w/${workspace.id}/${m.path}`}>
                      {t(m.labelKey ?? `module.${m.id}`)}
                      {!m.available && <span className="badge muted">{t('common.notYet')}</span>}
                    </NavLink>
                  </li>
                ))}
              </ul>
              {admin.length > 0 && (
                <>
                  <p className="nav-title">{t('shell.administration')}</p>
                  <ul>
                    {admin.map((m) => (
                      <li key={m.id}>
                        <NavLink to={`/w/${workspace.id}/${m.path}`}>{t(`module.${m.id}`)}</NavLink>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </nav>
          </>
        )}
        <main id="main" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </>
  );
}
