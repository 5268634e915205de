import type { Catalogue } from '../catalogue.js';

/** French and Spanish words of the mails that carry survey links and reminders; merged by ../modules.ts. */
export const catalogues: Record<'en' | 'fr' | 'es', Catalogue> = {
  en: { messages: {}, words: {} },
  fr: {
    messages: {
      'Survey: {0}': 'Enquête : {0}',
      'Hello {0},\n\nPlease answer the survey "{1}" before {2} UTC:\n{3}\n\nThis link is personal. Your answers are anonymous.':
        'Bonjour {0},\n\nVeuillez répondre à l’enquête "{1}" avant le {2} UTC :\n{3}\n\nCe lien est personnel. Vos réponses sont anonymes.',
      'Hello {0},\n\nPlease answer the survey "{1}" before {2} UTC:\n{3}\n\nThis link is personal.':
        'Bonjour {0},\n\nVeuillez répondre à l’enquête "{1}" avant le {2} UTC :\n{3}\n\nCe lien est personnel.',
      'Reminder: {0}': 'Rappel : {0}',
      'A reminder: the survey "{0}" closes on {1} UTC.\n{2}':
        'Un rappel : l’enquête "{0}" ferme le {1} UTC.\n{2}',
    },
    words: {},
  },
  es: {
    messages: {
      'Survey: {0}': 'Encuesta: {0}',
      'Hello {0},\n\nPlease answer the survey "{1}" before {2} UTC:\n{3}\n\nThis link is personal. Your answers are anonymous.':
        'Hola {0}:\n\nResponda a la encuesta "{1}" antes del {2} UTC:\n{3}\n\nEste enlace es personal. Sus respuestas son anónimas.',
      'Hello {0},\n\nPlease answer the survey "{1}" before {2} UTC:\n{3}\n\nThis link is personal.':
        'Hola {0}:\n\nResponda a la encuesta "{1}" antes del {2} UTC:\n{3}\n\nEste enlace es personal.',
      'Reminder: {0}': 'Recordatorio: {0}',
      'A reminder: the survey "{0}" closes on {1} UTC.\n{2}':
        'Un recordatorio: la encuesta "{0}" cierra el {1} UTC.\n{2}',
    },
    words: {},
  },
};
