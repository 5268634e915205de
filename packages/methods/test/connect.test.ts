import { describe, expect, it } from 'vitest';
import { complementaryKind, suggestMatches, titleWords, type MatchablePosting } from '../src/index.js';

/** The platform's match rule of partner search (docs/connect.md): not a guide's. */
const p = (
  id: string,
  workspaceId: string,
  kind: MatchablePosting['kind'],
  title: string,
  themes: string[],
) => ({
  id,
  workspaceId,
  kind,
  title,
  themes,
});

describe('suggested matches of partner search', () => {
  it('pairs a problem with offers and a partner search with partner searches', () => {
    expect(complementaryKind('problem')).toBe('offer');
    expect(complementaryKind('offer')).toBe('problem');
    expect(complementaryKind('partner')).toBe('partner');
  });

  it('takes words of four letters or more, without accents or case', () => {
    expect([...titleWords('Énergie du Soleil pour le séchage, 2027')].sort()).toEqual(
      ['2027', 'energie', 'pour', 'sechage', 'soleil'].sort(),
    );
  });

  it('keeps other initiatives’ postings of the complementary kind sharing a theme or a title word', () => {
    const own = p('a', 'A', 'problem', 'Icing of wind turbine blades', ['green']);
    const others = [
      p('1', 'B', 'offer', 'De-icing of aircraft wings', ['digital']), // shares "icing"
      p('2', 'B', 'offer', 'Solar panels', ['green', 'resilience']), // shares a theme
      p('3', 'B', 'offer', 'Fish logistics', ['digital']), // shares nothing
      p('4', 'B', 'problem', 'Icing of roads', ['green']), // same kind
      p('5', 'A', 'offer', 'Icing sensors', ['green']), // own initiative
      p('6', 'C', 'offer', 'Icing blades coating', ['green']), // two words and a theme
    ];
    const matches = suggestMatches(own, others);
    expect(matches.map((m) => m.posting.id)).toEqual(['6', '1', '2']);
    expect(matches[0]).toMatchObject({ sharedThemes: ['green'], sharedWords: ['icing', 'blades'] });
  });
});
