import type { Catalogue } from '../catalogue.js';

/**
 * French and Spanish words of agreements and the business plan (issue 14); merged into the server's catalogues by
 * ../modules.ts. English needs an entry only for plurals. (The documents' words are in ../documents/agreement.ts.)
 */
export const catalogues: Record<'en' | 'fr' | 'es', Catalogue> = {
  en: { messages: {}, words: { with_approval: 'with approval', not_allowed: 'not allowed', mou: 'MoU' } },
  fr: {
    messages: {
      'The notice period is longer than the term of the contract':
        'Le préavis est plus long que la durée du contrat',
      'is longer than termMonths': 'est plus long que termMonths',
      'feeCategoryId is not a fee category of this cluster':
        'feeCategoryId n’est pas une catégorie de cotisation de ce cluster',
      'The agreement is signed before it was sent': 'La convention est signée avant d’avoir été envoyée',
      'The agreement ends before it was signed': 'La convention prend fin avant d’avoir été signée',
      'is before sentOn': 'est antérieure à sentOn',
      'is before signedOn': 'est antérieure à signedOn',
      'Give the date of the agreement’s status': 'Indiquez la date du statut de la convention',
      '{0} has an open agreement of this kind already': '{0} a déjà une convention ouverte de ce type',
      'Agreement not found': 'Convention introuvable',
      '{0} is a trial partner without a signed membership agreement: no fee is invoiced yet':
        '{0} est un partenaire à l’essai sans convention d’adhésion signée\u00a0: aucune cotisation n’est encore facturée',
      'is a trial partner without a signed membership agreement':
        'est un partenaire à l’essai sans convention d’adhésion signée',
    },
    words: {
      membership: 'adhésion',
      trial: 'partenariat à l’essai',
      mou: 'protocole d’accord',
      draft: 'projet',
      sent: 'envoyée',
      signed: 'signée',
      ended: 'terminée',
      allowed: 'autorisé',
      with_approval: 'avec accord',
      not_allowed: 'non autorisé',
    },
  },
  es: {
    messages: {
      'The notice period is longer than the term of the contract':
        'El preaviso es más largo que la duración del contrato',
      'is longer than termMonths': 'es más largo que termMonths',
      'feeCategoryId is not a fee category of this cluster':
        'feeCategoryId no es una categoría de cuota de este clúster',
      'The agreement is signed before it was sent': 'El convenio se firma antes de haberse enviado',
      'The agreement ends before it was signed': 'El convenio termina antes de haberse firmado',
      'is before sentOn': 'es anterior a sentOn',
      'is before signedOn': 'es anterior a signedOn',
      'Give the date of the agreement’s status': 'Indique la fecha del estado del convenio',
      '{0} has an open agreement of this kind already': '{0} ya tiene un convenio abierto de este tipo',
      'Agreement not found': 'Convenio no encontrado',
      '{0} is a trial partner without a signed membership agreement: no fee is invoiced yet':
        '{0} es un socio de prueba sin convenio de membresía firmado: aún no se factura ninguna cuota',
      'is a trial partner without a signed membership agreement':
        'es un socio de prueba sin convenio de membresía firmado',
    },
    words: {
      membership: 'membresía',
      trial: 'asociación de prueba',
      mou: 'memorando de entendimiento',
      draft: 'borrador',
      sent: 'enviado',
      signed: 'firmado',
      ended: 'terminado',
      allowed: 'permitido',
      with_approval: 'con aprobación',
      not_allowed: 'no permitido',
    },
  },
};
