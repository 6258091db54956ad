#!/usr/bin/env node
// Writes N synthetic help-center articles into category folders under OUTDIR,
// plus a kblint.config.json that pins the reference date. Output depends only on
// N and the seed: the same arguments give the same bytes on every machine.
//
//   node bench/generate-articles.mjs N OUTDIR [--seed 42] [--no-config]
//
// The articles are varied on purpose (date forms, tables, code, links, error
// codes, lengths) and a few percent carry the problems kblint reports, so a
// benchmark run exercises the reporting paths as well as the happy path.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REFERENCE_DATE = '2026-06-01';

// ---------------------------------------------------------------------------
// Seeded PRNG (mulberry32) and helpers

export function createRandom(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  const sample = (list, n) => {
    const copy = [...list];
    const out = [];
    while (out.length < n && copy.length > 0) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]);
    return out;
  };
  return { next, int, pick, chance, sample };
}

// ---------------------------------------------------------------------------
// Word banks (all invented for this generator)

const ASSETS = ['BTC', 'ETH', 'USDT', 'USDC', 'SOL', 'XRP', 'TRX', 'ADA', 'DOGE', 'LTC', 'DOT', 'AVAX'];
const NETWORKS = ['Bitcoin', 'Ethereum (ERC-20)', 'Tron (TRC-20)', 'Solana', 'Arbitrum One', 'Optimism', 'Polygon', 'BNB Smart Chain'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const ERROR_CODES = [
  { code: '50011', cause: 'you sent too many requests to one endpoint', fix: 'wait for the time in the rate-limit header and slow down' },
  { code: '50102', cause: 'the request timestamp is more than 30 seconds off', fix: 'sync the clock of the machine that signs requests' },
  { code: '50110', cause: "your IP address is not on the API key's allow list", fix: 'add the address under API → Edit key → IP allow list' },
  { code: '50111', cause: 'the API key does not exist or was deleted', fix: 'check for a typo or create a new key' },
  { code: '50113', cause: 'the signature does not match the request', fix: 'sign exactly the body you send, byte for byte' },
  { code: '50114', cause: 'the passphrase is wrong', fix: 'use the passphrase you set when you created the key' },
  { code: '51008', cause: 'your available balance is too low', fix: 'cancel an open order or lower the amount' },
  { code: '51020', cause: 'the order is below the minimum size', fix: 'raise the amount above the minimum shown on the form' },
  { code: '58207', cause: 'the withdrawal address is not on your allow list', fix: 'add the address and wait for the 24-hour hold to end' },
  { code: '58350', cause: 'the amount is above what is left of your daily limit', fix: 'withdraw less, or wait until the limit resets at 00:00 UTC' },
  { code: '60012', cause: 'the WebSocket request could not be parsed', fix: 'send valid JSON with op and args' },
  { code: '60018', cause: 'the WebSocket channel does not exist', fix: 'check the channel name and the instrument ID' },
];

const CATEGORIES = {
  'getting-started': {
    subjects: ['your account', 'the mobile app', 'identity verification', 'your first deposit', 'the dashboard', 'notifications', 'your profile', 'sub-accounts', 'the fee tiers', 'referral rewards'],
    verbs: ['set up', 'use', 'complete', 'change', 'understand', 'manage'],
  },
  'account-security': {
    subjects: ['two-factor authentication', 'your password', 'passkeys', 'trusted devices', 'the anti-phishing code', 'withdrawal address allow-listing', 'security keys', 'the activity log', 'session timeouts', 'account recovery'],
    verbs: ['turn on', 'reset', 'review', 'protect', 'recover', 'update'],
  },
  'deposits-withdrawals': {
    subjects: ['crypto deposits', 'bank transfers', 'card payments', 'withdrawal limits', 'network fees', 'deposit memos', 'wrong-network deposits', 'withdrawal holds', 'fiat withdrawals', 'deposit confirmations'],
    verbs: ['make', 'track', 'cancel', 'speed up', 'recover', 'check'],
  },
  trading: {
    subjects: ['limit orders', 'stop-limit orders', 'margin loans', 'perpetual futures', 'grid bots', 'copy trading', 'the order book', 'liquidation', 'funding rates', 'post-only orders'],
    verbs: ['place', 'close', 'adjust', 'understand', 'monitor', 'cancel'],
  },
  api: {
    subjects: ['API keys', 'request signing', 'rate limits', 'WebSocket subscriptions', 'order endpoints', 'the sandbox', 'pagination', 'error codes', 'IP allow lists', 'market data streams'],
    verbs: ['create', 'debug', 'rotate', 'test', 'configure', 'handle'],
  },
  announcements: {
    subjects: ['scheduled maintenance', 'new trading pairs', 'a delisting', 'fee changes', 'a network upgrade', 'the trading competition', 'a wallet migration', 'new regions', 'the savings campaign', 'holiday support hours'],
    verbs: ['announce', 'schedule', 'complete', 'extend', 'pause', 'introduce'],
  },
};
const CATEGORY_NAMES = Object.keys(CATEGORIES);

const TITLE_FORMS = [
  (v, s) => `How to ${v} ${s}`,
  (v, s) => `${cap(s)} explained`,
  (v, s) => `${cap(v)} ${s} step by step`,
  (v, s) => `Questions about ${s}`,
  (v, s) => `What to know before you ${v} ${s}`,
  (v, s) => `Troubleshooting ${s}`,
];

const EXTERNAL_LINKS = [
  ['RFC 6238', 'https://www.rfc-editor.org/rfc/rfc6238'],
  ['RFC 2104', 'https://www.rfc-editor.org/rfc/rfc2104'],
  ['RFC 6455', 'https://www.rfc-editor.org/rfc/rfc6455'],
  ['Etherscan', 'https://etherscan.io/'],
  ['a block explorer', 'https://www.blockchain.com/explorer'],
  ['the status page', 'https://status.example.com/'],
  ['our API reference', 'https://www.example.com/docs/api'],
  ['the contact form', 'https://www.example.com/support/contact'],
];

const PEOPLE = ['most users', 'new customers', 'traders', 'market makers', 'developers', 'verified accounts', 'people on the mobile app'];
const TIMES = ['a few minutes', 'about an hour', 'one working day', 'up to three working days', 'under a minute', 'around 20 minutes'];
const PLACES = ['Profile → Settings', 'Security → Devices', 'Assets → Deposit', 'Assets → Withdraw', 'Trade → Bots', 'Profile → API', 'Security → Activity log'];
const ADVICE = [
  'keep a written copy of your recovery codes somewhere safe',
  'double-check the network before you send anything',
  'start with a small test amount',
  'read the summary screen before you confirm',
  'turn on email alerts for every withdrawal',
  'never share your 2FA codes with anyone',
  'check the minimum amount shown on the form',
];

const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

// ---------------------------------------------------------------------------
// Prose

function sentenceTemplates(r, ctx) {
  const asset = r.pick(ASSETS);
  const templates = [
    () => `Before you ${ctx.verb} ${ctx.subject}, ${r.pick(ADVICE)}.`,
    () => `${cap(r.pick(PEOPLE))} finish this in ${r.pick(TIMES)}.`,
    () => `You can find the setting under **${r.pick(PLACES)}**.`,
    () => `A transfer of ${r.int(1, 500) * 100} ${asset} on ${r.pick(NETWORKS)} usually needs ${r.int(1, 64)} confirmations.`,
    () => `The limit for ${ctx.subject} is ${r.pick([50000, 100000, 250000, 2000000])} USDT per day for verified accounts.`,
    () => {
      const e = r.pick(ERROR_CODES);
      return `If you see error ${e.code}, ${e.cause}. To fix it, ${e.fix}.`;
    },
    () => `Changes to ${ctx.subject} take effect at once, but a 24-hour hold applies to withdrawals afterwards.`,
    () => `We show the current fee on the form before you confirm, so there are no surprises.`,
    () => `Order ${r.int(100000000, 999999999)}${r.int(1000, 9999)} in the screenshots is an example and does not exist.`,
    () => `In ${r.pick([2023, 2024, 2025])} we changed the rules for ${ctx.subject}, and older guides no longer apply.`,
    () => `Support answers most questions about ${ctx.subject} within ${r.pick(TIMES)}.`,
    () => `${cap(ctx.subject)} can be paused at any time, and nothing is lost when you do.`,
    () => `The same rules apply on the website and in the app.`,
    () => `Prices move quickly, so the amount you receive may differ slightly from the estimate.`,
    () => `Keep at least ${r.int(1, 20)} ${asset} aside for fees if you plan several transfers.`,
    () => `Residents of a few regions cannot use ${ctx.subject}; the list is kept up to date on our legal pages.`,
  ];
  return templates;
}

/** 2 to 6 different sentences. */
function paragraph(r, ctx) {
  return r
    .sample(sentenceTemplates(r, ctx), r.int(2, 6))
    .map((make) => make())
    .join(' ');
}

// ---------------------------------------------------------------------------
// Blocks

function stepsList(r, ctx) {
  const steps = [
    `Open **${r.pick(PLACES)}**.`,
    `Choose **${cap(ctx.verb)}** next to ${ctx.subject}.`,
    `Enter the amount, for example ${r.int(10, 5000)} ${r.pick(ASSETS)}.`,
    'Confirm with your 2FA code.',
    'Check the confirmation email and keep it for your records.',
    `Wait ${r.pick(TIMES)} for the change to show.`,
  ];
  // A subset of the steps, kept in their order.
  const keep = new Set(r.sample(steps.map((_, i) => i), r.int(3, 6)));
  return steps
    .filter((_, i) => keep.has(i))
    .map((step, i) => `${i + 1}. ${step}`)
    .join('\n');
}

function bulletList(r, ctx) {
  return r
    .sample(ADVICE, r.int(2, 5))
    .map((a) => `- ${cap(a)}.`)
    .concat(r.chance(0.3) ? [`- See the notes on ${ctx.subject} below.`] : [])
    .join('\n');
}

function table(r) {
  const kind = r.int(0, 2);
  if (kind === 0) {
    const rows = r.sample(NETWORKS, r.int(3, 6)).map((n) => `| ${n} | ${r.int(1, 64)} | ${r.pick(TIMES)} |`);
    return ['| Network | Confirmations | Typical time |', '| --- | --- | --- |', ...rows].join('\n');
  }
  if (kind === 1) {
    const tiers = ['Regular', 'VIP 1', 'VIP 2', 'VIP 3', 'VIP 4'].slice(0, r.int(3, 5));
    const rows = tiers.map((t, i) => `| ${t} | ${i === 0 ? 'under 50000' : `${50000 * 10 ** i}`} USDT | 0.${String(10 - i * 2).padStart(2, '0')}% |`);
    return ['| Tier | 30-day volume | Taker fee |', '| --- | --- | --- |', ...rows].join('\n');
  }
  const rows = r.sample(ERROR_CODES, r.int(3, 6)).map((e) => `| ${e.code} | ${cap(e.cause)} |`);
  return ['| Code | Meaning |', '| --- | --- |', ...rows].join('\n');
}

function codeBlock(r) {
  const e = r.pick(ERROR_CODES);
  const kind = r.int(0, 2);
  if (kind === 0) return ['```json', `{ "code": "${e.code}", "msg": "${cap(e.cause)}", "data": [] }`, '```'].join('\n');
  if (kind === 1) {
    return [
      '```bash',
      `curl -s https://api.example.com/api/v5/account/balance?ccy=${r.pick(ASSETS)} \\`,
      '  -H "OK-ACCESS-KEY: $API_KEY" \\',
      '  -H "OK-ACCESS-TIMESTAMP: $TIMESTAMP"',
      '```',
    ].join('\n');
  }
  return [
    '```python',
    'def backoff(send, attempts=5):',
    '    delay = 1',
    '    for _ in range(attempts):',
    '        response = send()',
    `        if response.json().get("code") != "${e.code}":`,
    '            return response',
    '        time.sleep(delay)',
    '        delay *= 2',
    '```',
  ].join('\n');
}

// ---------------------------------------------------------------------------
// Dates

function isoFromOffset(daysBefore) {
  const t = Date.parse(`${REFERENCE_DATE}T00:00:00Z`) - daysBefore * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

function writeDate(iso, form) {
  const [y, m, d] = iso.split('-');
  if (form === 'name') return `${MONTHS[Number(m) - 1]} ${Number(d)}, ${y}`;
  if (form === 'slash') return `${m}/${d}/${y}`;
  if (form === 'datetime') return `${iso}T${String((Number(d) * 7) % 24).padStart(2, '0')}:30:00Z`;
  return iso;
}

// ---------------------------------------------------------------------------
// One article

function planArticles(r, n) {
  const plans = [];
  const used = new Set();
  for (let i = 0; i < n; i++) {
    const category = CATEGORY_NAMES[i % CATEGORY_NAMES.length];
    const { subjects, verbs } = CATEGORIES[category];
    const subject = r.pick(subjects);
    const verb = r.pick(verbs);
    const title = r.pick(TITLE_FORMS)(verb, subject);
    let slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    if (used.has(`${category}/${slug}`)) slug = `${slug}-${i}`;
    used.add(`${category}/${slug}`);
    plans.push({ i, category, subject, verb, title, file: `${category}/${slug}.md` });
  }
  return plans;
}

function article(r, plan, plans) {
  const ctx = { subject: plan.subject, verb: plan.verb };
  // Problems kblint reports, in realistic proportions.
  const flaw = r.next();
  const noDates = flaw < 0.03;
  const noTitle = flaw >= 0.03 && flaw < 0.05;
  const badYaml = flaw >= 0.05 && flaw < 0.07;
  const futureDate = flaw >= 0.07 && flaw < 0.08;
  const reversed = flaw >= 0.08 && flaw < 0.09;
  const skipHeading = r.chance(0.04);

  const updatedAge = r.chance(0.7) ? r.int(0, 170) : r.int(171, 900);
  const publishedAge = updatedAge + r.int(0, 600);
  let updated = isoFromOffset(futureDate ? -r.int(1, 60) : updatedAge);
  let published = isoFromOffset(publishedAge);
  if (reversed) [updated, published] = [published, updated];
  const views = r.int(0, 250000);

  const lines = [];
  const bodyDates = !noDates && r.chance(0.3);
  const useFrontmatter = noTitle || !bodyDates || r.chance(0.5);
  if (useFrontmatter) {
    lines.push('---');
    if (!noTitle) lines.push(badYaml ? `title: '${plan.title}'s guide'` : `title: ${JSON.stringify(plan.title)}`);
    if (!noDates && !bodyDates) {
      const form = r.pick(['iso', 'iso', 'name', 'slash', 'ms', 'lastmod', 'reviewed']);
      if (r.chance(0.8)) lines.push(`${r.pick(['published', 'published', 'date', 'created'])}: ${writeDate(published, form === 'name' ? 'name' : 'iso')}`);
      if (form === 'ms') lines.push(`ms.date: ${writeDate(updated, 'slash')}`);
      else if (form === 'lastmod') lines.push(`lastmod: ${writeDate(updated, 'datetime')}`);
      else if (form === 'reviewed') lines.push(`reviewed: ${updated}`);
      else lines.push(`updated: ${writeDate(updated, form === 'slash' ? 'slash' : form === 'name' ? 'name' : 'iso')}`);
    }
    lines.push(`category: ${plan.category}`);
    if (r.chance(0.6)) lines.push(`views: ${views}`);
    if (r.chance(0.3)) lines.push('tags:', ...r.sample(['fees', 'security', 'mobile', 'web', 'api', 'limits', 'kyc'], r.int(1, 3)).map((t) => `  - ${t}`));
    lines.push('---', '');
  }
  if (!noTitle) lines.push(`# ${plan.title}`, '');
  if (bodyDates) {
    const p = writeDate(published, 'name');
    const u = writeDate(updated, 'name');
    lines.push(r.chance(0.3) ? `Published on ${p}Updated on ${u}${views}` : `Published on ${p} · Updated on ${u}`, '');
  }
  lines.push(paragraph(r, ctx), '');

  const sections = r.chance(0.05) ? r.int(8, 14) : r.int(2, 5);
  const headings = ['Before you start', 'Steps', 'Fees and limits', 'Common problems', 'Good to know', 'If something goes wrong', 'Related articles', 'Examples'];
  for (let s = 0; s < sections; s++) {
    lines.push(`## ${headings[s % headings.length]}${s >= headings.length ? ` (${Math.floor(s / headings.length) + 1})` : ''}`, '');
    const blocks = r.int(1, 4);
    for (let b = 0; b < blocks; b++) {
      const kind = r.next();
      if (kind < 0.45) lines.push(paragraph(r, ctx));
      else if (kind < 0.6) lines.push(stepsList(r, ctx));
      else if (kind < 0.72) lines.push(bulletList(r, ctx));
      else if (kind < 0.82) lines.push(table(r));
      else if (kind < 0.9) lines.push(codeBlock(r));
      else {
        const other = plans[r.int(0, plans.length - 1)];
        const rel = path.posix.relative(path.posix.dirname(plan.file), other.file);
        const [label, url] = r.pick(EXTERNAL_LINKS);
        lines.push(`For more, read [${other.title.toLowerCase()}](${rel}) or see [${label}](${url}).`);
      }
      lines.push('');
    }
    if (s === 0 && skipHeading) lines.push('#### A detail worth knowing', '', paragraph(r, ctx), '');
    else if (r.chance(0.3)) lines.push(`### ${cap(ctx.subject)} on mobile`, '', paragraph(r, ctx), '');
  }
  return lines.join('\n');
}

export function generate(count, outDir, { seed = 42, config = true } = {}) {
  const r = createRandom(seed);
  const plans = planArticles(r, count);
  for (const category of new Set(plans.map((p) => p.category))) mkdirSync(path.join(outDir, category), { recursive: true });
  let bytes = 0;
  for (const plan of plans) {
    const text = article(r, plan, plans);
    bytes += Buffer.byteLength(text);
    writeFileSync(path.join(outDir, plan.file), text);
  }
  if (config) {
    const cfg = {
      now: REFERENCE_DATE,
      freshness: {
        maxAgeDays: 365,
        warnAfterDays: 180,
        policies: [
          { files: 'account-security/**', maxAgeDays: 120 },
          { category: 'announcements', maxAgeDays: 730 },
        ],
      },
    };
    writeFileSync(path.join(outDir, 'kblint.config.json'), `${JSON.stringify(cfg, null, 2)}\n`);
  }
  return { files: plans.length, bytes };
}

function main(argv) {
  const args = [...argv];
  let seed = 42;
  let config = true;
  const positional = [];
  while (args.length > 0) {
    const a = args.shift();
    if (a === '--seed') seed = Number(args.shift());
    else if (a.startsWith('--seed=')) seed = Number(a.slice(7));
    else if (a === '--no-config') config = false;
    else if (a === '-h' || a === '--help') {
      console.log('usage: node bench/generate-articles.mjs N OUTDIR [--seed 42] [--no-config]');
      return 0;
    } else positional.push(a);
  }
  const [countText, outDir] = positional;
  const count = Number(countText);
  if (!Number.isInteger(count) || count < 1 || !outDir || !Number.isFinite(seed)) {
    console.error('usage: node bench/generate-articles.mjs N OUTDIR [--seed 42] [--no-config]');
    return 2;
  }
  const { files, bytes } = generate(count, outDir, { seed, config });
  console.log(`wrote ${files} articles (${(bytes / 1024 / 1024).toFixed(1)} MiB) to ${outDir} (seed ${seed})`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
