import type { Observation } from '@agglomera/methods';
import { InputError, isIntegerText, isNumberText, quoted, type Tabular } from './tabular.js';
import { msg } from '../i18n/index.js';

/** Years a dataset may hold: the same range as the `year` of the map's API queries. */
export const YEAR_RANGE = { minimum: 1000, maximum: 3000 } as const;

export const REQUIRED_COLUMNS = ['region', 'industry', 'employment'] as const;
export const OPTIONAL_COLUMNS = ['year', 'establishments', 'wages', 'region_name', 'region_type'] as const;

export function checkColumns(header: string[], label: string): void {
  for (const column of REQUIRED_COLUMNS)
    if (!header.includes(column))
      throw new InputError(
        label,
        1,
        column,
        msg`missing column "${column}" (required: region, industry, employment; optional: ${OPTIONAL_COLUMNS.join(', ')})`,
      );
}

const NON_NEGATIVE = ['employment', 'establishments', 'wages'] as const;

/**
 * Checks every row of regional statistics and returns them as observations. The first problem
 * stops the import with its line and column: all-or-nothing (docs/product.md, "Data in, data out").
 * `keep: false` checks without keeping rows (to locate a problem in a very large file).
 */
export async function readObservations(
  table: Tabular,
  label: string,
  options: { keep?: boolean; maxRows?: number } = {},
): Promise<Observation[]> {
  checkColumns(table.header, label);
  const hasYear = table.header.includes('year');
  const keep = options.keep ?? true;
  const seen = new Map<string, number>();
  const out: Observation[] = [];
  for await (const { line, values } of table.rows) {
    const region = values.region!.trim();
    const industry = values.industry!.trim();
    if (!region) throw new InputError(label, line, 'region', 'region code is empty');
    if (!industry) throw new InputError(label, line, 'industry', 'industry code is empty');
    const numbers: Partial<Record<(typeof NON_NEGATIVE)[number], number | null>> = {};
    for (const column of NON_NEGATIVE) {
      const raw = values[column];
      if (raw === undefined || (column !== 'employment' && raw.trim() === '')) {
        numbers[column] = null;
        continue;
      }
      if (!isNumberText(raw)) throw new InputError(label, line, column, msg`${quoted(raw)} is not a number`);
      const n = Number(raw);
      if (!Number.isFinite(n))
        throw new InputError(label, line, column, msg`${quoted(raw)} is too large a number`);
      if (n < 0) throw new InputError(label, line, column, msg`${column} cannot be negative (${raw})`);
      numbers[column] = n;
    }
    let year: number | null = null;
    if (hasYear) {
      const raw = values.year!;
      year = Number(raw);
      if (!isIntegerText(raw) || year < YEAR_RANGE.minimum || year > YEAR_RANGE.maximum)
        throw new InputError(
          label,
          line,
          'year',
          msg`${quoted(raw)} is not a year (${YEAR_RANGE.minimum} to ${YEAR_RANGE.maximum})`,
        );
    }
    const k = `${region}\u0000${industry}\u0000${year}`;
    const earlier = seen.get(k);
    if (earlier !== undefined)
      throw new InputError(
        label,
        line,
        'industry',
        msg`duplicate row: region ${region}, industry ${industry}${year !== null ? `, year ${year}` : ''} already appears on line ${earlier}`,
      );
    seen.set(k, line);
    if (options.maxRows && seen.size > options.maxRows)
      throw new InputError(
        label,
        line,
        null,
        msg`more than ${options.maxRows} rows: use the command line (agglomera map) for national datasets`,
      );
    if (keep)
      out.push({
        region,
        industry,
        employment: numbers.employment!,
        establishments: numbers.establishments ?? null,
        wages: numbers.wages ?? null,
        year,
        regionName: values.region_name?.trim() || null,
        regionType: values.region_type?.trim() || null,
      });
  }
  if (seen.size === 0) throw new InputError(label, null, null, 'the file has a header but no rows');
  return out;
}
