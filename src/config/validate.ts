/** JSON Schema validation (ajv) with errors that name the file, the key path and the mend. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';
import { ConfigError } from './errors.js';

interface ValidateFunction {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

const compiled = new Map<string, ValidateFunction>();
const require = createRequire(import.meta.url);

/** Schemas ship as JSON beside the sources (src/config), two levels above both src/ and dist/ files. */
export function schemaUrl(name: string): URL {
  return new URL(`../../src/config/${name}`, import.meta.url);
}

/**
 * The validator built with the package (src/config/build-validators.mjs) while it was made from this
 * very schema; loading it skips importing and compiling ajv, the largest part of start-up.
 */
function prebuiltValidator(name: string, schemaText: string): ValidateFunction | undefined {
  const file = new URL(`./validators/${name.replace(/\.json$/, '.cjs')}`, import.meta.url);
  if (!existsSync(file)) return undefined;
  const prebuilt = require(file.pathname) as ValidateFunction & { default?: ValidateFunction; schemaHash?: string };
  if (prebuilt.schemaHash !== createHash('sha1').update(schemaText).digest('hex')) return undefined;
  return prebuilt.default ?? prebuilt;
}

function validatorFor(name: string): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    const schemaText = readFileSync(schemaUrl(name), 'utf8');
    validate = prebuiltValidator(name, schemaText);
    if (!validate) {
      const { Ajv } = require('ajv') as typeof import('ajv');
      validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(schemaText) as object);
    }
    compiled.set(name, validate);
  }
  return validate;
}

function pathOf(error: ErrorObject): string {
  const segments = error.instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
  let path = '';
  for (const segment of segments) path += /^\d+$/.test(segment) ? `[${segment}]` : path ? `.${segment}` : segment;
  return path || '(top level)';
}

function describe(error: ErrorObject, value: unknown): { keyPath: string; summary: string; given: string; expected: string; mend: string } {
  const keyPath = pathOf(error);
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperty' || error.keyword === 'additionalProperties') {
    const key = String(params.additionalProperty);
    return {
      keyPath: keyPath === '(top level)' ? key : `${keyPath}.${key}`,
      summary: `Unknown key \`${key}\``,
      given: JSON.stringify(key),
      expected: 'one of the keys the schema lists',
      mend: 'Remove the key or correct its spelling',
    };
  }
  const given = JSON.stringify(valueAt(value, error.instancePath)) ?? 'nothing';
  if (error.keyword === 'required') {
    return { keyPath, summary: `Missing key \`${String(params.missingProperty)}\``, given: 'no such key', expected: `a \`${String(params.missingProperty)}\` key`, mend: 'Add the key' };
  }
  if (error.keyword === 'enum') {
    const allowed = (params.allowedValues as unknown[]).map((item) => JSON.stringify(item)).join(', ');
    return { keyPath, summary: 'Invalid value', given, expected: `one of ${allowed}`, mend: 'Use one of the listed values' };
  }
  return { keyPath, summary: 'Invalid value', given, expected: error.message ?? 'a valid value', mend: 'Correct the value' };
}

function valueAt(value: unknown, pointer: string): unknown {
  let current = value;
  for (const segment of pointer.split('/').slice(1)) {
    if (current && typeof current === 'object') current = (current as Record<string, unknown>)[segment];
    else return undefined;
  }
  return current;
}

/** Validates `value`; throws one ConfigError for the most specific failure. */
export function validateAgainst(schemaName: string, value: unknown, file: string): void {
  const validate = validatorFor(schemaName);
  if (validate(value)) return;
  const errors = validate.errors ?? [];
  // oneOf/anyOf umbrella errors say little; prefer the deepest, most concrete one.
  const ranked = [...errors].sort((a, b) => {
    const rank = (error: ErrorObject): number => (error.keyword === 'oneOf' || error.keyword === 'anyOf' ? 1 : 0);
    return rank(a) - rank(b) || b.instancePath.length - a.instancePath.length;
  });
  const first = ranked[0];
  if (!first) throw new ConfigError('Invalid configuration', { file });
  const { keyPath, summary, given, expected, mend } = describe(first, value);
  throw new ConfigError(summary, { file, keyPath, given, expected, mend });
}
