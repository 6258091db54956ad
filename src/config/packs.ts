// Reading the YAML rule packs `packs` names (files or folders, relative to the
// config file), at config load: each rule validated, named `Pack.Rule`. A
// folder is a pack (its name is the folder's); each `.yml`/`.yaml` file in it
// is a rule (its name is the file's), as Vale styles are laid out. A file may
// also hold several rules under `rules:` (the pack's name is then `pack:`, or
// the file's).
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describeYamlError, parseYaml } from '../util/yaml.js';
import { ConfigError } from './files.js';
import { packRuleSchema, type PackRuleSpec } from './pack-schema.js';
import { compileFormula } from './pack-formula.js';

const ID_PART = /^[A-Za-z][A-Za-z0-9_-]*$/;

export async function readPacks(entries: readonly string[], baseDir: string, configName: string, cwd: string): Promise<PackRuleSpec[]> {
  const specs: PackRuleSpec[] = [];
  for (const entry of entries) {
    const absolute = path.resolve(baseDir, entry);
    const kind = await stat(absolute).then((s) => (s.isDirectory() ? 'dir' : s.isFile() ? 'file' : null), () => null);
    if (!kind) throw new ConfigError(`${configName}: packs: "${entry}" is neither a file nor a folder`);
    const files =
      kind === 'file'
        ? [absolute]
        : (await readdir(absolute)).filter((n) => /\.ya?ml$/i.test(n)).sort().map((n) => path.join(absolute, n));
    if (files.length === 0) throw new ConfigError(`${configName}: packs: the folder "${entry}" holds no .yml rule files`);
    for (const file of files) specs.push(...(await readPackFile(file, path.relative(cwd, file) || file)));
  }
  const seen = new Map<string, string>();
  for (const spec of specs) {
    const other = seen.get(spec.id);
    if (other) throw new ConfigError(`${configName}: packs: the rule "${spec.id}" is defined twice (${other} and ${spec.file})`);
    seen.set(spec.id, spec.file);
  }
  return specs;
}

async function readPackFile(file: string, display: string): Promise<PackRuleSpec[]> {
  const text = await readFile(file, 'utf8');
  const { value, error } = parseYaml(text);
  if (error) throw new ConfigError(describeYamlError(display, error));
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ConfigError(`${display}: a rule pack file must be a YAML mapping`);
  const stem = path.basename(file).replace(/\.ya?ml$/i, '');
  const record = value as Record<string, unknown>;
  const rules: Array<[string, unknown]> =
    'rules' in record && typeof record.rules === 'object' && record.rules !== null
      ? Object.entries(record.rules as Record<string, unknown>).map(([name, body]) => [`${typeof record.pack === 'string' ? record.pack : stem}.${name}`, body])
      : [[`${path.basename(path.dirname(file))}.${stem}`, record]];
  return rules.map(([id, body]) => {
    if (!id.split('.').every((part) => ID_PART.test(part))) {
      throw new ConfigError(`${display}: "${id}" is not a rule id kblint can use (letters, digits, - and _, as Pack.Rule)`);
    }
    const parsed = packRuleSchema.safeParse(body);
    if (!parsed.success) {
      const lines = parsed.error.issues.map((issue) => {
        const at = issue.path.length > 0 ? issue.path.map(String).join('.') : '(rule)';
        return `${display}: ${id}: ${at}: ${issue.code === 'invalid_union' && issue.path.length === 0 ? 'expected "extends" to be existence, substitution, occurrence, capitalization, conditional or metric' : issue.message}`;
      });
      throw new ConfigError(`invalid rule pack\n${lines.map((l) => `  ${l}`).join('\n')}`);
    }
    if (parsed.data.extends === 'metric') {
      try {
        compileFormula(parsed.data.formula);
      } catch (error) {
        throw new ConfigError(`${display}: ${id}: formula: ${(error as Error).message}`);
      }
    }
    return { ...parsed.data, id, file: display };
  });
}
