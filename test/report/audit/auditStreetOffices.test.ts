import { describe, expect, it } from 'vitest';
import { auditReport, type MonthlyReport } from '../../../src/index.js';
import { seedReport } from '../seedReport.js';

// The street offices' checks (src/internal/auditStreetOffices.ts), run through
// auditReport on the 五华区 seed with one figure changed. The seed lists the
// top three of the offices by 受理 (红云 3410, 普吉 2938, 大观 2752: 9100 in all,
// 办结 the same) beside their total of 22256 accepted and 22256 completed, and
// gives no finding.

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };

/** The seed, free to doctor. */
function doctor(change: (report: Mutable<MonthlyReport>) => void): MonthlyReport {
  const report = seedReport() as Mutable<MonthlyReport>;
  change(report);
  return report as MonthlyReport;
}

/** The findings in Chinese and in English. */
const both = (report: MonthlyReport) => ({ zh: auditReport(report), en: auditReport(report, { locale: 'en' }) });

/** The listed offices' sums (9100 each) against the total (22256), for a list that is complete. */
const SUMS = {
  zh: [
    { code: 'parts-do-not-add-up', severity: 'error', path: 'streetOffices.offices', message: '各街道受理数合计9100件,与总数22256件不符' },
    { code: 'parts-do-not-add-up', severity: 'error', path: 'streetOffices.offices', message: '各街道办结数合计9100件,与总数22256件不符' },
  ],
  en: [
    {
      code: 'parts-do-not-add-up',
      severity: 'error',
      path: 'streetOffices.offices',
      message: 'the offices’ accepted cases add up to 9100, not to the total of 22256',
    },
    {
      code: 'parts-do-not-add-up',
      severity: 'error',
      path: 'streetOffices.offices',
      message: 'the offices’ completed cases add up to 9100, not to the total of 22256',
    },
  ],
};

describe('auditStreetOffices', () => {
  it('names an office listed twice', () => {
    const report = doctor((r) => void (r.streetOffices!.offices[2]!.office = { id: 'hongyun', name: '红云街道为民服务中心' }));
    expect(both(report)).toEqual({
      zh: [{ code: 'duplicate-entry', severity: 'error', path: 'streetOffices.offices[2]', message: '街道“hongyun”重复出现' }],
      en: [{ code: 'duplicate-entry', severity: 'error', path: 'streetOffices.offices[2]', message: 'street office "hongyun" is listed more than once' }],
    });
  });

  describe('the number of offices', () => {
    it('flags more offices listed than there are', () => {
      // 3 listed, 2 stated; a top list of 2 offices with 3 listed checks no ranking beyond it
      const report = doctor((r) => void (r.streetOffices!.officeCount = 2));
      expect(both(report)).toEqual({
        zh: [{ code: 'office-count-mismatch', severity: 'error', path: 'streetOffices.officeCount', message: '街道共2个,却列出了3个' }],
        en: [
          {
            code: 'office-count-mismatch',
            severity: 'error',
            path: 'streetOffices.officeCount',
            message: '3 street offices are listed, but there are only 2',
          },
        ],
      });
    });

    it('takes a top list of every office as complete, and checks its sums against the total', () => {
      // 3 listed of 3: the top three are all the offices, so 9100 must be 22256
      expect(both(doctor((r) => void (r.streetOffices!.officeCount = 3)))).toEqual(SUMS);
    });

    it('flags a list marked complete that holds fewer offices than there are', () => {
      const report = doctor((r) => {
        r.streetOffices!.listed = 'all';
        r.streetOffices!.officeCount = 5;
      });
      expect(both(report)).toEqual({
        zh: [
          { code: 'office-count-mismatch', severity: 'error', path: 'streetOffices.offices', message: '标明列出全部街道,但只列出3个,共5个' },
          ...SUMS.zh,
        ],
        en: [
          {
            code: 'office-count-mismatch',
            severity: 'error',
            path: 'streetOffices.offices',
            message: 'the list claims to be complete, but holds 3 of 5 street offices',
          },
          ...SUMS.en,
        ],
      });
      // 3 of 3: nothing wrong with the count, only with the sums
      expect(
        auditReport(
          doctor((r) => {
            r.streetOffices!.listed = 'all';
            r.streetOffices!.officeCount = 3;
          }),
        ),
      ).toEqual(SUMS.zh);
    });
  });

  describe('a partial list against the total', () => {
    it('allows listed offices that make up the whole total', () => {
      // 9100 listed of 9100 accepted and completed; the published rate and 同比 go with the old total
      const report = doctor((r) => {
        r.streetOffices!.tally = { accepted: 9100, completed: 9100 };
        delete r.streetOffices!.published;
      });
      expect(auditReport(report)).toEqual([]);
    });

    it('flags listed offices that add up to more than the total, for 受理 and 办结', () => {
      const report = doctor((r) => {
        r.streetOffices!.tally = { accepted: 9000, completed: 9000 };
        delete r.streetOffices!.published;
      });
      expect(both(report)).toEqual({
        zh: [
          { code: 'listed-exceed-total', severity: 'error', path: 'streetOffices.offices', message: '列出的街道受理合计9100件,超过全部街道受理总数9000件' },
          { code: 'listed-exceed-total', severity: 'error', path: 'streetOffices.offices', message: '列出的街道办结合计9100件,超过全部街道办结总数9000件' },
        ],
        en: [
          {
            code: 'listed-exceed-total',
            severity: 'error',
            path: 'streetOffices.offices',
            message: 'the listed offices’ accepted cases add up to 9100, more than the total of 9000',
          },
          {
            code: 'listed-exceed-total',
            severity: 'error',
            path: 'streetOffices.offices',
            message: 'the listed offices’ completed cases add up to 9100, more than the total of 9000',
          },
        ],
      });
    });
  });

  describe('the ranking of a top list', () => {
    it('names each office ranked below one with fewer cases', () => {
      // reversed: 大观 2752, 普吉 2938, 红云 3410
      const report = doctor((r) => void r.streetOffices!.offices.reverse());
      expect(both(report)).toEqual({
        zh: [
          {
            code: 'ranking-contradicted',
            severity: 'error',
            path: 'streetOffices.offices[1]',
            message: '普吉街道为民服务中心受理2938件,多于排在它前面的一名(2752件),排名与计数不符',
          },
          {
            code: 'ranking-contradicted',
            severity: 'error',
            path: 'streetOffices.offices[2]',
            message: '红云街道为民服务中心受理3410件,多于排在它前面的一名(2938件),排名与计数不符',
          },
        ],
        en: [
          {
            code: 'ranking-contradicted',
            severity: 'error',
            path: 'streetOffices.offices[1]',
            message: '普吉街道为民服务中心 (2938 accepted) is ranked below an office with fewer cases (2752)',
          },
          {
            code: 'ranking-contradicted',
            severity: 'error',
            path: 'streetOffices.offices[2]',
            message: '红云街道为民服务中心 (3410 accepted) is ranked below an office with fewer cases (2938)',
          },
        ],
      });
    });

    it('allows offices tied on 受理', () => {
      // 红云 3410, 普吉 3410, 大观 2752: 9572 ≤ 22256
      const report = doctor((r) => void (r.streetOffices!.offices[1]!.tally = { accepted: 3410, completed: 3410 }));
      expect(auditReport(report)).toEqual([]);
    });

    it('does not rank a list that is not a top list', () => {
      // every office listed, in any order: only the sums are wrong
      const report = doctor((r) => {
        r.streetOffices!.listed = 'all';
        r.streetOffices!.offices.reverse();
      });
      expect(auditReport(report)).toEqual(SUMS.zh);
    });

    it('allows unlisted offices that may each have as many cases as the last one listed, not one more', () => {
      // 10 offices, 3 listed (9100, the last 2752): 7 unlisted may hold at most 7 × 2752 = 19264 cases
      // without one beating the last, so 受理 9100 + 19264 = 28364 is the most the total can be
      const withTotal = (accepted: number) =>
        doctor((r) => {
          r.streetOffices!.officeCount = 10;
          r.streetOffices!.tally.accepted = accepted;
          delete r.streetOffices!.published;
        });
      expect(auditReport(withTotal(28364))).toEqual([]);
      // 28365 − 9100 = 19265 > 19264
      expect(both(withTotal(28365))).toEqual({
        zh: [
          {
            code: 'ranking-contradicted',
            severity: 'error',
            path: 'streetOffices.offices',
            message: '未列出的7个街道至少受理19265件,其中必有一个多于所列最后一名的2752件',
          },
        ],
        en: [
          {
            code: 'ranking-contradicted',
            severity: 'error',
            path: 'streetOffices.offices',
            message: 'the 7 unlisted offices accepted at least 19265 cases, so one of them accepted more than the last one listed (2752)',
          },
        ],
      });
    });

    it('finds nothing to rank in an empty top list', () => {
      const report = doctor((r) => {
        r.streetOffices!.officeCount = 10;
        r.streetOffices!.offices = [];
      });
      expect(auditReport(report)).toEqual([]);
    });
  });
});
