/**
 * Validates one manifest document against schemas/service-manifest.schema.json
 * and places each error on the node a person would look at, as
 * yaml-language-server does: an unknown property on its key, a missing
 * required property on the key of the object that lacks it, anything else on
 * the offending value. Noise is collapsed: ajv's `if` errors are dropped and a
 * node with several value errors keeps only the most specific one.
 */
import type { ErrorObject } from 'ajv';
import manifestSchemaJson from '../../../../schemas/service-manifest.schema.json';
import type { Node, ParsedDocument } from '../parse/tree';
import { escapePointerToken, valueAt } from './pointer';
import { convertDocument, type PointerEntry } from './to-js';
import { describeCondition, manifestPath, MANIFEST_SUBJECT, type DescribedError, type ManifestMessageId } from './messages';
import { translateAjvError, type SchemaError } from './ajv-errors';
import { manifestValidator } from './validators';

export interface SchemaProblem extends DescribedError {
  offset: number;
  length: number;
}

/**
 * When two errors fall on one node, the one earliest here is shown: an exact
 * expectation (const, enum) says most, then the kind of value, then the finer
 * checks that only apply to a value of the right kind.
 */
const SPECIFICITY: ManifestMessageId[] = ['const', 'enum', 'type', 'empty', 'format', 'pattern', 'tooLong', 'tooSmall', 'duplicate'];

export function validateManifest(document: ParsedDocument): SchemaProblem[] {
  const conversion = convertDocument(document);
  if (!conversion.ok) {
    const messageId = conversion.limit === 'expansion' ? 'expansionLimit' : 'depthLimit';
    return [{ messageId, data: { limit: conversion.limitValue }, offset: conversion.node.offset, length: conversion.node.length }];
  }
  if (manifestValidator(conversion.value)) return [];
  const placer = new ErrorPlacer(document, conversion.value, conversion.pointers);
  return placer.place(manifestValidator.errors ?? []);
}

class ErrorPlacer {
  constructor(
    private readonly document: ParsedDocument,
    private readonly value: unknown,
    private readonly pointers: Map<string, PointerEntry>,
  ) {}

  place(errors: ErrorObject[]): SchemaProblem[] {
    const structural: SchemaProblem[] = [];
    const valueErrors = new Map<string, SchemaProblem>();
    for (const error of errors) {
      const translated = translateAjvError(error, this.value, { subject: MANIFEST_SUBJECT });
      if (!translated) continue;
      if (translated.id === 'unknownProperty') structural.push(this.unknownProperty(translated));
      else if (translated.id === 'missingProperty') structural.push(this.missingProperty(error, translated));
      else {
        const problem = this.valueError(translated);
        const kept = valueErrors.get(translated.pointer);
        if (!kept || SPECIFICITY.indexOf(problem.messageId) < SPECIFICITY.indexOf(kept.messageId)) valueErrors.set(translated.pointer, problem);
      }
    }
    return dedupe([...structural, ...valueErrors.values()]).sort((a, b) => a.offset - b.offset || a.length - b.length);
  }

  private unknownProperty({ id, pointer, data }: SchemaError): SchemaProblem {
    const entry = this.pointers.get(pointer);
    return { messageId: id, data, ...this.rangeOf(entry?.key ?? entry?.node) };
  }

  private missingProperty(error: ErrorObject, { id, pointer, data }: SchemaError): SchemaProblem {
    const range = this.parentKeyRange(pointer);
    if (/\/then\/required$/.test(error.schemaPath)) {
      const ifSchema = schemaAt(error.schemaPath.replace(/\/then\/required$/, '/if'));
      const path = manifestPath(this.value, `${pointer}/${escapePointerToken(String(data.property))}`);
      return { messageId: 'missingPropertyWhen', data: { path, property: data.property, condition: describeCondition(ifSchema) }, ...range };
    }
    return { messageId: id, data, ...range };
  }

  private valueError({ id, pointer, data }: SchemaError): SchemaProblem {
    const entry = this.pointers.get(pointer);
    // `key:` with nothing after it parses as an empty scalar: the key is what to point at.
    const node = entry?.node && entry.node.length > 0 ? entry.node : (entry?.key ?? entry?.node);
    return { messageId: id, data, ...this.rangeOf(node) };
  }

  /**
   * The key whose value is the object at `pointer`. A list item has no key,
   * and neither does the document root: their first key stands in, or the
   * object itself when it is empty.
   */
  private parentKeyRange(pointer: string): { offset: number; length: number } {
    const entry = this.pointers.get(pointer);
    if (entry?.key) return this.rangeOf(entry.key);
    const node = entry?.node;
    if (node?.kind === 'map' && node.pairs.length > 0) return this.rangeOf(node.pairs[0].key);
    return this.rangeOf(node);
  }

  /** A node's range; without a node, the start of the document (never lost, only less precise). */
  private rangeOf(node: Node | null | undefined): { offset: number; length: number } {
    return node ? { offset: node.offset, length: node.length } : { offset: this.document.offset, length: 0 };
  }
}

/** The part of the schema a `schemaPath` such as `#/properties/spec/if` names. */
function schemaAt(schemaPath: string): unknown {
  return valueAt(manifestSchemaJson, schemaPath);
}

/**
 * A node reached through several aliases fails once per path; one finding per
 * place and problem is enough (the path in the message is the first one met).
 */
function dedupe(problems: SchemaProblem[]): SchemaProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const { path: _path, ...rest } = problem.data;
    const key = `${problem.offset}:${problem.length}:${problem.messageId}:${JSON.stringify(rest)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
