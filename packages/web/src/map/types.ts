export interface MapRecord {
  year: number | null;
  region: string;
  region_name: string | null;
  region_type: string | null;
  cluster_code: string;
  cluster_name: string;
  cluster_type: string | null;
  employment: number;
  establishments: number | null;
  wages: number | null;
  average_wage: number | null;
  lq: number | null;
  share: number | null;
  rank: number | null;
  employment_rank: number | null;
  employment_change: number | null;
  cagr: number | null;
  strong: boolean;
  strong90: boolean;
}

export interface Limit {
  id: string;
  source: string;
  text: string;
}

export interface DatasetDetail {
  id: string;
  name: string;
  file_name: string;
  definitions: string;
  input_rows: number;
  years: number[];
  base_year: number | null;
  establishments_criterion: boolean;
  uncovered: { industry: string; employment: number }[];
  regions: { region: string; region_name: string | null; region_type: string | null }[];
  clusters: { cluster_code: string; cluster_name: string; cluster_type: string | null }[];
  limits: Limit[];
  builtInGeography: 'us-states' | 'us-counties' | null;
}

export const regionLabel = (r: { region: string; region_name: string | null }) =>
  r.region_name ? `${r.region_name} (${r.region})` : r.region;
