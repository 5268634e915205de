import { useTranslation } from 'react-i18next';
import { OrganisationNav } from './OrganisationNav';

/** Reserved (issue 14); filled in by its slice. */
export function AgreementsPage() {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('organisationNav.agreements')}</h1>
      <OrganisationNav />
    </section>
  );
}
