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

/** Line and column of a JSON syntax error, from the offset Node puts in its message. */
export function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (!position?.[1]) return message;
  const offset = Number(position[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${message.replace(/ in JSON at position \d+.*$/, '')} at line ${line}, column ${column}`;
}

/** Parses JSON, refusing prototype keys, with errors that name the file, line and column. */
export function parseJsonFile(text: string, file: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new ConfigError(`Invalid JSON: ${describeJsonError(text, error)}`, { file, mend: 'Fix the JSON syntax' });
  }
  rejectPrototypeKeys(value, file, '');
  return value;
}

function rejectPrototypeKeys(value: unknown, file: string, path: string): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => rejectPrototypeKeys(item, file, `${path}[${index}]`));
  } else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
        throw new ConfigError(`Forbidden key \`${key}\``, { file, keyPath: `${path}.${key}`.replace(/^\./, ''), mend: 'Remove the key' });
      }
      rejectPrototypeKeys((value as Record<string, unknown>)[key], file, path ? `${path}.${key}` : key);
    }
  }
}
