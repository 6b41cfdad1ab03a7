/**
 * Hosts whose `http://` URLs are names, not network calls: XML and JSON
 * namespaces, schema and terminology identifiers, licence pages. A URL on
 * these hosts is reported only where the role says it is fetched.
 */
const NAMESPACE_HOSTS = [
  'www.w3.org',
  'w3.org',
  'json-schema.org',
  'schemas.xmlsoap.org',
  'schemas.microsoft.com',
  'schemas.openxmlformats.org',
  'purl.org',
  'xmlns.com',
  'schema.org',
  'hl7.org',
  'terminology.hl7.org',
  'snomed.info',
  'loinc.org',
  'unitsofmeasure.org',
  'fhir.nhs.uk',
  'fhir.hl7.org.uk',
  'www.opengis.net',
  'ns.adobe.com',
  'www.apache.org',
  'opensource.org',
  'creativecommons.org',
  'spdx.org',
  'www.gnu.org',
  'java.sun.com',
  'xmlns.jcp.org',
  'www.springframework.org',
  'maven.apache.org',
];

export function isIdentifierNamespace(host: string): boolean {
  return NAMESPACE_HOSTS.some((namespace) => host === namespace || host.endsWith(`.${namespace}`));
}
