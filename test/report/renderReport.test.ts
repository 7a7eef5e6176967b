import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type MonthlyReport, renderReport } from '../../src/index.js';
import { seedReport } from './seedReport.js';

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };

function doctor(change: (report: Mutable<MonthlyReport>) => void): MonthlyReport {
  const report = seedReport() as Mutable<MonthlyReport>;
  change(report);
  return report as MonthlyReport;
}

/** Section 一 of the seed report, copied verbatim from the published text. */
const seedText = readFileSync(new URL('./fixtures/wuhua-2019-01-section-1.txt', import.meta.url), 'utf8');

/** Splits a text into sentences and clauses at 。 and ;, without attachment notes and item numbers. */
function sentences(text: string): string[] {
  return text
    .replace(/[((]详见附件\d+[))]/g, '')
    .split(/\n+/)
    .map((line) => line.replace(/^\d+\./, ''))
    .flatMap((line) => line.split(/[。;]/))
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

// Sentences of the seed that state no figure of the data: qualitative remarks the model does not carry.
const QUALITATIVE = [
  '各街道办事处都能在规定时限内在三级联动平台录入工作数据',
  '本月,窗口工作人员均能够严格按照业务办理流程办理各项业务,未发生违法审批的情况',
];

describe('renderReport', () => {
  it('writes the seed’s section 一 in Chinese with the seed’s phrases and figures, sentence by sentence', () => {
    const rendered = sentences(renderReport(seedReport()));
    const expected = sentences(seedText).filter((sentence) => !QUALITATIVE.includes(sentence));
    expect(rendered).toEqual(expected);
    // the two qualitative sentences are really in the seed, so the filter above removes something
    expect(sentences(seedText)).toEqual(expect.arrayContaining(QUALITATIVE));
  });

  it('keeps the seed’s key figures in the centre’s paragraph', () => {
    expect(renderReport(seedReport())).toContain(
      '共受理各类事项35300件,办结35133件,在办事项167件,办结率99.53%,按时办结率为100%,接件总数同比增长26.32%;',
    );
  });

  it('writes an English report', () => {
    const text = renderReport(seedReport(), { locale: 'en' });
    expect(text).toBe(`I. Overview

(1) Cases

In January 2019, the windows of the Wuhua District Government Service Centre accepted 35,300 cases of all kinds and completed 35,133, leaving 167 in progress. The completion rate was 99.53%, and 100% of completed cases were finished on time. The number of cases accepted was up 26.32% year on year. Of the cases in progress, 164 were with the District Health and Family Planning Bureau and 3 with the District Agriculture and Forestry Bureau. Of the cases accepted, 20,564 were administrative licensing matters and 14,736 public services (every matter other than administrative licensing).

The street office service centres of Wuhua District accepted 22,256 cases this month and completed 22,256, a completion rate of 100%. The number of cases they accepted was down 10.16% year on year. The three busiest by cases accepted were the Hongyun Subdistrict Service Centre (3,410 accepted, 3,410 completed), the Puji Subdistrict Service Centre (2,938 accepted, 2,938 completed) and the Daguan Subdistrict Service Centre (2,752 accepted, 2,752 completed).

(2) Operations

1. This month, 13 projects were submitted in Wuhua District through the provincial investment project approval system: 10 for approval and 3 for filing. They covered 17 items, with an on-time rate of 100%. Their estimated total investment was RMB 20 million.

2. This month, neither the centre nor the street offices received a yellow or a red card.

3. This month, staff at the human resources and social security window received 1 letter of commendation.
`);
    expect(text).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('adds Markdown headings and tables', () => {
    const markdown = renderReport(seedReport(), { format: 'markdown' });
    expect(markdown).toContain('## 一、基本情况\n\n### (一)办件情况\n\n2019年1月,');
    expect(markdown).toContain('| 事项类别 | 受理 |\n| --- | ---: |\n| 行政许可 | 20564 |\n| 公共服务 | 14736 |');
    expect(markdown).toContain('| 部门 | 在办 |\n| --- | ---: |\n| 区卫计局 | 164 |\n| 区农林局 | 3 |');
    expect(markdown).toContain('| 五华区人民政府政务服务中心 | 35300 | 35133 | 167 | 99.53% | 100% | 同比增长26.32% |');
    expect(markdown).toContain('| 红云街道为民服务中心 | 3410 | 3410 | — | 100% | — | — |');
    const english = renderReport(seedReport(), { locale: 'en', format: 'markdown' });
    expect(english).toContain('| Wuhua District Government Service Centre | 35,300 | 35,133 | 167 | 99.53% | 100% | up 26.32% year on year |');
  });

  it('escapes a pipe in a name inside a Markdown table', () => {
    const report = doctor((r) => {
      r.centre.inProgressByDepartment![0]!.department.name = '区卫计局|甲';
    });
    expect(renderReport(report, { format: 'markdown' })).toContain('| 区卫计局\\|甲 | 164 |');
  });

  it('prints the published text when the ends of an inferred range print differently', () => {
    // 35300 / 27900 − 1 = 26.523…%, 35300 / 27946 − 1 = 26.315…%: the range leaves the figure open
    const report = doctor((r) => {
      r.centre.previousYear!.accepted = { inferred: { min: 27900, max: 27946, from: '接件总数同比增长26.32%' } };
    });
    expect(renderReport(report)).toContain('接件总数同比增长26.32%;');
    expect(renderReport(report, { locale: 'en' })).toContain('The number of cases accepted was up 26.32% year on year.');
  });

  it('leaves out what the data lacks, and says 上年同期无业务 for a zero base', () => {
    const report = doctor((r) => {
      r.centre.previousYear!.accepted = 0;
      delete r.centre.published;
      delete r.centre.tally.completedOnTime;
      delete r.streetOffices;
      delete r.investment;
      delete r.supervision;
      delete r.commendations;
    });
    expect(renderReport(report)).toBe(`一、基本情况

(一)办件情况

2019年1月,五华区人民政府政务服务中心各窗口共受理各类事项35300件,办结35133件,在办事项167件,办结率99.53%,接件总数上年同期无业务;在办事项中,区卫计局164件,区农林局3件;在所受理的各类事项中,行政许可事项20564件,公共服务事项(除行政许可事项以外的其他全部事项)14736件。
`);
    expect(renderReport(report, { locale: 'en' })).toContain(
      'The completion rate was 99.53%. There were no cases in the same month last year, so no change can be given.',
    );
  });

  it('names yellow and red cards when there are some', () => {
    const report = doctor((r) => {
      r.supervision = { yellowCards: 2, redCards: 0 };
    });
    expect(renderReport(report)).toContain('2.本月,中心及各街道办事处出现黄牌2张,未出现红牌。');
    expect(renderReport(report, { locale: 'en' })).toContain(
      '2. This month, the centre and the street offices received 2 yellow cards and no red cards.',
    );
  });

  it('prints "—" for a rate with no denominator', () => {
    const report = doctor((r) => {
      r.streetOffices!.tally = { accepted: 0, completed: 0 };
      delete r.streetOffices!.published;
      delete r.streetOffices!.previousYear;
      r.streetOffices!.offices = [];
    });
    expect(renderReport(report)).toContain('共受理各类事项0件,办结0件,办结率为—。');
  });

  it('refuses a report it cannot write a figure of, in every locale and format, rather than print undefined', () => {
    // 2 on time of 1 completed: it wrote 按时办结率为undefined–undefined
    const report = { period: '2019-01', centre: { name: 'C', tally: { accepted: 1, completed: 1, completedOnTime: 2 } } };
    for (const locale of ['zh-CN', 'en'] as const) {
      for (const format of ['text', 'markdown'] as const) {
        expect(() => renderReport(report as never, { locale, format })).toThrow(
          new RangeError('renderReport requires report.centre.tally.completedOnTime to be at most completed (1), got 2'),
        );
      }
    }
    // likewise 18 investment items on time of 17
    expect(() => renderReport(doctor((r) => void (r.investment!.itemsOnTime = 18)))).toThrow(
      new RangeError('renderReport requires report.investment.itemsOnTime to be at most items (17), got 18'),
    );
  });

  it('refuses -0 and a project total past the safe integers, rather than print "completed -0" or a float sum', () => {
    expect(() => renderReport(doctor((r) => void (r.centre.tally.completed = -0)), { locale: 'en' })).toThrow(
      new RangeError('renderReport requires report.centre.tally.completed to be a non-negative integer, got -0'),
    );
    // 9007199254740991 + 2 printed 项目总数9007199254740992个
    const projects = doctor((r) => void (r.investment!.projects = { approval: Number.MAX_SAFE_INTEGER, verification: 0, filing: 2 }));
    expect(() => renderReport(projects)).toThrow(
      new RangeError('renderReport requires report.investment.projects to add up to at most 9007199254740991, got 9007199254740993'),
    );
  });

  it('prints a project total up to Number.MAX_SAFE_INTEGER exactly', () => {
    const report = doctor((r) => {
      r.investment!.projects = { approval: Number.MAX_SAFE_INTEGER - 3, verification: 0, filing: 3 };
      delete r.investment!.published!.projectTotal;
    });
    expect(renderReport(report)).toContain('申报项目总数9007199254740991个,其中审批类项目9007199254740988个,备案类项目3个');
  });

  it('checks the whole report, not only its top, and names the field', () => {
    // Junk deep down leaked as "Cannot read properties of undefined (reading 'inferred')",
    // or as text with NaN or [object Object]; test/report/check/assertReportShape.test.ts has every kind.
    expect(() => renderReport(doctor((r) => void ((r.commendations as any).letters = undefined)))).toThrow(
      new TypeError(
        'renderReport requires report.commendations.letters to be a non-negative integer or an inferred range { inferred: { min, max, from } }, got undefined',
      ),
    );
    expect(() => renderReport(doctor((r) => void ((r.centre.tally as any).accepted = Number.NaN)), { locale: 'en' })).toThrow(
      new RangeError('renderReport requires report.centre.tally.accepted to be a non-negative integer, got NaN'),
    );
    expect(() => renderReport(doctor((r) => void ((r as any).district = {})))).toThrow(
      new TypeError('renderReport requires report.district to be a string, got an object'),
    );
  });

  it('reads no English name keyed "__proto__", so that a centre of that name is not printed as [object Object]', () => {
    const report = doctor((r) => {
      r.centre.name = '__proto__';
      r.englishNames = JSON.parse('{"__proto__": {}}');
    });
    expect(renderReport(report, { locale: 'en' })).toContain('In January 2019, the windows of __proto__ accepted');
  });

  it('throws for a bad report or option', () => {
    expect(() => renderReport(undefined as never)).toThrow(
      new TypeError('renderReport requires report to be an object, got undefined'),
    );
    expect(() => renderReport(seedReport(), { format: 'html' as never })).toThrow(
      new RangeError("renderReport requires format to be one of 'text', 'markdown', got \"html\""),
    );
  });
});
