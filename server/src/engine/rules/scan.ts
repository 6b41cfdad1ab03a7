/**
 * The loop most rules share: every network target in every scalar whose role
 * the rule cares about, with a helper to report a part of the value.
 */
import type { RuleContext } from '../rule';
import type { ScalarVisit } from '../context';
import type { Role } from '../roles';
import type { NetworkTarget } from '../targets';
import type { HostnameClass, HostnameInfo } from '../net/hostname';

export function forEachTarget(context: RuleContext, roles: ReadonlySet<Role>, visit: (scalar: ScalarVisit, target: NetworkTarget) => void): void {
  const { scalars, targets } = context.file.checkedTargets(roles);
  for (let i = 0; i < targets.length; i++) visit(scalars[i], targets[i]);
}

/** Offsets in the file of `[start, end)` in a scalar's value. */
export function spanOf(context: RuleContext, scalar: ScalarVisit, start: number, end: number): { offset: number; length: number } {
  return context.file.locate(scalar.node, start, end);
}

/** The value text of a target's host, as written. */
export function hostText(scalar: ScalarVisit, target: NetworkTarget): string {
  return String(scalar.node.value).slice(target.hostStart, target.hostEnd);
}

/**
 * The host's class as the document's platform sees it: in Kubernetes
 * manifests and Helm values a two-label name with no real TLD
 * (`licensify-frontend.licensify`) is the `<service>.<namespace>` short form.
 */
export function hostClass(scalar: ScalarVisit, hostname: HostnameInfo): HostnameClass {
  const kubernetes = scalar.format === 'kubernetes' || scalar.format === 'helm-values';
  if (kubernetes && hostname.class === 'unknown-tld' && hostname.name.split('.').length === 2) return 'platform-internal';
  return hostname.class;
}
