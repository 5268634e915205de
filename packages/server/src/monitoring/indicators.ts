import { periodsBetween, type Frequency, type ResultsLevel } from '@agglomera/methods';
import { badRequest } from '../http/errors.js';
import { PLATFORM_METRICS } from './metrics.js';
import { msg, oneOf } from '../i18n/index.js';

/** The definition of an indicator and its checks, without the database (issue 7). */

/** A percentage cannot go above 100 (issue 7: "a percentage target above 100 → clear error"). */
export function checkTargets(
  unit: string,
  targets: { period: string; value: number }[],
  periodKeys: Set<string>,
) {
  targets.forEach((t, i) => {
    if (!Number.isFinite(t.value))
      throw badRequest('validation_failed', 'A target must be a number', [
        { field: `body.targets.${i}.value`, message: 'is not a number' },
      ]);
    if (unit === 'percentage' && (t.value > 100 || t.value < 0))
      throw badRequest(
        'validation_failed',
        msg`A percentage target must be between 0 and 100, got ${t.value}`,
        [{ field: `body.targets.${i}.value`, message: 'is above 100 % or below 0 %' }],
      );
    if (!periodKeys.has(t.period))
      throw badRequest('unknown_period', msg`${t.period} is not a period of this indicator`, [
        { field: `body.targets.${i}.period`, message: 'is not a period of this indicator' },
      ]);
  });
}

/** The fields of an indicator, as created; an edit sends any of them (issue 7). */
export interface IndicatorInput {
  name: string;
  definition?: string;
  itemId?: string | null;
  level: ResultsLevel;
  unit: string;
  currency?: string | null;
  disaggregation?: string[];
  baselineValue?: number | null;
  baselineDate?: string | null;
  dataSource?: string;
  method?: string;
  source?: 'manual' | 'platform' | 'survey';
  metricKey?: string | null;
  responsibleUserId?: string | null;
  frequency: Frequency;
  evaluationLevel: string;
  startsOn: string;
  endsOn: string;
  targets?: { period: string; value: number }[];
  /** The strategy goals this indicator measures (issue 13): set on creation, edited from the goals. */
  goalIds?: string[];
}

/** The checks of an indicator's definition, the same on creation and on edit; returns its periods. */
export function validateIndicator(b: IndicatorInput) {
  const source = b.source ?? 'manual';
  if (!b.name.trim())
    throw badRequest('validation_failed', 'Give the indicator a name', [
      { field: 'body.name', message: 'is empty' },
    ]);
  if (b.endsOn < b.startsOn)
    throw badRequest('validation_failed', 'The indicator ends before it starts', [
      { field: 'body.endsOn', message: 'is before startsOn' },
    ]);
  if (source === 'platform' && (!b.metricKey || !PLATFORM_METRICS[b.metricKey]))
    throw badRequest(
      'unknown_metric',
      msg`An indicator computed from platform records needs one of the metrics: ${oneOf(Object.keys(PLATFORM_METRICS))}`,
      [{ field: 'body.metricKey', message: 'is not a known platform metric' }],
    );
  if (source !== 'platform' && b.metricKey)
    throw badRequest('validation_failed', 'metricKey goes only with source "platform"', [
      { field: 'body.metricKey', message: 'is set but the source is not "platform"' },
    ]);
  if (b.unit === 'currency' && !b.currency)
    throw badRequest('validation_failed', 'A currency indicator needs its currency (e.g. EUR)', [
      { field: 'body.currency', message: 'is required when the unit is currency' },
    ]);
  if (b.unit === 'percentage' && b.baselineValue != null && (b.baselineValue > 100 || b.baselineValue < 0))
    throw badRequest('validation_failed', 'A percentage baseline must be between 0 and 100', [
      { field: 'body.baselineValue', message: 'is above 100 % or below 0 %' },
    ]);
  try {
    return periodsBetween(b.frequency, b.startsOn, b.endsOn);
  } catch (e) {
    throw badRequest('validation_failed', (e as Error).message, [
      { field: 'body.endsOn', message: (e as Error).message },
    ]);
  }
}
