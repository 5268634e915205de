import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { Text } from '../i18n/index.js';
import { issueText } from './error-text.js';

/**
 * The Ajv the API validates with (app.ts): JSON bodies taken as sent (`coerceTypes: false`),
 * query strings and path parameters coerced. Imports check their rows with the same one.
 */
export function makeAjv(coerceTypes: false | 'array', forRows = false) {
  const ajv = new Ajv({
    // Rows of an import stop at their first problem and are never changed by the check (the
    // body schemas they are checked against declare no defaults, so they accept the same).
    allErrors: !forRows,
    removeAdditional: false,
    useDefaults: !forRows,
    coerceTypes,
    strict: false,
  });
  addFormats.default(ajv);
  return ajv;
}

let bodyAjv: Ajv | null = null;
const compiled = new WeakMap<object, ValidateFunction>();

/**
 * Checks a value against the JSON schema of an API body, with the API's own validator, so that an
 * import applies the same limits as the API for the same fields (hardening issue, item 12).
 * Returns the first problem as the field (top-level property) and what is wrong, or null.
 */
export function schemaProblem(schema: object, value: unknown): { field: string; message: Text } | null {
  let validate = compiled.get(schema);
  if (!validate) {
    bodyAjv ??= makeAjv(false, true);
    validate = bodyAjv.compile(schema);
    compiled.set(schema, validate);
  }
  if (validate(value)) return null;
  const issue = validate.errors![0]!;
  const field =
    issue.instancePath.split('/').filter(Boolean)[0] ??
    (typeof issue.params.missingProperty === 'string'
      ? issue.params.missingProperty
      : typeof issue.params.additionalProperty === 'string'
        ? issue.params.additionalProperty
        : '');
  return { field, message: issueText(issue) };
}
