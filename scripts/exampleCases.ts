// 400 GENERATED case records (not real data) for the tally command's
// examples, from a fixed seed so that they are the same on every run.
// `npm run examples` writes them to examples/cases-2019-01.csv and .ndjson;
// a test checks that the committed files equal a fresh generation.

import { seededRandom } from './seededRandom.js';

const { random, pick, reset } = seededRandom(20190131);

const OFFICES = ['hongyun', 'puji', 'daguan', 'huashan', 'huguo', 'longxiang', 'fengning', 'lianhua', 'heilinpu', 'xizhu'];
// Skewed so that the busiest offices stand out: weights per office.
const WEIGHTS = [9, 8, 7, 5, 5, 4, 3, 3, 2, 1];
const DEPARTMENTS = ['health', 'agriculture-forestry', 'hrss', 'market-regulation', 'civil-affairs'];
const ITEM_TYPES = ['01', '01', '01', '07', '20', '20', '20', '05'];
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const CST = 8 * HOUR;

function weightedOffice(): string | null {
  if (random() < 0.1) return null; // handled at the district centre, no street office
  const total = WEIGHTS.reduce((sum, weight) => sum + weight, 0);
  let draw = random() * total;
  for (let index = 0; index < OFFICES.length; index += 1) {
    draw -= WEIGHTS[index] as number;
    if (draw < 0) return OFFICES[index] as string;
  }
  return OFFICES[0] as string;
}

/** An instant written in China Standard Time, as office software exports it. */
function cst(ms: number): string {
  return `${new Date(ms + CST).toISOString().slice(0, 19)}+08:00`;
}

const start = Date.UTC(2018, 11, 20) - CST; // 2018-12-20 00:00 CST
const end = Date.UTC(2019, 1, 1) - CST; // 2019-02-01 00:00 CST

/**
 * 400 generated case records of December 2018 and January 2019, as the CSV
 * (with the Chinese headers of an office export) and the NDJSON (with the
 * record field names) that examples/ holds. Deterministic: a fixed seed.
 */
export function exampleCases(): { csv: string; ndjson: string } {
  reset();
  const records = [];
  for (let index = 1; index <= 400; index += 1) {
    // office hours, 09:00–17:00 CST, on a day from 2018-12-20 to 2019-01-31
    const acceptedAt = start + Math.floor((random() * (end - start)) / DAY) * DAY + 9 * HOUR + Math.floor(random() * 480) * 60_000;
    const onTheSpot = random() < 0.25; // 即办件: no deadline
    const dueAt = onTheSpot ? null : acceptedAt + (5 + Math.floor(random() * 16)) * DAY;
    const open = random() < 0.08;
    const late = !onTheSpot && random() < 0.05;
    const completedAt = open
      ? null
      : onTheSpot
        ? acceptedAt + Math.floor(random() * 60) * 60_000
        : late
          ? (dueAt as number) + (1 + Math.floor(random() * 5)) * DAY
          : acceptedAt + Math.floor(random() * ((dueAt as number) - acceptedAt));
    records.push({
      id: `WH2019${String(index).padStart(5, '0')}`,
      itemTypeCode: pick(ITEM_TYPES),
      departmentId: pick(DEPARTMENTS),
      streetOfficeId: weightedOffice(),
      acceptedAt: cst(acceptedAt),
      dueAt: dueAt === null ? null : cst(dueAt),
      completedAt: completedAt === null ? null : cst(completedAt),
    });
  }
  const csv = [
    '办件编号,事项类型,部门,街道,受理时间,承诺办结时间,办结时间',
    ...records.map((r) => [r.id, r.itemTypeCode, r.departmentId, r.streetOfficeId ?? '', r.acceptedAt, r.dueAt ?? '', r.completedAt ?? ''].join(',')),
  ];
  const ndjson = records.map((r) =>
    JSON.stringify({ ...r, category: r.itemTypeCode === '01' ? 'administrative_licensing' : 'public_service' }),
  );
  return { csv: `${csv.join('\n')}\n`, ndjson: `${ndjson.join('\n')}\n` };
}
