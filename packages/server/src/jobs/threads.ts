import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { AppError } from '../http/errors.js';
import { Message } from '../i18n/index.js';
import { InputError } from '../map/tabular.js';

/*
 * CPU-bound work off the event loop (hardening issue, item 15: "a large upload no longer stalls
 * other workspaces"). A request that must compute for seconds in synchronous JavaScript (reading and
 * mapping 300,000 rows of regional statistics) would hold the process, and on the embedded database
 * every other workspace with it: a job in the queue would not help, since the queue's worker runs
 * in the same thread. `runInThread` runs a module's function in a worker thread of a pool
 * (piscina) and answers with its value; the request waits, the others go on. The function takes and returns structured-clone
 * values (no database: the thread has none). An error comes back as the same kind of error, so
 * that the request answers as it would have inline: an InputError names the file, line and column,
 * an AppError keeps its status, and messages are rendered in the reader's language.
 */

export interface ThreadTask {
  /** The module's URL (import.meta.url of the module, or a URL beside it). */
  module: string;
  exportName: string;
  /** The function's arguments, written out as the outcome is (encodeArgs). */
  args: unknown[];
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * The pool: at most one thread per core but one (the event loop keeps a core), at least one;
 * threads are started when work comes, kept for a minute to spare the next task their start (the
 * loaders and modules take most of a second), then stopped. Tasks beyond the threads wait in the
 * pool's queue, so that five large uploads at once do not take five times the memory.
 */
let pool: Piscina | null = null;
const threadPool = () =>
  (pool ??= new Piscina({
    filename: new URL('./thread-entry.mjs', import.meta.url).href,
    minThreads: 0,
    maxThreads: Math.max(1, availableParallelism() - 1),
    idleTimeout: 60_000,
  }));

/** Runs `exportName` of `module` with `args` in a worker thread and returns what it returns. */
export async function runInThread<O>(
  module: string | URL,
  exportName: string,
  ...args: unknown[]
): Promise<O> {
  const outcome = decodeOutcome(
    (await threadPool().run({
      module: String(module),
      exportName,
      args: args.map(encode),
    } satisfies ThreadTask)) as EncodedOutcome,
  );
  if (!outcome.ok) throw outcome.error;
  return outcome.value as O;
}

/**
 * Renders a document (a PDF, a DOCX) in a worker thread, so that laying out pages and drawing
 * charts for one reader does not hold the others' requests (hardening issue, item 15: report
 * rendering off the request). `render` is an export of `module`, named by itself so that the
 * arguments are type-checked; it takes plain data (what the route read from the database) and the
 * document's language. The bytes come back by structured clone, as a Buffer again.
 */
export async function renderInThread<A extends unknown[]>(
  module: URL,
  render: (...args: A) => Promise<Buffer>,
  ...args: A
): Promise<Buffer> {
  const bytes = await runInThread<Uint8Array>(module, render.name, ...args);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** How many tasks the pool's threads have finished since the pool started (0 before its first). */
export const threadTasksDone = (): number => pool?.completed ?? 0;

/** Stops the pool's threads now (idle threads do not keep the process alive; they stop after a minute). */
export async function closeThreads(): Promise<void> {
  const p = pool;
  pool = null;
  await p?.destroy();
}

// Values cross the thread boundary by structured clone, which keeps plain data and Dates but drops
// classes: Messages and the errors that carry them are written out and rebuilt.

type Encoded = unknown;
export interface EncodedOutcome {
  ok: boolean;
  value?: Encoded;
  error?: Encoded;
}

const encode = (v: unknown): Encoded => {
  if (v instanceof Message) return { $message: v.key, params: encode(v.params ?? null) };
  if (Array.isArray(v)) return v.map(encode);
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype)
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encode(x)]));
  return v;
};

/** The arguments of a task as the worker thread reads them (runTask). */
export const decodeArgs = (args: Encoded[]): unknown[] => args.map(decode);

const decode = (v: Encoded): unknown => {
  if (Array.isArray(v)) return v.map(decode);
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    const o = v as Record<string, unknown>;
    if (typeof o.$message === 'string')
      return new Message(o.$message, (decode(o.params) as Record<string, unknown> | null) ?? undefined);
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, decode(x)]));
  }
  return v;
};

function encodeError(e: unknown): Encoded {
  if (e instanceof InputError)
    return { $error: 'input', file: e.file, line: e.line, column: e.column, problem: encode(e.problem) };
  if (e instanceof AppError)
    return {
      $error: 'app',
      statusCode: e.statusCode,
      code: e.code,
      text: encode(e.text),
      details: encode(e.details ?? null),
    };
  const error = e instanceof Error ? e : new Error(String(e));
  return { $error: 'other', message: error.message, stack: error.stack };
}

function decodeError(v: Encoded): Error {
  const o = v as Record<string, unknown>;
  if (o.$error === 'input')
    return new InputError(
      o.file as string,
      o.line as number | null,
      o.column as string | null,
      decode(o.problem) as string | Message,
    );
  if (o.$error === 'app')
    return new AppError(
      o.statusCode as number,
      o.code as string,
      decode(o.text) as string | Message,
      decode(o.details) ?? undefined,
    );
  const error = new Error(o.message as string);
  error.stack = `${o.stack as string}\n    (in a worker thread)`;
  return error;
}

export const encodeOutcome = (o: Outcome): EncodedOutcome =>
  o.ok ? { ok: true, value: o.value } : { ok: false, error: encodeError(o.error) };

const decodeOutcome = (o: EncodedOutcome): Outcome =>
  o.ok ? { ok: true, value: o.value } : { ok: false, error: decodeError(o.error) };
