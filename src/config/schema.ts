// The config file's schema. Every object is strict so that a misspelt key is an
// error naming the key, not a silently ignored setting.
import { z } from 'zod';
import type { PackRuleSpec } from './pack-schema.js';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

export const SEVERITY_NAMES = ['off', 'info', 'warning', 'error'] as const;
/** What ESLint users write: `warn`, and 0/1/2 for off/warning/error. */
const SEVERITY_ALIASES: Record<string, (typeof SEVERITY_NAMES)[number]> = { warn: 'warning', '0': 'off', '1': 'warning', '2': 'error' };
export const SEVERITY_ACCEPTED = 'off, info, warning (or warn), error, or 0/1/2 for off/warning/error';
const severity = z
  .union([z.enum([...SEVERITY_NAMES, 'warn']), z.literal(0), z.literal(1), z.literal(2)], { error: `expected a severity: ${SEVERITY_ACCEPTED}` })
  .transform((value) => SEVERITY_ALIASES[String(value)] ?? (value as (typeof SEVERITY_NAMES)[number]));
export const ruleEntry = z.union([severity, z.tuple([severity]), z.tuple([severity, z.unknown()])], {
  error: `expected a severity (${SEVERITY_ACCEPTED}) or [severity, options]`,
});

/** Whole milliseconds that fit a Node timer (2^31 − 1, about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;
const milliseconds = (max: number) => z.number().int().nonnegative().max(max, `at most ${max} ms`);
const count = (max: number) => z.number().int().positive().max(max, `at most ${max}`);

const globs = z.union([z.string(), z.array(z.string()).min(1)]);

/** A year: cached link results older than that are not worth keeping. */
const MAX_TTL_SECONDS = 366 * 86_400;
/** 100 years: a limit beyond it is a typo. */
const days = z.number().int().nonnegative().max(36_500, 'at most 36500 days (100 years)');
const freshnessLimits = {
  maxAgeDays: days.optional(),
  warnAfterDays: days.optional(),
};

/** A policy: which files (by glob or frontmatter category) get other limits. */
function policy<Limits extends z.ZodRawShape>(limits: Limits) {
  return z
    .strictObject({ files: globs.optional(), category: globs.optional(), ...limits })
    .refine((p: { files?: unknown; category?: unknown }) => p.files !== undefined || p.category !== undefined, {
      message: 'a policy needs "files" or "category" to say what it applies to',
    });
}

const freshnessPolicy = policy(freshnessLimits);

const fieldNames = z.array(z.string().min(1)).min(1);

const pageKindEnum = z.enum(['article', 'changelog', 'release-notes', 'index']);

const readabilityLimits = {
  /** Reading age a sentence should suit (retext-readability `age`). Default 16. */
  targetAge: z.number().positive().max(100).optional(),
  /** Share of the 7 formulas (0–1) that must find a sentence too hard. Default 5/7. */
  threshold: z.number().gt(0).max(1, 'a share of the 7 formulas, between 0 and 1 (5/7 ≈ 0.71 is the default)').optional(),
  /** Sentences with fewer counted words (after masking) are never flagged. Default 18. */
  minWords: z.number().int().nonnegative().max(1000).optional(),
  /** Highest Flesch–Kincaid grade for a whole article. Default 10. */
  maxGrade: z.number().min(0).max(30).optional(),
  /** Most readability findings per article (the article grade first, then the hardest sentences). Default 3. */
  maxFindings: z.number().int().positive().max(1000).optional(),
};

// Platform exports (README: Sources). Kept together so other source options merge apart from these.
const platformSourceOptions = {
  zendesk: z
    .strictObject({
      /** Files (relative to the config file) holding `{"sections": [...]}` / `{"categories": [...]}` of the Help Center API: they name each article's section. */
      sections: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
    })
    .optional(),
  salesforce: z
    .strictObject({
      /** The rich-text fields that hold an article's body, in order (default Body__c, Answer__c, Content__c, Details__c). */
      bodyFields: z.array(z.string().min(1)).min(1).optional(),
    })
    .optional(),
  document360: z
    .strictObject({
      /** The language of exported articles that carry no `language_code`. */
      language: z.string().min(1).optional(),
    })
    .optional(),
};

export const configSchema = z.strictObject({
  /** The JSON Schema for editors (schemas/kblint.config.schema.json); not read by kblint. */
  $schema: z.string().optional(),
  /** Presets (`kblint:recommended`, `kblint:strict`), npm packages or files (`./base.json`) this config builds on, in order. */
  extends: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
  /** YAML rule packs (files or folders, relative to the config file): README › Rule packs. */
  packs: z.array(z.string().min(1)).optional(),
  /** Reference date for freshness (YYYY-MM-DD); default: today in UTC. */
  now: isoDate.optional(),
  /** Globs of files never linted, on top of .gitignore and .kblintignore. */
  ignore: z.array(z.string()).optional(),
  rules: z.record(z.string(), ruleEntry).optional(),
  overrides: z
    .array(
      z.strictObject({
        files: globs,
        rules: z.record(z.string(), ruleEntry),
      }),
    )
    .optional(),
  freshness: z
    .strictObject({
      ...freshnessLimits,
      policies: z.array(freshnessPolicy).optional(),
      /** A frontmatter key recording a review without an edit (`last_reviewed`); stale-article uses the later of it and the updated date. */
      reviewField: z.string().min(1).optional(),
    })
    .optional(),
  metadata: z
    .strictObject({
      fields: z
        .strictObject({
          title: fieldNames.optional(),
          published: fieldNames.optional(),
          updated: fieldNames.optional(),
          views: fieldNames.optional(),
          category: fieldNames.optional(),
          locale: fieldNames.optional(),
          /** Fields holding the article's help-center id, or its URL (`…/articles/<id>-<slug>`). */
          id: fieldNames.optional(),
        })
        .optional(),
      /** How to read `02/05/2026`: month first (default) or day first. */
      dateOrder: z.enum(['month-first', 'day-first']).optional(),
      /** Read "Published on … Updated on …" lines in the body. Default true. */
      bodyDates: z.boolean().optional(),
    })
    .optional(),
  errorCodes: z
    .strictObject({
      /** Path to a YAML, JSON or CSV catalog, relative to the config file. */
      catalog: z.string().optional(),
      /** Regular expression source for a code's shape; default five-digit numbers. */
      pattern: z
        .string()
        .min(1)
        .refine((p) => {
          try {
            return !new RegExp(p).test('');
          } catch {
            return false;
          }
        }, 'expected a valid regular expression that does not match empty text')
        .optional(),
      /** Codes never treated as error codes (numbers that only look like one in this help center). */
      ignore: z.array(z.string().min(1)).optional(),
    })
    .optional(),
  readability: z
    .strictObject({
      ...readabilityLimits,
      policies: z.array(policy(readabilityLimits)).optional(),
      /** Words and phrases plain-language, passive-voice and inclusive-language never flag. */
      allow: z.array(z.string()).optional(),
      /** Product names, proper nouns and terms readability reads as one familiar word each (case-insensitive). */
      vocabulary: z.array(z.string().min(1)).optional(),
    })
    .optional(),
  links: z
    .strictObject({
      external: z.boolean().optional(),
      timeoutMs: milliseconds(MAX_TIMER_MS).positive().optional(),
      concurrency: count(256).optional(),
      perHostConcurrency: count(64).optional(),
      retries: z.number().int().nonnegative().max(10).optional(),
      /** First backoff step between retries (doubled each time, with jitter); at most a minute. */
      retryDelayMs: milliseconds(60_000).optional(),
      maxRetryAfterMs: milliseconds(MAX_TIMER_MS).optional(),
      /** Run-level budget for all external checks; links still unfinished then are reported as not checked. */
      deadlineMs: milliseconds(MAX_TIMER_MS).positive().optional(),
      exclude: z.array(z.string()).optional(),
      allowStatus: z.array(z.number().int().min(100).max(599)).optional(),
      allowPrivate: z.boolean().optional(),
      /** Extra request headers: for every link, or `[{ urls: [patterns], headers }]` for the matching links only. */
      headers: z
        .union([
          z.record(z.string(), z.string()),
          z.array(z.strictObject({ urls: z.array(z.string()).min(1), headers: z.record(z.string(), z.string()) })).min(1),
        ])
        .optional(),
      cache: z
        .strictObject({
          path: z.string().optional(),
          okTtlSeconds: z.number().int().nonnegative().max(MAX_TTL_SECONDS).optional(),
          failureTtlSeconds: z.number().int().nonnegative().max(MAX_TTL_SECONDS).optional(),
        })
        .optional(),
      /** How the site makes heading ids (README.md#slugger). Default "github". */
      slugger: z
        .union([
          z.enum(['github', 'docusaurus', 'hugo', 'goldmark', 'zendesk', 'mkdocs', 'jekyll', 'kramdown']),
          z.strictObject({ custom: z.record(z.string(), z.string()), lowercase: z.boolean().optional() }),
        ])
        .optional(),
      /** Redirect maps (relative to the config file): netlify.toml, _redirects, a JSON or CSV map, a Zendesk redirect rules export. */
      redirects: z.union([z.string().min(1), z.array(z.string().min(1))]).optional(),
      site: z
        .strictObject({
          baseUrl: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
          /** Folder (relative to the config file) that holds the site's articles. */
          root: z.string().optional(),
        })
        .optional(),
    })
    .optional(),
  /** Page kinds (README.md#page-kinds): which pages are changelogs, release notes or index stubs, and which rules each skips. */
  pages: z
    .strictObject({
      /** Frontmatter fields that may name the kind. Default: kind, page_kind, pageKind, type, layout. */
      kindField: z.array(z.string().min(1)).optional(),
      kinds: z.array(z.strictObject({ files: globs, kind: pageKindEnum })).optional(),
      skip: z.partialRecord(pageKindEnum, z.array(z.string().min(1))).optional(),
    })
    .optional(),
  /** Per-file limits on what the parser is given (README › Limits): a larger table is refused with a finding, before parsing. */
  limits: z
    .strictObject({
      /** Columns of one Markdown table. Default 500. */
      tableColumns: count(10_000).optional(),
      /** Cells of one Markdown table (rows × cells as written). Default 20000. */
      tableCells: count(1_000_000).optional(),
    })
    .optional(),
  sources: z
    .strictObject({
      html: z.strictObject({ selector: z.string().optional() }).optional(),
      sourceLocale: z.string().optional(),
      ...platformSourceOptions,
    })
    .optional(),
});

export type UserConfig = z.infer<typeof configSchema>;

/** Zendesk section id → name (and its category), category id → name. */
export interface ZendeskNames {
  sections: Record<string, { name: string; categoryId: string | null }>;
  categories: Record<string, string>;
}

export type FreshnessPolicy = z.infer<typeof freshnessPolicy>;

/** The config after defaults are applied and paths resolved. */
export interface ResolvedConfig extends UserConfig {
  /** Folder the config file is in (or the cwd without one): relative paths start here. */
  baseDir: string;
  /** The config file, when there is one. */
  filePath: string | null;
  /** The configs merged into this one, bases first and the config file last (presets by name). */
  configChain?: string[];
  /** The rules of the YAML packs `packs` names, read at config load. */
  packRules?: PackRuleSpec[];
  /** Section and category names from `sources.zendesk.sections`, read at config load. */
  zendeskNames?: ZendeskNames;
  freshness: {
    maxAgeDays: number;
    warnAfterDays: number;
    policies: FreshnessPolicy[];
    reviewField?: string;
  };
  metadata: {
    fields: {
      title: string[];
      published: string[];
      updated: string[];
      views: string[];
      category: string[];
      locale: string[];
      id: string[];
    };
    dateOrder: 'month-first' | 'day-first';
    bodyDates: boolean;
  };
}

export const DEFAULT_FIELDS: ResolvedConfig['metadata']['fields'] = {
  title: ['title'],
  published: ['published', 'date', 'created', 'published_at', 'created_at', 'publishDate'],
  updated: [
    'updated',
    'last_updated',
    'lastUpdated',
    'lastmod',
    'modified',
    'updated_at',
    'ms.date',
    'reviewed',
    'last_reviewed',
  ],
  views: ['views', 'view_count'],
  category: ['category', 'section'],
  locale: ['locale', 'lang', 'language'],
  // A number, or a URL with /articles/<id> in it (an archive that keeps each article's address).
  id: ['id', 'article_id', 'html_url', 'link', 'url'],
};

export function applyDefaults(user: UserConfig, baseDir: string, filePath: string | null): ResolvedConfig {
  return {
    ...user,
    baseDir,
    filePath,
    freshness: {
      maxAgeDays: user.freshness?.maxAgeDays ?? 365,
      warnAfterDays: user.freshness?.warnAfterDays ?? 180,
      policies: user.freshness?.policies ?? [],
      ...(user.freshness?.reviewField === undefined ? {} : { reviewField: user.freshness.reviewField }),
    },
    metadata: {
      fields: { ...DEFAULT_FIELDS, ...stripUndefined(user.metadata?.fields ?? {}) },
      dateOrder: user.metadata?.dateOrder ?? 'month-first',
      bodyDates: user.metadata?.bodyDates ?? true,
    },
  };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
