/**
 * Partner search (methods.md §7; docs/connect.md): the kinds of posting, the themes a posting may
 * carry and the platform's rule for suggesting matches.
 */

/**
 * - problem: a problem owner looking for a problem solver, the cross-clustering of the GIZ guide
 *   (001:4401–4411: "The matching of the problem solver with problem owner was moderated by the
 *   cluster managers.");
 * - offer: a competence the cluster offers, a problem solver;
 * - partner: a partner sought for a project, skills, green or internationalisation action (ECCP
 *   guide 004:468–485, 659–677).
 */
export const POSTING_KINDS = ['problem', 'offer', 'partner'] as const;
export type PostingKind = (typeof POSTING_KINDS)[number];

/**
 * Themes. The ECCP guide names green, digital and resilience ("Actions for green, digital, and
 * resilient ecosystems", 004:10) and focuses on "collaboration, upskilling, and
 * internationalisation" (004:81): hence green, digital, resilience, internationalisation and
 * skills. `innovation` and `other` are the platform's additions, not a guide's.
 */
export const PARTNER_THEMES = [
  'green',
  'digital',
  'resilience',
  'internationalisation',
  'skills',
  'innovation',
  'other',
] as const;
export type PartnerTheme = (typeof PARTNER_THEMES)[number];

export interface MatchablePosting {
  id: string;
  workspaceId: string;
  kind: PostingKind;
  title: string;
  themes: readonly string[];
}

/** The kind a posting of this kind is matched with: a problem with an offer and back; a partner with a partner. */
export const complementaryKind = (kind: PostingKind): PostingKind =>
  kind === 'problem' ? 'offer' : kind === 'offer' ? 'problem' : 'partner';

/** Words of a title that count for matching: letters and digits, lower case, four letters or more. */
export function titleWords(title: string): Set<string> {
  return new Set(
    title
      .toLocaleLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 4),
  );
}

export interface Match<P extends MatchablePosting> {
  posting: P;
  sharedThemes: string[];
  sharedWords: string[];
}

/**
 * The platform's rule, not a guide's: another initiative's posting of the complementary kind
 * (problem ↔ offer; partner ↔ partner) that shares at least one theme or one word of four letters
 * or more of the title. Ordered by shared themes and words, most first.
 */
export function suggestMatches<P extends MatchablePosting>(
  posting: MatchablePosting,
  others: P[],
): Match<P>[] {
  const want = complementaryKind(posting.kind);
  const words = titleWords(posting.title);
  const out: Match<P>[] = [];
  for (const other of others) {
    if (other.workspaceId === posting.workspaceId || other.kind !== want) continue;
    const sharedThemes = other.themes.filter((t) => posting.themes.includes(t));
    const sharedWords = [...titleWords(other.title)].filter((w) => words.has(w));
    if (sharedThemes.length || sharedWords.length) out.push({ posting: other, sharedThemes, sharedWords });
  }
  return out.sort(
    (a, b) =>
      b.sharedThemes.length + b.sharedWords.length - (a.sharedThemes.length + a.sharedWords.length) ||
      a.posting.title.localeCompare(b.posting.title),
  );
}
