import type { Catalogue } from '../catalogue.js';

/**
 * French and Spanish words of calls, applications, assessment, selection and training cohorts (slice B), issue 15; merged into the server's catalogues by ../modules.ts.
 * English needs an entry only for plurals.
 */
export const catalogues: Record<'en' | 'fr' | 'es', Catalogue> = {
  en: { messages: {}, words: {} },
  fr: {
    messages: {
      'A declared conflict names no applicant of this call':
        'Un conflit déclaré ne désigne aucun candidat de cet appel',
      'is not an applicant of this call': 'n’est pas un candidat de cet appel',
      'The call is not published yet: there is nothing to assess':
        'L’appel n’est pas encore publié : il n’y a rien à évaluer',
      'Declare your conflicts of interest for this call before you score its applications':
        'Déclarez vos conflits d’intérêts pour cet appel avant de noter ses candidatures',
      'You declared a conflict of interest with {0}: you cannot score its application':
        'Vous avez déclaré un conflit d’intérêts avec {0} : vous ne pouvez pas noter sa candidature',
      'The application of {0} is not eligible: it is not assessed':
        'La candidature de {0} n’est pas recevable : elle n’est pas évaluée',
      '"{0}" is not a competence area of this call':
        '« {0} » n’est pas un domaine de compétence de cet appel',
      'is not a competence area of the call': 'n’est pas un domaine de compétence de l’appel',
      'A score is between {0} and {1} on this call’s scale':
        'Une note est comprise entre {0} et {1} sur l’échelle de cet appel',
      'is outside the scale': 'est hors de l’échelle',
      'The call is not published yet: there is nothing to select':
        'L’appel n’est pas encore publié : il n’y a rien à sélectionner',
      'A selection names no application of this call':
        'Une sélection ne désigne aucune candidature de cet appel',
      'is not an application of this call': 'n’est pas une candidature de cet appel',
      'The application of {0} is listed twice': 'La candidature de {0} figure deux fois',
      'Give the reason for selecting {0}': 'Indiquez la raison de sélectionner {0}',
      'The application of {0} is not eligible: it cannot be selected':
        'La candidature de {0} n’est pas recevable : elle ne peut pas être sélectionnée',
      'is not eligible': 'n’est pas recevable',
      '{0} is already selected': '{0} est déjà sélectionné',
      'is already selected': 'est déjà sélectionné',
      '{0} is not selected': '{0} n’est pas sélectionné',
      'A call can be changed only while it is a draft':
        'Un appel ne peut être modifié que tant qu’il est à l’état de brouillon',
      'Only a draft call can be published': 'Seul un appel à l’état de brouillon peut être publié',
      'Only a published call can be closed': 'Seul un appel publié peut être clos',
      '{0} has already applied to this call': '{0} a déjà candidaté à cet appel',
      'has already applied': 'a déjà candidaté',
      'Call not found': 'Appel introuvable',
      'Application not found': 'Candidature introuvable',
      'The organisation is not in this programme’s register':
        'Cette organisation ne figure pas au registre de ce programme',
      'is not an organisation of this programme’s register':
        'n’est pas une organisation du registre de ce programme',
      'A date of the call is not a day of the calendar':
        'Une date de l’appel n’est pas un jour du calendrier',
      'The deadline is before the call opens': 'La date limite précède l’ouverture de l’appel',
      'is before opensOn': 'est antérieure à opensOn',
      'The top of the scale must be above its bottom': 'Le haut de l’échelle doit dépasser son bas',
      'is not above scaleMin': 'ne dépasse pas scaleMin',
      'A competence area needs a name': 'Un domaine de compétence doit avoir un nom',
      'The competence area "{0}" is listed twice': 'Le domaine de compétence « {0} » figure deux fois',
      'is listed twice': 'figure deux fois',
      'A question of the form is empty': 'Une question du formulaire est vide',
      'An answer names no question of the call’s form':
        'Une réponse ne correspond à aucune question du formulaire de l’appel',
      'is not a question of the form': 'n’est pas une question du formulaire',
      'The call is not published yet: it receives no applications':
        'L’appel n’est pas encore publié : il ne reçoit pas de candidatures',
      'The call is closed: it receives no applications':
        'L’appel est clos : il ne reçoit plus de candidatures',
      'The call opens on {0}: it receives no applications before':
        'L’appel ouvre le {0} : il ne reçoit pas de candidatures avant',
      'The call’s deadline ({0}) has passed: it receives no more applications':
        'La date limite de l’appel ({0}) est passée : il ne reçoit plus de candidatures',
      'An organisation named "{0}" is already in the register':
        'Une organisation nommée « {0} » figure déjà au registre',
      'A participant needs a name': 'Un participant doit avoir un nom',
      'A cell names no session of this cohort': 'Une case ne désigne aucune séance de cette promotion',
      'is not a session of this cohort': 'n’est pas une séance de cette promotion',
      'A cell names no participant of this cohort':
        'Une case ne désigne aucun participant de cette promotion',
      'is not a participant of this cohort': 'n’est pas un participant de cette promotion',
      'Certificate not found': 'Certificat introuvable',
      'Participant not found': 'Participant introuvable',
      'The call named is not a call of this programme': 'L’appel indiqué n’est pas un appel de ce programme',
      'is not a call of this programme': 'n’est pas un appel de ce programme',
      'Row {0} has more cells than the table has columns':
        'La ligne {0} a plus de cases que le tableau n’a de colonnes',
      'has more cells than stated totals': 'a plus de cases que de totaux indiqués',
      'A session needs a title': 'Une séance doit avoir un titre',
      'Session not found': 'Séance introuvable',
      'Cohort not found': 'Promotion introuvable',
      'The session’s date is not a day of the calendar':
        'La date de la séance n’est pas un jour du calendrier',
      'The participation threshold is above the completion threshold':
        'Le seuil de participation dépasse le seuil de réussite',
      'is above completionThreshold': 'dépasse completionThreshold',
    },
    words: {},
  },
  es: {
    messages: {
      'A declared conflict names no applicant of this call':
        'Un conflicto declarado no nombra a ningún solicitante de esta convocatoria',
      'is not an applicant of this call': 'no es un solicitante de esta convocatoria',
      'The call is not published yet: there is nothing to assess':
        'La convocatoria aún no está publicada: no hay nada que evaluar',
      'Declare your conflicts of interest for this call before you score its applications':
        'Declare sus conflictos de interés en esta convocatoria antes de puntuar sus solicitudes',
      'You declared a conflict of interest with {0}: you cannot score its application':
        'Declaró un conflicto de interés con {0}: no puede puntuar su solicitud',
      'The application of {0} is not eligible: it is not assessed':
        'La solicitud de {0} no es elegible: no se evalúa',
      '"{0}" is not a competence area of this call':
        '«{0}» no es un área de competencia de esta convocatoria',
      'is not a competence area of the call': 'no es un área de competencia de la convocatoria',
      'A score is between {0} and {1} on this call’s scale':
        'Una puntuación va de {0} a {1} en la escala de esta convocatoria',
      'is outside the scale': 'está fuera de la escala',
      'The call is not published yet: there is nothing to select':
        'La convocatoria aún no está publicada: no hay nada que seleccionar',
      'A selection names no application of this call':
        'Una selección no nombra ninguna solicitud de esta convocatoria',
      'is not an application of this call': 'no es una solicitud de esta convocatoria',
      'The application of {0} is listed twice': 'La solicitud de {0} figura dos veces',
      'Give the reason for selecting {0}': 'Indique el motivo para seleccionar a {0}',
      'The application of {0} is not eligible: it cannot be selected':
        'La solicitud de {0} no es elegible: no puede seleccionarse',
      'is not eligible': 'no es elegible',
      '{0} is already selected': '{0} ya está seleccionado',
      'is already selected': 'ya está seleccionado',
      '{0} is not selected': '{0} no está seleccionado',
      'A call can be changed only while it is a draft':
        'Una convocatoria solo puede cambiarse mientras es un borrador',
      'Only a draft call can be published': 'Solo una convocatoria en borrador puede publicarse',
      'Only a published call can be closed': 'Solo una convocatoria publicada puede cerrarse',
      '{0} has already applied to this call': '{0} ya se presentó a esta convocatoria',
      'has already applied': 'ya se presentó',
      'Call not found': 'Convocatoria no encontrada',
      'Application not found': 'Solicitud no encontrada',
      'The organisation is not in this programme’s register':
        'La organización no está en el registro de este programa',
      'is not an organisation of this programme’s register':
        'no es una organización del registro de este programa',
      'A date of the call is not a day of the calendar':
        'Una fecha de la convocatoria no es un día del calendario',
      'The deadline is before the call opens': 'La fecha límite es anterior a la apertura de la convocatoria',
      'is before opensOn': 'es anterior a opensOn',
      'The top of the scale must be above its bottom': 'El máximo de la escala debe superar su mínimo',
      'is not above scaleMin': 'no supera scaleMin',
      'A competence area needs a name': 'Un área de competencia necesita un nombre',
      'The competence area "{0}" is listed twice': 'El área de competencia «{0}» figura dos veces',
      'is listed twice': 'figura dos veces',
      'A question of the form is empty': 'Una pregunta del formulario está vacía',
      'An answer names no question of the call’s form':
        'Una respuesta no corresponde a ninguna pregunta del formulario',
      'is not a question of the form': 'no es una pregunta del formulario',
      'The call is not published yet: it receives no applications':
        'La convocatoria aún no está publicada: no recibe solicitudes',
      'The call is closed: it receives no applications':
        'La convocatoria está cerrada: no recibe solicitudes',
      'The call opens on {0}: it receives no applications before':
        'La convocatoria abre el {0}: no recibe solicitudes antes',
      'The call’s deadline ({0}) has passed: it receives no more applications':
        'La fecha límite de la convocatoria ({0}) ha pasado: ya no recibe solicitudes',
      'An organisation named "{0}" is already in the register':
        'Una organización llamada «{0}» ya está en el registro',
      'A participant needs a name': 'Un participante necesita un nombre',
      'A cell names no session of this cohort': 'Una casilla no nombra ninguna sesión de esta cohorte',
      'is not a session of this cohort': 'no es una sesión de esta cohorte',
      'A cell names no participant of this cohort':
        'Una casilla no nombra a ningún participante de esta cohorte',
      'is not a participant of this cohort': 'no es un participante de esta cohorte',
      'Certificate not found': 'Certificado no encontrado',
      'Participant not found': 'Participante no encontrado',
      'The call named is not a call of this programme': 'La convocatoria indicada no es de este programa',
      'is not a call of this programme': 'no es una convocatoria de este programa',
      'Row {0} has more cells than the table has columns':
        'La fila {0} tiene más casillas que columnas la tabla',
      'has more cells than stated totals': 'tiene más casillas que totales indicados',
      'A session needs a title': 'Una sesión necesita un título',
      'Session not found': 'Sesión no encontrada',
      'Cohort not found': 'Cohorte no encontrada',
      'The session’s date is not a day of the calendar': 'La fecha de la sesión no es un día del calendario',
      'The participation threshold is above the completion threshold':
        'El umbral de participación supera el umbral de finalización',
      'is above completionThreshold': 'supera completionThreshold',
    },
    words: {},
  },
};
