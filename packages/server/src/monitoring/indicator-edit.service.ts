import type { Frequency, ResultsLevel } from '@agglomera/methods';
import type { Database } from '../db/database.js';
import { AppError, badRequest } from '../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { baselineFromDiagnostic } from './baselines.service.js';
import { checkTargets, validateIndicator, type IndicatorInput } from './indicators.js';
import { checkIndicatorRefs, loadIndicator, periodsOf, presentIndicator } from './indicators.service.js';
import { msg } from '../i18n/index.js';

/** The edit of an indicator's definition, checked as on creation (issue 7). */

/**
 * Edits an indicator: any field of its definition, checked as on creation; the frequency and dates
 * change only while no value is recorded (409 otherwise). Audited with every field that changed.
 */
export async function updateIndicator(
  db: Database,
  workspaceId: string,
  userId: string,
  indicatorId: string,
  patch: Partial<IndicatorInput>,
) {
  const given = <K extends keyof IndicatorInput>(k: K) => patch[k] !== undefined;
  return db.transaction().execute(async (trx) => {
    const ind = await loadIndicator(trx, workspaceId, indicatorId);
    const oldPeriods = await periodsOf(trx, ind.id);
    const cur = presentIndicator(ind);
    const next: IndicatorInput = {
      name: patch.name ?? cur.name,
      definition: patch.definition ?? cur.definition,
      itemId: given('itemId') ? patch.itemId : cur.itemId,
      level: (patch.level ?? cur.level) as ResultsLevel,
      unit: patch.unit ?? cur.unit,
      currency: given('currency') ? patch.currency : cur.currency,
      disaggregation: patch.disaggregation ?? cur.disaggregation,
      baselineValue: given('baselineValue') ? patch.baselineValue : cur.baselineValue,
      baselineDate: given('baselineDate') ? patch.baselineDate : cur.baselineDate,
      dataSource: patch.dataSource ?? cur.dataSource,
      method: patch.method ?? cur.method,
      source: (patch.source ?? cur.source) as IndicatorInput['source'],
      metricKey: given('metricKey')
        ? patch.metricKey
        : (patch.source ?? cur.source) === 'platform'
          ? cur.metricKey
          : null,
      responsibleUserId: given('responsibleUserId') ? patch.responsibleUserId : cur.responsibleUserId,
      frequency: (patch.frequency ?? cur.frequency) as Frequency,
      evaluationLevel: patch.evaluationLevel ?? cur.evaluationLevel,
      startsOn: patch.startsOn ?? cur.startsOn,
      endsOn: patch.endsOn ?? cur.endsOn,
    };
    const periods = validateIndicator(next);
    const keys = new Set(periods.map((p) => p.key));
    const targets = patch.targets ?? [];
    checkTargets(next.unit, targets, keys);
    const regenerate =
      next.frequency !== cur.frequency || next.startsOn !== cur.startsOn || next.endsOn !== cur.endsOn;
    const values = await trx
      .selectFrom('indicator_values')
      .select(['value'])
      .where('indicator_id', '=', ind.id)
      .execute();
    if (regenerate && (values.length > 0 || oldPeriods.some((p) => p.closed_at))) {
      const field =
        next.frequency !== cur.frequency
          ? 'body.frequency'
          : next.startsOn !== cur.startsOn
            ? 'body.startsOn'
            : 'body.endsOn';
      throw new AppError(
        409,
        'has_values',
        msg`The frequency and dates of "${cur.name}" cannot change: ${values.length} value(s) are recorded for its periods${oldPeriods.some((p) => p.closed_at) ? ' and some periods are closed' : ''}. Keep them, or define a new indicator`,
        [{ field, message: 'cannot change once values are recorded' }],
      );
    }
    // Targets after the edit: those of periods that remain, then those sent.
    const finalTargets = new Map<string, number>();
    for (const p of oldPeriods)
      if (p.target !== null && keys.has(p.period_key)) finalTargets.set(p.period_key, Number(p.target));
    for (const t of targets) finalTargets.set(t.period, t.value);
    if (next.unit === 'percentage' && next.unit !== cur.unit) {
      const badTarget = [...finalTargets].find(([, v]) => v < 0 || v > 100);
      if (badTarget)
        throw badRequest(
          'validation_failed',
          msg`The unit cannot become a percentage: the target of ${badTarget[0]} is ${badTarget[1]}`,
          [{ field: 'body.unit', message: 'a target is above 100 % or below 0 %' }],
        );
      const badValue = values.find((v) => Number(v.value) < 0 || Number(v.value) > 100);
      if (badValue)
        throw badRequest(
          'validation_failed',
          msg`The unit cannot become a percentage: a recorded value is ${Number(badValue.value)}`,
          [{ field: 'body.unit', message: 'a recorded value is above 100 % or below 0 %' }],
        );
    }
    await checkIndicatorRefs(trx, workspaceId, next, ind.id);
    // The baseline: typed in when sent; recomputed when it came from the diagnostic and the metric changed.
    let baseline = {
      baseline_value: next.baselineValue ?? null,
      baseline_date: next.baselineDate ?? null,
      baseline_source: ind.baseline_source,
      baseline_record_id: ind.baseline_record_id,
      baseline_note: ind.baseline_note,
    };
    if (given('baselineValue') || given('baselineDate'))
      baseline = {
        ...baseline,
        baseline_source: next.baselineValue != null ? 'manual' : null,
        baseline_record_id: null,
        baseline_note: '',
      };
    else if (ind.baseline_source === 'diagnostic' && next.metricKey !== cur.metricKey) {
      const d = next.metricKey ? await baselineFromDiagnostic(trx, workspaceId, next.metricKey) : null;
      baseline = d
        ? {
            baseline_value: d.value,
            baseline_date: d.date,
            baseline_source: 'diagnostic',
            baseline_record_id: d.recordId,
            baseline_note: d.note,
          }
        : {
            baseline_value: null,
            baseline_date: null,
            baseline_source: null,
            baseline_record_id: null,
            baseline_note: '',
          };
    }
    await trx
      .updateTable('indicators')
      .set({
        item_id: next.itemId ?? null,
        level: next.level,
        name: next.name.trim(),
        definition: next.definition?.trim() ?? '',
        unit: next.unit,
        currency: next.unit === 'currency' ? (next.currency ?? null) : null,
        disaggregation: JSON.stringify((next.disaggregation ?? []).map((d) => d.trim()).filter(Boolean)),
        ...baseline,
        data_source: next.dataSource?.trim() ?? '',
        method: next.method?.trim() ?? '',
        source: next.source ?? 'manual',
        metric_key: next.source === 'platform' ? next.metricKey! : null,
        responsible_user_id: next.responsibleUserId ?? null,
        frequency: next.frequency,
        evaluation_level: next.evaluationLevel,
        starts_on: next.startsOn,
        ends_on: next.endsOn,
      })
      .where('id', '=', ind.id)
      .execute();
    if (regenerate) {
      await trx.deleteFrom('indicator_periods').where('indicator_id', '=', ind.id).execute();
      await trx
        .insertInto('indicator_periods')
        .values(
          periods.map((p) => ({
            workspace_id: workspaceId,
            indicator_id: ind.id,
            period_key: p.key,
            starts_on: p.start,
            ends_on: p.end,
            target: finalTargets.get(p.key) ?? null,
          })),
        )
        .execute();
    } else
      for (const t of targets)
        await trx
          .updateTable('indicator_periods')
          .set({ target: t.value })
          .where('indicator_id', '=', ind.id)
          .where('period_key', '=', t.period)
          .execute();
    const updated = presentIndicator(await loadIndicator(trx, workspaceId, ind.id));
    // The audit keeps the old and new value of every field that changed.
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const k of Object.keys(updated) as (keyof typeof updated)[])
      if (JSON.stringify(cur[k]) !== JSON.stringify(updated[k])) {
        before[k] = cur[k];
        after[k] = updated[k];
      }
    const oldTargets = oldPeriods
      .filter((p) => p.target !== null)
      .map((p) => ({ period: p.period_key, value: Number(p.target) }));
    const newTargets = periods
      .filter((p) => finalTargets.has(p.key))
      .map((p) => ({ period: p.key, value: finalTargets.get(p.key)! }));
    if (JSON.stringify(oldTargets) !== JSON.stringify(newTargets)) {
      before.targets = oldTargets;
      after.targets = newTargets;
    }
    if (regenerate) {
      before.periods = oldPeriods.map((p) => p.period_key);
      after.periods = periods.map((p) => p.key);
    }
    await recordAudit(trx, {
      workspaceId,
      userId,
      action: 'monitoring.indicator.update',
      entity: 'indicator',
      entityId: ind.id,
      oldValue: before,
      newValue: after,
    });
    return {
      indicator: updated,
      periods: periods.map((p) => p.key),
      periodsRecreated: regenerate,
      changed: Object.keys(after),
    };
  });
}
