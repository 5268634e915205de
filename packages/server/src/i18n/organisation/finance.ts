import type { Catalogue } from '../catalogue.js';

/**
 * French and Spanish words of the financial plan and the financing mix (issue 14); merged into the server's catalogues by
 * ../modules.ts. English needs an entry only for plurals.
 */
export const catalogues: Record<'en' | 'fr' | 'es', Catalogue> = {
  en: {
    messages: {},
    // The sources of 001:2097–2098 and the cost categories of 001:2081, in words.
    words: {
      baseline_public: 'baseline support',
      membership_fees: 'membership fees',
      service_fees: 'fee-based services',
      operating_supplies: 'operating supplies',
      start_up: 'formation and start-up costs',
    },
  },
  fr: {
    messages: {
      'Financial plan not found': 'Plan financier introuvable',
      'Plan line not found': 'Ligne du plan introuvable',
      'A financial plan runs from {0} to {1} months': 'Un plan financier couvre de {0} à {1} mois',
      'must be a whole number from {0} to {1}': 'doit être un nombre entier de {0} à {1}',
      'A line needs one amount for each of the plan’s {0} months':
        'Une ligne a besoin d’un montant pour chacun des {0} mois du plan',
      'must hold {0} amounts': 'doit contenir {0} montants',
      'An amount cannot be negative': 'Un montant ne peut pas être négatif',
      'must not be negative': 'ne doit pas être négatif',
      'The plan has months 0 to {0}': 'Le plan a les mois 0 à {0}',
      'must be a month from 0 to {0}': 'doit être un mois de 0 à {0}',
      'Version {0} is agreed or superseded: copy it as a new version to change it':
        'La version {0} est adoptée ou remplacée : copiez-la en nouvelle version pour la modifier',
      'is not a draft': 'n’est pas un brouillon',
      'A financial plan needs a title': 'Un plan financier a besoin d’un titre',
      'A line needs a label': 'Une ligne a besoin d’un libellé',
      'An income line needs its source of financing':
        'Une ligne de recettes a besoin de sa source de financement',
      'is required for income': 'est requis pour une recette',
      'An expenditure line needs its cost category':
        'Une ligne de dépenses a besoin de sa catégorie de coûts',
      'is required for expenditure': 'est requis pour une dépense',
      Kind: 'Type',
      'Source or cost category': 'Source ou catégorie de coûts',
      Line: 'Ligne',
      Total: 'Total',
      'Total income': 'Total des recettes',
      'Total expenditure': 'Total des dépenses',
      'Closing balance': 'Solde de fin de mois',
      'Opening balance': 'Solde d’ouverture',
    },
    words: {
      income: 'recettes',
      expenditure: 'dépenses',
      baseline_public: 'financement de base',
      membership_fees: 'cotisations',
      service_fees: 'services payants',
      sponsoring: 'parrainage',
      projects: 'projets',
      personnel: 'personnel',
      rent: 'loyer',
      operating_supplies: 'fournitures',
      equipment: 'équipement',
      start_up: 'frais de création et de démarrage',
    },
  },
  es: {
    messages: {
      'Financial plan not found': 'Plan financiero no encontrado',
      'Plan line not found': 'Línea del plan no encontrada',
      'A financial plan runs from {0} to {1} months': 'Un plan financiero abarca de {0} a {1} meses',
      'must be a whole number from {0} to {1}': 'debe ser un número entero de {0} a {1}',
      'A line needs one amount for each of the plan’s {0} months':
        'Una línea necesita un importe para cada uno de los {0} meses del plan',
      'must hold {0} amounts': 'debe contener {0} importes',
      'An amount cannot be negative': 'Un importe no puede ser negativo',
      'must not be negative': 'no debe ser negativo',
      'The plan has months 0 to {0}': 'El plan tiene los meses 0 a {0}',
      'must be a month from 0 to {0}': 'debe ser un mes de 0 a {0}',
      'Version {0} is agreed or superseded: copy it as a new version to change it':
        'La versión {0} está aprobada o sustituida: cópiela como nueva versión para cambiarla',
      'is not a draft': 'no es un borrador',
      'A financial plan needs a title': 'Un plan financiero necesita un título',
      'A line needs a label': 'Una línea necesita una etiqueta',
      'An income line needs its source of financing':
        'Una línea de ingresos necesita su fuente de financiación',
      'is required for income': 'es obligatorio para un ingreso',
      'An expenditure line needs its cost category': 'Una línea de gastos necesita su categoría de costes',
      'is required for expenditure': 'es obligatorio para un gasto',
      Kind: 'Tipo',
      'Source or cost category': 'Fuente o categoría de costes',
      Line: 'Línea',
      Total: 'Total',
      'Total income': 'Total de ingresos',
      'Total expenditure': 'Total de gastos',
      'Closing balance': 'Saldo al cierre del mes',
      'Opening balance': 'Saldo inicial',
    },
    words: {
      income: 'ingresos',
      expenditure: 'gastos',
      baseline_public: 'financiación básica',
      membership_fees: 'cuotas de socios',
      service_fees: 'servicios de pago',
      sponsoring: 'patrocinio',
      projects: 'proyectos',
      personnel: 'personal',
      rent: 'alquiler',
      operating_supplies: 'suministros',
      equipment: 'equipamiento',
      start_up: 'costes de constitución y puesta en marcha',
    },
  },
};
