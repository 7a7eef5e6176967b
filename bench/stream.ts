/**
 * The streaming memory check: writes 10 million generated case records as
 * NDJSON (ISO times) to bench/data/ once, then tallies the file in a fresh
 * process with createTallier + feedNdjson and reports that process's peak
 * RSS. The result is checked against the same records tallied straight from
 * the generator. Prints a markdown section (used by bench/run.ts).
 *
 *   node --import tsx bench/stream.ts [--records=1e7]
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { createTallier, feedNdjson, type TallyOptions } from '../src/index.js';
import { isoRecords, recordStream } from './generate.js';

const OPTIONS: TallyOptions = { period: { from: '2019-01', to: '2019-12' }, by: ['period', 'department', 'category'] };

const argument = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);

if (argument('child') !== undefined) {
  // The measured process: nothing but the tallier and the file stream.
  const file = argument('child') as string;
  const rssAtStart = process.memoryUsage().rss;
  const started = performance.now();
  const tallier = createTallier(OPTIONS);
  const summary = await feedNdjson(tallier, createReadStream(file, { highWaterMark: 1 << 20 }));
  const ms = performance.now() - started;
  const result = tallier.result();
  process.stdout.write(
    JSON.stringify({ summary, ms, rssAtStart, peakRss: process.resourceUsage().maxRSS * 1024, groups: result.groups }),
  );
} else {
  const count = Number(argument('records') ?? '1e7');
  const directory = new URL('./data/', import.meta.url);
  mkdirSync(directory, { recursive: true });
  const file = new URL(`cases-${count}.ndjson`, directory).pathname;
  if (!existsSync(file)) {
    const partial = `${file}.partial`;
    const out = createWriteStream(partial);
    let batch: string[] = [];
    for (const record of isoRecords(recordStream(count))) {
      batch.push(JSON.stringify(record));
      if (batch.length === 10_000) {
        if (!out.write(`${batch.join('\n')}\n`)) await once(out, 'drain');
        batch = [];
      }
    }
    out.end(batch.length > 0 ? `${batch.join('\n')}\n` : '');
    await once(out, 'finish');
    renameSync(partial, file);
  }
  const output = execFileSync(process.execPath, ['--import', 'tsx', new URL(import.meta.url).pathname, `--child=${file}`], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const child = JSON.parse(output) as {
    summary: { records: number; lines: number; invalid: number };
    ms: number;
    rssAtStart: number;
    peakRss: number;
    groups: unknown[];
  };
  // The same records straight from the generator: the file must give the same tally.
  const direct = createTallier(OPTIONS);
  direct.addMany(isoRecords(recordStream(count)));
  const same = JSON.stringify(direct.result().groups) === JSON.stringify(child.groups);
  if (!same) throw new Error('the streamed tally differs from the direct tally');
  const mb = (bytes: number) => (bytes / 1_048_576).toFixed(0);
  console.log(
    [
      `\`createTallier\` + \`feedNdjson\` over \`fs.createReadStream\` (1 MiB chunks) of ${count.toLocaleString('en')} records in a ${mb(statSync(file).size)} MB NDJSON file (ISO times), in a fresh \`node --import tsx\` process with default heap settings; tallied for 2019-01…2019-12 by period × department × category (${child.groups.length} groups).`,
      '',
      '| records | lines | time | M rec/s | RSS at start | peak RSS | target < 300 MB |',
      '|---:|---:|---:|---:|---:|---:|---|',
      `| ${child.summary.records.toLocaleString('en')} | ${child.summary.lines.toLocaleString('en')} | ${(child.ms / 1000).toFixed(1)} s | ${(child.summary.records / child.ms / 1000).toFixed(2)} | ${mb(child.rssAtStart)} MB | ${mb(child.peakRss)} MB | ${child.peakRss < 300 * 1_048_576 ? '**met**' : '**missed**'} |`,
      '',
      'The tally equals the one computed from the generator directly (checked). Peak RSS is `process.resourceUsage().maxRSS` of the measuring process; it includes Node itself and the TypeScript loader (the "RSS at start" column).',
    ].join('\n'),
  );
}
