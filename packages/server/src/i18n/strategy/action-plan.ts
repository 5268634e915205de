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

const frMessages: Catalogue['messages'] = {
  'Action plan not found': 'Plan d’action introuvable',
  'Task not found': 'Tâche introuvable',
  'KPI not found': 'Indicateur clé introuvable',
  'The plan ends before it starts': 'Le plan se termine avant de commencer',
  'No such strategy in this workspace': 'Aucune stratégie de ce nom dans cet espace de travail',
  'is unknown': 'est inconnu',
  'The action plan changed meanwhile: reload it': 'Le plan d’action a changé entre-temps : rechargez-le',
  'The task "{0}" is due after this end ({1}): move its deadline first':
    'La tâche "{0}" est due après cette fin ({1}) : avancez d’abord son échéance',
  'is before the deadline of a task': 'est antérieure à l’échéance d’une tâche',
  'Version {0} is still a draft: agree or remove it before starting another':
    'La version {0} est encore un brouillon : adoptez-la ou supprimez-la avant d’en commencer une autre',
  'This version is agreed already': 'Cette version est déjà adoptée',
  'The next review is a date after today': 'La prochaine revue est une date postérieure à aujourd’hui',
  'is not after today': 'n’est pas postérieure à aujourd’hui',
  'The task changed meanwhile: reload it': 'La tâche a changé entre-temps : rechargez-la',
  'KPIs belong to a green action plan; the general plan’s goals carry their own indicators':
    'Les indicateurs clés appartiennent à un plan d’action vert ; les objectifs du plan général portent leurs propres indicateurs',
  'No such indicator in this workspace': 'Aucun indicateur de ce nom dans cet espace de travail',
  'Version {0} of the action plan is superseded: change the current version instead':
    'La version {0} du plan d’action est remplacée : modifiez plutôt la version en vigueur',
  'The responsible is a login or an actor of the register, not both':
    'Le responsable est un compte ou un acteur du registre, pas les deux',
  'No such goal in this workspace': 'Aucun objectif de ce nom dans cet espace de travail',
  'No such strategy measure in this workspace':
    'Aucune mesure de stratégie de ce nom dans cet espace de travail',
  'No such actor in the register': 'Aucun acteur de ce nom dans le registre',
  'The responsible login is not part of this workspace':
    'Le compte responsable ne fait pas partie de cet espace de travail',
  'The parent task is not a task of this plan': 'La tâche parente n’est pas une tâche de ce plan',
  'A task cannot be placed under itself or one of its own sub-tasks ("{0}")':
    'Une tâche ne peut être placée sous elle-même ni sous l’une de ses sous-tâches ("{0}")',
  "Tasks nest at most {0} levels deep (the platform's choice)":
    'Les tâches s’imbriquent sur {0} niveaux au plus (choix de la plateforme)',
  'The deadline is after the end of the action plan ({0})':
    'L’échéance est postérieure à la fin du plan d’action ({0})',
  'A sub-task is due no later than its parent task "{0}" ({1})':
    'Une sous-tâche est due au plus tard à l’échéance de sa tâche parente "{0}" ({1})',
  'The deadline is before the deadline of one of its sub-tasks ({0})':
    'L’échéance est antérieure à celle de l’une de ses sous-tâches ({0})',
  'The task starts after its deadline': 'La tâche commence après son échéance',
  '"{0}" is not a task number such as 1, 1.2 or 1.2.3':
    '"{0}" n’est pas un numéro de tâche comme 1, 1.2 ou 1.2.3',
  'the number {0} appears twice': 'le numéro {0} apparaît deux fois',
  'task {0} comes before its parent task {1}, or the parent is missing':
    'la tâche {0} précède sa tâche parente {1}, ou la tâche parente manque',
  'the task is empty': 'la tâche est vide',
  'longer than {0} characters': 'plus de {0} caractères',
  '"{0}" is not a date like 2027-03-31': '"{0}" n’est pas une date comme 2027-03-31',
  'the deadline is after the end of the action plan ({0})':
    'l’échéance est postérieure à la fin du plan d’action ({0})',
  'a sub-task is due no later than its parent task {0} ({1})':
    'une sous-tâche est due au plus tard à l’échéance de sa tâche parente {0} ({1})',
  '"{0}" is neither a login of this workspace nor an actor of the register':
    '"{0}" n’est ni un compte de cet espace de travail ni un acteur du registre',
  'is set with responsibleUserId': 'est renseigné avec responsibleUserId',
  'is not a member of the workspace': 'n’est pas membre de l’espace de travail',
  'is not a task of this plan': 'n’est pas une tâche de ce plan',
  'would make a circular parent link': 'créerait un lien de parenté circulaire',
  'is too deep': 'est trop profond',
  'is after the end of the plan': 'est postérieure à la fin du plan',
  'is after the deadline of the parent task': 'est postérieure à l’échéance de la tâche parente',
  'is before the deadline of a sub-task': 'est antérieure à l’échéance d’une sous-tâche',
  'is after the deadline': 'est postérieure à l’échéance',
};

const esMessages: Catalogue['messages'] = {
  'Action plan not found': 'Plan de acción no encontrado',
  'Task not found': 'Tarea no encontrada',
  'KPI not found': 'Indicador clave no encontrado',
  'The plan ends before it starts': 'El plan termina antes de empezar',
  'No such strategy in this workspace': 'No existe esa estrategia en este espacio de trabajo',
  'is unknown': 'es desconocido',
  'The action plan changed meanwhile: reload it':
    'El plan de acción cambió mientras tanto: vuelva a cargarlo',
  'The task "{0}" is due after this end ({1}): move its deadline first':
    'La tarea "{0}" vence después de este final ({1}): adelante primero su plazo',
  'is before the deadline of a task': 'es anterior al plazo de una tarea',
  'Version {0} is still a draft: agree or remove it before starting another':
    'La versión {0} sigue siendo un borrador: apruébela o elimínela antes de empezar otra',
  'This version is agreed already': 'Esta versión ya está aprobada',
  'The next review is a date after today': 'La próxima revisión es una fecha posterior a hoy',
  'is not after today': 'no es posterior a hoy',
  'The task changed meanwhile: reload it': 'La tarea cambió mientras tanto: vuelva a cargarla',
  'KPIs belong to a green action plan; the general plan’s goals carry their own indicators':
    'Los indicadores clave pertenecen a un plan de acción verde; los objetivos del plan general llevan sus propios indicadores',
  'No such indicator in this workspace': 'No existe ese indicador en este espacio de trabajo',
  'Version {0} of the action plan is superseded: change the current version instead':
    'La versión {0} del plan de acción está sustituida: modifique la versión vigente',
  'The responsible is a login or an actor of the register, not both':
    'El responsable es un usuario o un actor del registro, no ambos',
  'No such goal in this workspace': 'No existe ese objetivo en este espacio de trabajo',
  'No such strategy measure in this workspace':
    'No existe esa medida de la estrategia en este espacio de trabajo',
  'No such actor in the register': 'No existe ese actor en el registro',
  'The responsible login is not part of this workspace':
    'El usuario responsable no forma parte de este espacio de trabajo',
  'The parent task is not a task of this plan': 'La tarea madre no es una tarea de este plan',
  'A task cannot be placed under itself or one of its own sub-tasks ("{0}")':
    'Una tarea no puede colocarse bajo sí misma ni bajo una de sus subtareas ("{0}")',
  "Tasks nest at most {0} levels deep (the platform's choice)":
    'Las tareas se anidan en {0} niveles como máximo (elección de la plataforma)',
  'The deadline is after the end of the action plan ({0})':
    'El plazo es posterior al final del plan de acción ({0})',
  'A sub-task is due no later than its parent task "{0}" ({1})':
    'Una subtarea vence a más tardar en el plazo de su tarea madre "{0}" ({1})',
  'The deadline is before the deadline of one of its sub-tasks ({0})':
    'El plazo es anterior al de una de sus subtareas ({0})',
  'The task starts after its deadline': 'La tarea empieza después de su plazo',
  '"{0}" is not a task number such as 1, 1.2 or 1.2.3': '"{0}" no es un número de tarea como 1, 1.2 o 1.2.3',
  'the number {0} appears twice': 'el número {0} aparece dos veces',
  'task {0} comes before its parent task {1}, or the parent is missing':
    'la tarea {0} va antes de su tarea madre {1}, o falta la tarea madre',
  'the task is empty': 'la tarea está vacía',
  'longer than {0} characters': 'más de {0} caracteres',
  '"{0}" is not a date like 2027-03-31': '"{0}" no es una fecha como 2027-03-31',
  'the deadline is after the end of the action plan ({0})':
    'el plazo es posterior al final del plan de acción ({0})',
  'a sub-task is due no later than its parent task {0} ({1})':
    'una subtarea vence a más tardar en el plazo de su tarea madre {0} ({1})',
  '"{0}" is neither a login of this workspace nor an actor of the register':
    '"{0}" no es ni un usuario de este espacio de trabajo ni un actor del registro',
  'is set with responsibleUserId': 'está indicado junto con responsibleUserId',
  'is not a member of the workspace': 'no es miembro del espacio de trabajo',
  'is not a task of this plan': 'no es una tarea de este plan',
  'would make a circular parent link': 'crearía un vínculo de parentesco circular',
  'is too deep': 'es demasiado profundo',
  'is after the end of the plan': 'es posterior al final del plan',
  'is after the deadline of the parent task': 'es posterior al plazo de la tarea madre',
  'is before the deadline of a sub-task': 'es anterior al plazo de una subtarea',
  'is after the deadline': 'es posterior al plazo',
};

export const catalogues: Record<'en' | 'fr' | 'es', Catalogue> = {
  en: { messages: {}, words: en },
  fr: { messages: frMessages, words: fr },
  es: { messages: esMessages, words: es },
};
