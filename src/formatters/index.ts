/** Formatters by name; each is a pure function from results to one string. The command line loads only the one it prints (load.ts). */
import { formatCheckstyle } from './checkstyle.js';
import type { FormatContext } from './context.js';
import type { FormatName, Formatter } from './load.js';
import { formatGithub } from './github.js';
import { formatGitlab } from './gitlab.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatRdjson } from './rdjson.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import { formatUnix } from './unix.js';

export type { FormatContext, FormatName, Formatter };
export { formatNames, formatsReadingSources, loadChunkedFormatter, loadFormatter } from './load.js';

export const formatters = {
  stylish: formatStylish,
  json: formatJson,
  github: formatGithub,
  sarif: formatSarif,
  rdjson: formatRdjson,
  gitlab: formatGitlab,
  checkstyle: formatCheckstyle,
  junit: formatJunit,
  html: formatHtml,
  unix: formatUnix,
} satisfies Record<FormatName, Formatter>;
