// The module of each worker thread of the pool in threads.ts. A worker does not inherit the loaders
// of the thread that started it, so it registers the same ones as packages/cli/bin/agglomera.js:
// tsx for the TypeScript sources and the "agglomera-source" condition for @agglomera/methods.
import { register as registerHooks } from 'node:module';
import { register } from 'tsx/esm/api';

register();
registerHooks(
  'data:text/javascript,' +
    encodeURIComponent(
      'export const resolve = (specifier, context, next) => ' +
        "next(specifier, { ...context, conditions: ['agglomera-source', ...context.conditions] });",
    ),
);
const { runTask } = await import('./thread-run.ts');
export default runTask;
