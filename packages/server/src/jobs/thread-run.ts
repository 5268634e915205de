import { decodeArgs, encodeOutcome, type EncodedOutcome, type ThreadTask } from './threads.js';

/**
 * Runs one task in a worker thread of the pool (threads.ts): imports the task's module, calls its
 * export with the arguments, and answers with the value or the error, encoded so that the thread that
 * asked can rebuild the error with its words (a file's line, a message in the reader's language).
 */
export async function runTask(task: ThreadTask): Promise<EncodedOutcome> {
  try {
    const module = (await import(task.module)) as Record<string, (...args: unknown[]) => unknown>;
    const run = module[task.exportName];
    if (typeof run !== 'function') throw new Error(`${task.module} has no function ${task.exportName}`);
    return encodeOutcome({ ok: true, value: await run(...decodeArgs(task.args)) });
  } catch (e) {
    return encodeOutcome({ ok: false, error: e });
  }
}
