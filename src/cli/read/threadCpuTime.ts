import { readFileSync } from 'node:fs';

/**
 * The CPU time (user + system) of the calling thread so far, in
 * milliseconds, from /proc/thread-self/stat (Linux; 10 ms steps), for the
 * timeline of ZWFW_STATS_TRACE=parts; `undefined` where it cannot be read.
 * Node 20 has no per-thread CPU clock (process.cpuUsage counts every thread).
 */
export function threadCpuTime(): number | undefined {
  try {
    // The fields after the command name, which is in parentheses and may hold spaces: utime and stime are the 12th and 13th.
    const stat = readFileSync('/proc/thread-self/stat', 'latin1');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}
