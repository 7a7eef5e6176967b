/**
 * One run of the built command for bench/files.ts, in a plain Node process:
 * the command as a user runs it (the TypeScript loader that runs the bench's
 * other children makes the command's loops about a fifth slower).
 *
 *   node bench/commandChild.js --file=PATH --jobs=N [--classic]
 *
 * Prints { ms, cpuMs, peakRss, groups } as the bench's children do: the time
 * and CPU time (all threads) of the command's call, the process's peak RSS,
 * and the tallies by street office.
 */
import { processIo } from '../dist/cli/CliIo.js';
import { runCli } from '../dist/cli/runCli.js';

const argument = (name) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const file = argument('file');
const jobs = argument('jobs');
if (process.argv.includes('--classic')) process.env['ZWFW_STATS_READER'] = 'classic';
let output = '';
let errors = '';
const io = { ...processIo(), stdout: (text) => void (output += text), stderr: (text) => void (errors += text), stderrIsTty: false };
const args = ['tally', file, '--period', '2019-06', '--by', 'streetOffice', '--format', 'json', ...(jobs === undefined ? [] : ['--jobs', jobs])];
const started = performance.now();
const cpuBefore = process.cpuUsage();
const status = await runCli(args, io);
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
if (status !== 0) throw new Error(`the command failed: ${errors}`);
const groups = {};
for (const { key, tally } of JSON.parse(output).groups) {
  groups[key.streetOffice ?? ''] = [tally.accepted, tally.completed, tally.completedOnTime, tally.due, tally.inProgress];
}
process.stdout.write(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, peakRss: process.resourceUsage().maxRSS * 1024, groups }));
process.exit(0);
