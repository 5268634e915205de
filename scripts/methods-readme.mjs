#!/usr/bin/env node
/**
 * Writes the list of methods in packages/methods/README.md from the package's exports: every exported
 * function of packages/methods/src, with the seed references (e.g. 001:1586) of its doc comment, or
 * of its file's header comment when its own cites none. `--check` exits 1 when the README is stale.
 *
 * Usage: node scripts/methods-readme.mjs [--check]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = resolve(root, 'packages/methods/src');
const readmePath = resolve(root, 'packages/methods/README.md');
const BEGIN = '<!-- methods:begin (node scripts/methods-readme.mjs) -->';
const END = '<!-- methods:end -->';
const CITATION = /\b0\d\d(?:_[0-9a-f]+\.txt)?:\d+(?:\s*[–-]\s*\d+)?(?:,\s?\d+(?:\s*[–-]\s*\d+)?(?![\d:]))*/g;

const citations = (text) => [
  ...new Set((text.match(CITATION) ?? []).map((c) => c.replace(/_[0-9a-f]+\.txt:/, ':'))),
];

const program = ts.createProgram([resolve(src, 'index.ts')], {
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  target: ts.ScriptTarget.ES2022,
  noEmit: true,
});
const checker = program.getTypeChecker();
const index = program.getSourceFile(resolve(src, 'index.ts'));
const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(index));

/** The file's header: the comments before its first statement, or before its first non-import
 * statement, that a blank line parts from what follows or that run over several lines (a one-line
 * comment right above a declaration documents that one only). */
function fileHeader(file) {
  const text = file.getFullText();
  const first = file.statements.find((st) => !ts.isImportDeclaration(st));
  const positions = [0, ...(first ? [first.getFullStart()] : [])];
  const out = [];
  for (const pos of positions)
    for (const r of ts.getLeadingCommentRanges(text, pos) ?? [])
      if (/^[ \t]*\r?\n[ \t]*\r?\n/.test(text.slice(r.end)) || text.slice(r.pos, r.end).includes('\n'))
        out.push(text.slice(r.pos, r.end));
  return out.join('\n');
}

const rows = [];
for (const exported of exports) {
  const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
  const decl = symbol.declarations?.find(ts.isFunctionDeclaration);
  if (!decl) continue;
  const file = decl.getSourceFile();
  const text = file.getFullText();
  const own = (ts.getLeadingCommentRanges(text, decl.getFullStart()) ?? [])
    .map((r) => text.slice(r.pos, r.end))
    .join('\n');
  const refs = citations(own).length ? citations(own) : citations(fileHeader(file)).map((c) => `${c} (file)`);
  const summary = ts
    .displayPartsToString(symbol.getDocumentationComment(checker))
    .split(/(?<=\.)\s+(?=[A-Z(])|\n\n/)[0];
  rows.push({
    module: relative(src, file.fileName).replace(/\/index\.ts$|\.ts$/, ''),
    name: symbol.getName(),
    refs: refs.length ? refs.join('; ') : '— (platform)',
    summary: (summary ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim(),
  });
}
rows.sort((a, b) => a.module.localeCompare(b.module) || a.name.localeCompare(b.name));

const table = [
  BEGIN,
  '',
  `${rows.length} methods (exported functions), by module. Seed references are \`seed:line\` in the practitioner guides, from the method's own doc comment or, marked "(file)", from its file's header; "— (platform)" marks a method whose file cites none (a platform rule or a helper).`,
  '',
  '| Module | Method | Seed references | What it does |',
  '| --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.module} | \`${r.name}\` | ${r.refs} | ${r.summary} |`),
  '',
  END,
].join('\n');

const readme = readFileSync(readmePath, 'utf8');
const start = readme.indexOf(BEGIN);
const end = readme.indexOf(END);
if (start < 0 || end < 0) throw new Error(`${readmePath}: markers ${BEGIN} … ${END} not found`);
const next = await prettier.format(readme.slice(0, start) + table + readme.slice(end + END.length), {
  ...(await prettier.resolveConfig(readmePath)),
  filepath: readmePath,
});
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('packages/methods/README.md is stale: run node scripts/methods-readme.mjs');
    process.exit(1);
  }
  console.log(`packages/methods/README.md lists all ${rows.length} methods`);
} else {
  writeFileSync(readmePath, next);
  console.log(`packages/methods/README.md: ${rows.length} methods`);
}
