/** The help of each command, and the general usage. */
export const HELP = {
  main: `Usage: zwfw-stats <command> [options]

Statistics of a government service centre's monthly report (政务服务统计).

Commands:
  report FILE.json   write section 一、基本情况 of the report from its data
  audit FILE.json    check that the report's figures agree with each other
  tally FILE         tally case records (CSV or NDJSON) by street office or category

Options:
  -h, --help         show help (also after a command: zwfw-stats report --help)
  -v, --version      show the version

Exit status: 0 done; 1 the audit found an error; 2 a mistake in the input or the options.
`,
  report: `Usage: zwfw-stats report FILE.json [--format text|markdown|json] [--locale zh-CN|en]

Writes section 一、基本情况 (overview) of a monthly report from its data file.

Options:
  --format text|markdown|json   text (default); Markdown with tables; or the checked data as JSON
  --locale zh-CN|en             the language of the text and of problem messages (default zh-CN)
  -h, --help                    show this help

Example:
  zwfw-stats report examples/wuhua-2019-01.json --locale en
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
} as const;
