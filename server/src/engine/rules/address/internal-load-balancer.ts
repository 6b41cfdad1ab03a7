/**
 * A LoadBalancer Service published at a private address: `loadBalancerIP` is
 * where clients reach the service, so a private one (usually with a cloud's
 * "internal load balancer" annotation) means the service is published only on
 * the private network. The role table calls `loadBalancerIP` a network
 * definition, which is right for every other rule; this reads it as the
 * Service's own published address. Kubernetes manifests (`spec` with
 * `metadata.annotations`) and Helm values (`service: {type, loadBalancerIP,
 * annotations}`) alike.
 */
import type { RuleContext } from '../../rule';
import type { ScalarVisit } from '../../context';
import type { AddressInfo } from '../../net/address';
import { getValue, nodeAt, stringValue, type Node } from '../../parse/tree';
import { hostText, spanOf } from '../scan';
import { describePrivate } from '../private-address';

/** Annotations that ask the cloud for a load balancer on the private network, and what to call it. */
const INTERNAL_ANNOTATIONS: ReadonlyArray<{ key: string; value: RegExp; how: string }> = [
  { key: 'service.beta.kubernetes.io/azure-load-balancer-internal', value: /^true$/i, how: 'an Azure internal load balancer' },
  { key: 'service.beta.kubernetes.io/aws-load-balancer-internal', value: /./, how: 'an AWS internal load balancer' },
  { key: 'service.beta.kubernetes.io/aws-load-balancer-scheme', value: /^internal$/i, how: 'an AWS internal load balancer' },
  { key: 'networking.gke.io/load-balancer-type', value: /^internal$/i, how: 'a GCP internal load balancer' },
  { key: 'cloud.google.com/load-balancer-type', value: /^internal$/i, how: 'a GCP internal load balancer' },
  { key: 'service.beta.kubernetes.io/openstack-internal-load-balancer', value: /^true$/i, how: 'an OpenStack internal load balancer' },
];

export function reportInternalLoadBalancers(context: RuleContext, isPrivate: (address: AddressInfo) => boolean): void {
  const scalars = context.file.scalars();
  for (let i = 0; i < scalars.length; i++) {
    const scalar = scalars[i];
    if (scalar.key !== 'loadBalancerIP' || (scalar.format !== 'kubernetes' && scalar.format !== 'helm-values')) continue;
    const service = nodeAt(scalar.document.root, scalar.path.slice(0, -1));
    if (stringValue(getValue(service, 'type')) !== 'LoadBalancer') continue;
    for (const target of context.file.targets(scalar)) {
      if (!target.address || target.kind !== 'address' || !isPrivate(target.address) || context.file.isAllowed(target)) continue;
      const data = { ...describePrivate(target.address, hostText(scalar, target)), how: internalHow(scalar, service) };
      context.report({ messageId: 'internalLoadBalancer', data, ...spanOf(context, scalar, target.hostStart, target.hostEnd) });
    }
  }
}

/** Which internal load balancer the annotations ask for, or a plain description when none does. */
function internalHow(scalar: ScalarVisit, service: Node | null | undefined): string {
  // A manifest's annotations sit in the document's metadata; Helm values put them beside `type`.
  const annotations = scalar.format === 'kubernetes' ? getValue(getValue(scalar.document.root, 'metadata'), 'annotations') : getValue(service, 'annotations');
  for (const annotation of INTERNAL_ANNOTATIONS) {
    const value = stringValue(getValue(annotations, annotation.key));
    if (value !== undefined && annotation.value.test(value)) return annotation.how;
  }
  return 'a load balancer address';
}
