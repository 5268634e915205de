import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterActor } from './survey-types';

export type { RosterActor };
/** One tie named in answer to an actor_ties question: the actor and a strength from 1 to 5. */
export interface TieAnswer {
  actor: string;
  strength: number;
}

/** Above this many actors, a filter box helps the respondent find those they work with. */
const FILTER_FROM = 15;
const STRENGTHS = [1, 2, 3, 4, 5] as const;
const DEFAULT_STRENGTH = 3;

/**
 * The answer to an actor_ties question: a checkbox per actor of the register, and for each actor
 * ticked the strength of the tie (1 occasional … 5 very close).
 */
export function ActorTiesField({
  legend,
  roster,
  ties,
  onChange,
}: {
  legend: string;
  roster: RosterActor[];
  ties: TieAnswer[];
  onChange: (ties: TieAnswer[]) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [filter, setFilter] = useState('');
  const strengthOf = new Map(ties.map((x) => [x.actor, x.strength]));
  const query = filter.trim().toLocaleLowerCase();
  // Actors already named stay in view whatever the filter, so their strength can still be changed.
  const shown = query
    ? roster.filter((a) => strengthOf.has(a.id) || a.name.toLocaleLowerCase().includes(query))
    : roster;
  const setStrength = (actor: string, strength: number) =>
    onChange(ties.map((x) => (x.actor === actor ? { actor, strength } : x)));

  return (
    <fieldset className="actor-ties" aria-describedby={`${id}-hint`}>
      <legend>{legend}</legend>
      <p id={`${id}-hint`} className="small muted">
        {t('surveys.ties.hint')}
      </p>
      {roster.length === 0 ? (
        <p className="muted">{t('surveys.ties.noActors')}</p>
      ) : (
        <>
          {roster.length > FILTER_FROM && (
            <label>
              {t('surveys.ties.filter')}
              <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
            </label>
          )}
          <p className="small" aria-live="polite">
            {t('surveys.ties.named', { count: ties.length })}
          </p>
          {shown.length === 0 ? (
            <p className="muted">{t('surveys.ties.noMatch')}</p>
          ) : (
            <ul className="tie-list">
              {shown.map((a) => {
                const strength = strengthOf.get(a.id);
                return (
                  <li key={a.id}>
                    <label className="checkbox">
                      <input
                        type="checkbox"
                        checked={strength !== undefined}
                        onChange={(e) =>
                          onChange(
                            e.target.checked
                              ? [...ties, { actor: a.id, strength: DEFAULT_STRENGTH }]
                              : ties.filter((x) => x.actor !== a.id),
                          )
                        }
                      />
                      {a.name}
                    </label>
                    <span className="small muted">{t(`actorType.${a.type}`, a.type)}</span>
                    {strength !== undefined && (
                      <label className="tie-strength">
                        <span>
                          {t('surveys.ties.strength')}
                          <span className="visually-hidden">
                            {' '}
                            {t('surveys.ties.strengthWith', { name: a.name })}
                          </span>
                        </span>
                        <select value={strength} onChange={(e) => setStrength(a.id, Number(e.target.value))}>
                          {STRENGTHS.map((n) => (
                            <option key={n} value={n}>
                              {t(`surveys.ties.level.${n}`)}
                            </option>
                          ))}
                        </select>
                      </label>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
    </fieldset>
  );
}
