import type { Catalogue } from '../catalogue.js';

/**
 * French and Spanish words of the initiative profile, legal form and governance (issue 14); merged into the server's catalogues by
 * ../modules.ts. English needs an entry only for plurals.
 */
export const catalogues: Record<'en' | 'fr' | 'es', Catalogue> = {
  en: {
    messages: {
      '{0} has at most {1} seats under its statutes':
        '{0} has at most {1, plural, one {# seat} other {# seats}} under its statutes',
      '{0} has {1} seats filled: free some before lowering its maximum to {2}':
        '{0} has {1, plural, one {# seat} other {# seats}} filled: free some before lowering its maximum to {2}',
    },
    words: {},
  },
  fr: {
    messages: {
      'Membership applications are decided by {0}: only its seated members decide':
        'Les demandes d’adhésion sont tranchées par {0} : seuls ses membres en fonction décident',
      '{0} has {1} seats filled: free some before lowering its maximum to {2}':
        '{0} compte {1, plural, one {# siège occupé} other {# sièges occupés}} : libérez-en avant d’abaisser son maximum à {2}',
      '{0} decides on membership applications: a manager moves that role before it is removed':
        '{0} tranche les demandes d’adhésion : un responsable doit transférer ce rôle avant de le supprimer',
      'The body named is not a governance body of this organisation':
        'L’organe indiqué n’est pas un organe de gouvernance de cette organisation',
      'is not a governance body of this workspace': 'n’est pas un organe de gouvernance de cet espace',
      'Seat not found': 'Siège introuvable',
      'Meeting not found': 'Réunion introuvable',
      'Governance body not found': 'Organe de gouvernance introuvable',
      'The meeting date is not a day of the calendar':
        'La date de la réunion n’est pas un jour du calendrier',
      'A meeting needs a title': 'Une réunion doit avoir un titre',
      'The smallest size ({0}) is larger than the largest ({1})':
        'La taille minimale ({0}) dépasse la taille maximale ({1})',
      'is larger than maxSize': 'dépasse maxSize',
      '{0} has at most {1} seats under its statutes':
        '{0} compte au plus {1, plural, one {# siège} other {# sièges}} selon ses statuts',
      'is full under the statutes': 'est complet selon les statuts',
      'is below the number of seats filled': 'est inférieur au nombre de sièges occupés',
      'A term date is not a day of the calendar': 'Une date de mandat n’est pas un jour du calendrier',
      'The term ends before it starts': 'Le mandat se termine avant de commencer',
      'is before termStart': 'est antérieur à termStart',
      'Say who holds the seat: a login, an actor or a name':
        'Indiquez qui occupe le siège : un compte, un acteur ou un nom',
      'is empty, and no login or actor is given': 'est vide, et aucun compte ni acteur n’est indiqué',
      'The login is not a member of this workspace': 'Ce compte n’est pas membre de cet espace',
      'is not a member of this workspace': 'n’est pas membre de cet espace',
      'The actor is not in this workspace’s register': 'Cet acteur ne figure pas au registre de cet espace',
      'is not an actor of this workspace': 'n’est pas un acteur de cet espace',
      'The body it reports to is not a body of this organisation':
        'L’organe de rattachement n’est pas un organe de cette organisation',
      'A body cannot report to itself, directly or through others':
        'Un organe ne peut pas dépendre de lui-même, directement ou par d’autres',
      'makes a loop': 'crée une boucle',
      'A governance body needs a name': 'Un organe de gouvernance doit avoir un nom',
      'A governance body named "{0}" already exists': 'Un organe de gouvernance nommé "{0}" existe déjà',
      'is already taken': 'est déjà pris',
      'The decision date is not a day of the calendar':
        'La date de la décision n’est pas un jour du calendrier',
      'A decision is recorded once it has been taken': 'Une décision s’enregistre une fois prise',
      'Say why this legal form was chosen': 'Indiquez pourquoi cette forme juridique a été choisie',
    },
    words: {},
  },
  es: {
    messages: {
      'Membership applications are decided by {0}: only its seated members decide':
        'Las solicitudes de adhesión las decide {0}: solo deciden sus miembros en funciones',
      '{0} has {1} seats filled: free some before lowering its maximum to {2}':
        '{0} tiene {1, plural, one {# puesto ocupado} other {# puestos ocupados}}: libere alguno antes de bajar su máximo a {2}',
      '{0} decides on membership applications: a manager moves that role before it is removed':
        '{0} decide las solicitudes de adhesión: un gestor debe trasladar ese papel antes de eliminarlo',
      'The body named is not a governance body of this organisation':
        'El órgano indicado no es un órgano de gobierno de esta organización',
      'is not a governance body of this workspace': 'no es un órgano de gobierno de este espacio',
      'Seat not found': 'Puesto no encontrado',
      'Meeting not found': 'Reunión no encontrada',
      'Governance body not found': 'Órgano de gobierno no encontrado',
      'The meeting date is not a day of the calendar': 'La fecha de la reunión no es un día del calendario',
      'A meeting needs a title': 'Una reunión necesita un título',
      'The smallest size ({0}) is larger than the largest ({1})':
        'El tamaño mínimo ({0}) supera al máximo ({1})',
      'is larger than maxSize': 'supera maxSize',
      '{0} has at most {1} seats under its statutes':
        '{0} tiene como máximo {1, plural, one {# puesto} other {# puestos}} según sus estatutos',
      'is full under the statutes': 'está completo según los estatutos',
      'is below the number of seats filled': 'es inferior al número de puestos ocupados',
      'A term date is not a day of the calendar': 'Una fecha del mandato no es un día del calendario',
      'The term ends before it starts': 'El mandato termina antes de empezar',
      'is before termStart': 'es anterior a termStart',
      'Say who holds the seat: a login, an actor or a name':
        'Indique quién ocupa el puesto: una cuenta, un actor o un nombre',
      'is empty, and no login or actor is given': 'está vacío y no se indica ninguna cuenta ni actor',
      'The login is not a member of this workspace': 'La cuenta no es miembro de este espacio',
      'is not a member of this workspace': 'no es miembro de este espacio',
      'The actor is not in this workspace’s register': 'El actor no figura en el registro de este espacio',
      'is not an actor of this workspace': 'no es un actor de este espacio',
      'The body it reports to is not a body of this organisation':
        'El órgano del que depende no es un órgano de esta organización',
      'A body cannot report to itself, directly or through others':
        'Un órgano no puede depender de sí mismo, ni directamente ni a través de otros',
      'makes a loop': 'crea un bucle',
      'A governance body needs a name': 'Un órgano de gobierno necesita un nombre',
      'A governance body named "{0}" already exists': 'Ya existe un órgano de gobierno llamado "{0}"',
      'is already taken': 'ya está en uso',
      'The decision date is not a day of the calendar': 'La fecha de la decisión no es un día del calendario',
      'A decision is recorded once it has been taken': 'Una decisión se registra una vez tomada',
      'Say why this legal form was chosen': 'Indique por qué se eligió esta forma jurídica',
    },
    words: {},
  },
};
