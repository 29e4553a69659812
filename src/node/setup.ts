/**
 * How a linter is made from the command line's choices. The same plain, cloneable description
 * builds the linter in the main thread and again inside each worker thread, so both lint alike.
 */
import { loadConfig } from '../config/load.js';
import type { Config, RuleConfig } from '../config/load.js';
import { createLinter, type Linter } from '../linter.js';

export interface LinterSetup {
  cwd: string;
  /** An explicit --config path. */
  configFile?: string;
  /** false with --no-config-lookup. */
  useConfigFile: boolean;
  /** --rule settings, which win over the configuration. */
  ruleOverrides: Record<string, RuleConfig>;
  /** --report-unused-disable-directives. */
  reportUnusedDisableDirectives?: boolean;
}

export function loadSetupConfig(setup: LinterSetup): Config {
  return loadConfig({
    cwd: setup.cwd,
    ...(setup.configFile !== undefined ? { configFile: setup.configFile } : {}),
    useConfigFile: setup.useConfigFile,
  });
}

export function createLinterFromSetup(setup: LinterSetup): Linter {
  return createLinter(loadSetupConfig(setup), { rules: setup.ruleOverrides, reportUnusedDisableDirectives: setup.reportUnusedDisableDirectives === true });
}
