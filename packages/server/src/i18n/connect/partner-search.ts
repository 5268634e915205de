import type { Catalogue } from '../catalogue.js';

/**
 * French and Spanish words of the connect module's partner search (docs/connect.md), merged into
 * the server's catalogues by ../modules.ts. English needs an entry only for plurals.
 */
export const catalogues: Record<'en' | 'fr' | 'es', Catalogue> = {
  en: { messages: {}, words: {} },
  fr: {
    messages: {
      'A posting needs a title': 'Une annonce a besoin d’un titre',
      'The closing date is not a day of the calendar': 'La date de clôture n’est pas un jour du calendrier',
      'The closing date is already past': 'La date de clôture est déjà passée',
      'Choose at least one theme': 'Choisissez au moins un thème',
      'Name at least one field to change': 'Indiquez au moins un champ à modifier',
      'names no field': 'n’indique aucun champ',
      'Posting not found': 'Annonce introuvable',
      'Profile not found': 'Profil introuvable',
      'A published profile needs a summary': 'Un profil publié a besoin d’une présentation',
      'A published profile names at least one competence or offer':
        'Un profil publié nomme au moins une compétence ou une offre',
      '“{0}” is written twice': '« {0} » est écrit deux fois',
      'is written twice': 'est écrit deux fois',
      'Interest not found': 'Manifestation d’intérêt introuvable',
      'Partner search is open to the team of a cluster initiative (owner, manager or staff)':
        'La recherche de partenaires est ouverte à l’équipe d’une initiative de cluster (propriétaire, gestionnaire ou personnel)',
      'Write a short message to the posting’s team': 'Écrivez un court message à l’équipe de l’annonce',
      'This is a posting of your own initiative: interest comes from other initiatives':
        'C’est une annonce de votre propre initiative : l’intérêt vient d’autres initiatives',
      'is a posting of your own initiative': 'est une annonce de votre propre initiative',
      'Your initiative has already expressed interest in this posting':
        'Votre initiative a déjà manifesté son intérêt pour cette annonce',
      'has an interest of your initiative already': 'a déjà une manifestation d’intérêt de votre initiative',
      'Interest in your posting “{0}”': 'Manifestation d’intérêt pour votre annonce « {0} »',
      '{0} expressed interest in your posting “{1}”.':
        '{0} a manifesté son intérêt pour votre annonce « {1} ».',
      'From: {0} <{1}>': 'De : {0} <{1}>',
      'Accept or decline it in Agglomera: {0}': 'Acceptez-la ou déclinez-la dans Agglomera : {0}',
      '{0} accepted your interest in “{1}”.': '{0} a accepté votre manifestation d’intérêt pour « {1} ».',
      '{0} declined your interest in “{1}”.': '{0} a décliné votre manifestation d’intérêt pour « {1} ».',
      'Contact: {0} <{1}>': 'Contact : {0} <{1}>',
      'Your interest in “{0}” was accepted': 'Votre manifestation d’intérêt pour « {0} » est acceptée',
      'Your interest in “{0}” was declined': 'Votre manifestation d’intérêt pour « {0} » est déclinée',
      'Your initiative’s interests in Agglomera: {0}':
        'Les manifestations d’intérêt de votre initiative dans Agglomera : {0}',
    },
    words: {},
  },
  es: {
    messages: {
      'A posting needs a title': 'Un anuncio necesita un título',
      'The closing date is not a day of the calendar': 'La fecha de cierre no es un día del calendario',
      'The closing date is already past': 'La fecha de cierre ya pasó',
      'Choose at least one theme': 'Elija al menos un tema',
      'Name at least one field to change': 'Indique al menos un campo que cambiar',
      'names no field': 'no indica ningún campo',
      'Posting not found': 'Anuncio no encontrado',
      'Profile not found': 'Perfil no encontrado',
      'A published profile needs a summary': 'Un perfil publicado necesita una presentación',
      'A published profile names at least one competence or offer':
        'Un perfil publicado nombra al menos una competencia u oferta',
      '“{0}” is written twice': '«{0}» está escrito dos veces',
      'is written twice': 'está escrito dos veces',
      'Interest not found': 'Manifestación de interés no encontrada',
      'Partner search is open to the team of a cluster initiative (owner, manager or staff)':
        'La búsqueda de socios está abierta al equipo de una iniciativa de clúster (propietario, gerente o personal)',
      'Write a short message to the posting’s team': 'Escriba un mensaje breve al equipo del anuncio',
      'This is a posting of your own initiative: interest comes from other initiatives':
        'Es un anuncio de su propia iniciativa: el interés viene de otras iniciativas',
      'is a posting of your own initiative': 'es un anuncio de su propia iniciativa',
      'Your initiative has already expressed interest in this posting':
        'Su iniciativa ya manifestó interés en este anuncio',
      'has an interest of your initiative already': 'ya tiene una manifestación de interés de su iniciativa',
      'Interest in your posting “{0}”': 'Manifestación de interés en su anuncio «{0}»',
      '{0} expressed interest in your posting “{1}”.': '{0} manifestó su interés en su anuncio «{1}».',
      'From: {0} <{1}>': 'De: {0} <{1}>',
      'Accept or decline it in Agglomera: {0}': 'Acéptela o declínela en Agglomera: {0}',
      '{0} accepted your interest in “{1}”.': '{0} aceptó su manifestación de interés en «{1}».',
      '{0} declined your interest in “{1}”.': '{0} declinó su manifestación de interés en «{1}».',
      'Contact: {0} <{1}>': 'Contacto: {0} <{1}>',
      'Your interest in “{0}” was accepted': 'Su manifestación de interés en «{0}» fue aceptada',
      'Your interest in “{0}” was declined': 'Su manifestación de interés en «{0}» fue declinada',
      'Your initiative’s interests in Agglomera: {0}':
        'Las manifestaciones de interés de su iniciativa en Agglomera: {0}',
    },
    words: {},
  },
};
