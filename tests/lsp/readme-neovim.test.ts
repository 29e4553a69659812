/**
 * The README's Neovim snippets, tried as a new user would: Debian's Neovim started headless with
 * the snippet as its whole `init.lua`, a seed article opened, and the diagnostics it receives
 * from `npx lint-articles --lsp` compared with the JSON report of the same article. CI installs
 * Neovim (.ci/run); there a missing `nvim` fails the test with a message saying so.
 */
import { accessSync, constants, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/engine/types.js';
import { runCli } from '../helpers/cli.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const seed = 'seeds/000_1ebb2374139c221c.txt';

function findNeovim(): string | undefined {
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    if (!folder) continue;
    try {
      accessSync(join(folder, 'nvim'), constants.X_OK);
      return join(folder, 'nvim');
    } catch {
      // Not in this folder: try the next.
    }
  }
  return undefined;
}

const nvim = findNeovim();
const missing = 'Neovim is not on PATH: install it with `apt-get install -y neovim` (.ci/run does)';
const skipReason = nvim || process.env.CI ? undefined : `${missing}; skipping the README's Neovim snippets outside CI`;
if (skipReason) console.warn(skipReason);

/** Neovim's version as [major, minor], from `nvim --version`. */
function neovimVersion(): [number, number] {
  if (!nvim) throw new Error(missing);
  const match = /NVIM v(\d+)\.(\d+)/.exec(spawnSync(nvim, ['--version'], { encoding: 'utf8' }).stdout);
  if (!match) throw new Error('`nvim --version` printed no version');
  return [Number(match[1]), Number(match[2])];
}

/** The Lua blocks of the README's Neovim item, in order: 0.8 and later, then 0.7. */
function readmeSnippets(): string[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const item = /^- \*\*Neovim\*\*[\s\S]*?(?=^- \*\*)/m.exec(readme)?.[0] ?? '';
  return [...item.matchAll(/```lua\n([\s\S]*?)```/g)].map((match) => (match[1] ?? '').replace(/^ {2}/gm, ''));
}

/** Writes every diagnostic of the buffer once they arrive: line, rule and message, one per line. */
const collect = `
local path = vim.env.DIAGNOSTICS_FILE
local arrived = vim.wait(90000, function() return #vim.diagnostic.get(0) > 0 end, 200)
local out = io.open(path, 'w')
out:write('arrived ' .. tostring(arrived) .. '\\n')
for _, d in ipairs(vim.diagnostic.get(0)) do
  out:write(string.format('%d\\t%s\\t%s\\n', d.lnum + 1, tostring(d.code), (d.message:gsub('\\n', ' '))))
end
out:close()
vim.cmd('qa!')
`;

function diagnosticsWith(snippet: string): { arrived: boolean; diagnostics: Array<{ line: number; rule: string; message: string }> } {
  if (!nvim) throw new Error(missing);
  const folder = mkdtempSync(join(tmpdir(), 'neovim-'));
  writeFileSync(join(folder, 'init.lua'), snippet);
  writeFileSync(join(folder, 'collect.lua'), collect);
  const output = join(folder, 'diagnostics.txt');
  const run = spawnSync(nvim, ['--headless', '-i', 'NONE', '-u', join(folder, 'init.lua'), seed, '-c', `luafile ${join(folder, 'collect.lua')}`], {
    cwd: root,
    encoding: 'utf8',
    timeout: 110_000,
    env: { ...process.env, DIAGNOSTICS_FILE: output, XDG_CONFIG_HOME: folder, XDG_DATA_HOME: folder, XDG_STATE_HOME: folder, XDG_CACHE_HOME: folder },
  });
  if (run.error) throw run.error;
  const [first = '', ...lines] = readFileSync(output, 'utf8').trimEnd().split('\n');
  return {
    arrived: first === 'arrived true',
    diagnostics: lines.map((line) => {
      const [number = '0', rule = '', message = ''] = line.split('\t');
      return { line: Number(number), rule, message };
    }),
  };
}

describe.skipIf(skipReason !== undefined)("the README's Neovim snippets", () => {
  const report = () => {
    const run = runCli(['--format', 'json', seed], { cwd: root });
    const [result] = JSON.parse(run.stdout) as LintResult[];
    return result?.messages ?? [];
  };

  it('should bring the findings of a seed into Debian\u2019s Neovim as diagnostics, each with its message', () => {
    const snippets = readmeSnippets();
    expect(snippets).toHaveLength(2);
    const [major, minor] = neovimVersion();
    // Neovim 0.8 brought vim.lsp.start; before it only the second snippet can run.
    const snippet = major > 0 || minor >= 8 ? snippets[0] : snippets[1];
    const { arrived, diagnostics } = diagnosticsWith(snippet ?? '');
    expect(arrived).toBe(true);
    const messages = report();
    expect(messages.length).toBeGreaterThan(0);
    expect(diagnostics.map((diagnostic) => [diagnostic.line, diagnostic.rule])).toEqual(messages.map((message) => [message.line, message.ruleId]));
    for (const [index, diagnostic] of diagnostics.entries()) expect(diagnostic.message.startsWith(messages[index]?.message ?? '\u0000')).toBe(true);
  });
});
