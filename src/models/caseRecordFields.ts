/**
 * The fields of a case record, in the order a CSV export usually has them:
 * the names that a CSV header may map onto.
 *
 * @internal
 */
export const CASE_RECORD_FIELDS = ['id', 'category', 'itemTypeCode', 'departmentId', 'streetOfficeId', 'acceptedAt', 'dueAt', 'completedAt'] as const;
