/**
 * `manifest-schema`: an Internet First service manifest that does not match
 * schemas/service-manifest.schema.json. Only documents recognised as
 * manifests are checked (see schema/detect.ts); a Kubernetes or Compose file
 * beside them is left to the other rules.
 */
import type { Rule } from '../rule';
import { MANIFEST_MESSAGES } from '../schema/messages';
import { validateManifest } from '../schema/validate';
import { ManifestFixer, MANIFEST_FIXES, type ManifestFix } from '../fixes/manifest';
import { isCascading } from '../parse/tree';

/** The message ids in `meta.messages`: reporting any other does not compile. */
type Message = keyof typeof MANIFEST_MESSAGES;

export const manifestSchema: Rule<ManifestFix, Message> = {
  meta: {
    id: 'manifest-schema',
    defaultSeverity: 'error',
    description: 'Service manifests must match the Internet First service manifest schema.',
    rationale:
      'The manifest is where a service states its exposure, endpoints, TLS and authentication; other rules and reviewers ' +
      'trust what it says, so it must be complete and well formed.',
    fixable: true,
    fixes: { ...MANIFEST_FIXES },
    messages: { ...MANIFEST_MESSAGES },
  },
  check(context) {
    const { file } = context;
    for (const document of file.documents) {
      // An empty document (a new file, or a trailing `---`) has nothing to check yet.
      if (document.root === null || file.format(document) !== 'manifest') continue;
      // After a syntax error the tree is the parser's guess: a key swallowed by an unclosed `[` would be reported
      // missing, and its fix inserted where the parser swallows it again (fix-all added `kind:` ten times).
      if (document.problems.some(isCascading)) continue;
      const fixer = new ManifestFixer(file.text, file.parsed.language, document);
      for (const problem of validateManifest(document)) {
        context.report({ messageId: problem.messageId, data: problem.data, offset: problem.offset, length: problem.length, fixes: fixer.fixesFor(problem) });
      }
    }
  },
};
