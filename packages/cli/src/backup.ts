import { readFile, writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import cliProgress from 'cli-progress';

const dataDirOption = [
  '-d, --data-dir <dir>',
  'folder of the embedded database (default: $AGGLOMERA_DATA_DIR or ./data)',
] as const;

/** A progress bar over tables on stderr (when stderr is a terminal, or with --progress). */
function tableProgress(enabled: boolean) {
  if (!enabled) return { onProgress: undefined, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      format: ' {table} [{bar}] {value}/{total}',
      stream: process.stderr,
      hideCursor: true,
      noTTYOutput: !process.stderr.isTTY,
      notTTYSchedule: 2000,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    onProgress(done: number, total: number, table: string) {
      if (!started) {
        bar.start(total, 0, { table: table.padEnd(32) });
        started = true;
      }
      bar.update(done, { table: table.padEnd(32) });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

async function open(dataDir?: string) {
  const { migrateToLatest, openDatabase } = await import('@agglomera/server');
  const handle = await openDatabase({
    url: process.env.DATABASE_URL || undefined,
    dataDir: dataDir ?? process.env.AGGLOMERA_DATA_DIR ?? './data',
  });
  await migrateToLatest(handle.db);
  return handle;
}

export function backupCommands(): Command[] {
  const backup = new Command('backup')
    .description(
      'Write everything of one workspace (its rows, uploaded files, the organisation and the people its rows name, password hashes included) to a versioned archive.',
    )
    .requiredOption('-w, --workspace <id|name>', 'the workspace to back up, by identifier or exact name')
    .requiredOption('-o, --output <file>', 'archive to write (.agglomera.gz)')
    .option(...dataDirOption)
    .option('--progress', 'show a progress bar on stderr even when it is not a terminal')
    .action(async (opts: { workspace: string; output: string; dataDir?: string; progress?: boolean }) => {
      const { backupWorkspace, readBackupHeader, BackupError } = await import('@agglomera/server');
      const handle = await open(opts.dataDir);
      const progress = tableProgress(Boolean(opts.progress) || process.stderr.isTTY);
      let failed = false;
      try {
        const found = await handle.db
          .selectFrom('workspaces')
          .select(['id', 'name'])
          .where((eb) =>
            /^[0-9a-f-]{36}$/i.test(opts.workspace)
              ? eb('id', '=', opts.workspace)
              : eb('name', '=', opts.workspace),
          )
          .execute();
        if (found.length !== 1)
          throw new BackupError(
            found.length
              ? `${found.length} workspaces are named "${opts.workspace}"; give the identifier (${found.map((w) => w.id).join(', ')})`
              : `No workspace "${opts.workspace}" in this installation`,
          );
        const archive = await backupWorkspace(handle.db, found[0]!.id, progress.onProgress);
        progress.stop();
        await writeFile(opts.output, archive, { mode: 0o600 });
        const header = readBackupHeader(archive);
        const rows = header.tables.reduce((s, t) => s + t.rows, 0);
        console.log(
          `Backed up "${header.workspace.name}" (${header.workspace.kind}): ${rows} rows in ${header.tables.filter((t) => t.rows).length} tables, to ${opts.output}`,
        );
      } catch (e) {
        progress.stop();
        if (!(e instanceof BackupError)) throw e;
        console.error(`agglomera backup: ${e.message}`);
        failed = true;
      } finally {
        await handle.close();
      }
      // After closing: closing the embedded database resets the exit code.
      if (failed) process.exitCode = 1;
    });

  const restore = new Command('restore')
    .description(
      'Restore a workspace archive into this installation, all or nothing (same version of Agglomera as the backup; the workspace and its people must not exist here yet).',
    )
    .argument('<file>', 'archive written by agglomera backup')
    .option(...dataDirOption)
    .option('--progress', 'show a progress bar on stderr even when it is not a terminal')
    .action(async (file: string, opts: { dataDir?: string; progress?: boolean }) => {
      const { restoreWorkspace, BackupError } = await import('@agglomera/server');
      let archive: Buffer;
      try {
        archive = await readFile(file);
      } catch (e) {
        console.error(`agglomera restore: ${(e as Error).message}`);
        process.exitCode = 1;
        return;
      }
      const handle = await open(opts.dataDir);
      const progress = tableProgress(Boolean(opts.progress) || process.stderr.isTTY);
      let failed = false;
      try {
        const header = await restoreWorkspace(handle.db, archive, progress.onProgress);
        progress.stop();
        console.log(`Restored "${header.workspace.name}" (${header.workspace.id}).`);
      } catch (e) {
        progress.stop();
        if (!(e instanceof BackupError)) throw e;
        console.error(`agglomera restore: ${e.message}; nothing was changed.`);
        failed = true;
      } finally {
        await handle.close();
      }
      if (failed) process.exitCode = 1;
    });
  return [backup, restore];
}
