import { useTranslation } from 'react-i18next';
import type { ApiGet } from '../api/types';

/** What the portfolio's screens share (issue 15, slice A): an initiative's row, its country's name, a traffic light. */
export type PortfolioInitiative = ApiGet<'/workspaces/{workspaceId}/portfolio/{initiativeId}'>;
/** The portfolio's list of initiatives (programme/funding.schemas.ts on the server). */
export type Portfolio = ApiGet<'/workspaces/{workspaceId}/portfolio'>;

export type Light = 'green' | 'amber' | 'red' | 'none';

/** The country's name in the reader's language ('' unknown or regional). */
export function countryName(code: string, language: string, regional: string) {
  if (!code) return regional;
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function TrafficLight({ light }: { light: Light }) {
  const { t } = useTranslation();
  return (
    <>
      <span className={`light light-${light}`} aria-hidden="true" />
      {t(`reports.light.${light}`)}
    </>
  );
}
