/**
 * Hover (a finding's reason, or a manifest key's documentation) and
 * completion (manifest keys and values), both on the open document's text.
 */
import { completionsAt } from '../completion';
import { fileNameOf, languageOf } from '../document-linter';
import { hoverAt } from '../hover';
import type { ServerContext } from '../server-context';
import type { OpenDocuments } from './documents';

export function registerLanguageFeatureHandlers(context: ServerContext, documents: OpenDocuments): void {
  const { connection, configs, linter } = context;

  connection.onHover(async (params) => {
    const document = documents.get(params.textDocument.uri);
    const languageId = document && languageOf(document);
    if (document === undefined || languageId === undefined) return null;
    const config = await configs.get(document.uri);
    if (!config.enable) return null;
    return hoverAt({
      document,
      languageId,
      position: params.position,
      findings: context.latest.get(document.uri, document.version),
      lookup: { fileName: fileNameOf(document.uri), cache: linter.parseCache(document.uri), manifest: config.lintConfig.manifest },
      markdown: context.features.hoverMarkdown,
    });
  });

  connection.onCompletion(async (params) => {
    const document = documents.get(params.textDocument.uri);
    const languageId = document && languageOf(document);
    if (document === undefined || languageId === undefined) return [];
    const config = await configs.get(document.uri);
    const lookup = { fileName: fileNameOf(document.uri), manifest: config.lintConfig.manifest };
    return config.enable ? completionsAt(document, languageId, params.position, lookup, context.features.completionMarkdown) : [];
  });
}
