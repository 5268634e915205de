import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { pipeline } from 'node:stream/promises';
import path from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import cliProgress from 'cli-progress';
import type { Progress } from '@agglomera/server/map';

const integer = (name: string) => (value: string) => {
  if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError(`${name} must be a four-digit year`);
  return Number(value);
};

/** A progress bar on stderr (only when stderr is a terminal, or when asked with --progress). */
function progressReporter(enabled: boolean): { onProgress?: Progress; stop(): void } {
  if (!enabled) return { stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      format: ' {stage} [{bar}] {percentage}%',
      stream: process.stderr,
      hideCursor: true,
      noTTYOutput: !process.stderr.isTTY,
      notTTYSchedule: 2000,
    },
    cliProgress.Presets.shades_classic,
  );
  let current = '';
  let started = false;
  return {
    onProgress(stage, fraction) {
      if (!started) {
        bar.start(100, 0, { stage: stage.padEnd(18) });
        started = true;
      }
      if (stage !== current) current = stage;
      bar.update(Math.round((fraction ?? 0) * 100), { stage: stage.padEnd(18) });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

export function mapCommand(): Command {
  return new Command('map')
    .description(
      'Map clusters from regional statistics: employment, LQ, share, ranks, growth and the US Cluster Mapping Project "strong cluster" tests, per year × region × cluster.',
    )
    .requiredOption(
      '-i, --input <file>',
      'CSV, XLSX or Parquet with columns region, industry, employment [, year, establishments, wages, region_name, region_type]',
    )
    .requiredOption(
      '--definitions <us-benchmark|file>',
      'us-benchmark (shipped US definitions, NAICS 2007) or a CSV/XLSX with cluster_code, cluster_name, industry [, cluster_type]',
    )
    .option('--year <year>', 'output only this year', integer('--year'))
    .option(
      '--base-year <year>',
      'year that growth is measured from (default: the earliest year)',
      integer('--base-year'),
    )
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(['json', 'csv', 'html']).default('json'),
    )
    .option('-o, --out <file>', 'write to this file instead of standard output')
    .option('--progress', 'show a progress bar on stderr even when it is not a terminal')
    .addHelpText(
      'after',
      `
Measures: lq = (e_rc / e_r) / (E_c / E); share = e_rc / E_c; rank = rank of the cluster in the
region by lq (employment_rank by employment); strong / strong90 = US CMP classification at the
75th / 90th percentile of lq among regions of the same type. Industries in no cluster count in the
regions' totals and are listed on stderr.`,
    )
    .action(
      async (opts: {
        input: string;
        definitions: string;
        year?: number;
        baseYear?: number;
        format: 'json' | 'csv' | 'html';
        out?: string;
        progress?: boolean;
      }) => {
        const { InputError, htmlReport, loadDefinitions, runMapping, writeRecords } =
          await import('@agglomera/server/map');
        const progress = progressReporter(Boolean(opts.progress) || process.stderr.isTTY);
        let run;
        try {
          const definitions = await loadDefinitions(opts.definitions);
          run = await runMapping({
            input: opts.input,
            definitions,
            definitionsLabel:
              opts.definitions === 'us-benchmark' ? 'us-benchmark' : path.basename(opts.definitions),
            baseYear: opts.baseYear,
            onProgress: progress.onProgress,
          });
          if (opts.year !== undefined && !run.years.includes(opts.year))
            throw new InputError(
              path.basename(opts.input),
              null,
              'year',
              `year ${opts.year} is not in the input (years: ${run.years.join(', ') || 'none'})`,
            );
          if (opts.format === 'html') {
            const html = await htmlReport(run, {
              input: path.basename(opts.input),
              definitions: opts.definitions,
              year: opts.year,
            });
            if (opts.out) await writeFile(opts.out, html);
            else process.stdout.write(html);
          } else {
            // DuckDB writes to a file; without --out that file is copied to standard output.
            const out =
              opts.out ??
              path.join(await mkdtemp(path.join(tmpdir(), 'agglomera-map-')), `records.${opts.format}`);
            await writeRecords(run, {
              format: opts.format,
              out,
              year: opts.year,
              onProgress: progress.onProgress,
            });
            if (!opts.out) {
              await pipeline(createReadStream(out), process.stdout, { end: false });
              await rm(path.dirname(out), { recursive: true, force: true });
            }
          }
          progress.stop();
          if (run.uncoveredIndustries.length) {
            const jobs = run.uncoveredIndustries.reduce((s, u) => s + u.employment, 0);
            console.error(
              `note: ${run.uncoveredIndustries.length} industries of the input are in no cluster (${jobs.toLocaleString('en')} jobs); they count in the regions' totals. Largest: ${run.uncoveredIndustries
                .slice(0, 5)
                .map((u) => u.industry)
                .join(', ')}`,
            );
          }
          if (!run.establishmentsCriterion)
            console.error(
              'note: the input has no establishments; the strong-cluster test ran without that criterion.',
            );
        } catch (e) {
          progress.stop();
          if (e instanceof InputError) {
            console.error(`agglomera map: ${e.message}`);
            process.exitCode = 1;
            return;
          }
          throw e;
        } finally {
          run?.close();
        }
      },
    );
}
