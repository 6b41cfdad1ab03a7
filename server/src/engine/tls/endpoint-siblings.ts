import type { ScalarVisit } from '../context';
import type { Node } from '../parse/tree';
import { nodeAt } from './places';

/**
 * The scalars in an endpoint role in the same map or list as a scalar: the
 * only neighbours besideLocalHosts reads (it keeps endpoint and
 * public-endpoint values), so the others are not indexed, and a file without
 * any endpoint has no neighbours to look up.
 */
export class EndpointSiblings {
  private readonly byNode = new Map<Node, ScalarVisit>();

  constructor(visits: readonly ScalarVisit[]) {
    for (let i = 0; i < visits.length; i++) {
      const visit = visits[i];
      if (visit.role === 'endpoint' || visit.role === 'public-endpoint') this.byNode.set(visit.node, visit);
    }
  }

  of(visit: ScalarVisit): ScalarVisit[] {
    if (this.byNode.size === 0) return [];
    const container = nodeAt(visit.document.root, visit.path.slice(0, -1));
    if (!container) return [];
    const children = container.kind === 'map' ? container.pairs.map((pair) => pair.value) : container.kind === 'seq' ? container.items : [];
    return children.flatMap((child) => {
      const sibling = child ? this.byNode.get(child) : undefined;
      return sibling ? [sibling] : [];
    });
  }
}
