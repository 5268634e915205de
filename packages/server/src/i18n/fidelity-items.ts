import type { Catalogue } from './catalogue.js';

/**
 * French and Spanish words of the fidelity corrections of issue 16: the constraint diagnosis's
 * revisions (item 10: the actors holding a constraint, removing a link or a pathway), the judgement
 * that opens part C of the rapid assessment of associations (item 11), and surveys as the IDB ran
 * them (item 19: a Likert question's own collapse, a respondent list, open lists coded into themes); merged by ./modules.ts.
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
      '"{0}" is not an open list question of this survey':
        '"{0}" n’est pas une question à liste ouverte de cette enquête',
      'is not an open list question': 'n’est pas une question à liste ouverte',
      'Entry {0} names no answer of this question': 'L’entrée {0} ne désigne aucune réponse à cette question',
      'names no answer of this question': 'ne désigne aucune réponse à cette question',
      'is not a list of answers': 'n’est pas une liste de réponses',
      'lists more than {0} answers': 'donne plus de {0} réponses',
      'an answer is longer than {0} characters': 'une réponse dépasse {0} caractères',
      'the name is empty': 'le nom est vide',
      'Question {0}: only Likert questions are collapsed':
        'Question {0} : seules les questions de Likert se regroupent',
      'Question {0}: {1}': 'Question {0} : {1}',
      'No Likert question of this survey has {0} points':
        'Aucune question de Likert de cette enquête n’a {0} points',
      'names a {0}-point scale': 'désigne une échelle de {0} points',
      '"{0}" is not a collapse such as 1-2,3,4-5': '"{0}" n’est pas un regroupement comme 1-2,3,4-5',
      'is not a collapse such as 1-2,3,4-5': 'n’est pas un regroupement comme 1-2,3,4-5',
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
      '"{0}" is not an open list question of this survey':
        '"{0}" no es una pregunta de lista abierta de esta encuesta',
      'is not an open list question': 'no es una pregunta de lista abierta',
      'Entry {0} names no answer of this question':
        'La entrada {0} no indica ninguna respuesta de esta pregunta',
      'names no answer of this question': 'no indica ninguna respuesta de esta pregunta',
      'is not a list of answers': 'no es una lista de respuestas',
      'lists more than {0} answers': 'da más de {0} respuestas',
      'an answer is longer than {0} characters': 'una respuesta supera los {0} caracteres',
      'the name is empty': 'el nombre está vacío',
      'Question {0}: only Likert questions are collapsed':
        'Pregunta {0}: solo las preguntas Likert se agrupan',
      'Question {0}: {1}': 'Pregunta {0}: {1}',
      'No Likert question of this survey has {0} points':
        'Ninguna pregunta Likert de esta encuesta tiene {0} puntos',
      'names a {0}-point scale': 'indica una escala de {0} puntos',
      '"{0}" is not a collapse such as 1-2,3,4-5': '"{0}" no es una agrupación como 1-2,3,4-5',
      'is not a collapse such as 1-2,3,4-5': 'no es una agrupación como 1-2,3,4-5',
      'Part C is investigated only if partnering with existing associations is deemed unrealistic or undesirable by one or both sides: record that judgement first':
        'La parte C solo se investiga si la asociación con las asociaciones existentes se considera poco realista o indeseable por una o ambas partes: registre primero ese juicio',
      'Say why partnering is deemed unrealistic or undesirable':
        'Diga por qué la asociación se considera poco realista o indeseable',
      'Part C holds answers already; it stays open': 'La parte C ya tiene respuestas; sigue abierta',
    },
    words: {},
  },
};
