import { titleWords } from './postings.js';

/**
 * Profiles of cluster initiatives (methods.md §7; docs/connect.md): "profiles with competences,
 * offers and needs". The ECCP guide asks clusters to "map the potential service offer of the
 * different prospective collaboration partners consistently. These can then be linked to identified
 * skill needs of your cluster members, to assess which potential collaboration partners are the
 * most promising." (004_f712fc9831894dbf.txt:473). How an offer is linked to a need is not given by
 * any guide: the rule below is the platform's.
 */

/** How many lines a profile's competences, offers or needs hold, and how long a line is (the platform's limits). */
export const PROFILE_LIST_MAX = 20;
export const PROFILE_LINE_MAX = 160;

/**
 * Words of four letters or more that say nothing of a competence (English, French, Spanish), left
 * out of matching so that "with" or "pour" does not pair two profiles. The platform's list.
 */
const STOP_WORDS = new Set([
  'about',
  'also',
  'and',
  'from',
  'have',
  'into',
  'more',
  'other',
  'over',
  'such',
  'than',
  'that',
  'their',
  'them',
  'these',
  'they',
  'this',
  'through',
  'with',
  'within',
  'your',
  'ours',
  'need',
  'needs',
  'offer',
  'offers',
  'avec',
  'dans',
  'des',
  'leur',
  'leurs',
  'nous',
  'notre',
  'pour',
  'sans',
  'sont',
  'vers',
  'entre',
  'autres',
  'besoin',
  'besoins',
  'offre',
  'offres',
  'como',
  'entre',
  'para',
  'sobre',
  'desde',
  'hacia',
  'otros',
  'otras',
  'nuestro',
  'nuestra',
  'necesidad',
  'necesidades',
  'oferta',
  'ofertas',
]);

/** The words of a line that count for matching (titleWords without the stop words). */
export function profileWords(line: string): Set<string> {
  return new Set([...titleWords(line)].filter((w) => !STOP_WORDS.has(w)));
}

export interface MatchableProfile {
  id: string;
  competences: readonly string[];
  offers: readonly string[];
  needs: readonly string[];
  themes: readonly string[];
}

/** One line of one profile answering one line of the other, and the words they share. */
export interface ProfileLink {
  need: string;
  answer: string;
  words: string[];
}

export interface ProfileMatch<P extends MatchableProfile> {
  profile: P;
  /** The other profile's offers and competences that answer this profile's needs. */
  theyOffer: ProfileLink[];
  /** This profile's offers and competences that answer the other profile's needs. */
  weOffer: ProfileLink[];
  sharedThemes: string[];
}

function links(needs: readonly string[], answers: readonly string[]): ProfileLink[] {
  const out: ProfileLink[] = [];
  for (const need of needs) {
    const wanted = profileWords(need);
    for (const answer of answers) {
      const words = [...profileWords(answer)].filter((w) => wanted.has(w));
      if (words.length) out.push({ need, answer, words });
    }
  }
  return out;
}

/**
 * The platform's rule, not a guide's: another profile is a possible partner when one of its offers
 * or competences shares a word of four letters or more (stop words aside) with one of this
 * profile's needs, or the other way round. Ordered by the links found both ways, then shared
 * themes, most first; a shared theme alone is not a match.
 */
export function matchProfiles<P extends MatchableProfile>(
  profile: MatchableProfile,
  others: readonly P[],
): ProfileMatch<P>[] {
  const ours = [...profile.offers, ...profile.competences];
  const out: ProfileMatch<P>[] = [];
  for (const other of others) {
    if (other.id === profile.id) continue;
    const theyOffer = links(profile.needs, [...other.offers, ...other.competences]);
    const weOffer = links(other.needs, ours);
    if (!theyOffer.length && !weOffer.length) continue;
    const sharedThemes = other.themes.filter((t) => profile.themes.includes(t));
    out.push({ profile: other, theyOffer, weOffer, sharedThemes });
  }
  const score = (m: ProfileMatch<P>) => m.theyOffer.length + m.weOffer.length;
  return out.sort(
    (a, b) =>
      score(b) - score(a) ||
      b.sharedThemes.length - a.sharedThemes.length ||
      a.profile.id.localeCompare(b.profile.id),
  );
}
