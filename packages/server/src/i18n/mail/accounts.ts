import type { Catalogue } from '../catalogue.js';

/**
 * The invitation mail (workspaces/service.ts), in the inviter's language, and the password-reset
 * mail (auth/service.ts), in the account's; merged by ../modules.ts. English needs no entry.
 */
export const catalogues: Record<'en' | 'fr' | 'es', Catalogue> = {
  en: { messages: {}, words: {} },
  fr: {
    messages: {
      'You are invited to {0} on Agglomera': 'Vous êtes invité·e à rejoindre {0} sur Agglomera',
      'You have been invited to join “{0}” as {1}. Accept within 14 days:':
        'Vous avez été invité·e à rejoindre « {0} » comme {1}. Acceptez dans les 14 jours :',
      'Reset your Agglomera password': 'Réinitialisez votre mot de passe Agglomera',
      'Open this link within one hour to choose a new password:':
        'Ouvrez ce lien dans l’heure pour choisir un nouveau mot de passe :',
    },
    words: {},
  },
  es: {
    messages: {
      'You are invited to {0} on Agglomera': 'Le invitan a unirse a {0} en Agglomera',
      'You have been invited to join “{0}” as {1}. Accept within 14 days:':
        'Le han invitado a unirse a «{0}» como {1}. Acepte en un plazo de 14 días:',
      'Reset your Agglomera password': 'Restablezca su contraseña de Agglomera',
      'Open this link within one hour to choose a new password:':
        'Abra este enlace en el plazo de una hora para elegir una nueva contraseña:',
    },
    words: {},
  },
};
