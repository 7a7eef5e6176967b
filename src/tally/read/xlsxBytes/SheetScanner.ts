import type { SheetRowBuilder } from './SheetRowBuilder.js';

/** What stopped {@link SheetScanner.scan}. */
export const SCANNED = 0;
/** The text ends inside a row: scan again from there with more text. */
export const SHORT = -2;
/** Something the scanner leaves to the XML parser (a comment, CDATA, rich text, a prefix, malformed XML). */
export const OTHER = -1;

const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** A code point that XML 1.0 allows in a document (its Char production). */
const isXmlChar = (code: number): boolean =>
  code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);

/** A character that may start an attribute's name here: ASCII letters, `_` and `:` (the parser takes more). */
const isNameStart = (code: number): boolean => ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) || code === 0x5f || code === 0x3a;
/** …and go on with it: digits, `.` and `-` too. */
const isNameChar = (code: number): boolean => isNameStart(code) || (code >= 0x30 && code <= 0x39) || code === 0x2e || code === 0x2d;

/** A cell's `t`, the common ones without a new string. */
function typeOf(s: string, from: number, to: number): string {
  if (to - from === 1) {
    switch (s.charCodeAt(from)) {
      case 0x73:
        return 's';
      case 0x6e:
        return 'n';
      case 0x62:
        return 'b';
      case 0x65:
        return 'e';
      case 0x64:
        return 'd';
    }
  } else if (to - from === 3 && s.startsWith('str', from)) {
    return 'str';
  }
  return s.slice(from, to);
}

/**
 * The cell most sheets are made of, `<c r="B2" s="1" t="s"><v>8</v></c>`:
 * r, s and t in that order (s and t optional), a value of printable ASCII
 * but `&`, `<` and `]` (which leaves nothing to check: no entity, no line,
 * no `]]>`). Any other cell is read by {@link SheetScanner.cell}.
 */
const COMMON_CELL =
  /<c r="([\x20\x21\x23-\x25\x27-\x3b\x3d-\x7e]*)"(?: s="([0-9]{1,9})")?(?: t="([a-zA-Z]{1,9})")?><v>([\x20-\x25\x27-\x3b\x3d-\x5c\x5e-\x7e]*)<\/v><\/c>/y;

/** A cell's `s` as `Number` reads it, a short run of digits without a new string. */
function styleOf(s: string, from: number, to: number): number {
  if (to === from || to - from > 9) return Number(s.slice(from, to));
  let style = 0;
  for (let i = from; i < to; i += 1) {
    const digit = s.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return Number(s.slice(from, to));
    style = style * 10 + digit;
  }
  return style;
}

/**
 * Reads the rows of a worksheet's `<sheetData>` from its text with
 * `indexOf` and `charCodeAt`, no event or attribute object per element,
 * into the same {@link SheetRowBuilder} the XML parser's handlers call, in
 * the order the parser would call it. It takes the common form alone, and
 * stops before any row it does not take (see {@link OTHER}), so that the
 * parser reads on from there:
 *
 * ```text
 * rows    <row a="…">cells</row> | <row …/>, whitespace (space, tab, line feed) between
 * cells   <c a="…"/> | <c …>(<v>text</v> | <v/> | <f …>text</f> | <f …/> | <is>(<t …>text</t> | <t/>)*</is>)*</c>
 * a="…"   ASCII names and printable ASCII values without & or <, no whitespace around =, none repeated
 * text    any XML 1.0 character but carriage return, the five predefined entities and character references
 * ```
 *
 * Element and attribute names are matched as written (no namespace prefix).
 * It counts the line feeds and the characters it passes, so that the parser
 * can be moved to where it stopped and report errors where it would have.
 *
 * @internal
 */
export class SheetScanner {
  /** Line feeds passed. */
  lines = 0;
  /** The position just after the last line feed passed (-1: none yet). */
  lineStart = -1;
  /** Characters beyond the Basic Multilingual Plane since that line feed (the parser counts a column per code point). */
  astral = 0;
  /** The position of the text's first character in the whole part. */
  base = 0;
  /** What stopped the last scan: {@link SCANNED}, {@link SHORT} or {@link OTHER}. */
  stop = SCANNED;

  private s = '';
  private end = 0;
  /** Text read by the last {@link readText}. */
  private read = '';
  /** Attribute values of the last tag: r, s, t. */
  private r: string | undefined = undefined;
  /** The number `s` holds, as `Number(s ?? '0')` reads it. */
  private style = 0;
  private hasStyle = false;
  private t: string | undefined = undefined;
  private readonly seen: string[] = [];

  constructor(private readonly builder: SheetRowBuilder) {}

  /**
   * Scans the rows of `text` from `start` up to `end` (the end of its
   * last whole row), and returns where it stopped: after the last row it
   * took, with `stop` saying why.
   */
  scan(text: string, start: number, end: number): number {
    this.s = text;
    this.end = end;
    let p = start;
    for (;;) {
      p = this.skipSpace(p, text.length);
      if (p >= end) {
        // Past the last whole row: more rows, or the end of the sheet's data (the parser's).
        this.stop = text.length - p >= 5 && !this.isTag(p, 'row') ? OTHER : SHORT;
        return p;
      }
      if (!this.isTag(p, 'row')) {
        this.stop = OTHER;
        return p;
      }
      const { line } = this.builder;
      const { lines, lineStart, astral } = this;
      const next = this.row(p);
      if (next < 0) {
        // Undo what the row did, for the parser to read it again.
        this.builder.line = line;
        this.builder.inValue = false;
        this.builder.inInlineString = false;
        this.lines = lines;
        this.lineStart = lineStart;
        this.astral = astral;
        this.stop = next;
        return p;
      }
      p = next;
    }
  }

  /** Whether `<name` starts at p, followed by a space, `>` or `/`. */
  private isTag(p: number, name: string): boolean {
    const { s } = this;
    if (s.charCodeAt(p) !== 0x3c || !s.startsWith(name, p + 1)) return false;
    const code = s.charCodeAt(p + 1 + name.length);
    return code === 0x20 || code === 0x3e || code === 0x2f;
  }

  /** Past spaces, tabs and line feeds (counted), up to `limit`. */
  private skipSpace(p: number, limit: number): number {
    const { s } = this;
    for (; p < limit; p += 1) {
      const code = s.charCodeAt(p);
      if (code === 0x20 || code === 0x09) continue;
      if (code !== 0x0a) break;
      this.lines += 1;
      this.lineStart = this.base + p + 1;
      this.astral = 0;
    }
    return p;
  }

  /** A row from its `<row`: the position after it, or {@link OTHER} / {@link SHORT}. */
  private row(p: number): number {
    const { s, builder } = this;
    p = this.attributes(p + 4);
    if (p < 0) return p;
    builder.openRow(this.r);
    if (s.charCodeAt(p) === 0x2f) {
      builder.closeRow();
      return p + 2;
    }
    p += 1;
    for (;;) {
      p = this.skipSpace(p, this.end);
      if (p >= this.end) return SHORT;
      const code = s.charCodeAt(p + 2);
      if (s.charCodeAt(p) === 0x3c && s.charCodeAt(p + 1) === 0x63 && (code === 0x20 || code === 0x3e || code === 0x2f)) {
        COMMON_CELL.lastIndex = p;
        const match = COMMON_CELL.exec(s);
        if (match !== null && COMMON_CELL.lastIndex <= this.end) {
          // The common cell, matched whole (twice as fast as reading it character by character).
          const style = match[2];
          builder.openCell(match[1], match[3], style === undefined ? 0 : Number(style));
          builder.openValue();
          builder.text(match[4] as string);
          builder.closeValue();
          builder.closeCell();
          p = COMMON_CELL.lastIndex;
          continue;
        }
        p = this.cell(p);
        if (p < 0) return p;
      } else if (s.startsWith('</row>', p)) {
        builder.closeRow();
        return p + 6;
      } else {
        return OTHER;
      }
    }
  }

  /** A cell from its `<c`. */
  private cell(p: number): number {
    const { s, builder } = this;
    p = this.attributes(p + 2);
    if (p < 0) return p;
    builder.openCell(this.r, this.t, this.style);
    if (s.charCodeAt(p) === 0x2f) {
      builder.closeCell();
      return p + 2;
    }
    p += 1;
    for (;;) {
      p = this.skipSpace(p, this.end);
      if (p + 4 > this.end) return SHORT;
      if (s.charCodeAt(p) !== 0x3c) return OTHER;
      const second = s.charCodeAt(p + 1);
      const third = s.charCodeAt(p + 2);
      if (second === 0x76 && third === 0x3e) {
        // <v>
        builder.openValue();
        p = this.readText(p + 3, '</v>');
        if (p < 0) return p;
        builder.text(this.read);
        builder.closeValue();
      } else if (second === 0x2f && third === 0x63 && s.charCodeAt(p + 3) === 0x3e) {
        // </c>
        builder.closeCell();
        return p + 4;
      } else if (second === 0x76 && third === 0x2f && s.charCodeAt(p + 3) === 0x3e) {
        // <v/>
        builder.openValue();
        builder.closeValue();
        p += 4;
      } else if (second === 0x66 && (third === 0x20 || third === 0x3e || third === 0x2f)) {
        // A formula: its text is checked, not kept (the cell gives its cached result).
        p = this.attributes(p + 2);
        if (p < 0) return p;
        p = s.charCodeAt(p) === 0x2f ? p + 2 : this.readText(p + 1, '</f>');
        if (p < 0) return p;
      } else if (second === 0x69 && third === 0x73 && s.charCodeAt(p + 3) === 0x3e) {
        // <is>
        builder.openInlineString();
        p = this.inlineString(p + 4);
        if (p < 0) return p;
      } else {
        return OTHER;
      }
    }
  }

  /** An inline string's `<t>` elements, from after `<is>` to after `</is>`. */
  private inlineString(p: number): number {
    const { s, builder } = this;
    for (;;) {
      p = this.skipSpace(p, this.end);
      if (p + 5 > this.end) return SHORT;
      if (s.startsWith('</is>', p)) {
        builder.inInlineString = false;
        return p + 5;
      }
      if (!this.isTag(p, 't')) return OTHER;
      p = this.attributes(p + 2);
      if (p < 0) return p;
      builder.openText();
      if (s.charCodeAt(p) === 0x2f) {
        p += 2;
      } else {
        p = this.readText(p + 1, '</t>');
        if (p < 0) return p;
        builder.text(this.read);
      }
      builder.closeValue();
    }
  }

  /**
   * A tag's attributes, from just after its name: sets r, s and t (or
   * undefined) and returns the position of its `>` or of the `/` of `/>`.
   */
  private attributes(p: number): number {
    const { s, end, seen } = this;
    this.r = undefined;
    this.style = 0;
    this.hasStyle = false;
    this.t = undefined;
    if (seen.length > 0) seen.length = 0;
    for (;;) {
      let code = s.charCodeAt(p);
      const spaced = code === 0x20;
      while (code === 0x20) code = s.charCodeAt((p += 1));
      if (p >= end) return SHORT;
      if (code === 0x3e) return p;
      if (code === 0x2f) {
        if (p + 1 >= end) return SHORT;
        return s.charCodeAt(p + 1) === 0x3e ? p : OTHER;
      }
      if (!spaced || !isNameStart(code)) return OTHER;
      const nameStart = p;
      p += 1;
      while (p < end && isNameChar(s.charCodeAt(p))) p += 1;
      if (p + 1 >= end) return SHORT;
      const quote = s.charCodeAt(p + 1);
      if (s.charCodeAt(p) !== 0x3d || (quote !== 0x22 && quote !== 0x27)) return OTHER;
      const oneLetter = p - nameStart === 1 ? code : 0;
      const valueStart = p + 2;
      p = valueStart;
      for (;;) {
        if (p >= end) return SHORT;
        const c = s.charCodeAt(p);
        if (c === quote) break;
        if (c < 0x20 || c > 0x7e || c === 0x26 || c === 0x3c) return OTHER;
        p += 1;
      }
      const valueEnd = p;
      p += 1;
      // The three that cells and rows need, by their one letter; any other by its name, once.
      if (oneLetter === 0x72) {
        if (this.r !== undefined) return OTHER;
        this.r = s.slice(valueStart, valueEnd);
      } else if (oneLetter === 0x73) {
        if (this.hasStyle) return OTHER;
        this.hasStyle = true;
        this.style = styleOf(s, valueStart, valueEnd);
      } else if (oneLetter === 0x74) {
        if (this.t !== undefined) return OTHER;
        this.t = typeOf(s, valueStart, valueEnd);
      } else {
        const name = s.slice(nameStart, valueStart - 2);
        if (seen.includes(name)) return OTHER;
        seen.push(name);
      }
    }
  }

  /**
   * Character data from p to the next `<`, which must begin `close`: sets
   * `read` to the text (entities and character references replaced) and
   * returns the position after `close`.
   */
  private readText(p: number, close: string): number {
    const { s, end } = this;
    const lt = s.indexOf('<', p);
    if (lt === -1 || lt + close.length > end) return SHORT;
    if (!s.startsWith(close, lt)) return OTHER;
    let text = '';
    let from = p;
    for (let i = p; i < lt; i += 1) {
      const code = s.charCodeAt(i);
      if (code >= 0x20 && code < 0xd800 && code !== 0x26 && code !== 0x5d) continue;
      if (code === 0x5d) {
        if (s.startsWith(']]>', i)) return OTHER;
      } else if (code === 0x0a) {
        this.lines += 1;
        this.lineStart = this.base + i + 1;
        this.astral = 0;
      } else if (code === 0x26) {
        const semicolon = s.indexOf(';', i);
        if (semicolon === -1 || semicolon > lt) return OTHER;
        const entity = s.slice(i + 1, semicolon);
        let replaced = PREDEFINED[entity];
        if (replaced === undefined) {
          let number = Number.NaN;
          if (/^#x[0-9a-f]+$/i.test(entity) && entity[1] === 'x') number = parseInt(entity.slice(2), 16);
          else if (/^#[0-9]+$/.test(entity)) number = parseInt(entity.slice(1), 10);
          if (!isXmlChar(number)) return OTHER;
          replaced = String.fromCodePoint(number);
        }
        text += s.slice(from, i) + replaced;
        from = semicolon + 1;
        i = semicolon;
      } else if (code >= 0xd800 && code <= 0xdbff) {
        const low = s.charCodeAt(i + 1);
        if (!(low >= 0xdc00 && low <= 0xdfff)) return OTHER;
        this.astral += 1;
        i += 1;
      } else if (code !== 0x09 && !(code >= 0xe000 && code <= 0xfffd)) {
        // Carriage returns (the parser turns them into line feeds), control characters, U+FFFE and U+FFFF.
        return OTHER;
      }
    }
    this.read = from === p ? s.slice(p, lt) : text + s.slice(from, lt);
    return lt + close.length;
  }
}
