// Bundles the three entry points with esbuild. `vscode` is provided by the
// editor at run time; everything else is bundled so the .vsix and the CLI
// need no node_modules.
import { build } from 'esbuild';

// `npm pack` and `npm publish` run `prepare` (this script) after `prepack`: the published package gets
// the minified bundles without source maps, while `npm ci` in a checkout gets the readable ones.
const production = process.argv.includes('--production') || ['pack', 'publish'].includes(process.env.npm_command ?? '');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // jsonc-parser's `main` is a UMD build whose dynamic requires esbuild cannot follow; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client/extension.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server/server.js', banner: { js: '#!/usr/bin/env node' } }),
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli/cli.js', banner: { js: '#!/usr/bin/env node' } }),
]);
