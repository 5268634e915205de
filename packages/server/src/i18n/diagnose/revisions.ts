import type { Catalogue } from '../catalogue.js';

/**
 * French and Spanish words of the diagnosis's revisions (fidelity issue 16, items 10 and 11): the
 * actors holding a constraint, removing a link or a pathway, and the judgement that opens part C of
 * the rapid assessment of associations; merged by ../modules.ts.
 */
export const catalogues: Record<'en' | 'fr' | 'es', Catalogue> = {
  en: { messages: {}, words: {} },
  fr: {
    messages: {
      'actorIds[{0}] is not an actor of this workspace':
        'actorIds[{0}] n’est pas un acteur de cet espace de travail',
      'The pathway "{0}" runs along this link; remove the pathway first':
        'Le chemin "{0}" passe par ce lien ; supprimez d’abord le chemin',
      'Pathway not found': 'Chemin introuvable',
      'Link not found': 'Lien introuvable',
      'Part C is investigated only if partnering with existing associations is deemed unrealistic or undesirable by one or both sides: record that judgement first':
        'La partie C n’est examinée que si le partenariat avec les associations existantes est jugé irréaliste ou indésirable par l’une des parties ou les deux : enregistrez d’abord ce jugement',
      'Say why partnering is deemed unrealistic or undesirable':
        'Dites pourquoi le partenariat est jugé irréaliste ou indésirable',
      'Part C holds answers already; it stays open':
        'La partie C contient déjà des réponses ; elle reste ouverte',
    },
    words: {},
  },
  es: {
    messages: {
      'actorIds[{0}] is not an actor of this workspace':
        'actorIds[{0}] no es un actor de este espacio de trabajo',
      'The pathway "{0}" runs along this link; remove the pathway first':
        'La trayectoria "{0}" pasa por este vínculo; elimine primero la trayectoria',
      'Pathway not found': 'Trayectoria no encontrada',
      'Link not found': 'Vínculo no encontrado',
      'Part C is investigated only if partnering with existing associations is deemed unrealistic or undesirable by one or both sides: record that judgement first':
        'La parte C solo se investiga si la asociación con las asociaciones existentes se considera poco realista o indeseable por una o ambas partes: registre primero ese juicio',
      'Say why partnering is deemed unrealistic or undesirable':
        'Diga por qué la asociación se considera poco realista o indeseable',
      'Part C holds answers already; it stays open': 'La parte C ya tiene respuestas; sigue abierta',
    },
    words: {},
  },
};
