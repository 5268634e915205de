import type { Catalogue } from '../catalogue.js';

/** The e-mail digest of tasks late and due soon (home/reminders.service.ts); merged by ../modules.ts. */
export const catalogues: Record<'en' | 'fr' | 'es', Catalogue> = {
  en: { messages: {}, words: {} },
  fr: {
    messages: {
      'Hello {0},': 'Bonjour {0},',
      'Late:': 'En retard :',
      'Due by {0}:': 'À faire d’ici le {0} :',
      '{0} — due {1}': '{0} — échéance le {1}',
      'Your tasks: {0} late, {1} due by {2}': 'Vos tâches : {0} en retard, {1} à faire d’ici le {2}',
      'You receive this summary every Monday. Change it or stop it on your account page: {0}':
        'Vous recevez ce résumé chaque lundi. Modifiez-le ou arrêtez-le sur la page de votre compte : {0}',
      'You receive this summary every day. Change it or stop it on your account page: {0}':
        'Vous recevez ce résumé chaque jour. Modifiez-le ou arrêtez-le sur la page de votre compte : {0}',
    },
    words: {},
  },
  es: {
    messages: {
      'Hello {0},': 'Hola {0}:',
      'Late:': 'Atrasadas:',
      'Due by {0}:': 'Para antes del {0}:',
      '{0} — due {1}': '{0} — vence el {1}',
      'Your tasks: {0} late, {1} due by {2}': 'Sus tareas: {0} atrasadas, {1} para antes del {2}',
      'You receive this summary every Monday. Change it or stop it on your account page: {0}':
        'Recibe este resumen cada lunes. Cámbielo o deténgalo en la página de su cuenta: {0}',
      'You receive this summary every day. Change it or stop it on your account page: {0}':
        'Recibe este resumen cada día. Cámbielo o deténgalo en la página de su cuenta: {0}',
    },
    words: {},
  },
};
