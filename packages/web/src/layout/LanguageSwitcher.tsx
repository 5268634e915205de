import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n';
import { patch } from '../api';
import { useSession } from '../session';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  return (
    <span className="inline-field">
      <label htmlFor="language-switcher">{t('shell.language')}</label>
      <select
        id="language-switcher"
        value={i18n.language}
        onChange={async (e) => {
          await i18n.changeLanguage(e.target.value);
          if (me) await patch('/me', { locale: e.target.value }).catch(() => undefined);
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.label}
          </option>
        ))}
      </select>
    </span>
  );
}
