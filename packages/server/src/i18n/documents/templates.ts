import type { DocumentLocale } from '../documents.js';

/**
 * The rows a manager creates from a template (value chain stages, the GIZ example matrix of
 * objectives and fields of action), in French and Spanish, keyed by the English text of
 * @agglomera/methods. A test checks that every template text has both translations.
 */
const T: Record<string, { fr: string; es: string }> = {
  // Value chain, cluster template
  'Raw material providers': {
    fr: 'Fournisseurs de matières premières',
    es: 'Proveedores de materias primas',
  },
  'Machinery and equipment manufacturers': {
    fr: 'Fabricants de machines et d’équipements',
    es: 'Fabricantes de maquinaria y equipos',
  },
  'Processing and manufacturing': { fr: 'Transformation et fabrication', es: 'Procesamiento y fabricación' },
  'Finishing and packaging': { fr: 'Finition et conditionnement', es: 'Acabado y envasado' },
  'Logistics and distribution': { fr: 'Logistique et distribution', es: 'Logística y distribución' },
  'Customers and end users': { fr: 'Clients et utilisateurs finaux', es: 'Clientes y usuarios finales' },
  'Research and development': { fr: 'Recherche et développement', es: 'Investigación y desarrollo' },
  'Training and education': { fr: 'Formation et enseignement', es: 'Formación y educación' },
  'Business and financial services': {
    fr: 'Services aux entreprises et services financiers',
    es: 'Servicios empresariales y financieros',
  },
  // Value chain, firm template
  'Goods inward logistics': { fr: 'Logistique d’approvisionnement', es: 'Logística de entrada' },
  Production: { fr: 'Production', es: 'Producción' },
  'Goods outward logistics': { fr: 'Logistique de distribution', es: 'Logística de salida' },
  'Marketing and distribution': { fr: 'Marketing et vente', es: 'Marketing y ventas' },
  'Customer service': { fr: 'Service après-vente', es: 'Servicio al cliente' },
  Administration: { fr: 'Administration', es: 'Administración' },
  Management: { fr: 'Direction', es: 'Dirección' },
  'Human resources': { fr: 'Ressources humaines', es: 'Recursos humanos' },
  'R&D': { fr: 'R&D', es: 'I+D' },
  Procurement: { fr: 'Achats', es: 'Compras' },
  // GIZ example matrix of objectives and fields of action
  'Innovation creation / new products and services': {
    fr: 'Création d’innovation / nouveaux produits et services',
    es: 'Creación de innovación / nuevos productos y servicios',
  },
  'Creation of knowledge': { fr: 'Création de connaissances', es: 'Creación de conocimiento' },
  'Creation of demands': { fr: 'Création de demande', es: 'Creación de demanda' },
  'Creation of (project) ideas': {
    fr: 'Création d’idées (de projets)',
    es: 'Creación de ideas (de proyectos)',
  },
  'Turning ideas into common actions': {
    fr: 'Transformer les idées en actions communes',
    es: 'Convertir las ideas en acciones comunes',
  },
  'Commercialisation of innovation': {
    fr: 'Commercialisation de l’innovation',
    es: 'Comercialización de la innovación',
  },
  Internationalisation: { fr: 'Internationalisation', es: 'Internacionalización' },
  'Trend- and technology scouting': {
    fr: 'Veille des tendances et des technologies',
    es: 'Vigilancia de tendencias y tecnologías',
  },
  'Delegation missions / participation in trade fairs': {
    fr: 'Missions de délégation / participation à des salons',
    es: 'Misiones de delegación / participación en ferias',
  },
  'Market analyses; search profiles': {
    fr: 'Analyses de marché\u00a0; profils de recherche',
    es: 'Análisis de mercado; perfiles de búsqueda',
  },
  'Tailor-made international B2B matching': {
    fr: 'Mise en relation B2B internationale sur mesure',
    es: 'Encuentros B2B internacionales a medida',
  },
  'Business development (national)': {
    fr: 'Développement commercial (national)',
    es: 'Desarrollo de negocios (nacional)',
  },
  'Initiating B2B among cluster actors': {
    fr: 'Lancer le B2B entre acteurs du cluster',
    es: 'Impulsar el B2B entre los actores del clúster',
  },
  'B2B between cluster actors and externals, within the sector': {
    fr: 'B2B entre acteurs du cluster et externes, au sein du secteur',
    es: 'B2B entre actores del clúster y externos, dentro del sector',
  },
  'Cross-Clustering': { fr: 'Coopération inter-clusters', es: 'Cooperación entre clústeres' },
  'Tailor-made matching "Supplier meets OEM"': {
    fr: 'Mise en relation sur mesure «\u00a0Le fournisseur rencontre le constructeur\u00a0»',
    es: 'Encuentros a medida «El proveedor conoce al fabricante»',
  },
  'Workforce development': { fr: 'Développement de la main-d’œuvre', es: 'Desarrollo de la fuerza laboral' },
  'Training of staff within companies': {
    fr: 'Formation du personnel dans les entreprises',
    es: 'Formación del personal en las empresas',
  },
  'Acquisition of workforces': { fr: 'Recrutement de main-d’œuvre', es: 'Captación de mano de obra' },
  'Vocational training schemes development (incl. adaptation)': {
    fr: 'Développement de dispositifs de formation professionnelle (y compris leur adaptation)',
    es: 'Desarrollo de programas de formación profesional (incl. adaptación)',
  },
  'Development of new curricula / upgrading': {
    fr: 'Élaboration de nouveaux cursus / mise à niveau',
    es: 'Desarrollo de nuevos planes de estudio / actualización',
  },
  'Visibility / regional branding': {
    fr: 'Visibilité / image régionale',
    es: 'Visibilidad / marca regional',
  },
  'Advertising of capability of the cluster / network': {
    fr: 'Promotion des compétences du cluster / du réseau',
    es: 'Promoción de las capacidades del clúster / la red',
  },
  'Advertising / marketing of the region': {
    fr: 'Promotion / marketing de la région',
    es: 'Promoción / marketing de la región',
  },
  'Competence mapping of cluster actors': {
    fr: 'Cartographie des compétences des acteurs du cluster',
    es: 'Mapa de competencias de los actores del clúster',
  },
  'Regional branding / USP': {
    fr: 'Marque régionale / proposition de valeur unique',
    es: 'Marca regional / propuesta única de valor',
  },
  Networking: { fr: 'Mise en réseau', es: 'Trabajo en red' },
  'Events "Meet and Greet"': {
    fr: 'Rencontres «\u00a0Meet and Greet\u00a0»',
    es: 'Encuentros «Meet and Greet»',
  },
  'Company visits': { fr: 'Visites d’entreprises', es: 'Visitas a empresas' },
  'International networking': { fr: 'Mise en réseau internationale', es: 'Trabajo en red internacional' },
};

/** A template text in the given language (English as written in the methods package). */
export function templateText(locale: DocumentLocale, english: string): string {
  return locale === 'en' ? english : (T[english]?.[locale] ?? english);
}

export const TEMPLATE_TEXTS = T;
