import { describe, expect, it } from 'vitest';
import { type AuditFinding, auditReport, type MonthlyReport } from '../../src/index.js';
import { seedReport } from './seedReport.js';

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };

/** The seed, free to doctor. */
function doctor(change: (report: Mutable<MonthlyReport>) => void): MonthlyReport {
  const report = seedReport() as Mutable<MonthlyReport>;
  change(report);
  return report as MonthlyReport;
}

const brief = (findings: AuditFinding[]) => findings.map(({ code, severity, path }) => ({ code, severity, path }));

describe('auditReport', () => {
  it('finds nothing in the seed: every figure follows from its counts', () => {
    expect(auditReport(seedReport())).toEqual([]);
  });

  it('flags a published 办结率 that the counts do not give, with the right figure', () => {
    // 35133 / 35300 = 99.5269…% → 99.53%, not 99.52%
    const report = doctor((r) => {
      r.centre.published!.completionRate = '99.52%';
    });
    expect(auditReport(report)).toEqual([
      {
        code: 'published-rate-mismatch',
        severity: 'error',
        path: 'centre.published.completionRate',
        message: '公布的办结率为99.52%,按计数应为99.53%(办结35133件 / 受理35300件)',
      },
    ]);
    expect(auditReport(report, { locale: 'en' })[0]?.message).toBe(
      'the published completion rate is 99.52%, but the counts give 99.53% (35133 completed of 35300 accepted)',
    );
  });

  it('flags a doctored copy (one category count and a published rate changed) at the right paths', () => {
    const report = doctor((r) => {
      r.centre.byCategory![1]!.accepted = 14737; // 20564 + 14737 = 35301 ≠ 35300
      r.streetOffices!.published!.completionRate = '99.9%'; // 22256 / 22256 = 100%
    });
    expect(auditReport(report)).toEqual([
      {
        code: 'parts-do-not-add-up',
        severity: 'error',
        path: 'centre.byCategory',
        message: '各类别受理数合计35301件,与总数35300件不符',
      },
      {
        code: 'published-rate-mismatch',
        severity: 'error',
        path: 'streetOffices.published.completionRate',
        message: '公布的办结率为99.9%,按计数应为100%(办结22256件 / 受理22256件)',
      },
    ]);
  });

  it('accepts a published percentage rounded to the decimals it shows', () => {
    // 99.5269…% is 99.5% at one decimal and 100% at none
    for (const shown of ['99.5%', '99.53%', '99.527%', '100%']) {
      const report = doctor((r) => {
        r.centre.published!.completionRate = shown;
      });
      expect(auditReport(report)).toEqual([]);
    }
  });

  it('checks a published change at every end of an inferred range', () => {
    // 35300 against 27944…27946 gives 26.32% at both ends; widen the range to 27943 and one end prints 26.33%
    const report = doctor((r) => {
      r.centre.previousYear!.accepted = { inferred: { min: 27943, max: 27946, from: '接件总数同比增长26.32%' } };
    });
    expect(auditReport(report)).toEqual([
      {
        code: 'published-change-mismatch',
        severity: 'error',
        path: 'centre.published.acceptedYoy',
        message: '公布的同比为“同比增长26.32%”,按计数应为“同比增长26.33% – 同比增长26.32%”(本期受理35300件,上年同期27943–27946件)',
      },
    ]);
  });

  it('flags a published 同比 that goes the wrong way', () => {
    const report = doctor((r) => {
      r.streetOffices!.published!.acceptedYoy = '同比增长10.16%';
    });
    expect(brief(auditReport(report))).toEqual([
      { code: 'published-change-mismatch', severity: 'error', path: 'streetOffices.published.acceptedYoy' },
    ]);
  });

  it('flags departments’ 在办 that do not add up, and 在办 ≠ 受理 − 办结 where the report claims it', () => {
    const report = doctor((r) => {
      r.centre.tally.inProgress = 168; // 35300 − 35133 = 167; departments 164 + 3 = 167
    });
    expect(auditReport(report)).toEqual([
      {
        code: 'in-progress-mismatch',
        severity: 'error',
        path: 'centre.tally.inProgress',
        message: '在办168件,而受理 − 办结 = 167件',
      },
      {
        code: 'parts-do-not-add-up',
        severity: 'error',
        path: 'centre.inProgressByDepartment',
        message: '各部门在办数合计167件,与总数168件不符',
      },
    ]);
  });

  it('notes 在办 ≠ 受理 − 办结 as info when the report does not claim the relation', () => {
    const report = doctor((r) => {
      delete r.centre.inProgressRule;
      delete r.centre.inProgressByDepartment;
      r.centre.tally.inProgress = 400;
    });
    expect(brief(auditReport(report))).toEqual([
      { code: 'in-progress-mismatch', severity: 'info', path: 'centre.tally.inProgress' },
    ]);
  });

  it('notes 办结 above 受理 as carry-over, not as an error', () => {
    const report = doctor((r) => {
      r.streetOffices!.offices[0]!.tally.completed = 3500; // also lifts the listed offices' 办结 total: 9190 ≤ 22256
      delete r.streetOffices!.offices[0]!.tally.completedOnTime;
    });
    expect(auditReport(report, { locale: 'en' })).toEqual([
      {
        code: 'completed-above-accepted',
        severity: 'info',
        path: 'streetOffices.offices[0].tally.completed',
        message: 'completed (3500) exceeds accepted (3410): cases carried over from earlier months',
      },
    ]);
  });

  it('flags a top list whose order the counts contradict', () => {
    const report = doctor((r) => {
      r.streetOffices!.offices.reverse(); // 2752, 2938, 3410
    });
    expect(brief(auditReport(report))).toEqual([
      { code: 'ranking-contradicted', severity: 'error', path: 'streetOffices.offices[1]' },
      { code: 'ranking-contradicted', severity: 'error', path: 'streetOffices.offices[2]' },
    ]);
  });

  it('flags a top three that an unlisted office must beat', () => {
    // 22256 − 9100 = 13156 cases among 10 − 3 = 7 offices: 1880 on average, below 2752, so fine;
    // among 4 offices (7 in all) it is 3289 on average, so one of them accepted more than 2752
    expect(auditReport(doctor((r) => void (r.streetOffices!.officeCount = 10)))).toEqual([]);
    const report = doctor((r) => {
      r.streetOffices!.officeCount = 7;
    });
    expect(auditReport(report, { locale: 'en' })).toEqual([
      {
        code: 'ranking-contradicted',
        severity: 'error',
        path: 'streetOffices.offices',
        message: 'the 4 unlisted offices accepted at least 13156 cases, so one of them accepted more than the last one listed (2752)',
      },
    ]);
  });

  it('checks a complete list of offices against the total, and a partial one against it as a bound', () => {
    const complete = doctor((r) => {
      r.streetOffices!.listed = 'all';
    });
    // 3410 + 2938 + 2752 = 9100 accepted and completed, against 22256
    expect(brief(auditReport(complete))).toEqual([
      { code: 'parts-do-not-add-up', severity: 'error', path: 'streetOffices.offices' },
      { code: 'parts-do-not-add-up', severity: 'error', path: 'streetOffices.offices' },
    ]);
    const over = doctor((r) => {
      r.streetOffices!.tally = { accepted: 9000, completed: 9000 };
      delete r.streetOffices!.published;
    });
    expect(auditReport(over)[0]).toEqual({
      code: 'listed-exceed-total',
      severity: 'error',
      path: 'streetOffices.offices',
      message: '列出的街道受理合计9100件,超过全部街道受理总数9000件',
    });
  });

  it('flags an office listed twice and more offices than there are', () => {
    const report = doctor((r) => {
      r.streetOffices!.offices[2]!.office = { id: 'hongyun', name: '红云街道为民服务中心' };
      r.streetOffices!.officeCount = 2;
    });
    expect(brief(auditReport(report))).toEqual([
      { code: 'duplicate-entry', severity: 'error', path: 'streetOffices.offices[2]' },
      { code: 'office-count-mismatch', severity: 'error', path: 'streetOffices.officeCount' },
    ]);
  });

  it('checks the investment projects’ total, on-time rate and 投资概算', () => {
    const report = doctor((r) => {
      r.investment!.published!.projectTotal = 12; // 10 + 0 + 3 = 13
      r.investment!.itemsOnTime = 16; // 16 / 17 = 94.12%, not 100%
      r.investment!.estimatedInvestmentYuan = 25_000_000; // 0.25亿 → 0.3亿元 half-up
    });
    expect(auditReport(report)).toEqual([
      {
        code: 'published-total-mismatch',
        severity: 'error',
        path: 'investment.published.projectTotal',
        message: '公布的项目总数为12个,而审批类、核准类、备案类合计13个',
      },
      {
        code: 'published-rate-mismatch',
        severity: 'error',
        path: 'investment.published.onTimeRate',
        message: '公布的投资项目按时办结率为100%,按计数应为94.12%(按时16件 / 事项17件)',
      },
      {
        code: 'published-amount-mismatch',
        severity: 'error',
        path: 'investment.published.estimatedInvestment',
        message: '公布的投资概算为0.2亿元,按25000000元应为0.3亿元',
      },
    ]);
  });

  it('warns about a published figure it cannot check', () => {
    const report = doctor((r) => {
      delete r.centre.tally.completedOnTime;
      delete r.centre.previousYear;
    });
    expect(brief(auditReport(report))).toEqual([
      { code: 'published-figure-unchecked', severity: 'warning', path: 'centre.published.onTimeRate' },
      { code: 'published-figure-unchecked', severity: 'warning', path: 'centre.published.acceptedYoy' },
    ]);
  });

  it('refuses more on time than completed, as parseMonthlyReport does, rather than audit or print it', () => {
    // 35134 on time of 35133 completed is no rate at all: 按时办结率为undefined–undefined, once
    const report = doctor((r) => {
      r.centre.tally.completedOnTime = 35134;
    });
    expect(() => auditReport(report)).toThrow(
      new RangeError('auditReport requires report.centre.tally.completedOnTime to be at most completed (35133), got 35134'),
    );
    // an inferred range that reaches below 办结 is a figure: 35133 of 35133 at one end
    expect(auditReport(doctor((r) => void (r.centre.tally.completedOnTime = { inferred: { min: 35133, max: 35140, from: '按时办结率为100%' } })))).toEqual([]);
  });

  it('flags a category or a department listed twice, in either locale', () => {
    const report = doctor((r) => {
      // a second public_service with 0 cases keeps the sum at 35300; a second health with 0 keeps 在办 at 167
      r.centre.byCategory!.push({ category: 'public_service', accepted: 0 });
      r.centre.inProgressByDepartment!.push({ department: { id: 'health', name: '区卫计局' }, inProgress: 0 });
    });
    expect(auditReport(report)).toEqual([
      { code: 'duplicate-entry', severity: 'error', path: 'centre.byCategory[2]', message: '类别“public_service”重复出现' },
      { code: 'duplicate-entry', severity: 'error', path: 'centre.inProgressByDepartment[2]', message: '部门“health”重复出现' },
    ]);
    expect(auditReport(report, { locale: 'en' }).map((finding) => finding.message)).toEqual([
      'category "public_service" is listed more than once',
      'department "health" is listed more than once',
    ]);
  });

  it('checks the categories’ 办结 against 办结 only when every category has it', () => {
    // 20564 + 14570 = 35134 ≠ 35133
    const both = doctor((r) => {
      r.centre.byCategory![0]!.completed = 20564;
      r.centre.byCategory![1]!.completed = 14570;
    });
    expect(auditReport(both)).toEqual([
      { code: 'parts-do-not-add-up', severity: 'error', path: 'centre.byCategory', message: '各类别办结数合计35134件,与总数35133件不符' },
    ]);
    expect(auditReport(both, { locale: 'en' })[0]?.message).toBe('the categories’ completed cases add up to 35134, not to the total of 35133');
    // 20564 + 14569 = 35133: no finding; one category alone is not checked
    expect(auditReport(doctor((r) => {
      r.centre.byCategory![0]!.completed = 20564;
      r.centre.byCategory![1]!.completed = 14569;
    }))).toEqual([]);
    expect(auditReport(doctor((r) => void (r.centre.byCategory![0]!.completed = 1)))).toEqual([]);
  });

  it('checks no 办结 of an empty list of categories, only its 受理', () => {
    const report = doctor((r) => {
      r.centre.byCategory = [];
    });
    expect(auditReport(report)).toEqual([
      { code: 'parts-do-not-add-up', severity: 'error', path: 'centre.byCategory', message: '各类别受理数合计0件,与总数35300件不符' },
    ]);
  });

  it('checks the departments’ 在办 against 受理 − 办结 when 在办 is not given but the report claims the relation', () => {
    const claimed = (departments: number, completed: MonthlyReport['centre']['tally']['completed']) =>
      doctor((r) => {
        delete r.centre.tally.inProgress;
        r.centre.tally.completed = completed as never;
        r.centre.inProgressByDepartment![1]!.inProgress = departments - 164;
      });
    // 35300 − 35133 = 167 = 164 + 3
    expect(brief(auditReport(claimed(167, 35133)))).toEqual([]);
    // 办结 35132…35133 gives 在办 35300 − 35133 = 167 to 35300 − 35132 = 168; 170 is outside
    const inferred = { inferred: { min: 35132, max: 35133, from: '办结率99.53%' } };
    expect(auditReport(claimed(170, inferred), { locale: 'en' })).toContainEqual({
      code: 'parts-do-not-add-up',
      severity: 'error',
      path: 'centre.inProgressByDepartment',
      message: 'the departments’ in-progress cases add up to 170, not to the total of 167–168',
    });
    expect(brief(auditReport(claimed(168, inferred))).filter((finding) => finding.path === 'centre.inProgressByDepartment')).toEqual([]);
  });

  it('does not check the departments’ 在办 when there is no total to check them against', () => {
    const report = doctor((r) => {
      delete r.centre.tally.inProgress;
      delete r.centre.inProgressRule;
      // 164 + 10 = 174, which 受理 − 办结 = 167 would contradict, had the report claimed it
      r.centre.inProgressByDepartment![1]!.inProgress = 10;
    });
    expect(auditReport(report)).toEqual([]);
  });

  it('checks the investment total both ways, and the rest only where the data has both sides', () => {
    // 10 + 0 + 3 = 13
    const over = doctor((r) => void (r.investment!.published!.projectTotal = 14));
    expect(auditReport(over, { locale: 'en' })).toEqual([
      {
        code: 'published-total-mismatch',
        severity: 'error',
        path: 'investment.published.projectTotal',
        message: 'the published project total is 14, but approval, verification and filing projects add up to 13',
      },
    ]);
    expect(
      auditReport(
        doctor((r) => {
          delete r.investment!.published!.projectTotal;
          delete r.investment!.published!.onTimeRate;
          delete r.investment!.itemsOnTime;
          delete r.investment!.estimatedInvestmentYuan;
        }),
      ),
    ).toEqual([]);
    expect(auditReport(doctor((r) => void delete r.investment!.published!.estimatedInvestment))).toEqual([]);
  });

  it('refuses more investment items on time than items, and allows as many', () => {
    const report = doctor((r) => {
      r.investment!.itemsOnTime = 18; // 18 > 17 items
    });
    expect(() => auditReport(report, { locale: 'en' })).toThrow(
      new RangeError('auditReport requires report.investment.itemsOnTime to be at most items (17), got 18'),
    );
    expect(auditReport(doctor((r) => void (r.investment!.itemsOnTime = 17)))).toEqual([]);
  });

  it('warns about a published investment on-time rate with no count to check it, and words a wrong one in English', () => {
    const report = doctor((r) => void delete r.investment!.itemsOnTime);
    expect(auditReport(report)).toEqual([
      {
        code: 'published-figure-unchecked',
        severity: 'warning',
        path: 'investment.published.onTimeRate',
        message: '公布了投资项目按时办结率100%,但数据中没有按时办结事项数,无法核对',
      },
    ]);
    expect(auditReport(report, { locale: 'en' })[0]?.message).toBe(
      'the published on-time rate of investment items 100% cannot be checked: the data has no count of items on time',
    );
    // 16 / 17 = 94.117…% → 94.12%
    const wrong = doctor((r) => void (r.investment!.itemsOnTime = 16));
    expect(auditReport(wrong, { locale: 'en' })[0]?.message).toBe(
      'the published on-time rate of investment items is 100%, but the counts give 94.12% (16 on time of 17 items)',
    );
  });

  it('flags a published 投资概算 that only one end of an inferred amount gives', () => {
    // 20000000 yuan is 0.2亿元, 25000000 is 0.25 → 0.3亿元 half-up
    const report = doctor((r) => {
      r.investment!.estimatedInvestmentYuan = { inferred: { min: 20_000_000, max: 25_000_000, from: '投资概算合计0.2亿元' } };
    });
    expect(auditReport(report)).toEqual([
      {
        code: 'published-amount-mismatch',
        severity: 'error',
        path: 'investment.published.estimatedInvestment',
        message: '公布的投资概算为0.2亿元,按20000000–25000000元应为0.2亿元 – 0.3亿元',
      },
    ]);
    expect(auditReport(report, { locale: 'en' })[0]?.message).toBe(
      'the published estimated investment is 0.2亿元, but 20000000–25000000 yuan gives 0.2亿元 – 0.3亿元',
    );
  });

  it('checks the whole report, and names itself rather than a function it calls', () => {
    // -1 accepted threw "completionRate requires accepted …" from inside the audit
    expect(() => auditReport(doctor((r) => void (r.centre.tally.accepted = -1)))).toThrow(
      new RangeError('auditReport requires report.centre.tally.accepted to be a non-negative integer, got -1'),
    );
    // an office without a tally threw "Cannot read properties of undefined"
    expect(() => auditReport(doctor((r) => void delete (r.streetOffices!.offices[2] as any).tally))).toThrow(
      new TypeError('auditReport requires report.streetOffices.offices[2].tally to be an object, got undefined'),
    );
  });

  it('compares a published figure with more decimals than a formatter prints at 20, rather than throw', () => {
    // Found by test/fuzz/report.test-prop.ts: 21 decimals threw "formatPercent requires digits to be an integer from 0 to 20, got 21"
    const zeros = '0'.repeat(21);
    const report = doctor((r) => {
      r.centre.published = { completionRate: `99.53${zeros}%`, acceptedYoy: `同比增长26.32${zeros}%` };
    });
    expect(auditReport(report, { locale: 'en' })).toEqual([
      {
        code: 'published-rate-mismatch',
        severity: 'error',
        path: 'centre.published.completionRate',
        message: `the published completion rate is 99.53${zeros}%, but the counts give 99.53% (35133 completed of 35300 accepted)`,
      },
      {
        code: 'published-change-mismatch',
        severity: 'error',
        path: 'centre.published.acceptedYoy',
        message: `the published year-on-year change "同比增长26.32${zeros}%" does not follow from the counts, which give "同比增长26.32%" (accepted 35300 against 27944–27946)`,
      },
    ]);
  });

  it('sums parts exactly past Number.MAX_SAFE_INTEGER', () => {
    // 9007199254740991 + 2 = 9007199254740993: a float sum says 9007199254740992
    const report = doctor((r) => {
      r.centre.byCategory = [
        { category: 'administrative_licensing', accepted: Number.MAX_SAFE_INTEGER },
        { category: 'public_service', accepted: 2 },
      ];
    });
    expect(auditReport(report)).toEqual([
      { code: 'parts-do-not-add-up', severity: 'error', path: 'centre.byCategory', message: '各类别受理数合计9007199254740993件,与总数35300件不符' },
    ]);
    // the listed offices of a partial list: 9007199254740991 + 9007199254740991 + 2752
    const offices = doctor((r) => {
      r.streetOffices!.offices[0]!.tally = { accepted: Number.MAX_SAFE_INTEGER, completed: 3410 };
      r.streetOffices!.offices[1]!.tally = { accepted: Number.MAX_SAFE_INTEGER, completed: 2938 };
    });
    expect(auditReport(offices, { locale: 'en' }).filter((finding) => finding.code === 'listed-exceed-total')).toEqual([
      {
        code: 'listed-exceed-total',
        severity: 'error',
        path: 'streetOffices.offices',
        message: 'the listed offices’ accepted cases add up to 18014398509484734, more than the total of 22256',
      },
    ]);
  });

  it('throws for a report that is not an object and for bad options', () => {
    expect(() => auditReport(null as never)).toThrow(new TypeError('auditReport requires report to be an object, got null'));
    expect(() => auditReport(seedReport(), { locale: 'fr' as never })).toThrow(
      new RangeError("auditReport requires locale to be one of 'zh-CN', 'en', got \"fr\""),
    );
  });
});
