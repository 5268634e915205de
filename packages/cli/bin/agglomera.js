#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx, so no build step stands between a clone and a run.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/index.ts');
await main(process.argv);
