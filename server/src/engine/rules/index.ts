/**
 * The one registry of rules, sorted by id. Adding a rule touches its file,
 * this list, its fixtures and its doc page; nothing else.
 */
import type { Rule, RuleMeta } from '../rule';
import { insecureUrl } from './insecure-url';
import { manifestSchema } from './manifest-schema';
import { missingTls } from './missing-tls';
import { nonPublicHostname } from './non-public-hostname';
import { parseError } from './parse-error';
import { privateAddress } from './private-address';

export const RULES: readonly Rule[] = [insecureUrl, manifestSchema, missingTls, nonPublicHostname, parseError, privateAddress].sort((a, b) =>
  a.meta.id.localeCompare(b.meta.id),
);

const byId = new Map(RULES.map((rule) => [rule.meta.id, rule]));

export function ruleMetas(): RuleMeta[] {
  return RULES.map((rule) => rule.meta);
}

export function getRule(id: string): Rule | undefined {
  return byId.get(id);
}
