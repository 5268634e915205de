import type { Catalogue } from '../catalogue.js';

/**
 * French and Spanish words of cluster development plans, panels, grants and the agency's diagnosis (slice C), issue 15; merged into the server's catalogues by ../modules.ts.
 * English needs an entry only for plurals.
 */
export const catalogues: Record<'en' | 'fr' | 'es', Catalogue> = {
  en: { messages: {}, words: {} },
  fr: {
    messages: {
      'A decided round stays as it was decided': 'Un tour décidé reste tel qu’il a été décidé',
      'A panel named "{0}" exists already': 'Un comité nommé « {0} » existe déjà',
      'A percentage must be between 0 and 100': 'Un pourcentage est compris entre 0 et 100',
      'A plan is decided twice': 'Un plan est décidé deux fois',
      'A round named "{0}" exists already': 'Un tour nommé « {0} » existe déjà',
      'A score goes from {0} to {1}': 'Une note va de {0} à {1}',
      'A tranche is due before the grant starts': 'Une tranche est due avant le début de la subvention',
      'Decide every plan of the round; missing: {0}': 'Décidez chaque plan du tour ; il manque : {0}',
      'Give each indicator a name': 'Donnez un nom à chaque indicateur',
      'Give the plan a title': 'Donnez un titre au plan',
      'Give the reason of each decision': 'Donnez le motif de chaque décision',
      'Grant not found': 'Subvention introuvable',
      'Milestones are met in order: "{0}" comes first':
        'Les jalons sont atteints dans l’ordre : « {0} » vient d’abord',
      'Name the new activity or member service this tranche sets up':
        'Nommez la nouvelle activité ou le nouveau service aux membres que cette tranche met en place',
      'No plan is submitted to this round: there is nothing to decide':
        'Aucun plan n’est soumis à ce tour : il n’y a rien à décider',
      'Only a draft plan can be deleted': 'Seul un plan en projet peut être supprimé',
      'Only a draft plan can be edited; this one is submitted or decided':
        'Seul un plan en projet peut être modifié ; celui-ci est soumis ou décidé',
      'Only a funded plan has a grant agreement': 'Seul un plan financé a une convention de subvention',
      'Only the members of this round’s panel score its plans':
        'Seuls les membres du comité de ce tour notent ses plans',
      'Panel member not found': 'Membre du comité introuvable',
      'Panel not found': 'Comité introuvable',
      'Plan not found': 'Plan introuvable',
      'Re-engagement is ring-fenced for new activities or member services only (MarketMakers, step 8)':
        'Le réengagement est réservé aux nouvelles activités ou nouveaux services aux membres (MarketMakers, étape 8)',
      'Re-engagement may not re-subsidise what is established: "{0}" was funded by an earlier tranche':
        'Le réengagement ne peut pas subventionner à nouveau ce qui existe : « {0} » a été financé par une tranche antérieure',
      'Round not found': 'Tour introuvable',
      'The milestone is met before the grant starts': 'Le jalon est atteint avant le début de la subvention',
      'The milestone of this tranche is met: the tranche is released and stays as it is':
        'Le jalon de cette tranche est atteint : la tranche est débloquée et reste telle quelle',
      'The milestone of this tranche is not met: nothing can be disbursed against it yet':
        'Le jalon de cette tranche n’est pas atteint : rien ne peut encore être versé à ce titre',
      'The payment goes beyond the tranche: {0} {1} is left to disburse':
        'Le paiement dépasse la tranche : il reste {0} {1} à verser',
      'The payment is dated before the milestone was met': 'Le paiement est daté d’avant l’atteinte du jalon',
      'The plan is not submitted to this round': 'Le plan n’est pas soumis à ce tour',
      'The round "{0}" is decided already': 'Le tour « {0} » est déjà décidé',
      'The round "{0}" is decided: plans can no longer be submitted to it':
        'Le tour « {0} » est décidé : on ne peut plus y soumettre de plans',
      'The round has scores: its panel and scale stay as they are':
        'Le tour a des notes : son comité et son échelle restent tels quels',
      'The top of the scale must be above its bottom': 'Le haut de l’échelle doit être au-dessus du bas',
      'The tranches scale down: no tranche is larger than the one before it (the platform’s taper; the guide gives no ratio)':
        'Les tranches diminuent : aucune n’est plus grande que la précédente (dégressivité de la plateforme ; le guide ne donne pas de ratio)',
      'This milestone is met already': 'Ce jalon est déjà atteint',
      'This person sits on the panel already': 'Cette personne siège déjà au comité',
      'This plan has a grant agreement already': 'Ce plan a déjà une convention de subvention',
      'This plan is decided already': 'Ce plan est déjà décidé',
      'This plan is submitted already': 'Ce plan est déjà soumis',
      'This round is decided: its scores are closed': 'Ce tour est décidé : ses notes sont closes',
      'Tranche not found': 'Tranche introuvable',
      'Tranches are due in their order': 'Les tranches sont dues dans leur ordre',
      'Two indicators are named "{0}"': 'Deux indicateurs s’appellent « {0} »',
      'applicantId is not an organisation of this programme’s register':
        'applicantId n’est pas une organisation du registre de ce programme',
      'is before the grant’s start': 'est antérieure au début de la subvention',
      'is before the milestone was met': 'est antérieure à l’atteinte du jalon',
      'is before the previous tranche’s': 'est antérieure à celle de la tranche précédente',
      'is decided twice': 'est décidé deux fois',
      'is not a panel member of this programme': 'n’est pas membre de comité de ce programme',
      'is not a panel of this programme': 'n’est pas un comité de ce programme',
      'is not a plan of this programme': 'n’est pas un plan de ce programme',
      'is not a plan submitted to this round': 'n’est pas un plan soumis à ce tour',
      'is not a round of this programme': 'n’est pas un tour de ce programme',
      'is not above scaleMin': 'n’est pas au-dessus de scaleMin',
      'is not an organisation of this programme’s register':
        'n’est pas une organisation du registre de ce programme',
      'is outside the round’s scale': 'est hors de l’échelle du tour',
      'leaves a plan of the round undecided': 'laisse un plan du tour sans décision',
      'panelId is not a panel of this programme': 'panelId n’est pas un comité de ce programme',
      'planId is not a plan of this programme': 'planId n’est pas un plan de ce programme',
      'repeats another indicator’s name': 'reprend le nom d’un autre indicateur',
      'roundId is not a round of this programme': 'roundId n’est pas un tour de ce programme',
      'userId is not a panel member of this programme': 'userId n’est pas membre de comité de ce programme',
      'Operating funds are refused from the second year. MarketMakers: funding support “was expressly not to be used for the C/MA’s operations and recurrent costs”, and requests “to maintain some (lower) funding/direct support level into the second year” were declined':
        'Les fonds de fonctionnement sont refusés à partir de la deuxième année. MarketMakers : le soutien financier « ne devait expressément pas servir au fonctionnement et aux coûts récurrents de l’association », et les demandes de « maintenir un certain niveau (plus bas) de financement ou de soutien direct dans la deuxième année » étaient déclinées',
    },
    words: {},
  },
  es: {
    messages: {
      'A decided round stays as it was decided': 'Una ronda decidida queda como se decidió',
      'A panel named "{0}" exists already': 'Ya existe un comité llamado «{0}»',
      'A percentage must be between 0 and 100': 'Un porcentaje debe estar entre 0 y 100',
      'A plan is decided twice': 'Un plan se decide dos veces',
      'A round named "{0}" exists already': 'Ya existe una ronda llamada «{0}»',
      'A score goes from {0} to {1}': 'Una puntuación va de {0} a {1}',
      'A tranche is due before the grant starts': 'Un tramo vence antes de que empiece la subvención',
      'Decide every plan of the round; missing: {0}': 'Decida cada plan de la ronda; falta: {0}',
      'Give each indicator a name': 'Dé un nombre a cada indicador',
      'Give the plan a title': 'Dé un título al plan',
      'Give the reason of each decision': 'Indique el motivo de cada decisión',
      'Grant not found': 'Subvención no encontrada',
      'Milestones are met in order: "{0}" comes first': 'Los hitos se cumplen en orden: «{0}» va primero',
      'Name the new activity or member service this tranche sets up':
        'Indique la nueva actividad o servicio a los miembros que este tramo pone en marcha',
      'No plan is submitted to this round: there is nothing to decide':
        'Ningún plan se ha presentado a esta ronda: no hay nada que decidir',
      'Only a draft plan can be deleted': 'Solo un plan en borrador puede eliminarse',
      'Only a draft plan can be edited; this one is submitted or decided':
        'Solo un plan en borrador puede editarse; este está presentado o decidido',
      'Only a funded plan has a grant agreement': 'Solo un plan financiado tiene un convenio de subvención',
      'Only the members of this round’s panel score its plans':
        'Solo los miembros del comité de esta ronda puntúan sus planes',
      'Panel member not found': 'Miembro del comité no encontrado',
      'Panel not found': 'Comité no encontrado',
      'Plan not found': 'Plan no encontrado',
      'Re-engagement is ring-fenced for new activities or member services only (MarketMakers, step 8)':
        'El nuevo compromiso se reserva solo para nuevas actividades o servicios a los miembros (MarketMakers, paso 8)',
      'Re-engagement may not re-subsidise what is established: "{0}" was funded by an earlier tranche':
        'El nuevo compromiso no puede volver a subvencionar lo establecido: «{0}» se financió con un tramo anterior',
      'Round not found': 'Ronda no encontrada',
      'The milestone is met before the grant starts': 'El hito se cumple antes de que empiece la subvención',
      'The milestone of this tranche is met: the tranche is released and stays as it is':
        'El hito de este tramo se ha cumplido: el tramo está liberado y queda como está',
      'The milestone of this tranche is not met: nothing can be disbursed against it yet':
        'El hito de este tramo no se ha cumplido: aún no se puede desembolsar nada por él',
      'The payment goes beyond the tranche: {0} {1} is left to disburse':
        'El pago supera el tramo: quedan {0} {1} por desembolsar',
      'The payment is dated before the milestone was met':
        'El pago tiene fecha anterior al cumplimiento del hito',
      'The plan is not submitted to this round': 'El plan no se ha presentado a esta ronda',
      'The round "{0}" is decided already': 'La ronda «{0}» ya está decidida',
      'The round "{0}" is decided: plans can no longer be submitted to it':
        'La ronda «{0}» está decidida: ya no se le pueden presentar planes',
      'The round has scores: its panel and scale stay as they are':
        'La ronda tiene puntuaciones: su comité y su escala quedan como están',
      'The top of the scale must be above its bottom': 'El máximo de la escala debe superar su mínimo',
      'The tranches scale down: no tranche is larger than the one before it (the platform’s taper; the guide gives no ratio)':
        'Los tramos decrecen: ninguno es mayor que el anterior (reducción de la plataforma; la guía no da proporción)',
      'This milestone is met already': 'Este hito ya se ha cumplido',
      'This person sits on the panel already': 'Esta persona ya forma parte del comité',
      'This plan has a grant agreement already': 'Este plan ya tiene un convenio de subvención',
      'This plan is decided already': 'Este plan ya está decidido',
      'This plan is submitted already': 'Este plan ya está presentado',
      'This round is decided: its scores are closed':
        'Esta ronda está decidida: sus puntuaciones están cerradas',
      'Tranche not found': 'Tramo no encontrado',
      'Tranches are due in their order': 'Los tramos vencen en su orden',
      'Two indicators are named "{0}"': 'Dos indicadores se llaman «{0}»',
      'applicantId is not an organisation of this programme’s register':
        'applicantId no es una organización del registro de este programa',
      'is before the grant’s start': 'es anterior al inicio de la subvención',
      'is before the milestone was met': 'es anterior al cumplimiento del hito',
      'is before the previous tranche’s': 'es anterior a la del tramo anterior',
      'is decided twice': 'se decide dos veces',
      'is not a panel member of this programme': 'no es miembro de comité de este programa',
      'is not a panel of this programme': 'no es un comité de este programa',
      'is not a plan of this programme': 'no es un plan de este programa',
      'is not a plan submitted to this round': 'no es un plan presentado a esta ronda',
      'is not a round of this programme': 'no es una ronda de este programa',
      'is not above scaleMin': 'no supera scaleMin',
      'is not an organisation of this programme’s register':
        'no es una organización del registro de este programa',
      'is outside the round’s scale': 'está fuera de la escala de la ronda',
      'leaves a plan of the round undecided': 'deja un plan de la ronda sin decidir',
      'panelId is not a panel of this programme': 'panelId no es un comité de este programa',
      'planId is not a plan of this programme': 'planId no es un plan de este programa',
      'repeats another indicator’s name': 'repite el nombre de otro indicador',
      'roundId is not a round of this programme': 'roundId no es una ronda de este programa',
      'userId is not a panel member of this programme': 'userId no es miembro de comité de este programa',
      'Operating funds are refused from the second year. MarketMakers: funding support “was expressly not to be used for the C/MA’s operations and recurrent costs”, and requests “to maintain some (lower) funding/direct support level into the second year” were declined':
        'Los fondos de funcionamiento se rechazan a partir del segundo año. MarketMakers: el apoyo financiero «no debía usarse expresamente para el funcionamiento y los costes recurrentes de la asociación», y se declinaban las solicitudes de «mantener cierto nivel (menor) de financiación o apoyo directo en el segundo año»',
    },
    words: {},
  },
};
