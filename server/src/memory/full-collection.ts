/**
 * A full garbage collection on demand: V8's `gc`, reached through
 * `--expose-gc`. The server's entry file sets that flag before its bundle is
 * compiled (scripts/build.mjs, startup/entry.ts), as V8
 * rejects a code cache made under other flags; setting it here again then
 * changes nothing, and makes this work where the code runs without its
 * entry file (from `out/`, in tests).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | undefined;

export function fullCollection(): void {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    // A new context gets the `gc` global the flag adds; the running one was made before it.
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}
