/**
 * A CI job that runs from a sub-folder (`working-directory: site`) still names files from the
 * repository root, where GitHub annotations, GitLab Code Quality and code scanning look for them.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeFolder, runCli } from '../helpers/cli.js';

const damaged = 'Gas came to the coast through the pipeline called Kraft Siberia.\n';

function checkout(): { root: string; site: string } {
  const root = makeFolder({ 'site/articles/a.txt': damaged });
  return { root, site: join(root, 'site') };
}

describe('CI report paths from the repository root', () => {
  it('should name the file from GITHUB_WORKSPACE in github annotations', () => {
    const { root, site } = checkout();
    const run = runCli(['-f', 'github', 'articles'], { cwd: site, env: { GITHUB_WORKSPACE: root } });
    expect(run.stdout).toContain('::error file=site/articles/a.txt,line=1,');
  });

  it('should name the file from CI_PROJECT_DIR in the GitLab report', () => {
    const { root, site } = checkout();
    const run = runCli(['-f', 'gitlab', 'articles'], { cwd: site, env: { CI_PROJECT_DIR: root } });
    const issues = JSON.parse(run.stdout) as Array<{ location: { path: string } }>;
    expect(issues.map((issue) => issue.location.path)).toEqual(['site/articles/a.txt']);
  });

  it('should make SARIF uris relative to the repository root, and %SRCROOT% that root', () => {
    const { root, site } = checkout();
    const run = runCli(['-f', 'sarif', 'articles'], { cwd: site, env: { GITHUB_WORKSPACE: root } });
    const log = JSON.parse(run.stdout) as { runs: Array<{ originalUriBaseIds: { '%SRCROOT%': { uri: string } }; results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    const [sarifRun] = log.runs;
    expect(sarifRun?.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('site/articles/a.txt');
    expect(sarifRun?.originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${root}/`);
  });

  it('should name the file from the repository root in rdjson, checkstyle and junit', () => {
    const { root, site } = checkout();
    const env = { CI_PROJECT_DIR: root };
    expect(JSON.parse(runCli(['-f', 'rdjson', 'articles'], { cwd: site, env }).stdout).diagnostics[0].location.path).toBe('site/articles/a.txt');
    expect(runCli(['-f', 'checkstyle', 'articles'], { cwd: site, env }).stdout).toContain('<file name="site/articles/a.txt">');
    expect(runCli(['-f', 'junit', 'articles'], { cwd: site, env }).stdout).toContain('site/articles/a.txt');
  });

  it('should fall back to the git top level when no CI variable is set', () => {
    const { root, site } = checkout();
    expect(spawnSync('git', ['init', '-q'], { cwd: root }).status).toBe(0);
    const run = runCli(['-f', 'github', 'articles'], { cwd: site });
    expect(run.stdout).toContain('::error file=site/articles/a.txt,line=1,');
  });

  it('should keep the working folder outside a repository and without CI variables', () => {
    const { site } = checkout();
    const run = runCli(['-f', 'github', 'articles'], { cwd: site });
    expect(run.stdout).toContain('::error file=articles/a.txt,line=1,');
  });

  it('should keep paths from the working folder in the stylish report for people', () => {
    const { root, site } = checkout();
    const run = runCli(['articles'], { cwd: site, env: { GITHUB_WORKSPACE: root } });
    expect(run.stdout.split('\n')).toContain(join(site, 'articles', 'a.txt'));
  });
});
