import type { Catalogue } from '../catalogue.js';

/**
 * French and Spanish words of one slice of the strategy module (issue 13), merged into the
 * server's catalogues by ../modules.ts. English needs an entry only for plurals, and here for the
 * action plan's column headers, priorities and states, whose keys are not English words.
 */

/** The eight columns of the guide's action plan (GIZ 001:2054), its priorities and task states. */
const en: Catalogue['words'] = {
  'action_plan_column.no': 'NO',
  'action_plan_column.task': 'TASK',
  'action_plan_column.priority': 'PRIORITY',
  'action_plan_column.deadline': 'DEADLINE',
  'action_plan_column.responsible': 'RESPONSIBLE',
  'action_plan_column.support': 'SUPPORT',
  'action_plan_column.remarks': 'REMARKS',
  'action_plan_column.status': 'STATUS',
  'action_plan_priority.high': 'high',
  'action_plan_priority.medium': 'medium',
  'action_plan_priority.low': 'low',
  'action_plan_status.open': 'open',
  'action_plan_status.in_progress': 'in progress',
  'action_plan_status.done': 'done',
  'action_plan_status.dropped': 'dropped',
};

const fr: Catalogue['words'] = {
  'action_plan_column.no': 'N°',
  'action_plan_column.task': 'TÂCHE',
  'action_plan_column.priority': 'PRIORITÉ',
  'action_plan_column.deadline': 'ÉCHÉANCE',
  'action_plan_column.responsible': 'RESPONSABLE',
  'action_plan_column.support': 'APPUI',
  'action_plan_column.remarks': 'REMARQUES',
  'action_plan_column.status': 'STATUT',
  'action_plan_priority.high': 'haute',
  'action_plan_priority.medium': 'moyenne',
  'action_plan_priority.low': 'basse',
  'action_plan_status.open': 'à faire',
  'action_plan_status.in_progress': 'en cours',
  'action_plan_status.done': 'terminée',
  'action_plan_status.dropped': 'abandonnée',
};

const es: Catalogue['words'] = {
  'action_plan_column.no': 'N.º',
  'action_plan_column.task': 'TAREA',
  'action_plan_column.priority': 'PRIORIDAD',
  'action_plan_column.deadline': 'PLAZO',
  'action_plan_column.responsible': 'RESPONSABLE',
  'action_plan_column.support': 'APOYO',
  'action_plan_column.remarks': 'OBSERVACIONES',
  'action_plan_column.status': 'ESTADO',
  'action_plan_priority.high': 'alta',
  'action_plan_priority.medium': 'media',
  'action_plan_priority.low': 'baja',
  'action_plan_status.open': 'pendiente',
  'action_plan_status.in_progress': 'en curso',
  'action_plan_status.done': 'hecha',
  'action_plan_status.dropped': 'abandonada',
};

export const catalogues: Record<'en' | 'fr' | 'es', Catalogue> = {
  en: { messages: {}, words: en },
  fr: {
    messages: {},
    words: fr,
  },
  es: {
    messages: {},
    words: es,
  },
};
