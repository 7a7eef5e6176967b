import { describe, expect, it } from 'vitest';
import { auditReport, type MonthlyReport } from '../../../src/index.js';
import { seedReport } from '../seedReport.js';

// The checks of one unit's own figures (src/internal/auditUnit.ts), run
// through auditReport on the 五华区 seed with one figure changed: the seed
// itself gives no finding, so each list below is the change's doing.

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };

/** The seed, free to doctor. */
function doctor(change: (report: Mutable<MonthlyReport>) => void): MonthlyReport {
  const report = seedReport() as Mutable<MonthlyReport>;
  change(report);
  return report as MonthlyReport;
}

/** The findings in Chinese and in English. */
const both = (report: MonthlyReport) => ({ zh: auditReport(report), en: auditReport(report, { locale: 'en' }) });

describe('auditUnit', () => {
  describe('按时办结 and the published 按时办结率', () => {
    it('flags a published rate that only one end of an inferred count gives, with the range the counts give', () => {
      // 34000 / 35133 = 96.775…% → 96.78%; 35133 / 35133 = 100%: '100%' does not follow from every end
      const report = doctor((r) => {
        r.centre.tally.completedOnTime = { inferred: { min: 34000, max: 35133, from: '按时办结率为100%' } };
      });
      expect(both(report)).toEqual({
        zh: [
          {
            code: 'published-rate-mismatch',
            severity: 'error',
            path: 'centre.published.onTimeRate',
            message: '公布的按时办结率为100%,按计数应为96.78% – 100%(按时办结34000–35133件 / 办结35133件)',
          },
        ],
        en: [
          {
            code: 'published-rate-mismatch',
            severity: 'error',
            path: 'centre.published.onTimeRate',
            message: 'the published on-time rate is 100%, but the counts give 96.78% – 100% (34000–35133 on time of 35133 completed)',
          },
        ],
      });
    });

    it('allows as many on time as completed', () => {
      // 35133 / 35133 = 100%, as published
      expect(auditReport(doctor((r) => void (r.centre.tally.completedOnTime = 35133)))).toEqual([]);
    });

    it('warns that a published rate cannot be checked without the count of cases on time', () => {
      const report = doctor((r) => void delete r.centre.tally.completedOnTime);
      expect(both(report)).toEqual({
        zh: [
          {
            code: 'published-figure-unchecked',
            severity: 'warning',
            path: 'centre.published.onTimeRate',
            message: '公布了按时办结率100%,但数据中没有按时办结数,无法核对',
          },
        ],
        en: [
          {
            code: 'published-figure-unchecked',
            severity: 'warning',
            path: 'centre.published.onTimeRate',
            message: 'the published on-time rate 100% cannot be checked: the data has no count of cases completed on time',
          },
        ],
      });
    });
  });

  describe('办结 against 受理', () => {
    it('notes 办结 above 受理 as carry-over, in Chinese', () => {
      // 3500 > 3410; the listed offices' 办结 become 3500 + 2938 + 2752 = 9190 ≤ 22256
      const report = doctor((r) => void (r.streetOffices!.offices[0]!.tally.completed = 3500));
      expect(auditReport(report)).toEqual([
        {
          code: 'completed-above-accepted',
          severity: 'info',
          path: 'streetOffices.offices[0].tally.completed',
          message: '办结3500件多于受理3410件:含以前月份结转的办件',
        },
      ]);
    });
  });

  describe('在办 against 受理 − 办结', () => {
    it('words a mismatch the report claims as a plain error in English', () => {
      // 35300 − 35133 = 167, not 168; the departments' 164 + 3 = 167 no longer make 168 either
      const report = doctor((r) => void (r.centre.tally.inProgress = 168));
      expect(auditReport(report, { locale: 'en' })).toEqual([
        {
          code: 'in-progress-mismatch',
          severity: 'error',
          path: 'centre.tally.inProgress',
          message: 'in progress is 168, but accepted − completed is 167',
        },
        {
          code: 'parts-do-not-add-up',
          severity: 'error',
          path: 'centre.inProgressByDepartment',
          message: 'the departments’ in-progress cases add up to 167, not to the total of 168',
        },
      ]);
    });

    it('says why a mismatch the report does not claim may be right', () => {
      // 400 ≠ 35300 − 35133 = 167: open cases accepted in earlier months would explain it
      const report = doctor((r) => {
        delete r.centre.inProgressRule;
        delete r.centre.inProgressByDepartment;
        r.centre.tally.inProgress = 400;
      });
      expect(both(report)).toEqual({
        zh: [
          {
            code: 'in-progress-mismatch',
            severity: 'info',
            path: 'centre.tally.inProgress',
            message: '在办400件,而受理 − 办结 = 167件(在办可能含以前月份受理的办件)',
          },
        ],
        en: [
          {
            code: 'in-progress-mismatch',
            severity: 'info',
            path: 'centre.tally.inProgress',
            message: 'in progress is 400, but accepted − completed is 167 (open cases may include ones accepted in earlier months)',
          },
        ],
      });
    });
  });

  describe('published 同比 and 环比', () => {
    it('words a 同比 the counts contradict in both locales', () => {
      // 22256 against 24772…24774: 22256 / 24772 = 0.89843…, 22256 / 24774 = 0.89836…, a fall of 10.16% at both ends
      const report = doctor((r) => void (r.streetOffices!.published!.acceptedYoy = '同比增长10.16%'));
      expect(both(report)).toEqual({
        zh: [
          {
            code: 'published-change-mismatch',
            severity: 'error',
            path: 'streetOffices.published.acceptedYoy',
            message: '公布的同比为“同比增长10.16%”,按计数应为“同比下降10.16%”(本期受理22256件,上年同期24772–24774件)',
          },
        ],
        en: [
          {
            code: 'published-change-mismatch',
            severity: 'error',
            path: 'streetOffices.published.acceptedYoy',
            message:
              'the published year-on-year change "同比增长10.16%" does not follow from the counts, which give "同比下降10.16%" (accepted 22256 against 24772–24774)',
          },
        ],
      });
    });

    it('checks a published 环比 against the previous month', () => {
      // 35300 / 30000 = 1.17666… → 环比增长17.67%
      const wrong = doctor((r) => {
        r.centre.previousMonth = { accepted: 30000 };
        r.centre.published!.acceptedMom = '环比增长5%';
      });
      expect(both(wrong)).toEqual({
        zh: [
          {
            code: 'published-change-mismatch',
            severity: 'error',
            path: 'centre.published.acceptedMom',
            message: '公布的环比为“环比增长5%”,按计数应为“环比增长17.67%”(本期受理35300件,上月30000件)',
          },
        ],
        en: [
          {
            code: 'published-change-mismatch',
            severity: 'error',
            path: 'centre.published.acceptedMom',
            message: 'the published month-on-month change "环比增长5%" does not follow from the counts, which give "环比增长17.67%" (accepted 35300 against 30000)',
          },
        ],
      });
      const right = doctor((r) => {
        r.centre.previousMonth = { accepted: 30000 };
        r.centre.published!.acceptedMom = '环比增长17.67%';
      });
      expect(auditReport(right)).toEqual([]);
    });

    it('warns that a published 同比 cannot be checked without last year’s count', () => {
      const report = doctor((r) => void delete r.centre.previousYear);
      expect(both(report)).toEqual({
        zh: [
          {
            code: 'published-figure-unchecked',
            severity: 'warning',
            path: 'centre.published.acceptedYoy',
            message: '公布了同比“同比增长26.32%”,但数据中没有上年同期受理数,无法核对',
          },
        ],
        en: [
          {
            code: 'published-figure-unchecked',
            severity: 'warning',
            path: 'centre.published.acceptedYoy',
            message: 'the published year-on-year change "同比增长26.32%" cannot be checked: the data has no previous-year accepted count',
          },
        ],
      });
    });

    it('warns that a published 环比 cannot be checked without last month’s count', () => {
      const report = doctor((r) => void (r.centre.published!.acceptedMom = '环比增长5%'));
      expect(both(report)).toEqual({
        zh: [
          {
            code: 'published-figure-unchecked',
            severity: 'warning',
            path: 'centre.published.acceptedMom',
            message: '公布了环比“环比增长5%”,但数据中没有上月受理数,无法核对',
          },
        ],
        en: [
          {
            code: 'published-figure-unchecked',
            severity: 'warning',
            path: 'centre.published.acceptedMom',
            message: 'the published month-on-month change "环比增长5%" cannot be checked: the data has no previous-month accepted count',
          },
        ],
      });
    });
  });
});
