import type { Catalogue } from '../catalogue.js';

/**
 * French and Spanish words of the Cluster Member Card tied to a service (fidelity issue 16, item 20);
 * merged into the server's catalogues by ../modules.ts.
 */
export const catalogues: Record<'en' | 'fr' | 'es', Catalogue> = {
  en: { messages: {}, words: {} },
  fr: {
    messages: {
      'serviceId is not a service of this cluster initiative':
        'serviceId n’est pas un service de cette initiative de cluster',
      'is not a service of this cluster initiative': 'n’est pas un service de cette initiative de cluster',
    },
    words: {},
  },
  es: {
    messages: {
      'serviceId is not a service of this cluster initiative':
        'serviceId no es un servicio de esta iniciativa de clúster',
      'is not a service of this cluster initiative': 'no es un servicio de esta iniciativa de clúster',
    },
    words: {},
  },
};
