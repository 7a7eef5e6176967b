import type { CaseRecord } from '../../src/index.js';

/**
 * Ten hand-made cases around January 2019 (China Standard Time), the figures
 * worked out by hand in the comments. Period 2019-01 in CST is
 * [2018-12-31T16:00Z, 2019-01-31T16:00Z).
 */
export const january: CaseRecord[] = [
  // r1 A 公共服务: accepted, completed before its deadline, due in January
  { id: 'r1', category: 'public_service', departmentId: 'A', streetOfficeId: 'S1', acceptedAt: '2019-01-05T09:30:00+08:00', dueAt: '2019-01-10T17:00:00+08:00', completedAt: '2019-01-08T10:00:00+08:00' },
  // r2 A 公共服务: carried over from December, completed late in January, due in January
  { id: 'r2', category: 'public_service', departmentId: 'A', streetOfficeId: null, acceptedAt: '2018-12-28T09:00:00+08:00', dueAt: '2019-01-04T17:00:00+08:00', completedAt: '2019-01-07T09:00:00+08:00' },
  // r3 A 行政许可: accepted in the last second of January (CST), still open, due in February
  { id: 'r3', category: 'administrative_licensing', departmentId: 'A', streetOfficeId: 'S1', acceptedAt: '2019-01-31T23:59:59+08:00', dueAt: '2019-02-20T17:00:00+08:00', completedAt: null },
  // r4 A 行政许可: 2019-01-31T16:00Z is 2019-02-01 00:00 in CST: February, open
  { id: 'r4', category: 'administrative_licensing', departmentId: 'A', streetOfficeId: 'S1', acceptedAt: '2019-01-31T16:00:00Z' },
  // r5 B 公共服务: 即办件 (no deadline) done in five minutes; times as epoch ms (2019-01-15T10:00+08:00)
  { id: 'r5', category: 'public_service', departmentId: 'B', streetOfficeId: 'S2', acceptedAt: Date.UTC(2019, 0, 15, 2, 0), completedAt: Date.UTC(2019, 0, 15, 2, 5) },
  // r6 B 公共服务: completed exactly at its deadline: on time
  { id: 'r6', category: 'public_service', departmentId: 'B', acceptedAt: '2019-01-20T10:00:00+08:00', dueAt: '2019-01-25T17:00:00+08:00', completedAt: '2019-01-25T09:00:00Z' },
  // r7 B 行政许可: accepted in November, overdue and still open: in progress only
  { id: 'r7', category: 'administrative_licensing', departmentId: 'B', acceptedAt: '2018-11-01T09:00:00+08:00', dueAt: '2018-11-20T17:00:00+08:00' },
  // r8 B 行政许可: accepted in January, completed in February, no deadline
  { id: 'r8', category: 'administrative_licensing', itemTypeCode: '01', departmentId: 'B', streetOfficeId: 'S2', acceptedAt: '2019-01-10T09:00:00+08:00', completedAt: '2019-02-03T09:00:00+08:00' },
  // r9 B 公共服务: all in 2018, touches no month of 2019-01
  { id: 'r9', category: 'public_service', itemTypeCode: '07', departmentId: 'B', acceptedAt: '2018-06-01T09:00:00+08:00', completedAt: '2018-07-01T09:00:00+08:00' },
  // r10 C: all in 2017, so department C has no group
  { id: 'r10', category: 'public_service', departmentId: 'C', acceptedAt: '2017-03-01T09:00:00+08:00', completedAt: '2017-03-02T09:00:00+08:00' },
];

/** The tally of `january` for 2019-01 by department, worked out in the comments above. */
export const januaryByDepartment = [
  // A: accepted r1 r3; completed r1 r2; on time r1; due r1 r2; in progress r3
  { key: { department: 'A' }, tally: { accepted: 2, completed: 2, completedOnTime: 1, due: 2, inProgress: 1 } },
  // B: accepted r5 r6 r8; completed r5 r6 (both on time); due r6; in progress r7 r8
  { key: { department: 'B' }, tally: { accepted: 3, completed: 2, completedOnTime: 2, due: 1, inProgress: 2 } },
];
