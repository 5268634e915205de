import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session';
import { ProgrammeNav, programmeLinks } from './ProgrammeNav';

/** The programme's landing screen: its parts in the order a funder works through them, each said in a line. */
export function ProgrammePage() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const { me } = useSession();
  const role = me?.workspaces.find((w) => w.id === workspaceId)?.role;
  return (
    <section aria-labelledby="programme-title">
      <ProgrammeNav />
      <h1 id="programme-title">{t('module.programme')}</h1>
      <p className="lead">{t('programmeNav.intro')}</p>
      <ul className="card-list">
        {programmeLinks(role)
          .filter((l) => l.key !== 'overview')
          .map((l) => (
            <li key={l.key} className="card">
              <h2>
                <Link to={`/w/${workspaceId}/${l.path}`}>{t(`programmeNav.${l.key}`)}</Link>
              </h2>
              <p>{t(`programmeNav.about.${l.key}`)}</p>
            </li>
          ))}
      </ul>
    </section>
  );
}
