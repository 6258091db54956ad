import { describe, expect, it } from 'vitest';
import { summaryMetadata } from '../../src/engine/file-job.js';
import type { ArticleMetadata, DateField, MetadataField } from '../../src/model/types.js';

const span = (line: number) => ({ start: { line, column: 1 }, end: { line, column: 9 } });
const field = (origin: string, raw: string, line: number): MetadataField => ({ origin, raw, span: span(line) }) as MetadataField;
const date = (origin: string, raw: string, line: number, kind: 'published' | 'updated'): DateField =>
  ({ origin, raw, span: span(line), value: raw, kind }) as DateField;

describe('summaryMetadata', () => {
  it('keeps the values, every date field and where the two dates were stated; drops where the rest was', () => {
    const published = date('frontmatter:date', '2026-01-02', 3, 'published');
    const updated = date('body', '2026-03-04', 9, 'updated');
    const values = { title: 'T', published: '2026-01-02', updated: '2026-03-04', views: 12, category: 'c', locale: 'de' } as const;
    const metadata: ArticleMetadata = {
      ...values,
      fields: { title: field('frontmatter:title', 'T', 2), published, updated, views: field('body', '12', 9), category: field('path', 'c', 1), locale: field('frontmatter:locale', 'de', 4) },
      dateFields: [published, updated],
    };
    expect(summaryMetadata(metadata)).toEqual({
      ...values,
      fields: { published, updated },
      dateFields: [published, updated],
    });
    // Absent dates stay absent (not undefined keys, which structured clone and the cache would keep).
    expect(Object.keys(summaryMetadata({ ...metadata, fields: {} }).fields)).toEqual([]);
  });
});
