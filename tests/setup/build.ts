/** Builds dist/ once before the tests that spawn the command line (`node dist/cli.js`), as `npm run build` does. */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  // A clean build, as `npm run build`: a module that moved must not leave its old copy in dist/ to be packed.
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  execFileSync(process.execPath, [fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url)), '-p', 'src'], { cwd: root, stdio: 'inherit' });
  const validators = fileURLToPath(new URL('../../src/config/build-validators.mjs', import.meta.url));
  if (existsSync(validators)) execFileSync(process.execPath, [validators], { cwd: root, stdio: 'inherit' });
}
