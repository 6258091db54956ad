// The report's charts: Vega-Lite specs compiled to Vega and rendered to SVG by
// vega's headless View (renderer 'none', no canvas), once, when the report is
// built. Each chart carries the table of the numbers it draws, and its SVG is
// checked to reference nothing outside itself before it is inlined.
import { compile, type TopLevelSpec } from 'vega-lite';
import { View, parse, loader as vegaLoader } from 'vega';
import type { AuditReport } from './schema.js';

export interface Chart {
  id: string;
  title: string;
  caption: string;
  svg: string;
  table: { columns: string[]; rows: (string | number | null)[][] };
}

const MAX_CATEGORIES = 25;
/** Whole-number ticks for counts of articles. */
const COUNT_AXIS = { format: 'd', tickMinStep: 1 } as const;
const FONT = 'system-ui, sans-serif';

export async function buildCharts(report: AuditReport): Promise<Chart[]> {
  const specs = chartSpecs(report);
  const charts: Chart[] = [];
  for (const spec of specs) charts.push({ ...spec, svg: await renderSvg(spec.spec) });
  return charts;
}

type ChartSpec = Omit<Chart, 'svg'> & { spec: TopLevelSpec };

function chartSpecs(report: AuditReport): ChartSpec[] {
  const categories = [...report.byCategory].sort((a, b) => b.articles - a.articles || (a.name < b.name ? -1 : 1)).slice(0, MAX_CATEGORIES);
  const capped = report.byCategory.length > MAX_CATEGORIES ? ` (the ${MAX_CATEGORIES} largest of ${report.byCategory.length} categories)` : '';
  const translations = report.translations.flatMap((t) => [
    { locale: t.locale, state: 'up to date', articles: t.upToDate },
    { locale: t.locale, state: 'outdated', articles: t.outdated },
  ]);
  const trendFigures: [keyof AuditReport['trend'][number], string][] = [
    ['articles', 'Articles'],
    ['freshPercent', '% fresh'],
    ['duePercent', '% due'],
    ['stalePercent', '% stale'],
    ['errors', 'Errors'],
    ['deadLinks', 'Dead links'],
    ['unexplainedCodes', 'Unexplained codes'],
    ['medianGrade', 'Median grade'],
  ];
  const trendValues = report.trend.flatMap((point) =>
    trendFigures.filter(([key]) => point[key] !== null).map(([key, label]) => ({ quarter: point.quarter, figure: label, value: point[key] as number })),
  );
  return [
    {
      id: 'age',
      title: 'Age distribution',
      caption: 'Articles by days since they were last updated (or published, if never updated), as of the reference date.',
      spec: barSpec(report.ageDistribution, 'bucket', 'articles', 'Age', 'Articles'),
      table: { columns: ['Age', 'Articles'], rows: report.ageDistribution.map((b) => [b.bucket, b.articles]) },
    },
    {
      id: 'stale-by-category',
      title: 'Stale share by category',
      caption: `Share of each category's articles that are stale${capped}.`,
      spec: {
        ...base(),
        data: { values: categories.map((c) => ({ category: c.name, stalePercent: c.stalePercent })) },
        width: 480,
        mark: { type: 'bar', color: '#b3261e' },
        encoding: {
          y: { field: 'category', type: 'nominal', sort: null, title: 'Category', axis: { labelLimit: 220 } },
          x: { field: 'stalePercent', type: 'quantitative', title: '% stale', scale: { domain: [0, 100] } },
        },
      },
      table: { columns: ['Category', 'Articles', 'Stale', '% stale'], rows: categories.map((c) => [c.name, c.articles, c.stale, c.stalePercent]) },
    },
    {
      id: 'readability',
      title: 'Readability distribution',
      caption: 'Articles by Flesch–Kincaid grade (school years of reading needed); lower reads more easily.',
      spec: barSpec(report.readabilityDistribution, 'bucket', 'articles', 'Grade', 'Articles'),
      table: { columns: ['Grade', 'Articles'], rows: report.readabilityDistribution.map((b) => [b.bucket, b.articles]) },
    },
    {
      id: 'translations',
      title: 'Translation status per locale',
      caption: 'Articles per locale, split into translations older than their source (outdated) and the rest.',
      spec: {
        ...base(),
        data: { values: translations },
        width: 480,
        mark: 'bar',
        encoding: {
          y: { field: 'locale', type: 'nominal', title: 'Locale', sort: null },
          x: { field: 'articles', type: 'quantitative', title: 'Articles', stack: 'zero', axis: COUNT_AXIS },
          color: {
            field: 'state',
            type: 'nominal',
            title: null,
            scale: { domain: ['up to date', 'outdated'], range: ['#2e7d32', '#e08b00'] },
            legend: { orient: 'bottom' },
          },
        },
      },
      table: {
        columns: ['Locale', 'Source locale', 'Articles', 'Up to date', 'Outdated'],
        rows: report.translations.map((t) => [t.locale, t.source ? 'yes' : 'no', t.articles, t.upToDate, t.outdated]),
      },
    },
    {
      id: 'trend',
      title: 'Trend by quarter',
      caption: 'Each headline figure at the last audit of each quarter, from the audit history; this audit is the last point.',
      spec: {
        ...base(),
        data: { values: trendValues },
        facet: { row: { field: 'figure', type: 'nominal', title: null, sort: trendFigures.map(([, label]) => label), header: { labelAngle: 0, labelAlign: 'left', labelFont: FONT } } },
        spec: {
          width: 420,
          height: 70,
          mark: { type: 'line', point: true },
          encoding: {
            x: { field: 'quarter', type: 'ordinal', title: 'Quarter', sort: null, axis: { labelAngle: 0 } },
            y: { field: 'value', type: 'quantitative', title: null, scale: { zero: false }, axis: { format: '~g', tickCount: 3 } },
          },
        },
        resolve: { scale: { y: 'independent' } },
      } as TopLevelSpec,
      table: {
        columns: ['Quarter', ...trendFigures.map(([, label]) => label)],
        rows: report.trend.map((p) => [p.quarter, ...trendFigures.map(([key]) => p[key] as number | null)]),
      },
    },
  ];
}

function base() {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    background: 'white',
    config: { font: FONT, view: { stroke: null }, axis: { labelFont: FONT, titleFont: FONT } },
  } as const;
}

function barSpec(values: object[], x: string, y: string, xTitle: string, yTitle: string): TopLevelSpec {
  return {
    ...base(),
    width: 560,
    height: 200,
    data: { values },
    mark: { type: 'bar', color: '#3a6ea5' },
    encoding: {
      x: { field: x, type: 'ordinal', sort: null, title: xTitle, axis: { labelAngle: 0 } },
      y: { field: y, type: 'quantitative', title: yTitle, axis: COUNT_AXIS },
    },
  } as TopLevelSpec;
}

/** A loader that refuses every request: chart data is inline, nothing is fetched. */
const noNetwork = Object.assign(vegaLoader(), {
  load: async (uri: string) => {
    throw new Error(`charts load nothing; refused ${uri}`);
  },
  sanitize: async (uri: string) => {
    throw new Error(`charts load nothing; refused ${uri}`);
  },
});

export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const view = new View(parse(compile(spec).spec), { renderer: 'none', loader: noNetwork });
  try {
    const svg = await view.toSVG();
    assertSelfContained(svg);
    return svg;
  } finally {
    view.finalize();
  }
}

const FORBIDDEN_ELEMENTS = new Set(['script', 'foreignobject', 'image', 'use', 'a', 'style', 'iframe', 'object', 'embed']);
const START_TAG = /<([A-Za-z][\w:-]*)((?:\s+[^\s=>"]+="[^"]*")*)\s*\/?>/g;
const ATTRIBUTE = /\s+([^\s=>"]+)="([^"]*)"/g;

/**
 * Throws when an SVG could run script or fetch anything: no script-capable or
 * loading elements, no event handler or href attributes, no url() in any
 * attribute. Text (titles, labels) is escaped by vega and may say anything.
 */
export function assertSelfContained(svg: string): void {
  for (const tag of svg.matchAll(START_TAG)) {
    const element = tag[1]!.toLowerCase();
    if (FORBIDDEN_ELEMENTS.has(element)) throw new Error(`chart SVG is not self-contained: <${element}>`);
    for (const attribute of tag[2]!.matchAll(ATTRIBUTE)) {
      const name = attribute[1]!.toLowerCase();
      if (name.startsWith('on') || name === 'href' || name.endsWith(':href') || /url\s*\(/i.test(attribute[2]!)) {
        throw new Error(`chart SVG is not self-contained: ${name}="${attribute[2]}" on <${element}>`);
      }
    }
  }
  if (/<!DOCTYPE|<!ENTITY|<\?xml-stylesheet/i.test(svg)) throw new Error('chart SVG is not self-contained: a DTD or stylesheet instruction');
}
