/** `--list-rules` and `--print-config`: what the configured linter runs, as text for a person or JSON. */
import { defaultFrontMatterFields } from '../config/load.js';
import type { Linter } from '../linter.js';

function byId(linter: Linter): Linter['rules'] {
  return [...linter.rules].sort((a, b) => a.meta.id.localeCompare(b.meta.id));
}

function levelOf(linter: Linter, rule: Linter['rules'][number]): { level: 'error' | 'warn' | 'off'; options?: unknown } {
  const active = linter.active.find((item) => item.rule === rule);
  return active ? { level: active.severity === 2 ? 'error' : 'warn', options: active.options } : { level: 'off' };
}

/** One line per rule: id, level, fix capability, description. */
export function listRules(linter: Linter): string {
  const rows = byId(linter).map((rule) => `${rule.meta.id.padEnd(24)} ${levelOf(linter, rule).level.padEnd(6)} ${rule.meta.fixable.padEnd(8)} ${rule.meta.description}`);
  return `${'rule'.padEnd(24)} ${'level'.padEnd(6)} ${'fixable'.padEnd(8)} description\n${rows.join('\n')}\n`;
}

/** The configuration that applies, as JSON: every rule's level and options, the data files, the file filters. */
export function printConfig(linter: Linter): string {
  const rules: Record<string, unknown> = {};
  for (const rule of byId(linter)) {
    const { level, options } = levelOf(linter, rule);
    rules[rule.meta.id] = level === 'off' ? 'off' : [level, options];
  }
  const { config } = linter;
  const printable = { configFile: config.configFile ?? null, rules, termbases: config.termbases, files: config.files, ignores: [...config.ignores, ...config.ignore], frontMatterFields: config.frontMatterFields ?? defaultFrontMatterFields, maxFileSize: config.maxFileSize };
  return `${JSON.stringify(printable, null, 2)}\n`;
}
