// What each config option does, for the generated JSON Schema (editors show it
// on hover and in completion). Kept apart from schema.ts so the schema stays
// readable; keyed by dotted path, `[]` marking a list's entries
// (`links.headers[].urls`). A test fails when an option has no entry or an
// entry names no option, so a new option cannot ship undocumented.
// Plain text (editors show `description` as is); defaults as "Default: …",
// which a test checks against the code's defaults.

/** What a policy's `files` and `category` mean, for freshness and readability alike. */
const policyFiles =
  'Glob or globs of the articles this policy covers, relative to the config file\'s folder, locale folder included (add "*/legal/**" to cover translations in locale folders too).';
const policyCategory =
  'Frontmatter category or categories this policy covers, compared case-insensitively; with files as well, an article must match both.';
const forPolicy = 'For the articles this policy covers:';

const freshnessLimits = {
  maxAgeDays: "Age in whole days beyond which stale-article reports an article at the rule's severity (error by default).",
  warnAfterDays: 'Age in whole days beyond which stale-article reports a warning, while the article is still within maxAgeDays.',
};

const readabilityLimits = {
  targetAge: 'Reading age in years a sentence should suit: a sentence is hard when enough of the formulas put it above this age.',
  threshold: 'Share of the 7 readability formulas (above 0, at most 1) that must find a sentence too hard for it to be flagged.',
  minWords: 'Sentences with fewer counted words are never flagged; a name or a vocabulary entry counts as one word, and URLs, code and numbers are not counted.',
  maxGrade: 'Highest Flesch–Kincaid grade for a whole article; above it the article gets a finding of its own.',
  maxFindings: 'Most readability findings per article: the article grade first, then the hardest sentences.',
};

export const CONFIG_DESCRIPTIONS: Readonly<Record<string, string>> = {
  $schema:
    'The JSON Schema editors use to complete and check this file, e.g. "./node_modules/kblint/schemas/kblint.config.schema.json". kblint itself does not read it.',
  extends:
    'Configs this one builds on, merged in order with this file last: a preset ("kblint:recommended", "kblint:strict"), an npm package ("@acme/kblint-config") or a file by a path starting with ./ or ../ (or an absolute one). One name or a list.',
  packs:
    'YAML rule packs to load, files or folders relative to the config file, e.g. ["./kblint-styles/HelpCenter"]. A folder is a pack named after it, each .yml file in it one rule (HelpCenter.Terms).',
  now: 'The date freshness is judged against, as YYYY-MM-DD, e.g. "2026-06-01"; --now on the command line wins. Default: today in UTC.',
  ignore:
    'Globs of files never linted, relative to the config file\'s folder, on top of .gitignore and .kblintignore, e.g. ["drafts/**"].',
  rules:
    'Rules by id (run kblint rules for the list), each set to a severity (off, info, warning or warn, error, or 0/1/2 for off/warning/error) or to [severity, options]. A rule not named keeps its default severity.',
  overrides:
    'Rule settings for some files: { files, rules } entries applied in order after rules, to the files their globs match, so the last match wins.',
  'overrides[].files': 'Glob or globs of the files this entry applies to, relative to the config file\'s folder, e.g. "legacy/**".',
  'overrides[].rules':
    'Rule settings for the matching files, as in rules: a severity, or [severity, options]. A severity alone keeps the options set before.',

  freshness: 'How old an article may be before stale-article reports it, counted from its updated date (else its published date, or a later review date with reviewField).',
  'freshness.maxAgeDays': `${freshnessLimits.maxAgeDays} Default: 365.`,
  'freshness.warnAfterDays': `${freshnessLimits.warnAfterDays} Default: 180.`,
  'freshness.policies':
    'Other limits for some articles, chosen by files glob and/or frontmatter category, e.g. { "files": "account-security/**", "maxAgeDays": 120 }. Every matching policy applies in order, so the last match wins for each limit.',
  'freshness.policies[].files': policyFiles,
  'freshness.policies[].category': policyCategory,
  'freshness.policies[].maxAgeDays': `${forPolicy} ${freshnessLimits.maxAgeDays}`,
  'freshness.policies[].warnAfterDays': `${forPolicy} ${freshnessLimits.warnAfterDays}`,
  'freshness.reviewField':
    'A frontmatter key that records a review without an edit, e.g. "last_reviewed" (kblint review sets it). stale-article counts an article\'s age from the later of it and the updated date. Default: none.',

  metadata: 'Where an article\'s title, dates, views, category, locale and id are read from.',
  'metadata.fields': "Frontmatter keys read for each value, the first found winning. A list given here replaces that value's default list.",
  'metadata.fields.title': 'Frontmatter keys holding the title; without one, the first # heading is the title. Default: title.',
  'metadata.fields.published': 'Frontmatter keys holding the publication date. Default: published, date, created, published_at, created_at, publishDate.',
  'metadata.fields.updated':
    'Frontmatter keys holding the last-updated date, which freshness counts from. Default: updated, last_updated, lastUpdated, lastmod, modified, updated_at, ms.date, reviewed, last_reviewed.',
  'metadata.fields.views': 'Frontmatter keys holding the view count ("18,279" reads as 18279). Default: views, view_count.',
  'metadata.fields.category': 'Frontmatter keys holding the category, which freshness and readability policies match. Default: category, section.',
  'metadata.fields.locale':
    'Frontmatter keys holding the article\'s language tag ("fr", "en-us"); the prose rules skip articles not in English. Default: locale, lang, language.',
  'metadata.fields.id':
    'Frontmatter keys holding the article\'s help-center id, or its URL (…/articles/<id>-<slug>), so links to the article by id resolve. Default: id, article_id, html_url, link, url.',
  'metadata.dateOrder': 'How a slash date such as 02/05/2026 is read: month-first (5 February) or day-first (2 May). Default: month-first.',
  'metadata.bodyDates':
    'Also read "Published on …" and "Updated on …" statements in the text, for the dates the frontmatter does not give. Default: true.',

  errorCodes: 'Error codes quoted in articles, for the error-code-context and unknown-error-code rules and kblint codes: a catalog of their meanings, their shape, and numbers that are never codes.',
  'errorCodes.catalog':
    'A YAML, JSON or CSV file, relative to the config file, mapping each code to its message (and optionally resolution, docs, deprecated, replacedBy). Default: none.',
  'errorCodes.pattern':
    'A regular expression (JavaScript syntax) for a code\'s shape, e.g. "\\d{5}|0x[0-9A-Fa-f]{8}"; a match still needs error context around it, and codes the catalog lists are found whatever the pattern. Default: \\d{5}.',
  'errorCodes.ignore': 'Codes never treated as error codes (numbers that only look like one in this help center), compared case-insensitively, e.g. ["12345"].',

  readability:
    'Limits of the readability rule, per-policy limits, names read as familiar words, and words the opt-in prose rules (plain-language, passive-voice, inclusive-language) allow.',
  'readability.targetAge': `${readabilityLimits.targetAge} Default: 16.`,
  'readability.threshold': `${readabilityLimits.threshold} Default: 5/7 (about 0.71).`,
  'readability.minWords': `${readabilityLimits.minWords} Default: 18.`,
  'readability.maxGrade': `${readabilityLimits.maxGrade} Default: 10.`,
  'readability.maxFindings': `${readabilityLimits.maxFindings} Default: 3.`,
  'readability.policies':
    'Other readability limits for some articles, chosen by files glob and/or frontmatter category, e.g. { "files": "legal/**", "maxGrade": 14 }. Every matching policy applies in order, so the last match wins for each setting.',
  'readability.policies[].files': policyFiles,
  'readability.policies[].category': policyCategory,
  'readability.policies[].targetAge': `${forPolicy} ${readabilityLimits.targetAge}`,
  'readability.policies[].threshold': `${forPolicy} ${readabilityLimits.threshold}`,
  'readability.policies[].minWords': `${forPolicy} ${readabilityLimits.minWords}`,
  'readability.policies[].maxGrade': `${forPolicy} ${readabilityLimits.maxGrade}`,
  'readability.policies[].maxFindings': `${forPolicy} ${readabilityLimits.maxFindings}`,
  'readability.allow':
    'Words and phrases plain-language, passive-voice and inclusive-language never flag (case-insensitive), e.g. ["master key"]; each of those rules may add its own allow option.',
  'readability.vocabulary':
    'Product names, proper nouns and terms the readability formulas read as one short familiar word each (case-insensitive, phrases allowed), e.g. ["Harbor Light"]. Not set per policy.',

  links: "Link checking: the external requests (timeouts, concurrency, retries, cache), the site's own URLs and folder, heading ids and redirect maps.",
  'links.external': 'Check external http(s) links over the network; false never does, as --offline. Default: true.',
  'links.timeoutMs': 'Milliseconds one request may take before it is aborted (then retried as a timeout). Default: 10000.',
  'links.concurrency': 'Most external requests in flight at once, to all hosts together (1 to 256). Default: 16.',
  'links.perHostConcurrency':
    'Most requests in flight at once to one host name, and to one resolved address (1 to 64); never more than concurrency. Default: 4.',
  'links.retries': 'Extra attempts after a 5xx status, a 429, a timeout or a dropped connection (0 to 10). Default: 2.',
  'links.retryDelayMs': 'First backoff step between retries in milliseconds, doubled at each retry, with jitter; at most 60000. Default: 500.',
  'links.maxRetryAfterMs':
    'Longest Retry-After in milliseconds waited for; a 429 that asks for longer is reported as rate-limited (a warning), not dead. Default: 30000.',
  'links.deadlineMs':
    'Budget in milliseconds for all external checks of the run together; links still unfinished when it runs out are reported as not checked (info), never as dead. Default: none.',
  'links.exclude':
    'External URLs never checked: a URL prefix, a pattern with * matched against the whole URL, or /regex/ (flags allowed), e.g. ["https://www.linkedin.com/", "/\\.pdf$/"].',
  'links.allowStatus': 'HTTP statuses (100 to 599) that count as working besides 2xx, e.g. [403] for a site that blocks bots.',
  'links.allowPrivate':
    'Also fetch loopback, private, link-local and the other special-purpose addresses, which are otherwise reported as info and not fetched. Default: false.',
  'links.headers':
    'Extra request headers: { name: value } for every external link, or [{ urls, headers }] for the links matching those patterns only, later entries winning. Never sent after a redirect to another origin.',
  'links.headers[].urls': 'URL patterns whose links get these headers, written as in exclude: a prefix, a pattern with *, or /regex/.',
  'links.headers[].headers': 'Header names and values sent to the matching links, e.g. { "authorization": "Bearer …" }.',
  'links.cache': 'The cache of external link results: where it is kept and for how long (--no-link-cache neither reads nor writes it).',
  'links.cache.path': 'The cache file, relative to the config file (add .kblint/ to .gitignore). Default: .kblint/link-cache.json.',
  'links.cache.okTtlSeconds': "Seconds a working link's result is reused before it is checked again (at most 366 days). Default: 86400.",
  'links.cache.failureTtlSeconds':
    'Seconds a definitive failure (404 or 410) is reused (at most 366 days); other failures are never cached. Default: 3600.',
  'links.slugger':
    'How the site turns a heading into its id, for #fragment links: github, docusaurus, hugo, goldmark, zendesk, mkdocs, jekyll, kramdown, or { custom, lowercase }. Default: github.',
  'links.slugger.custom': 'Characters mapped to their replacement in a heading id ("" drops one), e.g. { " ": "-", "&": "and" }; other characters are kept.',
  'links.slugger.lowercase': 'Lower-case the custom heading ids. Default: true.',
  'links.redirects':
    'Redirect maps, relative to the config file: netlify.toml, _redirects, a JSON or CSV map, or a Zendesk redirect rules export. A link to a missing page that a map redirects is a redirected-link warning, not a broken-link error.',
  'links.site': 'The help center as published: its own URLs and the folder that holds its articles.',
  'links.site.baseUrl':
    'The help center\'s own URL or URLs, e.g. "https://help.example.com": links to them are checked against the files, /hc/<locale>/articles/<id> URLs by id. Default: none.',
  'links.site.root':
    "Folder of the site's articles, relative to the config file: links starting with / resolve from it (only when root or baseUrl is set). Default: the config file's folder.",

  limits:
    'Per-file limits on what the parser is given: a Markdown table over them is refused before parsing, as a read-error at its header row, and the run goes on.',
  'limits.tableColumns': 'Most columns one Markdown table may have (1 to 10000). Default: 500.',
  'limits.tableCells': 'Most cells one Markdown table may have, every row counted as written (1 to 1000000). Default: 20000.',
  pages: 'Page kinds: which pages are changelogs, release notes or index stubs, and which rules each kind skips.',
  'pages.kindField': "Frontmatter fields, in order, whose value may name a page's kind (changelog, release notes, index, stub …). Default: kind, page_kind, pageKind, type, layout.",
  'pages.kinds':
    'Kinds by glob, for pages whose frontmatter names none: the first entry whose files match sets the kind. Replaces the default globs (changelog and changes files, release-notes files and folders).',
  'pages.kinds[].files': 'Glob or globs of the pages of this kind, relative to the config file\'s folder, e.g. ["news/**"].',
  'pages.kinds[].kind': 'The kind of the matching pages: article, changelog, release-notes or index.',
  'pages.skip':
    'Rules each kind skips, e.g. { "changelog": ["stale-article"] }; a list replaces that kind\'s default (changelogs and release notes skip stale-article and the two heading rules, index pages stale-article, missing-dates and missing-title).',

  sources: 'How articles other than Markdown files are read: HTML pages, platform exports, and the locale translations are compared with.',
  'sources.html': 'HTML pages.',
  'sources.html.selector':
    'CSS selector of the element that holds the article, e.g. ".article-body". Default: the first <article>, else <main> or [role=main], else <body>.',
  'sources.sourceLocale': 'Locale of the source articles that translation-outdated compares translations with. Default: en-us.',
  'sources.zendesk': 'Zendesk Guide exports.',
  'sources.zendesk.sections':
    'Files (relative to the config file) of Help Center API sections or categories lists, {"sections": [...]} or {"categories": [...]}, that name each article\'s section and category.',
  'sources.salesforce': 'Salesforce Knowledge exports.',
  'sources.salesforce.bodyFields': "The rich-text fields that hold an article's body, in order. Default: Body__c, Answer__c, Content__c, Details__c.",
  'sources.document360': 'Document360 exports.',
  'sources.document360.language': 'Language of exported articles that carry no language_code, e.g. "en". Default: none.',
};
