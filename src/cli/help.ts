/** The help of each command, and the general usage. */
export const HELP = {
  main: `Usage: zwfw-stats <command> [options]

Statistics of a government service centre's monthly report (政务服务统计).

Commands:
  report FILE.json   write section 一、基本情况 of the report from its data (or --records FILE…)
  audit FILE.json    check that the report's figures agree with each other
  tally FILE         tally case records (CSV, .xlsx or NDJSON) by street office or category
  sql                print the SQL that tallies a table of case records in a database

Options:
  -h, --help         show help (also after a command: zwfw-stats report --help)
  -v, --version      show the version

Exit status: 0 done; 1 the audit found an error; 2 a mistake in the input or the options.
`,
  report: `Usage: zwfw-stats report FILE.json [--format text|markdown|json|docx] [--locale zh-CN|en] [--out FILE]
       zwfw-stats report --records FILE [FILE…] --period PERIOD [--supplement FILE.json] [options]

Writes section 一、基本情况 (overview) of a monthly report: from its data file, or
built from exports of case records (CSV, .xlsx or NDJSON, read as zwfw-stats tally
reads them). The figures are computed from the counts; when the figures disagree
among themselves (see zwfw-stats audit), a warning goes to stderr.

From records, the centre is the cases with no street office (its own windows) and
each street office is its own unit; 在办 is the cases still open at the period's
end; 同比 compares the same span a year before, 环比 the span of equal length just
before. A base period the records do not reach (a month of it without a case
accepted or completed) is said as such (上年同期无数据), apart from zero cases
(上年同期无业务). The exports may be one file or several (a year in each).

Options:
  --format text|markdown|json|docx   text (default); Markdown with tables and the appendix tables
                                     (附件1 by department, 附件2 by street office); json, the
                                     report's data, which zwfw-stats report and audit read back; or
                                     a Word document (.docx) laid out as official documents are
                                     (GB/T 9704: A4, 小标宋 title, 仿宋 body), which needs --out
  --locale zh-CN|en                  the language of the text and of problem messages (default zh-CN)
  --out FILE                         write to FILE instead of standard output
  --title TEXT                       docx: the title (default: the centre and the period, on two
                                     lines; \\n in TEXT breaks a line)
  --issuer TEXT                      docx: the issuing office under the text (default: the centre)
  --date YYYY-MM-DD                  docx: the date under it (default: today, Beijing time)
  --records                          the arguments are exports of case records, not a report's data
  --period PERIOD                    with --records: a month 2019-01, a quarter 2019-Q1, a half-year
                                     2019-H1, a year 2019 or a range of months 2019-01..2019-06
                                     (from January: labelled 2019年1—6月累计)
  --supplement FILE.json             with --records: what records cannot hold (names, display
                                     names, investment projects, supervision cards, commendations,
                                     published figures), as ReportSupplementSchema says
  --encoding, --input, --header, --skip-rows, --sheet, --time-offset, --skip-invalid,
  --invalid-out, --jobs              with --records: as zwfw-stats tally takes them
  -h, --help                         show this help

Examples:
  zwfw-stats report examples/wuhua-2019-01.json --locale en
  zwfw-stats report examples/wuhua-2019-01.json --format docx --out wuhua-2019-01.docx --date 2019-02-20
  zwfw-stats report --records examples/wuhua-records-2018.csv examples/wuhua-records-2019.csv \\
    --period 2019-Q1 --supplement examples/wuhua-supplement.json --format markdown
`,
  audit: `Usage: zwfw-stats audit FILE.json [--format text|json] [--locale zh-CN|en]

Checks that a monthly report's figures agree: parts against totals, 在办 against
受理 − 办结, published rates and changes against the counts, the published ranking.
Exit status 1 when a finding has severity error.

Options:
  --format text|json   one line per finding (default), or the findings as JSON
  --locale zh-CN|en    the language of the messages (default zh-CN)
  -h, --help           show this help

Example:
  zwfw-stats audit examples/wuhua-2019-01.json
`,
  tally: `Usage: zwfw-stats tally FILE.csv|FILE.xlsx|FILE.ndjson --period PERIOD [--by DIMENSIONS] [--top N] [options]

Tallies case records (受理, 办结, 按时办结, 在办) for a month, streaming the file,
and prints the groups with their rates, ranked by cases accepted (受理量), and
their total (合计). Exports are read as approval systems write them: the usual
Chinese column names (办件编号, 事项类型, 实施部门, 所属街道, 受理时间, 承诺办结时间,
办结时间, 办件状态 …), title rows above the header, 事项类型 codes or names,
times without an offset (2019-01-05 09:30:00, 2019/1/5 9:30, 2019-01-05).

Options:
  --period PERIOD          required: a month 2019-01, a quarter 2019-Q1, a half-year 2019-H1, a year
                           2019 or a range of months 2019-01..2019-06, tallied as one period (在办 at its
                           end); months are cut in China Standard Time
  --by LIST                streetOffice (default), department, category, period; comma-separated
  --top N                  only the top N groups by cases accepted (ties at the cut kept)
  --format FORMAT          text (default), markdown, json or csv
  --locale zh-CN|en        the language of the headings and messages (default zh-CN)
  --digits N               decimals of the rates in tables (default 2)
  --encoding ENCODING      of the file: auto (default: a byte-order mark, else UTF-8 if valid,
                           else GBK/GB18030), utf-8, gbk, gb18030, utf-16le, utf-16be
  --output-encoding ENC    of CSV output: utf-8-bom (default, what Excel opens), utf-8, gbk
  --input csv|ndjson       the file's kind, when its name does not end in .csv, .ndjson or .jsonl
  --header 列名=FIELD      reads another column name as a record field (repeatable), such as
                           --header 申请编号=id; 列名= leaves a column unread (two department columns)
  --skip-rows N            rows to skip before the header (title and blank rows are skipped anyway)
  --sheet NAME|N           the sheet of an .xlsx workbook to read, by name or 1-based number (default: the first);
                           an .xls, .ods or a file that is not what its name says is refused with what to do
  --time-offset ±HH:MM     the clock of times written without an offset (default +08:00, Beijing
                           time); none refuses such times
  --skip-invalid           count the valid records and list the first ten invalid ones on stderr
                           (by default the first invalid record stops the command)
  --invalid-out FILE       with --skip-invalid: every invalid record, as CSV
  --duckdb                 count in DuckDB (npm install @duckdb/node-api) with the tally's SQL, for a
                           CSV, NDJSON or Parquet file too big for one process: the same figures and
                           options; invalid records counted by kind, not listed; duplicate ids refused
  --jobs N                 read a CSV or NDJSON file of 8 MiB or more on N threads
                           (default: the cores available; 1 reads in one pass)
  -h, --help               show this help

Records with a 办件状态 of a case never taken in or cancelled (不予受理, 退件, 退回, 撤件,
撤回, 作废) are not 受理: they are counted apart in the heading. Records with no street
office are the centre's own windows: listed apart, unranked, in the total.

Example:
  zwfw-stats tally examples/cases-2019-01.csv --period 2019-01 --by streetOffice --top 3
`,
  sql: `Usage: zwfw-stats sql --dialect DIALECT --table NAME --period YYYY-MM [--by DIMENSIONS] [options]

Prints the SQL that counts, in the database, what zwfw-stats tally counts (受理, 办结,
按时办结, 应办结, 在办 and the invalid records) for a table of case records. The
statement has no parameters: the period's bounds are literals written by zwfw-stats,
and names are quoted for the dialect. Run it, then read its rows with readTallySqlRows:
the rates are computed and rounded there, not in SQL. See docs/sql.md.

Options:
  --dialect DIALECT        postgres (also KingbaseES, openGauss, Greenplum), mysql (also MariaDB,
                           OceanBase, TiDB, Doris, StarRocks), duckdb, clickhouse or sqlite (required)
  --table NAME             the table (required); --schema NAME puts it in a schema
  --period YYYY-MM         the month, or a range YYYY-MM..YYYY-MM (required)
  --by LIST                streetOffice (default), department, category, period; comma-separated,
                           or '' for one group
  --columns LIST           field=column pairs where the columns are not named as the fields:
                           departmentId=dept_code,acceptedAt=accept_time
  --time-storage KIND      timestamptz (default: instants), timestamp (wall-clock times, no zone)
                           or epochMs (integer milliseconds)
  --time-offset +HH:MM     the offset months are cut at (default +08:00, Beijing time)
  --storage-offset +HH:MM  with --time-storage timestamp: the wall clock's offset (default: --time-offset)
  --no-duplicate-check     leave out the count of duplicate ids (a COUNT(DISTINCT id))
  -h, --help               show this help

Columns (by default named as the record fields): id, category, departmentId,
streetOfficeId, acceptedAt, dueAt, completedAt.

Example:
  zwfw-stats sql --dialect postgres --table cases --period 2019-01 --by streetOffice
`,
} as const;
