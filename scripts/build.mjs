// Bundles the three entry points with esbuild. `vscode` is provided by the
// editor at run time; everything else is bundled so the .vsix and the CLI
// need no node_modules.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

// The `yaml` package's Node build reads process.env.LOG_TOKENS for every token it parses (a call into
// C++, about 6 % of a YAML lint); its browser build is the same code without that debugging hook.
// The bundles take the browser build; `out/` (tests, the in-process bench) keeps the Node one.
const yamlBrowser = join(dirname(createRequire(import.meta.url).resolve('yaml/package.json')), 'browser', 'index.js');
const yamlWithoutEnvReads = {
  name: 'yaml-browser-build',
  setup: (bundle) => bundle.onResolve({ filter: /^yaml$/ }, () => ({ path: yamlBrowser })),
};

// vscode-jsonrpc and vscode-languageserver require `crypto` (named pipes' random names) and `child_process`
// (finding npm's and yarn's global folders) when they load. Neither runs over stdio, yet loading them, and the
// 21 internal modules they bring (dgram, crypto's ciphers and keys...), cost every server start 6-9 ms of its
// 150 (docs/performance.md, "Start-up: what else a fresh process spends"); the server's bundle loads them on first use.
// The stand-in answers every question about the module from the real one, so nothing reads it as empty.
const LAZY_BUILTINS = /^(child_process|crypto)$/;
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup: (bundle) => {
    bundle.onResolve({ filter: LAZY_BUILTINS }, (args) =>
      /[\\/]node_modules[\\/]vscode-[\w-]+[\\/]/.test(args.importer) ? { path: args.path, namespace: 'lazy-builtin' } : undefined,
    );
    bundle.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      loader: 'js',
      contents: `let real;
const load = () => (real ??= require('node:${args.path}'));
module.exports = new Proxy({}, {
  get: (_, key) => load()[key],
  has: (_, key) => key in load(),
  ownKeys: () => Reflect.ownKeys(load()),
  getOwnPropertyDescriptor: (_, key) => {
    const descriptor = Reflect.getOwnPropertyDescriptor(load(), key);
    return descriptor && { ...descriptor, configurable: true };
  },
});`,
    }));
  },
};

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
  plugins: [yamlWithoutEnvReads],
};

// The CLI and the server are each two files: the bundle (cli.main.js, server.main.js) and a small entry file
// (cli.js, server.js) that runs it through V8's code cache (server/src/startup/code-cache.ts). The entry file
// carries the bundle's content hash, which names the cache, so a rebuilt bundle never reads an old cache.
// `v8Flags` are set by the entry file before the bundle is compiled: V8 rejects a code cache made under
// other flags, so a flag the bundle needs is set there, not later (--expose-gc: memory/full-collection.ts).
//
// Compiling less of the code that runs only briefly. A lint is short bursts of code that has not run
// before (the first files, the first keystrokes after a file opens), where V8's optimising compiler
// spent as much CPU on its background threads as the lint itself on the main thread, compiling large
// inlined graphs for code that then ran a few times. So the entry files inline only functions of up
// to 120 bytes of bytecode (V8's default is 460) and optimise a function after about three times
// as much running as V8's default interrupt budget (67,584). Measured on the bench's files
// (docs/performance.md, "The optimising compiler's share"): server CPU over the first 40 edits of
// the 10k-line file 13.3 -> 10.3 ms with the inlining limit, 9.4-10.3 -> 7.5-8.5 ms with both;
// CLI CPU on the corpus 5.2 -> 4.6 s, then 3.9 -> 3.6 s (a quieter machine); steady typing unchanged.
const COMPILE_FLAGS = ['--max-inlined-bytecode-size=120', '--interrupt-budget=200000'];
const runnable = [
  { entry: 'server/src/lsp/main.ts', folder: 'dist/server', name: 'server', v8Flags: ['--expose-gc', ...COMPILE_FLAGS] },
  { entry: 'server/src/cli/main.ts', folder: 'dist/cli', name: 'cli', v8Flags: [...COMPILE_FLAGS] },
];

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client/extension.js', external: ['vscode'] }),
  ...runnable.map(async ({ entry, folder, name, v8Flags }) => {
    const bundle = `${name}.main.js`;
    await build({ ...common, entryPoints: [entry], outfile: join(folder, bundle), plugins: [...common.plugins, lazyBuiltins] });
    const hash = createHash('sha256')
      .update(readFileSync(join(folder, bundle)))
      .digest('hex')
      .slice(0, 16);
    // Caches of the previous bundle, and the entry file's source map from before it was an entry file.
    for (const file of readdirSync(folder)) if (file.endsWith('.code-cache') || file === `${name}.js.map`) rmSync(join(folder, file), { force: true });
    await build({
      ...common,
      sourcemap: false,
      entryPoints: ['server/src/startup/entry.ts'],
      outfile: join(folder, `${name}.js`),
      banner: { js: '#!/usr/bin/env node' },
      define: { BUNDLE_FILE: JSON.stringify(bundle), BUNDLE_HASH: JSON.stringify(hash), V8_FLAGS: JSON.stringify(v8Flags) },
    });
  }),
]);
