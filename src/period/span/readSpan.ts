import { assertObject } from '../../internal/assertObject.js';
import { assertOneOf } from '../../internal/assertOneOf.js';
import { describeValue } from '../../internal/describeValue.js';
import { PERIOD_PATTERN } from '../periodPattern.js';
import { PERIOD_SPAN_KINDS, type PeriodSpan } from '../PeriodSpan.js';
import { parsePeriodSpanFor } from '../parsePeriodSpan.js';

/**
 * Checks a span argument of `fn`: an object whose `kind`, `from`, `to` and
 * `text` are each well formed and are what {@link parsePeriodSpan} gives for
 * its `text`, so that a span built by hand cannot say one period in its text
 * and count another in its months. Returns the span as parsed from its text.
 *
 * @internal
 */
export function readSpan(fn: string, span: unknown): PeriodSpan {
  assertObject(fn, 'span', span);
  const { kind, from, to, text } = span;
  assertOneOf(fn, 'span.kind', kind, PERIOD_SPAN_KINDS);
  checkMonth(fn, 'span.from', from);
  checkMonth(fn, 'span.to', to);
  const parsed = parsePeriodSpanFor(fn, 'span.text', text);
  if (parsed.kind !== kind || parsed.from !== from || parsed.to !== to || parsed.text !== text) {
    throw new RangeError(
      `${fn} requires span to be what parsePeriodSpan gives for its text ${describeValue(text)} (${describeSpan(parsed)}), got ${describeSpan({ kind, from, to, text })}`,
    );
  }
  return parsed;
}

function checkMonth(fn: string, name: string, value: unknown): void {
  if (typeof value !== 'string') {
    throw new TypeError(`${fn} requires ${name} to be a string, got ${describeValue(value)}`);
  }
  if (!PERIOD_PATTERN.test(value)) {
    throw new RangeError(`${fn} requires ${name} to be a month written YYYY-MM, got ${describeValue(value)}`);
  }
}

function describeSpan(span: { kind: unknown; from: unknown; to: unknown; text: unknown }): string {
  return `kind ${describeValue(span.kind)}, from ${describeValue(span.from)}, to ${describeValue(span.to)}, text ${describeValue(span.text)}`;
}
