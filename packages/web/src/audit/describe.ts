import type { TFunction } from 'i18next';
import { formatNumber } from '../i18n';

/**
 * The audit log in words (experience issue, item 9): what an entry changed, as "Field: before →
 * after" lines with field names and enumerated values in the reader's language, not raw JSON.
 */

/** Namespaces of enumerated values a stored change may hold, tried in this order. */
const VALUE_NAMESPACES = [
  'actorStatus',
  'actorType',
  'actorRole',
  'sizeClass',
  'tieType',
  'stage',
  'role',
  'kind',
  'members.stages',
  'share',
  'actionPlan.statuses',
  'actionPlan.priorities',
];

/** "membership_stage" or "tieType" as words: "membership stage", "tie type". */
export const humanise = (key: string) =>
  key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase();

const ENUM_LIKE = /^[a-z]+(?:_[a-z0-9]+)+$|^[a-z]+$/;

export function valueInWords(value: unknown, t: TFunction, lng: string): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number') return formatNumber(value, lng, Number.isInteger(value) ? 0 : 2);
  if (typeof value === 'string') {
    if (!ENUM_LIKE.test(value)) return value;
    const keys = VALUE_NAMESPACES.map((ns) => `${ns}.${value}`);
    const found = t(keys, { defaultValue: '' });
    return typeof found === 'string' && found ? found : humanise(value);
  }
  if (Array.isArray(value)) return value.map((v) => valueInWords(v, t, lng)).join(', ');
  if (typeof value === 'object')
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${fieldInWords(k, t)}: ${valueInWords(v, t, lng)}`)
      .join('; ');
  return String(value);
}

/**
 * Actions whose words live in a module's own locale files (locales/strategy/*) rather than under
 * audit.actions: the action → its key.
 */
const MODULE_ACTIONS: Record<string, string> = {
  'canvas.version.create': 'canvas.auditActions.versionCreate',
  'roadmap.create': 'roadmap.auditActions.create',
  'roadmap.update': 'roadmap.auditActions.update',
  'roadmap.delete': 'roadmap.auditActions.delete',
  'roadmap.item.create': 'roadmap.auditActions.itemCreate',
  'roadmap.item.update': 'roadmap.auditActions.itemUpdate',
  'roadmap.item.delete': 'roadmap.auditActions.itemDelete',
  'internationalisation.create': 'internationalisation.auditActions.create',
  'internationalisation.update': 'internationalisation.auditActions.update',
  'internationalisation.review': 'internationalisation.auditActions.review',
};

export function fieldInWords(key: string, t: TFunction): string {
  const label = t(`audit.fields.${key}`, { defaultValue: '' });
  if (typeof label === 'string' && label) return label;
  const words = humanise(key);
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** One line per changed field: "Status: committed actor → member"; a value only added shows alone. */
export function describeChange(before: unknown, after: unknown, t: TFunction, lng: string): string[] {
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (isObject(before) || isObject(after)) {
    const old = isObject(before) ? before : {};
    const now = isObject(after) ? after : {};
    const keys = [...new Set([...Object.keys(old), ...Object.keys(now)])];
    return keys
      .filter((k) => JSON.stringify(old[k]) !== JSON.stringify(now[k]))
      .map((k) => {
        const field = fieldInWords(k, t);
        if (!(k in old)) return `${field}: ${valueInWords(now[k], t, lng)}`;
        if (!(k in now)) return `${field}: ${valueInWords(old[k], t, lng)} → —`;
        return `${field}: ${valueInWords(old[k], t, lng)} → ${valueInWords(now[k], t, lng)}`;
      });
  }
  if (before === null || before === undefined)
    return after === null || after === undefined ? [] : [valueInWords(after, t, lng)];
  return [`${valueInWords(before, t, lng)} → ${valueInWords(after, t, lng)}`];
}

/**
 * An audit action in words: the shared `audit.actions` entry, else the words a module keeps under
 * its own key (the action plan's `action_plan.task.create` → `actionPlan.auditActions.task_create`),
 * else the action spelled out.
 */
export function actionInWords(action: string, t: TFunction): string {
  const own = t(
    [MODULE_ACTIONS[action], `audit.actions.${action}`].filter((k): k is string => !!k),
    {
      defaultValue: '',
    },
  );
  if (typeof own === 'string' && own) return own;
  if (action.startsWith('action_plan.')) {
    const words = t(`actionPlan.auditActions.${action.slice('action_plan.'.length).replace(/\./g, '_')}`, {
      defaultValue: '',
    });
    if (typeof words === 'string' && words) return words;
  }
  return humanise(action.replace('.', ' ')).replace(/^./, (c) => c.toUpperCase());
}
