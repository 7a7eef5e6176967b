#!/usr/bin/env node
// The zwfw-stats command. For now it prints the figures of a monthly report's
// section 一 computed from its data file; `zwfw-stats report FILE.json`.
import { readFileSync } from 'node:fs';
import { completionRate, formatChange, formatPercent, onTimeRate, yoyChange } from '../index.js';

type Count = number | { inferred: { min: number; max: number; from: string } };

function ends(count: Count): [number, number] {
  return typeof count === 'number' ? [count, count] : [count.inferred.min, count.inferred.max];
}

/** Prints a figure computed at both ends of an inferred range, or the range's own text when the ends differ. */
function sameAtBothEnds(count: Count, print: (value: number) => string): string {
  const [low, high] = ends(count);
  const a = print(low);
  return a === print(high) ? a : typeof count === 'number' ? a : count.inferred.from;
}

function main(argv: string[]): number {
  const [command, file] = argv;
  if (command !== 'report' || file === undefined) {
    process.stderr.write('usage: zwfw-stats report FILE.json\n');
    return 2;
  }
  let report;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    process.stderr.write(`zwfw-stats: cannot read ${file}: ${(error as Error).message}\n`);
    return 2;
  }
  const { centre, streetOffices: streets } = report;
  const percent = { trimZeros: true } as const;
  const lines = [
    `${report.period} ${centre.name}`,
    `受理 ${centre.tally.accepted} 件, 办结 ${centre.tally.completed} 件, 在办 ${centre.tally.inProgress} 件`,
    `办结率 ${formatPercent(completionRate(centre.tally))}`,
    `按时办结率 ${sameAtBothEnds(centre.tally.completedOnTime, (value) =>
      formatPercent(onTimeRate({ completed: centre.tally.completed, completedOnTime: value }), percent),
    )}`,
    `接件总数${sameAtBothEnds(centre.previousYear.accepted, (value) => formatChange(yoyChange(centre.tally.accepted, value)))}`,
    `街道: 受理 ${streets.tally.accepted} 件, 办结 ${streets.tally.completed} 件, 办结率 ${formatPercent(completionRate(streets.tally), percent)}`,
    `街道接件总数${sameAtBothEnds(streets.previousYear.accepted, (value) => formatChange(yoyChange(streets.tally.accepted, value)))}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
