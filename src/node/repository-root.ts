/**
 * The folder CI report paths are relative to. GitHub and GitLab place an annotation by a path from
 * the top of the checkout, so a job that runs `lint-articles` with `working-directory: site` must
 * still say `site/articles/a.md`, not `articles/a.md`, or the annotation lands on no file.
 */
import { spawnSync } from 'node:child_process';
import { isAbsolute, resolve } from 'node:path';

/** GITHUB_WORKSPACE, else CI_PROJECT_DIR, else the git top level, else the working folder. */
export function repositoryRootFor(cwd: string, env: NodeJS.ProcessEnv = process.env): string {
  for (const name of ['GITHUB_WORKSPACE', 'CI_PROJECT_DIR'] as const) {
    const value = env[name];
    if (value && isAbsolute(value)) return resolve(value);
  }
  const git = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8' });
  const top = git.status === 0 ? git.stdout.replace(/\r?\n$/, '') : '';
  return top && isAbsolute(top) ? resolve(top) : resolve(cwd);
}
