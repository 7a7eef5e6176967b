// tallyClaimedParts: threads that share the claims read every part once
// between them, each part as its own claim, and stop claiming once a part
// is unusual. Two callers on one thread stand for two threads here: each
// awaits between chunks, so they take turns as threads would.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type ClaimedPart, NEXT_PART, PARTS_STOPPED, tallyClaimedParts } from '../../../src/cli/read/tallyClaimedParts.js';
import { tallyCsvFile } from '../../../src/cli/read/tallyCsvFile.js';
import { createTallier } from '../../../src/tally/createTallier.js';
import type { CsvHeader } from '../../../src/tally/feedCsvBytes.js';

const directory = mkdtempSync(join(tmpdir(), 'zwfw-claims-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const HEADER = 'id,category,departmentId,streetOfficeId,acceptedAt,dueAt,completedAt';
const OPTIONS = { period: '2019-01', by: 'streetOffice', onInvalid: 'collect' } as const;

/** A file of `count` rows (row i in street office s(i mod 3)), its header as the reader found it, and cuts every `per` rows. */
async function file(name: string, count: number, per: number, change: (index: number, line: string) => string = (_, line) => line) {
  const lines = [HEADER];
  const cuts = [0];
  let at = HEADER.length + 1;
  for (let index = 0; index < count; index += 1) {
    if (index % per === 0) cuts.push(at);
    const line = change(index, `c${index},public_service,d0,s${index % 3},2019-01-03T09:00:00+08:00,2019-01-20T17:00:00+08:00,2019-01-08T10:00:00+08:00`);
    lines.push(line);
    at += Buffer.byteLength(line) + 1;
  }
  cuts.push(at);
  const path = join(directory, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  let header: CsvHeader | undefined;
  await tallyCsvFile(createTallier(OPTIONS), path, createReadStream(path, { end: (cuts[1] as number) - 1 }), 'auto', {
    headers: {},
    skipRows: 0,
    onBytes: () => {},
    onHeader: (found) => void (header = found),
  });
  // Part 0 (the header) is the first thread's: the claims start at part 1.
  const claims = new Int32Array(new SharedArrayBuffer(8));
  claims[NEXT_PART] = 1;
  return { path, cuts, claims, task: { input: 'csv', file: path, encoding: 'utf-8', options: OPTIONS, header: header as CsvHeader } as const };
}

describe('tallyClaimedParts', () => {
  it('reads every part once between the threads that share the claims', async () => {
    // 50 rows in parts of 5: part 0 is the header alone, parts 1 … 10 hold 5 rows each
    const { cuts, claims, task } = await file('all.csv', 50, 5);
    const read: [string, ClaimedPart][] = [];
    await Promise.all(['a', 'b'].map((thread) => tallyClaimedParts(claims, cuts, task, (part) => void read.push([thread, part]))));
    expect(read.map(([, part]) => part.index).sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // both threads read some
    expect(new Set(read.map(([thread]) => thread))).toEqual(new Set(['a', 'b']));
    for (const [, { result }] of read) expect(result).toMatchObject({ records: 5, lineEnds: 5, lastLine: 5 });
    expect(Atomics.load(claims, PARTS_STOPPED)).toBe(0);
  });

  it('stops claiming once a part is unusual', async () => {
    // row 7 (in part 2) has an unknown category: part 2 is unusual, and no part after it is claimed by either thread
    const { cuts, claims, task } = await file('unusual.csv', 50, 5, (index, line) => (index === 7 ? line.replace('public_service', 'x') : line));
    const read: ClaimedPart[] = [];
    await Promise.all(['a', 'b'].map(() => tallyClaimedParts(claims, cuts, task, (part) => void read.push(part))));
    expect(Atomics.load(claims, PARTS_STOPPED)).toBe(1);
    // row 7 is the third line of part 2 (rows 5 … 9)
    expect(read.find((part) => part.index === 2)?.result).toEqual({ unusual: 'a row to read as text in a part of the file', line: 3 });
    // no part was claimed after part 2 was found unusual, and the parts after it were never all read
    const unusual = read.find((part) => part.index === 2) as ClaimedPart;
    for (const part of read) expect(part.began).toBeLessThanOrEqual(unusual.ended);
    expect(read.length).toBeLessThan(10);
  });
});
