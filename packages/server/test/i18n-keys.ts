import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/*
 * Every message the server can send, read from its source with the TypeScript compiler (issue 12,
 * item 9): the catalogue test checks that each has a French and a Spanish translation.
 *
 * - every msg`...` tagged template (its key: the text with {0}, {1} for the values);
 * - a text literal (or each branch of a `?:`) in the message position of the error helpers
 *   (badRequest, conflict, forbidden, notFound, new AppError, RateLimitedError, InputError,
 *   FileLimitError, formError) and of the local `fail`-style helpers that pass a message on;
 * - the `message` and `problem` texts of object literals (the `details` entries);
 * - notFound('Actor') gives the key "Actor not found".
 */

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

/** Function name → the positions of its message arguments. */
const MESSAGE_ARGS: Record<string, number[]> = {
  badRequest: [1],
  conflict: [0],
  forbidden: [0],
  notFound: [0],
  AppError: [2],
  RateLimitedError: [0],
  InputError: [3],
  FileLimitError: [0],
  formError: [4],
  render: [1],
  translate: [1],
};

/** Local helpers whose text arguments (those with a space: not field names) are messages. */
const MESSAGE_HELPERS = new Set(['fail', 'fieldFail', 'bad', 'invalidRow', 'problem']);

/** Folders whose texts are another part's business (reports render their own words). */
const SKIP = ['i18n/', 'diagnose/report/', 'demo/', 'monitoring/report-render'];

export interface Found {
  key: string;
  at: string;
}

export const templateKey = (node: ts.TemplateLiteral): string =>
  ts.isNoSubstitutionTemplateLiteral(node)
    ? node.text
    : node.head.text + node.templateSpans.map((span, i) => `{${i}}${span.literal.text}`).join('');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : full.endsWith('.ts') ? [full] : [];
  });
}

export function sourceMessages(): Found[] {
  const found: Found[] = [];
  for (const file of filesUnder(SRC)) {
    const rel = path.relative(SRC, file);
    if (SKIP.some((s) => rel.startsWith(s))) continue;
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const add = (key: string, node: ts.Node, suffix = '') =>
      found.push({
        key: key + suffix,
        at: `${rel}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`,
      });
    const literal = (node: ts.Node, suffix = '', needSpace = false): void => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
        if (!needSpace || node.text.includes(' ')) add(node.text, node, suffix);
      } else if (ts.isConditionalExpression(node)) {
        literal(node.whenTrue, suffix, needSpace);
        literal(node.whenFalse, suffix, needSpace);
      } else if (ts.isParenthesizedExpression(node)) literal(node.expression, suffix, needSpace);
      else if (suffix && ts.isTaggedTemplateExpression(node) && node.tag.getText(sf) === 'msg')
        add(templateKey(node.template), node, suffix);
    };
    const visit = (node: ts.Node): void => {
      const inNotFound =
        !!node.parent &&
        ts.isCallExpression(node.parent) &&
        node.parent.expression.getText(sf) === 'notFound';
      if (ts.isTaggedTemplateExpression(node) && node.tag.getText(sf) === 'msg' && !inNotFound)
        add(templateKey(node.template), node);
      // The tables of texts (TYPE_TEXT, DATABASE_VALUE_ERRORS, ...) and the texts a function returns.
      if (
        ts.isVariableDeclaration(node) &&
        /^[A-Z_]+(TEXT|ERRORS)$/.test(node.name.getText(sf)) &&
        node.initializer &&
        ts.isObjectLiteralExpression(node.initializer)
      )
        for (const p of node.initializer.properties) if (ts.isPropertyAssignment(p)) literal(p.initializer);
      if (ts.isReturnStatement(node) && node.expression && rel.startsWith('http/error-text'))
        literal(node.expression);
      if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && ts.isIdentifier(node.expression)) {
        const name = node.expression.text;
        const args = node.arguments ?? [];
        for (const i of MESSAGE_ARGS[name] ?? [])
          if (args[i]) literal(args[i], name === 'notFound' ? ' not found' : '');
        if (MESSAGE_HELPERS.has(name)) for (const a of args) literal(a, '', true);
      }
      if (
        ts.isPropertyAssignment(node) &&
        (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) &&
        ['message', 'problem'].includes(node.name.text)
      )
        literal(node.initializer, '', node.name.text === 'problem');
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}
