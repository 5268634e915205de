#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx, so no build step stands between a clone and a run.
import { register as registerHooks } from 'node:module';
import { register } from 'tsx/esm/api';

register();
// Workspace packages resolve to their TypeScript sources (the "agglomera-source" condition of
// @agglomera/methods' exports), not to the built dist/ that plain Node and npm consumers get.
registerHooks(
  'data:text/javascript,' +
    encodeURIComponent(
      'export const resolve = (specifier, context, next) => ' +
        "next(specifier, { ...context, conditions: ['agglomera-source', ...context.conditions] });",
    ),
);
const { main } = await import('../src/index.ts');
await main(process.argv);
