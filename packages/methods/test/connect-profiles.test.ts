import { describe, expect, it } from 'vitest';
import { matchProfiles, profileWords, type MatchableProfile } from '../src/index.js';

/** The platform's rule for linking profiles (docs/connect.md): not a guide's. */
const profile = (id: string, p: Partial<MatchableProfile>): MatchableProfile => ({
  id,
  competences: [],
  offers: [],
  needs: [],
  themes: [],
  ...p,
});

describe('profile matching', () => {
  it('leaves out short words and the stop words of three languages', () => {
    expect(profileWords('Training with the cold chain, pour les entreprises, para todos')).toEqual(
      new Set(['training', 'cold', 'chain', 'entreprises', 'todos']),
    );
  });

  it('links a need to the other side’s offers and competences, both ways, and names the shared words', () => {
    const lakeside = profile('lakeside', {
      needs: ['Cold chain monitoring for fresh fruit'],
      offers: ['Solar drying of fruit and vegetables'],
      themes: ['green', 'digital'],
    });
    const coastal = profile('coastal', {
      competences: ['Cold chain sensors from marine logistics'],
      needs: ['Solar drying of seaweed'],
      themes: ['green'],
    });
    const [m] = matchProfiles(lakeside, [coastal]);
    expect(m!.profile.id).toBe('coastal');
    expect(m!.theyOffer).toEqual([
      {
        need: 'Cold chain monitoring for fresh fruit',
        answer: 'Cold chain sensors from marine logistics',
        words: ['cold', 'chain'],
      },
    ]);
    expect(m!.weOffer).toEqual([
      {
        need: 'Solar drying of seaweed',
        answer: 'Solar drying of fruit and vegetables',
        words: ['solar', 'drying'],
      },
    ]);
    expect(m!.sharedThemes).toEqual(['green']);
  });

  it('is no match on a shared theme or a stop word alone, nor with itself', () => {
    const a = profile('a', { needs: ['Help with exports'], themes: ['green'] });
    const b = profile('b', { offers: ['Packaging with recycled paper'], themes: ['green'] });
    expect(matchProfiles(a, [b, a])).toEqual([]);
  });

  it('puts the profile with more links first, then more shared themes', () => {
    const me = profile('me', {
      needs: ['export training', 'digital marketing'],
      themes: ['skills', 'digital'],
    });
    const one = profile('one', { offers: ['export fairs'], themes: ['skills', 'digital'] });
    const two = profile('two', { offers: ['export fairs', 'marketing courses'] });
    const three = profile('three', { offers: ['training of trainers'], themes: ['skills'] });
    expect(matchProfiles(me, [three, one, two]).map((m) => m.profile.id)).toEqual(['two', 'one', 'three']);
  });
});
