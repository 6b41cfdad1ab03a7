/**
 * The CLI's and the language server's entry file (dist/cli/cli.js,
 * dist/server/server.js): a few lines that run the real bundle beside it
 * (cli.main.js, server.main.js) through V8's code cache (code-cache.ts).
 * The build defines which bundle and its content hash.
 */
import * as path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runBundle } from './code-cache';

declare const BUNDLE_FILE: string;
declare const BUNDLE_HASH: string;
/** V8 flags the bundle needs, set before it is compiled: a code cache made under other flags is rejected (scripts/build.mjs). */
declare const V8_FLAGS: string[];

for (const flag of V8_FLAGS) setFlagsFromString(flag);

/** Long enough for a language server to have linted the first files, so the cache holds that code too. */
const WRITE_AFTER_MS = 10_000;

/** A run this long remakes a cache a shorter run made, and its own is kept (making one costs a few tens of milliseconds: not on quick runs). */
const REFRESH_AFTER_MS = 1_000;

runBundle(path.join(__dirname, BUNDLE_FILE), { hash: BUNDLE_HASH, filename: __filename, writeAfterMs: WRITE_AFTER_MS, refreshAfterMs: REFRESH_AFTER_MS });
