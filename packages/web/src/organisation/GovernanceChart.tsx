import { useTranslation } from 'react-i18next';
import type { CSSProperties } from 'react';
import type { Body } from './governanceTypes';

const LIST: CSSProperties = {
  listStyle: 'none',
  margin: 0,
  paddingLeft: '1.25rem',
  borderLeft: '2px solid #8a8a8a',
};
const BOX: CSSProperties = {
  display: 'inline-flex',
  flexDirection: 'column',
  gap: 2,
  border: '1px solid #555',
  borderRadius: 6,
  padding: '6px 10px',
  margin: '6px 0',
  maxWidth: '100%',
};

/**
 * The organisation chart: the bodies as a tree of boxes, each under the body it reports to (or is
 * elected by), drawn with HTML lists so that a screen reader reads it as nested lists.
 */
export function GovernanceChart({ bodies }: { bodies: Body[] }) {
  const { t } = useTranslation();
  if (bodies.length === 0) return <p className="muted">{t('governance.chartEmpty')}</p>;
  const ids = new Set(bodies.map((b) => b.id));
  const roots = bodies.filter((b) => !b.parentId || !ids.has(b.parentId));
  const children = (id: string) => bodies.filter((b) => b.parentId === id);
  const node = (b: Body, seen: Set<string>) => {
    const next = new Set(seen).add(b.id);
    const below = children(b.id).filter((c) => !seen.has(c.id));
    return (
      <li key={b.id}>
        <div style={{ ...BOX, borderWidth: b.decidesApplications ? 3 : 1 }}>
          <strong>{b.name}</strong>
          <span className="small">{t(`governance.kinds.${b.kind}`)}</span>
          <span className="small">{t('governance.chartSeats', { count: b.seats.length })}</span>
          {b.decidesApplications && <span className="badge">{t('governance.decidesBadge')}</span>}
        </div>
        {below.length > 0 && <ul style={LIST}>{below.map((c) => node(c, next))}</ul>}
      </li>
    );
  };
  return (
    <figure
      className="panel"
      style={{ margin: '1rem 0' }}
      aria-labelledby="org-chart-title"
      data-testid="org-chart"
    >
      <figcaption id="org-chart-title" className="h-small">
        {t('governance.chartTitle')}
      </figcaption>
      <ul style={{ ...LIST, borderLeft: 'none', paddingLeft: 0 }}>{roots.map((r) => node(r, new Set()))}</ul>
    </figure>
  );
}
