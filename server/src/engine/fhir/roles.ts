/**
 * Roles of values in FHIR resources. FHIR is full of URLs that name things
 * and are never fetched: code systems (`coding.system`, `Identifier.system`),
 * canonical URLs (`meta.profile`, `CodeSystem.url`, `ValueSet.url`,
 * `StructureDefinition.url`, `extension.url`), identifier values and
 * MessageHeader endpoints written as `system|value`. Those are identifiers.
 *
 * Some url-typed elements locate content that a client retrieves, so they
 * are destinations that the address, host and TLS rules must see:
 * - `Attachment.url` (`DocumentReference.content.attachment.url`,
 *   `Media.content.url`, `Patient.photo.url`, `DiagnosticReport.presentedForm.url`,
 *   `valueAttachment.url`, `Communication.payload.contentAttachment.url`),
 *   including NRL pointers whose `ssp://` URLs are fetched through the Spine
 *   Secure Proxy;
 * - `Endpoint.address` (where a system is called);
 * - `Subscription.channel.endpoint` (where notifications are sent) and a
 *   server's own base URL (`CapabilityStatement.implementation.url`).
 * All of them are public: a FHIR resource is exchanged between organisations,
 * and the URL in it is fetched by the receiver's systems, not from inside the
 * sender's network, so an east–west name (a private DNS zone) is never fine.
 */
import type { Role } from '../roles';

/** Keys above a `url` that make it an Attachment's: the element names whose type is Attachment. */
const ATTACHMENT_PARENTS = new Set(['attachment', 'content', 'photo', 'presentedform', 'contentattachment', 'sourceattachment', 'image', 'document']);

/** `key` and `parent` are normalised (lower case, no separators); `path` is normalised the same way. */
export function fhirRole(path: ReadonlyArray<string | number>, key: string, parent: string): Role {
  if (key === 'address' && !path.includes('telecom')) return 'public-endpoint';
  if (parent === 'channel' && key === 'endpoint') return 'public-endpoint';
  if (parent === 'implementation' && key === 'url') return 'public-endpoint';
  if (key === 'url' && (ATTACHMENT_PARENTS.has(parent) || parent.endsWith('attachment'))) return 'public-endpoint';
  return 'identifier';
}
