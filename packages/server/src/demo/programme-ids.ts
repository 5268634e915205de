import type { Database } from '../db/database.js';

/** What the parts of the demo programme are given: the demo workspaces and their logins. */
export interface DemoProgrammeIds {
  programme: string;
  initiative: string;
  /** The initiative's owner (cluster manager). */
  manager: string;
  admin: string;
  officer: string;
  /** Two panel members (the IDB's tourism panel was separate from the other: 003:310). */
  panel: string;
  panel2: string;
  assessor: string;
  agent: string;
  coordinator: string;
  evaluator: string;
}

export type DemoLoader = (db: Database, ids: DemoProgrammeIds) => Promise<void>;

/**
 * The demo call's applicant organisations, loaded by ./programme.ts into `programme_applicants`
 * with these fixed ids so that every slice's demo can point at them. After the organisations of
 * IDB / Compete Caribbean's Tables 1–2 (003:267–310), named "(demo)": their records here are
 * invented. The first ten are the ones the demo call selects (003:263: 24 applied, 10 selected);
 * "Lakeside" is the demo cluster initiative, which applied as a cluster initiative.
 * Country: ISO 3166-1 alpha-2 code; '' for a regional organisation.
 */
export const DEMO_APPLICANTS = [
  {
    id: 'd3a00000-0000-4000-8000-000000000001',
    short: 'BELTRAIDE',
    name: 'Belize Trade and Investment Development Service (demo)',
    country: 'BZ',
    type: 'bso',
  },
  {
    id: 'd3a00000-0000-4000-8000-000000000002',
    short: 'DEXIA',
    name: 'Dominica Export Import Agency (demo)',
    country: 'DM',
    type: 'bso',
  },
  {
    id: 'd3a00000-0000-4000-8000-000000000003',
    short: 'GIDC',
    name: 'Grenada Investment Development Corporation (demo)',
    country: 'GD',
    type: 'bso',
  },
  {
    id: 'd3a00000-0000-4000-8000-000000000004',
    short: 'GHTA',
    name: 'Grenada Hotel and Tourism Association (demo)',
    country: 'GD',
    type: 'bso',
  },
  {
    id: 'd3a00000-0000-4000-8000-000000000005',
    short: 'THAG',
    name: 'Tourism and Hospitality Association of Guyana (demo)',
    country: 'GY',
    type: 'bso',
  },
  {
    id: 'd3a00000-0000-4000-8000-000000000006',
    short: 'JMEA',
    name: 'Jamaica Manufacturers and Exporters Association (demo)',
    country: 'JM',
    type: 'bso',
  },
  {
    id: 'd3a00000-0000-4000-8000-000000000007',
    short: 'TEPA',
    name: 'Trade and Export Promotion Agency, St Lucia (demo)',
    country: 'LC',
    type: 'bso',
  },
  {
    id: 'd3a00000-0000-4000-8000-000000000008',
    short: 'CED',
    name: 'Centre for Enterprise Development, St Vincent and the Grenadines (demo)',
    country: 'VC',
    type: 'bso',
  },
  {
    id: 'd3a00000-0000-4000-8000-000000000009',
    short: 'CUS',
    name: 'Competitiveness Unit Suriname (demo)',
    country: 'SR',
    type: 'bso',
  },
  {
    id: 'd3a00000-0000-4000-8000-00000000000a',
    short: 'TTCSI',
    name: 'Trinidad and Tobago Coalition of Services Industries (demo)',
    country: 'TT',
    type: 'bso',
  },
  {
    id: 'd3a00000-0000-4000-8000-00000000000b',
    short: 'CTO',
    name: 'Caribbean Tourism Organization (demo)',
    country: '',
    type: 'bso',
  },
  {
    id: 'd3a00000-0000-4000-8000-00000000000c',
    short: 'BIDC',
    name: 'Barbados Investment and Development Corporation (demo)',
    country: 'BB',
    type: 'bso',
  },
  {
    id: 'd3a00000-0000-4000-8000-00000000000d',
    short: 'BHTA',
    name: 'Barbados Hotel and Tourism Association (demo)',
    country: 'BB',
    type: 'bso',
  },
  {
    id: 'd3a00000-0000-4000-8000-00000000000e',
    short: 'BCCI',
    name: 'Belize Chamber of Commerce and Industry (demo)',
    country: 'BZ',
    type: 'bso',
  },
  {
    id: 'd3a00000-0000-4000-8000-00000000000f',
    short: 'DAIC',
    name: 'Dominica Association of Industry and Commerce (demo)',
    country: 'DM',
    type: 'bso',
  },
  {
    id: 'd3a00000-0000-4000-8000-000000000010',
    short: 'GCCI',
    name: 'Guyana Chamber of Commerce and Industry (demo)',
    country: 'GY',
    type: 'bso',
  },
  {
    id: 'd3a00000-0000-4000-8000-000000000011',
    short: 'JBDC',
    name: 'Jamaica Business Development Corporation (demo)',
    country: 'JM',
    type: 'bso',
  },
  {
    id: 'd3a00000-0000-4000-8000-000000000012',
    short: 'SLCIC',
    name: 'Saint Lucia Chamber of Commerce, Industry and Agriculture (demo)',
    country: 'LC',
    type: 'bso',
  },
  {
    id: 'd3a00000-0000-4000-8000-000000000013',
    short: 'Lakeside',
    name: 'Lakeside Agro-Food Cluster (demo)',
    country: 'LC',
    type: 'cluster_initiative',
  },
  {
    id: 'd3a00000-0000-4000-8000-000000000014',
    short: 'SVGCC',
    name: 'St Vincent and the Grenadines Chamber of Industry and Commerce (demo)',
    country: 'VC',
    type: 'bso',
  },
] as const;

/** The demo initiative's applicant record (its workspace is the demo cluster initiative). */
export const DEMO_LAKESIDE_APPLICANT = DEMO_APPLICANTS[18].id;
