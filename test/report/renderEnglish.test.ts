// The English report, branch by branch: each test changes one part of the
// seed (test/report/seedReport.ts) and checks the whole sentence or paragraph.
import { describe, expect, it } from 'vitest';
import { type MonthlyReport, renderReport } from '../../src/index.js';
import { centreOnly, doctor, renderedParts } from './reportVariants.js';

const { centreParagraph, streetParagraph, operations } = renderedParts('en');

// The seed's opening, worded as in the seed test; the rest follows on.
const CENTRE = 'In January 2019, the windows of the Wuhua District Government Service Centre accepted 35,300 cases of all kinds and completed 35,133';
// 35133 / 35300 = 99.526…% → 99.53%
const RATE = 'The completion rate was 99.53%.';
const HONGYUN = 'the Hongyun Subdistrict Service Centre (3,410 accepted, 3,410 completed)';
const PUJI = 'the Puji Subdistrict Service Centre (2,938 accepted, 2,938 completed)';
const DAGUAN = 'the Daguan Subdistrict Service Centre (2,752 accepted, 2,752 completed)';
const STREETS = 'The street office service centres of Wuhua District accepted 22,256 cases this month and completed 22,256, a completion rate of 100%.';
const PROJECTS = 'submitted in Wuhua District through the provincial investment project approval system';

describe('renderReport in English: the centre', () => {
  it('writes only the centre’s counts and completion rate when the data has nothing else', () => {
    expect(renderReport(centreOnly(), { locale: 'en' })).toBe(`I. Overview\n\n(1) Cases\n\n${CENTRE}. ${RATE}\n`);
  });

  it.each([
    ['01', 'January'],
    ['02', 'February'],
    ['03', 'March'],
    ['04', 'April'],
    ['05', 'May'],
    ['06', 'June'],
    ['07', 'July'],
    ['08', 'August'],
    ['09', 'September'],
    ['10', 'October'],
    ['11', 'November'],
    ['12', 'December'],
  ])('names month %s as %s', (month, name) => {
    const report = centreOnly((r) => {
      r.period = `2020-${month}` as MonthlyReport['period'];
    });
    expect(centreParagraph(report)).toBe(
      `In ${name} 2020, the windows of the Wuhua District Government Service Centre accepted 35,300 cases of all kinds and completed 35,133. ${RATE}`,
    );
  });

  it('says "1 case" for one case accepted', () => {
    const report = centreOnly((r) => {
      r.centre.tally = { accepted: 1, completed: 1 };
    });
    expect(centreParagraph(report)).toBe(
      'In January 2019, the windows of the Wuhua District Government Service Centre accepted 1 case of all kinds and completed 1. The completion rate was 100%.',
    );
  });

  it('falls back on the Chinese name when there is no English one, without "the"', () => {
    const report = centreOnly((r) => {
      delete r.englishNames;
      r.centre.tally = { accepted: 2, completed: 1 };
    });
    expect(centreParagraph(report)).toBe(
      'In January 2019, the windows of 五华区人民政府政务服务中心 accepted 2 cases of all kinds and completed 1. The completion rate was 50%.',
    );
  });

  it('gives the on-time rate beside the completion rate', () => {
    // 35000 / 35133 = 99.621…% → 99.62%
    const report = centreOnly((r) => {
      r.centre.tally.completedOnTime = 35000;
    });
    expect(centreParagraph(report)).toBe(
      `${CENTRE}. The completion rate was 99.53%, and 99.62% of completed cases were finished on time.`,
    );
  });

  it('gives the change on the month before', () => {
    // 35300 / 28000 − 1 = 26.071…% → 26.07%
    const report = centreOnly((r) => {
      r.centre.previousMonth = { accepted: 28000 };
    });
    expect(centreParagraph(report)).toBe(`${CENTRE}. ${RATE} The number of cases accepted was up 26.07% month on month.`);
  });

  it('gives the change on the year before, then on the month before', () => {
    const report = doctor((r) => {
      r.centre.previousMonth = { accepted: 35300 };
    });
    expect(centreParagraph(report)).toBe(
      `${CENTRE}, leaving 167 in progress. The completion rate was 99.53%, and 100% of completed cases were finished on time. ` +
        'The number of cases accepted was up 26.32% year on year. The number of cases accepted was unchanged month on month. ' +
        'Of the cases in progress, 164 were with the District Health and Family Planning Bureau and 3 with the District Agriculture and Forestry Bureau. ' +
        'Of the cases accepted, 20,564 were administrative licensing matters and 14,736 public services (every matter other than administrative licensing).',
    );
  });

  it('says that no change can be given on a month with no cases', () => {
    const report = centreOnly((r) => {
      r.centre.previousMonth = { accepted: 0 };
    });
    expect(centreParagraph(report)).toBe(`${CENTRE}. ${RATE} There were no cases in the previous month, so no change can be given.`);
  });

  it('quotes a published change it cannot word, as published', () => {
    const report = centreOnly((r) => {
      r.centre.published = { acceptedYoy: '同比略有增长' };
    });
    expect(centreParagraph(report)).toBe(`${CENTRE}. ${RATE} The number of cases accepted changed as published: “同比略有增长”.`);
  });

  it('quotes a published change as a whole even when "up" stands inside it', () => {
    const report = centreOnly((r) => {
      r.centre.published = { acceptedMom: '环比 up 3%' };
    });
    expect(centreParagraph(report)).toBe(`${CENTRE}. ${RATE} The number of cases accepted changed as published: “环比 up 3%”.`);
  });

  it('says "was" for one department’s single case in progress', () => {
    const report = centreOnly((r) => {
      r.centre.tally.inProgress = 1;
      r.centre.inProgressByDepartment = [{ department: { id: 'health', name: '区卫计局' }, inProgress: 1 }];
    });
    expect(centreParagraph(report)).toBe(
      `${CENTRE}, leaving 1 in progress. ${RATE} Of the cases in progress, 1 was with the District Health and Family Planning Bureau.`,
    );
  });

  it('leaves out the breakdowns when their lists are empty', () => {
    const report = centreOnly((r) => {
      r.centre.inProgressByDepartment = [];
      r.centre.byCategory = [];
    });
    expect(centreParagraph(report)).toBe(`${CENTRE}. ${RATE}`);
  });

  it('words one case of a category in the singular', () => {
    const report = centreOnly((r) => {
      r.centre.byCategory = [
        { category: 'administrative_licensing', accepted: 1 },
        { category: 'public_service', accepted: 1 },
      ];
    });
    expect(centreParagraph(report)).toBe(
      `${CENTRE}. ${RATE} Of the cases accepted, 1 was an administrative licensing matter and 1 public service (every matter other than administrative licensing).`,
    );
  });

  it('words the categories in the order given, singular or plural each', () => {
    const report = centreOnly((r) => {
      r.centre.byCategory = [
        { category: 'public_service', accepted: 1 },
        { category: 'administrative_licensing', accepted: 35299 },
      ];
    });
    expect(centreParagraph(report)).toBe(
      `${CENTRE}. ${RATE} Of the cases accepted, 1 was a public service (every matter other than administrative licensing) and 35,299 administrative licensing matters.`,
    );
  });

  it('words a single category with "were" for many cases', () => {
    const report = centreOnly((r) => {
      r.centre.byCategory = [{ category: 'public_service', accepted: 35300 }];
    });
    expect(centreParagraph(report)).toBe(
      `${CENTRE}. ${RATE} Of the cases accepted, 35,300 were public services (every matter other than administrative licensing).`,
    );
  });
});

describe('renderReport in English: the street offices', () => {
  it('leaves out the district when the data has none, here and in the investment item', () => {
    const report = doctor((r) => {
      delete r.district;
    });
    expect(streetParagraph(report)).toBe(
      'The street office service centres accepted 22,256 cases this month and completed 22,256, a completion rate of 100%. ' +
        `The number of cases they accepted was down 10.16% year on year. The three busiest by cases accepted were ${HONGYUN}, ${PUJI} and ${DAGUAN}.`,
    );
    expect(operations(report)[0]).toBe(
      '1. This month, 13 projects were submitted through the provincial investment project approval system: 10 for approval and 3 for filing. They covered 17 items, with an on-time rate of 100%. Their estimated total investment was RMB 20 million.',
    );
  });

  it('leaves out the change when there is no base, and the offices when none is listed', () => {
    const report = doctor((r) => {
      delete r.streetOffices!.previousYear;
      delete r.streetOffices!.published;
      r.streetOffices!.offices = [];
    });
    expect(streetParagraph(report)).toBe(STREETS);
  });

  it('lists every office "by office" when all are listed', () => {
    const report = doctor((r) => {
      r.streetOffices!.listed = 'all';
    });
    expect(streetParagraph(report)).toBe(
      `${STREETS} The number of cases they accepted was down 10.16% year on year. By office: ${HONGYUN}, ${PUJI} and ${DAGUAN}.`,
    );
  });

  it('lists one office alone, "all" or the busiest', () => {
    const all = doctor((r) => {
      r.streetOffices!.listed = 'all';
      r.streetOffices!.offices.splice(1);
    });
    expect(streetParagraph(all)).toBe(`${STREETS} The number of cases they accepted was down 10.16% year on year. By office: ${HONGYUN}.`);
    const top = doctor((r) => {
      r.streetOffices!.offices.splice(1);
    });
    expect(streetParagraph(top)).toBe(
      `${STREETS} The number of cases they accepted was down 10.16% year on year. The busiest by cases accepted was ${HONGYUN}.`,
    );
  });

  it.each([
    [2, 'The two busiest by cases accepted were'],
    [3, 'The three busiest by cases accepted were'],
    [4, 'The four busiest by cases accepted were'],
    [5, 'The five busiest by cases accepted were'],
    [6, 'The six busiest by cases accepted were'],
    [7, 'The seven busiest by cases accepted were'],
    [8, 'The eight busiest by cases accepted were'],
    [9, 'The nine busiest by cases accepted were'],
    [10, 'The ten busiest by cases accepted were'],
    [11, 'The 11 busiest by cases accepted were'],
    [12, 'The 12 busiest by cases accepted were'],
  ])('words a list of the %i busiest offices as "%s"', (size, lead) => {
    // offices 1..size, office k with 100 − k cases accepted and completed
    const report = doctor((r) => {
      delete r.streetOffices!.previousYear;
      delete r.streetOffices!.published;
      r.streetOffices!.offices = Array.from({ length: size }, (_, index) => ({
        office: { id: `s${index + 1}`, name: `街道${index + 1}` },
        tally: { accepted: 99 - index, completed: 99 - index },
      }));
      for (let k = 1; k <= size; k++) r.englishNames![`街道${k}`] = `Street ${k} Centre`;
    });
    const listed = Array.from({ length: size }, (_, index) => `the Street ${index + 1} Centre (${99 - index} accepted, ${99 - index} completed)`);
    expect(streetParagraph(report)).toBe(`${STREETS} ${lead} ${listed.slice(0, -1).join(', ')} and ${listed.at(-1)}.`);
  });
});

describe('renderReport in English: investment projects', () => {
  it('says "1 project was" for a single project, with its one kind', () => {
    const report = doctor((r) => {
      r.investment!.projects = { approval: 1, verification: 0, filing: 0 };
    });
    expect(operations(report)[0]).toBe(
      `1. This month, 1 project was ${PROJECTS}: 1 for approval. They covered 17 items, with an on-time rate of 100%. Their estimated total investment was RMB 20 million.`,
    );
  });

  it('lists the three kinds when each has projects', () => {
    const report = doctor((r) => {
      r.investment!.projects = { approval: 2, verification: 1, filing: 3 };
    });
    expect(operations(report)[0]).toBe(
      `1. This month, 6 projects were ${PROJECTS}: 2 for approval, 1 for verification and 3 for filing. They covered 17 items, with an on-time rate of 100%. Their estimated total investment was RMB 20 million.`,
    );
  });

  it('says "no projects" and lists no kind when there are none', () => {
    const report = doctor((r) => {
      r.investment = { projects: { approval: 0, verification: 0, filing: 0 }, items: 0 };
    });
    expect(operations(report)[0]).toBe(`1. This month, no projects were ${PROJECTS}. They covered no items.`);
  });

  it('says "1 item" for a single item', () => {
    const report = doctor((r) => {
      r.investment = { projects: { approval: 1, verification: 0, filing: 0 }, items: 1, itemsOnTime: 1 };
    });
    expect(operations(report)[0]).toBe(`1. This month, 1 project was ${PROJECTS}: 1 for approval. They covered 1 item, with an on-time rate of 100%.`);
  });

  it('works the on-time rate out from the items, before the published one', () => {
    // 16 / 17 = 94.117…% → 94.12%, though the file says 100%
    const report = doctor((r) => {
      r.investment!.itemsOnTime = 16;
      delete r.investment!.estimatedInvestmentYuan;
      delete r.investment!.published!.estimatedInvestment;
    });
    expect(operations(report)[0]).toBe(
      `1. This month, 13 projects were ${PROJECTS}: 10 for approval and 3 for filing. They covered 17 items, with an on-time rate of 94.12%.`,
    );
  });

  it('prints the published on-time rate when the items on time are not given, and none when neither is', () => {
    const published = doctor((r) => {
      delete r.investment!.itemsOnTime;
      delete r.investment!.estimatedInvestmentYuan;
      r.investment!.published = { onTimeRate: '99%' };
    });
    expect(operations(published)[0]).toBe(
      `1. This month, 13 projects were ${PROJECTS}: 10 for approval and 3 for filing. They covered 17 items, with an on-time rate of 99%.`,
    );
    const neither = doctor((r) => {
      delete r.investment!.itemsOnTime;
      delete r.investment!.estimatedInvestmentYuan;
      delete r.investment!.published;
    });
    expect(operations(neither)[0]).toBe(
      `1. This month, 13 projects were ${PROJECTS}: 10 for approval and 3 for filing. They covered 17 items.`,
    );
  });

  it.each([
    // 123450000 yuan = 1.2345亿元 → 1.2亿元 = 120 million
    [123_450_000, 'RMB 120 million'],
    // 1234560000 yuan = 12.3456亿元 → 12.3亿元 = 1,230 million
    [1_234_560_000, 'RMB 1,230 million'],
  ])('gives an estimated investment of %i yuan as %s, to the nearest ten million', (yuan, text) => {
    const report = doctor((r) => {
      r.investment!.estimatedInvestmentYuan = yuan;
    });
    expect(operations(report)[0]).toBe(
      `1. This month, 13 projects were ${PROJECTS}: 10 for approval and 3 for filing. They covered 17 items, with an on-time rate of 100%. Their estimated total investment was ${text}.`,
    );
  });

  it.each([
    ['0.2亿元', 'RMB 20 million'],
    ['3亿元', 'RMB 300 million'],
    ['1.234亿元', 'RMB 123.4 million'],
    ['12.3亿元', 'RMB 1,230 million'],
    ['0.001亿元', 'RMB 0.1 million'],
    // leading zeros go
    ['007.50亿元', 'RMB 750 million'],
    // exact at any length: 12345678901234567890 × 100, not 1,234,567,890,123,456,800,000 (a float's digits)
    ['12345678901234567890亿元', 'RMB 1,234,567,890,123,456,789,000 million'],
    // 10^400 亿元 is 10^402 million: a 1 and 134 groups of three zeros, not ∞
    [`1${'0'.repeat(400)}亿元`, `RMB 1${',000'.repeat(134)} million`],
  ])('gives the published estimated investment %s in English as %s when the yuan are not given', (published, text) => {
    const report = doctor((r) => {
      delete r.investment!.estimatedInvestmentYuan;
      r.investment!.published = { estimatedInvestment: published };
    });
    expect(operations(report)[0]).toBe(
      `1. This month, 13 projects were ${PROJECTS}: 10 for approval and 3 for filing. They covered 17 items, with an on-time rate of 100%. Their estimated total investment was ${text}.`,
    );
  });

  it('gives the published estimated investment where the yuan range leaves it open, else the range', () => {
    // 10000000 → 0.1亿元, 24999999 → 0.2亿元: the ends print differently
    const published = doctor((r) => {
      r.investment!.estimatedInvestmentYuan = { inferred: { min: 10_000_000, max: 24_999_999, from: '投资概算合计0.2亿元' } };
    });
    expect(operations(published)[0]).toBe(
      `1. This month, 13 projects were ${PROJECTS}: 10 for approval and 3 for filing. They covered 17 items, with an on-time rate of 100%. Their estimated total investment was RMB 20 million.`,
    );
    const open = doctor((r) => {
      r.investment!.estimatedInvestmentYuan = { inferred: { min: 10_000_000, max: 24_999_999, from: '投资概算合计0.2亿元' } };
      delete r.investment!.published;
    });
    expect(operations(open)[0]).toBe(
      `1. This month, 13 projects were ${PROJECTS}: 10 for approval and 3 for filing. They covered 17 items, with an on-time rate of 100%. Their estimated total investment was RMB 10–20 million.`,
    );
  });
});

describe('renderReport in English: cards and letters', () => {
  it('names red cards when there are only red cards', () => {
    const report = doctor((r) => {
      r.supervision = { yellowCards: 0, redCards: 2 };
    });
    expect(operations(report)[1]).toBe('2. This month, the centre and the street offices received no yellow cards and 2 red cards.');
  });

  it('says "1 yellow card and 1 red card" for one of each', () => {
    const report = doctor((r) => {
      r.supervision = { yellowCards: 1, redCards: 1 };
    });
    expect(operations(report)[1]).toBe('2. This month, the centre and the street offices received 1 yellow card and 1 red card.');
  });

  it('says "staff of the centre" when the letters name no recipient', () => {
    const report = doctor((r) => {
      r.commendations = { letters: 2 };
    });
    expect(operations(report)[2]).toBe('3. This month, staff of the centre received 2 letters of commendation.');
  });

  it('says "no letters" when there are none', () => {
    const report = doctor((r) => {
      r.commendations = { letters: 0 };
    });
    expect(operations(report)[2]).toBe('3. This month, staff of the centre received no letters of commendation.');
  });

  it.each([
    [{ inferred: { min: 1, max: 1, from: '表扬信1封' } }, '1 letter'],
    [{ inferred: { min: 1, max: 3, from: '表扬信若干' } }, '1–3 letters'],
    [{ inferred: { min: 0, max: 1, from: '表扬信若干' } }, '0–1 letters'],
  ])('words an inferred count %j as "%s"', (letters, text) => {
    const report = doctor((r) => {
      r.commendations!.letters = letters;
    });
    expect(operations(report)[2]).toBe(
      `3. This month, staff at the human resources and social security window received ${text} of commendation.`,
    );
  });

  it('numbers the items from 1 whichever are given, and leaves out the heading when none is', () => {
    const letters = centreOnly((r) => {
      r.commendations = { letters: 2 };
    });
    expect(renderReport(letters, { locale: 'en' })).toBe(
      `I. Overview\n\n(1) Cases\n\n${CENTRE}. ${RATE}\n\n(2) Operations\n\n1. This month, staff of the centre received 2 letters of commendation.\n`,
    );
  });
});
