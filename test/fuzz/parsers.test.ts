// Property tests of the parsers that read untrusted text: they never throw
// (except the documented SourceFormatError), always return well-formed
// results, and locate what they find inside the input. Sized for CI;
// FUZZ_RUNS=100000 (bench/fuzz-long.mjs) for the long run.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { loadConfig } from '../../src/config/load.js';
import type { ResolvedConfig } from '../../src/config/schema.js';
import { applyDirectives, readDirectives } from '../../src/engine/inline-config.js';
import { findBodyDates, isIsoDate, parseDateText } from '../../src/metadata/dates.js';
import type { LintMessage, Span } from '../../src/model/types.js';
import { SourceFormatError } from '../../src/sources/common.js';
import { listingArticles } from '../../src/sources/listing.js';
import { markdownArticle, parseMarkdown } from '../../src/sources/markdown.js';
import { fuzzRuns } from '../support/fuzz.js';

let config: ResolvedConfig;
beforeAll(async () => {
  config = await loadConfig({ cwd: '/', searchFrom: '/nonexistent-kblint-fuzz', configPath: undefined });
});

const dateLike = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc
    .tuple(fc.integer({ min: -5, max: 10_000 }), fc.integer({ min: -1, max: 40 }), fc.integer({ min: -1, max: 40 }), fc.constantFrom('-', '/', '.', ' ', ', '))
    .map(([y, m, d, sep]) => `${y}${sep}${m}${sep}${d}`),
  fc.tuple(fc.constantFrom('Jan', 'February', 'Sept', 'mar.', 'Dez', 'Updated on'), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 3000 })).map(([m, d, y]) => `${m} ${d}, ${y}`),
);

const lineIn = (span: Span, lines: number) => span.start.line >= 1 && span.end.line <= lines && span.start.column >= 1;

describe('date parser', () => {
  it('returns a real ISO date or a reason, never throws', () => {
    fc.assert(
      fc.property(dateLike, fc.constantFrom('month-first' as const, 'day-first' as const), (raw, order) => {
        const parsed = parseDateText(raw, order);
        if (parsed.ok) expect(isIsoDate(parsed.date)).toBe(true);
        else expect(parsed.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: fuzzRuns(2000) },
    );
  });

  it('finds body dates only inside the text, each a real date', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(dateLike, fc.constantFrom('Last updated: ', 'Updated on ', 'Published ', '\n', ' ')), { maxLength: 8 }).map((p) => p.join('')), (text) => {
        for (const match of findBodyDates(text)) {
          expect(match.start).toBeGreaterThanOrEqual(0);
          expect(match.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(match.start, match.end)).toBe(match.raw);
          if (match.date.ok) expect(isIsoDate(match.date.date)).toBe(true);
        }
      }),
      { numRuns: fuzzRuns(1000) },
    );
  });
});

describe('listing reader', () => {
  const listingLine = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.tuple(fc.string({ maxLength: 30 }), dateLike).map(([title, date]) => `${title}\n${date}`),
    fc.constantFrom('Results 1-10 of 20', 'Updated 3 days ago', '', '---', 'Category: Billing'),
  );
  it('reads any text into located articles or refuses it with a located SourceFormatError', () => {
    fc.assert(
      fc.property(fc.array(listingLine, { maxLength: 12 }).map((l) => l.join('\n')), (text) => {
        const lines = text.split(/\r\n|\r|\n/).length;
        try {
          for (const article of listingArticles({ path: 'l.txt', absolutePath: '/l.txt', text }, config)) {
            const position = article.tree.position;
            if (position) expect(lineIn(position, lines + 1)).toBe(true);
          }
        } catch (error) {
          expect(error).toBeInstanceOf(SourceFormatError);
          expect(lineIn((error as SourceFormatError).span, lines + 1)).toBe(true);
        }
      }),
      { numRuns: fuzzRuns(500) },
    );
  });
});

describe('inline-comment parser', () => {
  const comment = fc
    .tuple(
      fc.constantFrom('kblint-disable', 'kblint-enable', 'kblint-disable-next-line', 'kblint-disable-file', 'kblint-disable-line', 'kblint-'),
      fc.array(fc.constantFrom('stale-article', 'dead-link', 'nope', ',', ' ', '--', 'why', '*', '\n'), { maxLength: 6 }),
    )
    .map(([kind, rest]) => `<!-- ${kind} ${rest.join(' ')} -->`);
  const body = fc.array(fc.oneof(comment, fc.constantFrom('# Title', 'Some text.', '', '- item', '<!--', '-->', '```', '<!-- unrelated -->')), { maxLength: 10 }).map((l) => l.join('\n'));

  it('reads directives from any article and applies them without losing or inventing findings', () => {
    fc.assert(
      fc.property(body, (text) => {
        const tree: Root = parseMarkdown(text);
        const directives = readDirectives(tree);
        const lines = text.split('\n').length;
        const messages: LintMessage[] = Array.from({ length: lines }, (_, i) => ({ ruleId: i % 2 ? 'stale-article' : 'dead-link', severity: 'error', message: 'm', line: i + 1, column: 1, endLine: i + 1, endColumn: 1 }));
        const { messages: kept, problems } = applyDirectives(messages, directives, (id) => id !== 'nope', 'https://docs');
        for (const message of kept) expect(messages).toContain(message);
        for (const problem of problems) expect(problem.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: fuzzRuns(500) },
    );
  });
});

describe('frontmatter parser', () => {
  const yamlish = fc.array(
    fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.tuple(fc.constantFrom('title', 'updated', 'date', 'tags', 'a', '? x', '&a', '*a', '<<'), fc.constantFrom(': ', ':', ' : '), fc.oneof(dateLike, fc.constantFrom('[1, 2', '{a: b}', '"x', "'y'", '|', '>', '!!binary x', '~', 'null')))
        .map(([k, sep, v]) => `${k}${sep}${v}`),
    ),
    { maxLength: 8 },
  );
  it('turns any frontmatter into data or a located error, never a crash', () => {
    fc.assert(
      fc.property(yamlish, fc.string({ maxLength: 40 }), (lines, rest) => {
        const text = `---\n${lines.join('\n')}\n---\n${rest}`;
        const article = markdownArticle({ path: 'a.md', absolutePath: '/a.md', text }, config);
        const total = text.split(/\r\n|\r|\n/).length;
        if (article.frontmatterError) expect(lineIn(article.frontmatterError.span, total)).toBe(true);
        else if (article.frontmatter !== null) expect(typeof article.frontmatter).toBe('object');
        for (const field of article.metadata.dateFields) {
          if (field.value !== null) expect(isIsoDate(field.value)).toBe(true);
        }
      }),
      { numRuns: fuzzRuns(500) },
    );
  });
});
