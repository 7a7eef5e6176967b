// The Chinese report, branch by branch: each test changes one part of the
// seed (test/report/seedReport.ts) and checks the whole sentence or paragraph.
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/index.js';
import { centreOnly, doctor, renderedParts } from './reportVariants.js';

const { centreParagraph, streetParagraph, operations } = renderedParts('zh-CN');

// The seed's wording of the centre's counts, as far as 办结率 (35133 / 35300 = 99.526…% → 99.53%).
const CENTRE = '2019年1月,五华区人民政府政务服务中心各窗口共受理各类事项35300件,办结35133件';
// The seed's top three street offices.
const TOP = '红云街道为民服务中心3410件,办结3410件;普吉街道为民服务中心2938件,办结2938件;大观街道为民服务中心2752件,办结2752件';
const STREETS = '本月,五华区各街道办事处为民服务中心共受理各类事项22256件,办结22256件,办结率为100%';
const SYSTEM = '通过全省投资项目审批系统申报项目总数';

describe('renderReport in Chinese: the centre', () => {
  it('writes only the centre’s counts and 办结率 when the data has nothing else', () => {
    expect(renderReport(centreOnly())).toBe(`一、基本情况\n\n(一)办件情况\n\n${CENTRE},办结率99.53%。\n`);
  });

  it('writes no table in Markdown for empty breakdowns, only the units’ table', () => {
    const report = centreOnly((r) => {
      r.centre.byCategory = [];
      r.centre.inProgressByDepartment = [];
    });
    expect(renderReport(report, { format: 'markdown' })).toBe(
      `## 一、基本情况\n\n### (一)办件情况\n\n${CENTRE},办结率99.53%。\n\n` +
        '| 单位 | 受理 | 办结 | 在办 | 办结率 | 按时办结率 | 接件总数同比 |\n' +
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n' +
        '| 五华区人民政府政务服务中心 | 35300 | 35133 | — | 99.53% | — | — |\n',
    );
  });

  it('gives the 环比 change', () => {
    // 35300 / 28000 − 1 = 26.071…% → 26.07%
    const report = centreOnly((r) => {
      r.centre.previousMonth = { accepted: 28000 };
    });
    expect(centreParagraph(report)).toBe(`${CENTRE},办结率99.53%,接件总数环比增长26.07%。`);
  });

  it('gives the 同比 change, then the 环比 one', () => {
    const report = doctor((r) => {
      r.centre.previousMonth = { accepted: 35300 };
    });
    expect(centreParagraph(report)).toBe(
      `${CENTRE},在办事项167件,办结率99.53%,按时办结率为100%,接件总数同比增长26.32%,接件总数与上月持平;` +
        '在办事项中,区卫计局164件,区农林局3件;在所受理的各类事项中,行政许可事项20564件,公共服务事项(除行政许可事项以外的其他全部事项)14736件。',
    );
  });

  it('prints a published 环比 text as published', () => {
    const report = centreOnly((r) => {
      r.centre.published = { acceptedMom: '环比下降3.5%' };
    });
    expect(centreParagraph(report)).toBe(`${CENTRE},办结率99.53%,接件总数环比下降3.5%。`);
  });

  it('leaves out the breakdowns when their lists are empty', () => {
    const report = centreOnly((r) => {
      r.centre.inProgressByDepartment = [];
      r.centre.byCategory = [];
    });
    expect(centreParagraph(report)).toBe(`${CENTRE},办结率99.53%。`);
  });
});

describe('renderReport in Chinese: the street offices', () => {
  it('leaves out the district when the data has none, here and in the investment item', () => {
    const report = doctor((r) => {
      delete r.district;
    });
    expect(streetParagraph(report)).toBe(
      `本月,各街道办事处为民服务中心共受理各类事项22256件,办结22256件,办结率为100%,接件总数同比下降10.16%;受理业务量前三名的是:${TOP}。`,
    );
    expect(operations(report)[0]).toBe(
      `1.本月,${SYSTEM}13个,其中审批类项目10个,备案类项目3个,事项合计17件,按时办结率为100%,投资概算合计0.2亿元。`,
    );
  });

  it('gives the offices’ 在办, 按时办结率 and 环比 when the data has them', () => {
    // 22000 / 22256 = 98.849…% → 98.85%; 22256 / 20000 − 1 = 11.28%
    const report = doctor((r) => {
      r.streetOffices!.tally.inProgress = 0;
      r.streetOffices!.tally.completedOnTime = 22000;
      r.streetOffices!.previousMonth = { accepted: 20000 };
    });
    expect(streetParagraph(report)).toBe(
      '本月,五华区各街道办事处为民服务中心共受理各类事项22256件,办结22256件,在办事项0件,办结率为100%,按时办结率为98.85%,' +
        `接件总数同比下降10.16%,接件总数环比增长11.28%;受理业务量前三名的是:${TOP}。`,
    );
  });

  it('prints the offices’ published 按时办结率 and 环比 when the counts do not give them', () => {
    const report = doctor((r) => {
      r.streetOffices!.published = { acceptedYoy: '同比下降10.16%', onTimeRate: '99.9%', acceptedMom: '环比增长1%' };
    });
    expect(streetParagraph(report)).toBe(
      `${STREETS},按时办结率为99.9%,接件总数同比下降10.16%,接件总数环比增长1%;受理业务量前三名的是:${TOP}。`,
    );
  });

  it('leaves out the change when there is no base, and the offices when none is listed', () => {
    const report = doctor((r) => {
      delete r.streetOffices!.previousYear;
      delete r.streetOffices!.published;
      r.streetOffices!.offices = [];
    });
    expect(streetParagraph(report)).toBe(`${STREETS}。`);
  });

  it('lists every office under 各街道受理情况是 when all are listed', () => {
    const report = doctor((r) => {
      r.streetOffices!.listed = 'all';
    });
    expect(streetParagraph(report)).toBe(`${STREETS},接件总数同比下降10.16%;各街道受理情况是:${TOP}。`);
  });

  it('calls a single office listed the busiest, 受理业务量最多的是', () => {
    const report = doctor((r) => {
      r.streetOffices!.offices.splice(1);
    });
    expect(streetParagraph(report)).toBe(
      `${STREETS},接件总数同比下降10.16%;受理业务量最多的是:红云街道为民服务中心3410件,办结3410件。`,
    );
  });

  it.each([
    [2, '受理业务量前两名的是:'],
    [3, '受理业务量前三名的是:'],
    [4, '受理业务量前四名的是:'],
    [5, '受理业务量前五名的是:'],
    [6, '受理业务量前六名的是:'],
    [7, '受理业务量前七名的是:'],
    [8, '受理业务量前八名的是:'],
    [9, '受理业务量前九名的是:'],
    [10, '受理业务量前十名的是:'],
    [11, '受理业务量前11名的是:'],
    [12, '受理业务量前12名的是:'],
  ])('words a list of the %i busiest offices as %s', (size, lead) => {
    // offices 1..size, office k with 100 − k cases accepted and completed
    const report = doctor((r) => {
      delete r.streetOffices!.previousYear;
      delete r.streetOffices!.published;
      r.streetOffices!.offices = Array.from({ length: size }, (_, index) => ({
        office: { id: `s${index + 1}`, name: `街道${index + 1}` },
        tally: { accepted: 99 - index, completed: 99 - index },
      }));
    });
    const listed = Array.from({ length: size }, (_, index) => `街道${index + 1}${99 - index}件,办结${99 - index}件`);
    expect(streetParagraph(report)).toBe(`${STREETS};${lead}${listed.join(';')}。`);
  });
});

describe('renderReport in Chinese: investment projects', () => {
  it('lists the three kinds when each has projects', () => {
    const report = doctor((r) => {
      r.investment!.projects = { approval: 2, verification: 1, filing: 3 };
    });
    expect(operations(report)[0]).toBe(
      `1.本月,五华区${SYSTEM}6个,其中审批类项目2个,核准类项目1个,备案类项目3个,事项合计17件,按时办结率为100%,投资概算合计0.2亿元。`,
    );
  });

  it('lists no kind and no rate when there are no projects and no items', () => {
    const report = doctor((r) => {
      r.investment = { projects: { approval: 0, verification: 0, filing: 0 }, items: 0 };
    });
    expect(operations(report)[0]).toBe(`1.本月,五华区${SYSTEM}0个,事项合计0件。`);
  });

  it('works 按时办结率 out from the items, before the published one', () => {
    // 16 / 17 = 94.117…% → 94.12%, though the file says 100%
    const report = doctor((r) => {
      r.investment!.itemsOnTime = 16;
    });
    expect(operations(report)[0]).toBe(
      `1.本月,五华区${SYSTEM}13个,其中审批类项目10个,备案类项目3个,事项合计17件,按时办结率为94.12%,投资概算合计0.2亿元。`,
    );
  });

  it('prints the published 按时办结率 and 投资概算 when the counts are not given, and neither when the data has none', () => {
    const published = doctor((r) => {
      delete r.investment!.itemsOnTime;
      delete r.investment!.estimatedInvestmentYuan;
      r.investment!.published = { onTimeRate: '99%', estimatedInvestment: '3.5亿元' };
    });
    expect(operations(published)[0]).toBe(
      `1.本月,五华区${SYSTEM}13个,其中审批类项目10个,备案类项目3个,事项合计17件,按时办结率为99%,投资概算合计3.5亿元。`,
    );
    const neither = doctor((r) => {
      delete r.investment!.itemsOnTime;
      delete r.investment!.estimatedInvestmentYuan;
      delete r.investment!.published;
    });
    expect(operations(neither)[0]).toBe(`1.本月,五华区${SYSTEM}13个,其中审批类项目10个,备案类项目3个,事项合计17件。`);
  });

  it('works 投资概算 out from the yuan, before the published figure', () => {
    // 123450000 yuan = 1.2345亿元 → 1.2亿元, though the file says 0.2亿元
    const report = doctor((r) => {
      r.investment!.estimatedInvestmentYuan = 123_450_000;
    });
    expect(operations(report)[0]).toBe(
      `1.本月,五华区${SYSTEM}13个,其中审批类项目10个,备案类项目3个,事项合计17件,按时办结率为100%,投资概算合计1.2亿元。`,
    );
  });

  it('prints the published 投资概算 where the yuan range leaves it open, else the range', () => {
    // 10000000 → 0.1亿元, 24999999 → 0.2亿元: the ends print differently
    const range = { inferred: { min: 10_000_000, max: 24_999_999, from: '投资概算合计0.2亿元' } };
    const published = doctor((r) => {
      r.investment!.estimatedInvestmentYuan = range;
    });
    expect(operations(published)[0]).toBe(
      `1.本月,五华区${SYSTEM}13个,其中审批类项目10个,备案类项目3个,事项合计17件,按时办结率为100%,投资概算合计0.2亿元。`,
    );
    const open = doctor((r) => {
      r.investment!.estimatedInvestmentYuan = range;
      delete r.investment!.published;
    });
    expect(operations(open)[0]).toBe(
      `1.本月,五华区${SYSTEM}13个,其中审批类项目10个,备案类项目3个,事项合计17件,按时办结率为100%,投资概算合计0.1亿元–0.2亿元。`,
    );
  });
});

describe('renderReport in Chinese: cards and letters', () => {
  it('names red cards and says 未出现黄牌 when there are only red cards', () => {
    const report = doctor((r) => {
      r.supervision = { yellowCards: 0, redCards: 2 };
    });
    expect(operations(report)[1]).toBe('2.本月,中心及各街道办事处出现红牌2张,未出现黄牌。');
  });

  it('names both kinds of card with 、 when there are both', () => {
    const report = doctor((r) => {
      r.supervision = { yellowCards: 1, redCards: 3 };
    });
    expect(operations(report)[1]).toBe('2.本月,中心及各街道办事处出现黄牌1张、红牌3张。');
  });

  it('says 中心工作人员 when the letters name no recipient', () => {
    const report = doctor((r) => {
      r.commendations = { letters: 2 };
    });
    expect(operations(report)[2]).toBe('3.本月,中心工作人员收到书面表扬信2封。');
  });

  it('says 未收到书面表扬信 when there are none', () => {
    const report = doctor((r) => {
      r.commendations = { letters: 0, recipient: '人社综合服务窗口工作人员' };
    });
    expect(operations(report)[2]).toBe('3.本月,人社综合服务窗口工作人员未收到书面表扬信。');
  });

  it('numbers the items from 1 whichever are given, and leaves out the heading when none is', () => {
    const report = centreOnly((r) => {
      r.commendations = { letters: 0 };
    });
    expect(renderReport(report)).toBe(
      `一、基本情况\n\n(一)办件情况\n\n${CENTRE},办结率99.53%。\n\n(二)业务工作情况\n\n1.本月,中心工作人员未收到书面表扬信。\n`,
    );
  });
});

describe('renderReport in Chinese: time limits', () => {
  // The February 2019 figures of examples/export-2019-limits.csv: 75 / 107 = 70.09%, 26 / 107 = 24.299…% → 24.3%
  const limits = {
    immediate: 13, committed: 121, immediateCompleted: 10, committedCompleted: 107,
    completedEarly: 75, completedLate: 26, overdueInProgress: 17, workingDaysTaken: 484,
  };

  it('states 承诺件, 提前办结, 超期 and 即办件 after the 按时办结率, and names the calendar after the table', () => {
    const report = centreOnly((r) => {
      r.centre.timeLimits = limits;
      r.calendar = '国务院办公厅节假日安排 2007—2026';
    });
    expect(renderReport(report)).toBe(
      `一、基本情况\n\n(一)办件情况\n\n${CENTRE},办结率99.53%;其中承诺件121件,提前办结75件,超期办结26件,超期在办17件,提前办结率70.09%,超期率24.3%;即办件13件。\n\n` +
        '办理时限的工作日依据:国务院办公厅节假日安排 2007—2026。\n',
    );
  });

  it('gives no rate where no 承诺件 was completed', () => {
    const none = { ...limits, committedCompleted: 0, completedEarly: 0, completedLate: 0 };
    expect(renderReport(centreOnly((r) => void (r.centre.timeLimits = none)))).toContain(`${CENTRE},办结率99.53%;其中承诺件121件,提前办结0件,超期办结0件,超期在办17件;即办件13件。`);
  });
});
