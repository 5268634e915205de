import { mapCommand } from './map.js';
import { backupCommands } from './backup.js';
import { Command, InvalidArgumentError } from 'commander';

const port = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new InvalidArgumentError('must be a port number (0–65535)');
  return n;
};

export function buildProgram(): Command {
  const program = new Command()
    .name('agglomera')
    .description('Agglomera: the open platform for cluster development')
    .showHelpAfterError();

  program
    .command('serve')
    .description(
      'Serve the web app and the API. Uses the embedded PostgreSQL (PGlite) unless DATABASE_URL is set.',
    )
    .option('-p, --port <port>', 'port to listen on (default: $PORT or 3000)', port)
    .option(
      '--host <host>',
      'address to listen on (default: $AGGLOMERA_HOST or 127.0.0.1, this machine only; 0.0.0.0 for every interface)',
    )
    .option(
      '-d, --data-dir <dir>',
      'folder of the embedded database (default: $AGGLOMERA_DATA_DIR or ./data)',
    )
    .option(
      '--demo',
      'load the demo into an empty embedded database even when listening beyond this machine (by default only on loopback)',
    )
    .option('--no-demo', 'do not load the demo into an empty embedded database')
    .action(async (opts: { port?: number; host?: string; dataDir?: string; demo?: boolean }) => {
      const { startServer } = await import('@agglomera/server');
      const { app } = await startServer({
        port: opts.port ?? (process.env.PORT ? port(process.env.PORT) : 3000),
        host: opts.host ?? (process.env.AGGLOMERA_HOST || undefined),
        dataDir: opts.dataDir ?? process.env.AGGLOMERA_DATA_DIR ?? './data',
        databaseUrl: process.env.DATABASE_URL || undefined,
        demo: opts.demo === undefined ? 'auto' : opts.demo ? 'always' : 'never',
      });
      const stop = async () => {
        await app.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });

  program
    .command('demo')
    .description(
      'Load the demo programme and cluster initiative into an empty database (also on DATABASE_URL).',
    )
    .option(
      '-d, --data-dir <dir>',
      'folder of the embedded database (default: $AGGLOMERA_DATA_DIR or ./data)',
    )
    .action(async (opts: { dataDir?: string }) => {
      const { formatDemoLogins, isEmpty, loadDemo, migrateToLatest, openDatabase } =
        await import('@agglomera/server');
      const handle = await openDatabase({
        url: process.env.DATABASE_URL || undefined,
        dataDir: opts.dataDir ?? process.env.AGGLOMERA_DATA_DIR ?? './data',
      });
      let refused = false;
      try {
        await migrateToLatest(handle.db);
        if (!(await isEmpty(handle))) {
          console.error(
            'agglomera demo: the database already has users; the demo loads only into an empty database.',
          );
          refused = true;
        } else console.log(formatDemoLogins(await loadDemo(handle.db)));
      } finally {
        await handle.close();
      }
      // After closing: closing the embedded database resets the exit code.
      if (refused) process.exitCode = 1;
    });

  program
    .command('migrate')
    .description('Bring the database schema up to date and exit.')
    .option(
      '-d, --data-dir <dir>',
      'folder of the embedded database (default: $AGGLOMERA_DATA_DIR or ./data)',
    )
    .action(async (opts: { dataDir?: string }) => {
      const { migrateToLatest, openDatabase } = await import('@agglomera/server');
      const handle = await openDatabase({
        url: process.env.DATABASE_URL || undefined,
        dataDir: opts.dataDir ?? process.env.AGGLOMERA_DATA_DIR ?? './data',
      });
      try {
        const applied = await migrateToLatest(handle.db);
        console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The schema is up to date.');
      } finally {
        await handle.close();
      }
    });
  program
    .command('iati-validate')
    .description(
      "Check IATI activity files with libxml2 against the IATI schema: Agglomera's schema of the 2.03 elements its export writes, or the official iati-activities-schema.xsd given with --schema (or AGGLOMERA_IATI_SCHEMA), with iati-common.xsd and xml.xsd beside it.",
    )
    .argument('<files...>', 'IATI XML files')
    .option('--schema <xsd>', 'schema to validate against')
    .action(async (files: string[], opts: { schema?: string }) => {
      const { readFile } = await import('node:fs/promises');
      const { existsSync } = await import('node:fs');
      const { iatiSchemaPath, validateIati } = await import('@agglomera/server/iati');
      const schema = opts.schema ?? iatiSchemaPath();
      if (!existsSync(schema)) {
        console.error(`agglomera iati-validate: schema not found: ${schema}`);
        process.exitCode = 1;
        return;
      }
      for (const file of files) {
        let content: Buffer;
        try {
          content = await readFile(file);
        } catch (e) {
          console.error(`${file}: ${(e as Error).message}`);
          process.exitCode = 1;
          continue;
        }
        const { problems } = await validateIati(content, schema);
        if (!problems.length) console.log(`${file}: valid against ${schema}`);
        for (const p of problems) console.error(`${file}${p.line ? `:${p.line}` : ''}: ${p.message}`);
        if (problems.length) process.exitCode = 1;
      }
    });
  program.addCommand(mapCommand());
  for (const c of backupCommands()) program.addCommand(c);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  await buildProgram().parseAsync(argv);
}
