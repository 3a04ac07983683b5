import type { Linter } from 'eslint';

export const layerRules: Linter.Config[];
declare const config: Linter.Config[];
export default config;
