import { useTranslation } from 'react-i18next';

/** What the portfolio's screens share (issue 15, slice A): an initiative's row, its country's name, a traffic light. */
export interface PortfolioInitiative {
  id: string;
  name: string;
  country: string;
  sector: string;
  latitude: number | null;
  longitude: number | null;
  shares: string[];
  lifecycle: { stage: string; unidoPhase: number; blueprintStep: number | null } | null;
  agents: { id: string; name: string }[];
}

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
