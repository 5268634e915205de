import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyRequest } from 'fastify';
import type { App } from '../http/app-types.js';
import type { Database } from '../db/database.js';
import { AppError, inputErrorText } from '../http/errors.js';
import { requestLocale } from '../http/error-text.js';
import { InputError, checkTabularFile } from '../map/tabular.js';
import { LOCALES, msg, render, type Locale } from '../i18n/index.js';
import { FinalJobError } from './service.js';

/**
 * Large imports off the request (hardening issue, item 15: "a job queue … for … large imports").
 * An import whose file is at most the platform's inline limit (`importInlineBytes`, the platform's
 * choice, 256 KB by default: about 5,000 actors) runs in the request and answers 201 as before. A
 * larger file is first checked as a whole (type, zip guard, UTF-8; a 400 at once when it fails),
 * then kept in `job_files` and becomes a job of kind `import` (202 with its id): a worker
 * of any server process runs the same import, all or nothing in one transaction, reporting its
 * progress; a bad row fails the job at once with the message the request would have given, in the
 * language of the person who started it, and nothing is stored.
 */

export interface ImportFile {
  path: string;
  label: string;
}

/** Records how far an import has come (rows written of all rows). */
export type ImportProgress = (done: number, total: number) => Promise<void>;

export type Importer = (
  db: Database,
  workspaceId: string,
  userId: string,
  file: ImportFile,
  progress?: ImportProgress,
) => Promise<{ imported: number }>;

/** The imports a job may run, by name; each module registers its own as it registers its routes. */
const IMPORTERS = new Map<string, Importer>();

export function registerImporter(name: string, importer: Importer) {
  IMPORTERS.set(name, importer);
}

/**
 * Runs an import now, or queues it as a job when its file is large. The caller answers with
 * `status` and `body`.
 */
export async function importNowOrLater(
  app: App,
  request: FastifyRequest,
  options: { importer: string; workspaceId: string; userId: string; file: ImportFile },
): Promise<{ status: 201 | 202; body: unknown }> {
  const importer = IMPORTERS.get(options.importer);
  if (!importer) throw new Error(`no importer named ${options.importer}`);
  const { size } = await stat(options.file.path);
  if (size <= app.settings.importInlineBytes)
    return {
      status: 201,
      body: await importer(app.db, options.workspaceId, options.userId, options.file),
    };
  await checkTabularFile(options.file.path, options.file.label);
  const content = await readFile(options.file.path);
  const locale = await requestLocale(app, request);
  const jobId = await app.db.transaction().execute(async (trx) => {
    const id = await app.jobs.enqueue(trx, {
      workspaceId: options.workspaceId,
      kind: 'import',
      startedBy: options.userId,
      label: options.file.label,
      total: 0,
      data: { importer: options.importer, locale },
    });
    await trx
      .insertInto('job_files')
      .values({ job_id: id, workspace_id: options.workspaceId, name: options.file.label, content })
      .execute();
    return id;
  });
  app.jobs.wake();
  return { status: 202, body: { jobId } };
}

/** Declares how import jobs are run; called once as the app registers its routes. */
export function registerImportJobs(app: App) {
  app.jobs.handle('import', async (data, ctx) => {
    const locale: Locale = LOCALES.includes(data.locale as Locale) ? (data.locale as Locale) : 'en';
    const fail = async (text: Parameters<typeof render>[1]): Promise<never> => {
      await ctx.db.deleteFrom('job_files').where('job_id', '=', ctx.job.id).execute();
      throw new FinalJobError(render(locale, text));
    };
    const importer = IMPORTERS.get(String(data.importer));
    if (!importer) throw new Error(`no importer named ${String(data.importer)}`);
    const stored = await ctx.db
      .selectFrom('job_files')
      .select(['name', 'content'])
      .where('job_id', '=', ctx.job.id)
      .executeTakeFirst();
    if (!stored) return fail('The file of this import is no longer there');
    if (!ctx.job.started_by) return fail('The person who started this import no longer has an account');
    const dir = await mkdtemp(path.join(tmpdir(), 'agglomera-import-'));
    const file = path.join(dir, `file${path.extname(stored.name).toLowerCase()}`);
    try {
      await writeFile(file, stored.content);
      const result = await importer(
        ctx.db,
        ctx.job.workspace_id,
        ctx.job.started_by,
        { path: file, label: stored.name },
        // Not awaited: the import writes in one transaction, and on the embedded database a write
        // beside it waits for its end (one connection); on a PostgreSQL server it shows at once.
        async (done, total) => {
          ctx.progress(done, total).catch((err) => ctx.log.warn({ err }, 'import progress not recorded'));
        },
      );
      await ctx.db.deleteFrom('job_files').where('job_id', '=', ctx.job.id).execute();
      return {
        summary: render(locale, msg`${result.imported} rows imported from ${stored.name}`),
        result,
      };
    } catch (e) {
      // Awaited here, not returned: the rejection must be handled before `finally` awaits.
      if (e instanceof InputError) await fail(inputErrorText(e));
      if (e instanceof AppError && e.statusCode < 500) await fail(e.text);
      throw e;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
}
