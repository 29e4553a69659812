/** Checkstyle XML, which Jenkins' warnings plugin and many review tools read; every value escaped. */
import type { LintResult } from '../engine/types.js';
import { escapeXml, repositoryPath, showControlCharacters, type FormatContext } from './context.js';

export function formatCheckstyle(results: readonly LintResult[], context: FormatContext): string {
  let output = '<?xml version="1.0" encoding="utf-8"?>\n<checkstyle version="4.3">\n';
  for (const result of results) {
    output += `  <file name="${escapeXml(showControlCharacters(repositoryPath(result.filePath, context)))}">\n`;
    for (const message of result.messages) {
      const severity = message.severity === 2 || message.fatal ? 'error' : 'warning';
      const source = message.ruleId ? `lint-articles.${message.ruleId}` : 'lint-articles';
      output += `    <error line="${message.line}" column="${message.column}" severity="${severity}" message="${escapeXml(`${message.message}${message.ruleId ? ` (${message.ruleId})` : ''}`)}" source="${escapeXml(source)}" />\n`;
    }
    output += '  </file>\n';
  }
  return `${output}</checkstyle>\n`;
}
