import { useTranslation } from 'react-i18next';
import type { ImportWarning, SurveyFormInfo } from './SurveyForm';

/**
 * What the import of an XLSForm left out (a column the platform does not use, media, a device's
 * metadata, a repeat count, an empty group) and, for an imported form, its groups, repeats,
 * languages and version: said on the survey's page so that nothing is lost without a word.
 */
export function ImportWarnings({ form }: { form?: SurveyFormInfo }) {
  const { t } = useTranslation();
  if (!form?.languages) return null;
  const warnings = form.warnings ?? [];
  const groups = form.groups ?? [];
  const line = (w: ImportWarning) =>
    t(`surveys.import.warning.${w.kind}`, {
      sheet: w.sheet,
      row: w.row,
      column: w.column,
      name: w.name,
      type: w.type,
    });
  return (
    <section className="panel" aria-labelledby="xlsform-info">
      <h2 id="xlsform-info">{t('surveys.import.importedTitle')}</h2>
      <p className="small">
        {t('surveys.import.summary', {
          groups: groups.filter((g) => !g.repeat).length,
          repeats: groups.filter((g) => g.repeat).length,
          languages: form.languages.map((l) => l.name).join(', '),
        })}
        {form.version && ` ${t('surveys.import.version', { version: form.version })}`}
      </p>
      {warnings.length > 0 && (
        <>
          <p role="note">{t('surveys.import.leftOut', { count: warnings.length })}</p>
          <ul data-testid="import-warnings">
            {warnings.map((w, i) => (
              <li key={i}>{line(w)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
