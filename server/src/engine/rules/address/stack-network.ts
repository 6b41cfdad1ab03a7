/**
 * A private address that the same file gives to one of its own members (a
 * Compose service's `ipv4_address`, a Service's `clusterIP`, a VM's
 * `privateIp`) or that falls in a network the file itself defines (Compose
 * `ipam` subnets, `vpc_cidr`, `subnets`): a peer inside one stack, reached
 * east–west, like a cluster DNS name. Any other private address is a
 * dependency on a private network outside the stack (a cross-cloud database,
 * a test harness on another LAN) and stays a finding.
 */
import ipaddr from 'ipaddr.js';
import type { LintFile, ScalarVisit } from '../../context';
import type { ParsedDocument } from '../../parse/tree';
import type { DocumentFormat } from '../../formats';
import { normaliseKey } from '../../roles';
import { parseAddress, type AddressInfo } from '../../net/address';
import { extractTargets } from '../../targets';
import { shapeKey } from '../../parse/shift';

/** Keys whose value is an address the stack gives to one of its own members. */
const OWN_ADDRESS_KEYS = new Set(['ipv4address', 'ipv6address', 'privateip', 'privateipaddress', 'privateipaddresses', 'clusterip', 'clusterips']);
/**
 * Keys whose value is a network the stack defines. Not `noproxy`, `dnsservers`,
 * routes or gateways: those name networks the stack talks to, not its own.
 */
const OWN_NETWORK_KEYS = new Set([
  'subnet',
  'subnets',
  'cidr',
  'cidrblock',
  'vpccidr',
  'vpccidrblock',
  'subnetcidr',
  'subnetcidrs',
  'subnetprefix',
  'addressspace',
  'addressprefix',
  'addressprefixes',
  'podcidr',
  'podsubnet',
  'servicecidr',
  'servicesubnet',
  'clustercidr',
  'clusteripv4cidr',
  'serviceclusteriprange',
  'iprange',
]);
/** Maps of named networks the stack defines (OpenStack-Ansible `cidr_networks: { management: 172.29.236.0/22 }`). */
const OWN_NETWORK_MAPS = new Set(['cidrnetworks', 'networkcidrs', 'subnets', 'subnetcidrs']);

interface StackNetworks {
  addresses: Set<string>;
  networks: Array<[ipaddr.IPv4 | ipaddr.IPv6, number]>;
}

const cache = new WeakMap<LintFile, StackNetworks>();

/** Whether the address belongs to the file's own stack (see the file comment). */
export function isStackPeer(file: LintFile, address: AddressInfo): boolean {
  const stack = stackNetworks(file);
  if (stack.addresses.has(address.canonical)) return true;
  if (stack.networks.length === 0) return false;
  const parsed = parseAddress(address.canonical);
  return parsed !== undefined && stack.networks.some(([network, bits]) => network.kind() === parsed.kind() && parsed.match(network, bits));
}

/**
 * The stack's own addresses and networks as one string: what a rule decided
 * about one document from them holds while this is unchanged.
 */
export function stackIdentity(view: LintFile): string {
  // Each document's part in order, not the merged stack: as fine a key, and made from what each document keeps.
  const file = view.whole;
  let identity = '';
  for (const document of file.documents) {
    const own = documentNetworks(file, document);
    if (own.identity !== '') identity += `${identity === '' ? '' : '; '}${own.identity}`;
  }
  return identity;
}

/** The stack's networks are the whole file's, also when a rule looks at one document of it. */
function stackNetworks(view: LintFile): StackNetworks {
  const file = view.whole;
  let stack = cache.get(file);
  if (stack) return stack;
  stack = { addresses: new Set(), networks: [] };
  for (const document of file.documents) {
    const own = documentNetworks(file, document);
    for (const address of own.addresses) stack.addresses.add(address);
    stack.networks.push(...own.networks);
  }
  cache.set(file, stack);
  return stack;
}

/**
 * One document's part of the stack, kept with the document: the parse cache
 * hands back the same document while its text is unchanged, so typing in one
 * document of a long file reads the others' values no more. Only such documents
 * are kept (they have a shape key): no other document comes back.
 */
const byDocument = new WeakMap<ParsedDocument, { format: DocumentFormat; stack: DocumentStack }>();

/** One document's part, and the same as one string (empty when the document gives none). */
interface DocumentStack extends StackNetworks {
  identity: string;
}

function documentNetworks(file: LintFile, document: ParsedDocument): DocumentStack {
  const format = file.format(document);
  const known = byDocument.get(document);
  if (known?.format === format) return known.stack;
  const own: StackNetworks = { addresses: new Set(), networks: [] };
  const visits = file.visitsOf(document);
  for (let i = 0; i < visits.length; i++) addOwn(own, visits[i]);
  const networks = own.networks.map(([network, bits]) => `${network.toString()}/${bits}`);
  const stack = { ...own, identity: [...own.addresses, ...networks].join(' ') };
  if (shapeKey(document) !== undefined) byDocument.set(document, { format, stack });
  return stack;
}

function addOwn(stack: StackNetworks, scalar: ScalarVisit): void {
  if (typeof scalar.node.value !== 'string') return;
  const inNetworkMap = OWN_NETWORK_MAPS.has(normaliseKey(scalar.parentKey ?? ''));
  if (scalar.role !== 'network' && !inNetworkMap) return;
  const key = inNetworkMap ? 'subnet' : normaliseKey(scalar.key ?? '');
  const ownAddress = OWN_ADDRESS_KEYS.has(key);
  if (!ownAddress && !OWN_NETWORK_KEYS.has(key)) return;
  for (const target of extractTargets(scalar.node.value)) {
    if (!target.address) continue;
    if (target.kind === 'cidr' && OWN_NETWORK_KEYS.has(key)) {
      const network = parseAddress(target.address.canonical);
      // A default route (`0.0.0.0/0`) or any block wider than /8 is not one stack's own network.
      if (network && target.bits !== undefined && target.bits >= 8) stack.networks.push([network, target.bits]);
    } else if (target.kind === 'address' && ownAddress) {
      stack.addresses.add(target.address.canonical);
    }
  }
}
