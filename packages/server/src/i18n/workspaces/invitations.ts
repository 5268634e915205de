import type { Catalogue } from '../catalogue.js';

/**
 * The invitation mail (workspaces/service.ts), in the inviter's language; merged by ../modules.ts.
 * English needs no entry.
 */
export const catalogues: Record<'en' | 'fr' | 'es', Catalogue> = {
  en: { messages: {}, words: {} },
  fr: {
    messages: {
      'You are invited to {0} on Agglomera': 'Vous êtes invité·e à rejoindre {0} sur Agglomera',
      'You have been invited to join “{0}” as {1}. Accept within 14 days:':
        'Vous avez été invité·e à rejoindre « {0} » comme {1}. Acceptez dans les 14 jours :',
    },
    words: {},
  },
  es: {
    messages: {
      'You are invited to {0} on Agglomera': 'Le invitan a unirse a {0} en Agglomera',
      'You have been invited to join “{0}” as {1}. Accept within 14 days:':
        'Le han invitado a unirse a «{0}» como {1}. Acepte en un plazo de 14 días:',
    },
    words: {},
  },
};
