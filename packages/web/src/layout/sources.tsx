import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';

/**
 * The guides behind the platform's methods, named in words on screen (issue 12, item 10): seed
 * references such as `001_2b00e659d173dc60.txt:1203` or `(004:532)` stay in code and docs.
 * The seed numbers follow the seeds' README: 000 MarketMakers, 001 GIZ, 002 UNIDO,
 * 003 IDB / Compete Caribbean, 004 European Cluster Collaboration Platform.
 */
export const GUIDES = ['000', '001', '002', '003', '004'] as const;

/** A seed reference: `001_2b00e659d173dc60.txt:1203`, `001:1203`, `001:2087–2098`, `003:192, 839`, optionally after the guide's short name. */
const REF =
  /(?:\b(?:GIZ|UNIDO|MarketMakers|IDB|ECCP)\s+)?\b(00[0-4])(?:_[0-9a-f]{6,}\.txt)?:\d+(?:\s*[–-]\s*\d+)?(?:,\s*\d+(?:\s*[–-]\s*\d+)?)*/g;

/** The guide's name in the current language for a seed reference, or null if it is none. */
export function guideName(t: TFunction, ref: string): string | null {
  const seed = /^(00[0-4])(?:_|:)/.exec(ref.trim())?.[1];
  return seed ? t(`layout.guide.g${seed}`) : null;
}

/** Any text with its seed references replaced by the guides' names (server messages, stored sources). */
export function humanizeSources(t: TFunction, text: string): string {
  return text.replace(REF, (_, seed: string) => t(`layout.guide.g${seed}`));
}

/** "Source: GIZ Cluster Development Guide" for a seed reference; free text is shown as it is. */
export function SourceNote({ source }: { source: string | null | undefined }) {
  const { t } = useTranslation();
  if (!source) return null;
  return (
    <p className="small muted source-note">{t('layout.source', { guide: humanizeSources(t, source) })}</p>
  );
}
