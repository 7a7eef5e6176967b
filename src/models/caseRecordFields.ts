/**
 * The fields of a case record, in the order a CSV export usually has them:
 * the names that a CSV header may map onto.
 *
 * @internal
 */
export const CASE_RECORD_FIELDS = [
  'id',
  'itemName',
  'category',
  'itemTypeCode',
  'departmentId',
  'streetOfficeId',
  'acceptedAt',
  'dueAt',
  'completedAt',
  'status',
  'timeLimit',
  'statutoryTimeLimit',
] as const;

/**
 * The column names that approval systems' exports use, by the case-record
 * field each is read as. A header cell is compared after NFKC normalization
 * (full-width brackets and letters become half-width), with white space
 * removed and Latin letters in lower case, so `街道（乡镇）`, `街道(乡镇)` and
 * ` 街道 (乡镇) ` are one name; each field's own name (`acceptedAt`) is also
 * taken.
 *
 * ```text
 * id             办件编号 办件流水号 业务流水号 申办流水号 受理编号 流水号
 * itemName       事项名称
 * itemTypeCode   事项类型 事项类别 权力类型 事项分类   (a code 01…20, or a name: 行政许可, 行政确认, 公共服务 …)
 * departmentId   实施部门 受理部门 办理部门 部门 部门名称 实施机构
 * streetOfficeId 所属街道 街道 乡镇街道 街道(乡镇) 乡镇(街道)
 * acceptedAt     受理时间 受理日期
 * dueAt          承诺办结时间 承诺时间 承诺期限 办结时限 截止时间
 * completedAt    办结时间 办结日期 完成时间
 * status         办件状态 状态
 * timeLimit      承诺时限 承诺办结时限 承诺办理时限   (15个工作日, 20天, 即办 …)
 * statutoryTimeLimit 法定时限 法定办结时限 法定办理时限
 * ```
 * In words: the names in public exports of Chinese approval systems; a
 * 事项类型 column is read as `itemTypeCode` whether it holds codes or names,
 * and the two-bucket category follows from it. A 承诺时限 column holds the
 * committed limit as text ("15个工作日", "即办"), from which the tally
 * computes the deadline when there is no 承诺办结时间; a 法定时限 column the
 * statutory one, used when a record has no 承诺时限.
 *
 * @example
 * ```ts
 * CASE_RECORD_COLUMN_NAMES.departmentId.includes('实施部门');
 * // => true
 * ```
 * @category Tally
 */
export const CASE_RECORD_COLUMN_NAMES = {
  /** 办件编号: the case number. */
  id: ['办件编号', '办件流水号', '业务流水号', '申办流水号', '受理编号', '流水号'],
  /** 事项名称: the matter's name. */
  itemName: ['事项名称'],
  /** The two-bucket category: only its own name; a 事项类型 column is read as itemTypeCode. */
  category: [],
  /** 事项类型: a code or a name. */
  itemTypeCode: ['事项类型', '事项类别', '权力类型', '事项分类'],
  /** 部门: the department, usually by name. */
  departmentId: ['实施部门', '受理部门', '办理部门', '部门', '部门名称', '实施机构'],
  /** 街道: the street office, empty for the centre's own windows. */
  streetOfficeId: ['所属街道', '街道', '乡镇街道', '街道(乡镇)', '乡镇(街道)'],
  /** 受理时间. */
  acceptedAt: ['受理时间', '受理日期'],
  /** 承诺办结时间: the committed deadline. */
  dueAt: ['承诺办结时间', '承诺时间', '承诺期限', '办结时限', '截止时间'],
  /** 办结时间. */
  completedAt: ['办结时间', '办结日期', '完成时间'],
  /** 办件状态. */
  status: ['办件状态', '状态'],
  /** 承诺时限: the committed time limit, as text ("15个工作日", "20天", "即办"). */
  timeLimit: ['承诺时限', '承诺办结时限', '承诺办理时限'],
  /** 法定时限: the statutory time limit, as text; the deadline's limit when a record has no 承诺时限. */
  statutoryTimeLimit: ['法定时限', '法定办结时限', '法定办理时限'],
} as const satisfies { readonly [field in (typeof CASE_RECORD_FIELDS)[number]]: readonly string[] };
