/**
 * Configuration and usage errors: one actionable paragraph naming the file, the key path, what was
 * given, what was expected and the likely mend. The CLI prints it and exits 2.
 */
export interface ConfigErrorDetails {
  file?: string;
  keyPath?: string;
  given?: string;
  expected?: string;
  mend?: string;
}

export class ConfigError extends Error {
  readonly details: ConfigErrorDetails;

  constructor(summary: string, details: ConfigErrorDetails = {}) {
    const parts = [summary];
    if (details.file) parts.push(`in ${details.file}${details.keyPath ? ` at ${details.keyPath}` : ''}`);
    else if (details.keyPath) parts.push(`at ${details.keyPath}`);
    if (details.given !== undefined) parts.push(`given ${details.given}`);
    if (details.expected !== undefined) parts.push(`expected ${details.expected}`);
    let message = parts.join(', ');
    if (details.mend) message += `. ${details.mend}`;
    super(message);
    this.name = 'ConfigError';
    this.details = details;
  }
}

/**
 * Line and column of a JSON syntax error, from the offset Node puts in its message; a text that
 * ends too early ("Unexpected end of JSON input" carries no offset) is placed at its end.
 */
export function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  let offset: number;
  if (position?.[1]) offset = Number(position[1]);
  else if (/end of JSON input/i.test(message)) offset = text.length;
  else return message;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${message.replace(/ in JSON at position \d+.*$/, '')} at line ${line}, column ${column}`;
}

/** Parses JSON, refusing prototype keys, with errors that name the file, line and column. */
export function parseJsonFile(text: string, file: string): unknown {
  // Editors hide a byte order mark, so lines and columns are counted without it.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    throw new ConfigError(`Invalid JSON: ${describeJsonError(body, error)}`, { file, mend: 'Fix the JSON syntax' });
  }
  rejectPrototypeKeys(value, file, '');
  return value;
}

/**
 * Keys that reach an object's prototype. JSON.parse makes `"__proto__"` an own property, but any
 * later spread or assignment of it would replace the prototype of the object it lands in.
 */
export function isPrototypeKey(key: string): boolean {
  return key === '__proto__' || key === 'constructor' || key === 'prototype';
}

function rejectPrototypeKeys(value: unknown, file: string, path: string): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => rejectPrototypeKeys(item, file, `${path}[${index}]`));
  } else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (isPrototypeKey(key)) {
        throw new ConfigError(`Forbidden key \`${key}\``, {
          file,
          keyPath: `${path}.${key}`.replace(/^\./, ''),
          given: JSON.stringify(key),
          expected: 'no key named `__proto__`, `constructor` or `prototype`',
          mend: 'Remove the key',
        });
      }
      rejectPrototypeKeys((value as Record<string, unknown>)[key], file, path ? `${path}.${key}` : key);
    }
  }
}
