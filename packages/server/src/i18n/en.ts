import type { Catalogue } from './catalogue.js';

/**
 * The server's messages in English where the source text (the key) is not the whole story:
 * plurals (see ./index.ts). Every other English message is its own key.
 */
export const en: Catalogue = {
  messages: {
    '{0} minutes': '{0, plural, one {# minute} other {# minutes}}',
    'must have at least {0} characters':
      'must have at least {0, plural, one {# character} other {# characters}}',
    'must have at most {0} characters':
      'must have at most {0, plural, one {# character} other {# characters}}',
    'must have at least {0} items': 'must have at least {0, plural, one {# item} other {# items}}',
    'must have at most {0} items': 'must have at most {0, plural, one {# item} other {# items}}',
    'Password must have at least {0} characters':
      'Password must have at least {0, plural, one {# character} other {# characters}}',
    '{0} row(s) with an empty code or a missing, non-numeric or negative value, and {1} duplicate region × industry × year combination(s)':
      '{0, plural, one {# row} other {# rows}} with an empty code or a missing, non-numeric or negative value, and {1, plural, one {# duplicate region × industry × year combination} other {# duplicate region × industry × year combinations}}',
    'The frequency and dates of "{0}" cannot change: {1} value(s) are recorded for its periods{2}. Keep them, or define a new indicator':
      'The frequency and dates of "{0}" cannot change: {1, plural, one {# value is} other {# values are}} recorded for its periods{2}. Keep them, or define a new indicator',
    'Question {0} needs at least {1} choices':
      'Question {0} needs at least {1, plural, one {# choice} other {# choices}}',
    'has {0} choices': 'has {0, plural, one {# choice} other {# choices}}',
    'ranks more than {0} choices': 'ranks more than {0, plural, one {# choice} other {# choices}}',
    'names more than {0} actors': 'names more than {0, plural, one {# actor} other {# actors}}',
    'This programme has {0} unanswered follow requests; withdraw some before asking again':
      'This programme has {0, plural, one {# unanswered follow request} other {# unanswered follow requests}}; withdraw some before asking again',
  },
  words: {
    ngo: 'NGO',
    start_up: 'start-up',
    business_development_service: 'business development service',
    do: 'do',
    likert: 'Likert scale',
    actor_ties: 'ties between actors',
  },
};
