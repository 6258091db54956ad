// `kblint review FILE..`: record that articles were checked, without editing them.
import path from 'node:path';
import { loadConfig } from '../config/load.js';
import { configSearchStart, todayUtc } from '../engine/lint.js';
import { UsageError } from '../engine/errors.js';
import { applyReview, planReview } from '../engine/review.js';
import { isIsoDate } from '../metadata/dates.js';
import type { CliIO } from './common.js';
import { EXIT } from './lint-command.js';

export interface ReviewArgs {
  files: string[];
  date?: string;
  field?: string;
  config?: string;
}


export async function runReview(args: ReviewArgs, io: CliIO): Promise<number> {
  if (args.date !== undefined && !isIsoDate(args.date)) throw new UsageError(`--date takes a real date as YYYY-MM-DD, not "${args.date}"`);
  if (args.field !== undefined && !/^[^\s:#]+$/.test(args.field)) throw new UsageError(`--field takes a frontmatter key, not "${args.field}"`);
  const files = args.files ?? [];
  if (files.length === 0) throw new UsageError('kblint review needs at least one file');
  const config = await loadConfig({ configPath: args.config, searchFrom: configSearchStart(files, io.cwd), cwd: io.cwd });
  const date = args.date ?? todayUtc();
  const updatedKeys = config.metadata.fields.updated;
  const field = args.field ?? config.freshness.reviewField ?? ((text: string) => updatedKeys.find((key) => new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`, 'm').test(text)) ?? 'updated');
  // Every file is checked before any is written: one bad file changes none.
  const plans = [];
  for (const file of files) plans.push(await planReview(path.resolve(io.cwd, file), file, field, date));
  for (const plan of plans) {
    if (plan.after === plan.before) continue;
    await applyReview(plan);
  }
  io.stderr(`kblint: recorded a review on ${date} in ${plans.length} article${plans.length === 1 ? '' : 's'}\n`);
  return EXIT.ok;
}
