/**
 * A Compose stack that runs its own server: a connection whose host is a
 * placeholder (`Server=${DB_CONNECTION},1433;…;TrustServerCertificate=True`)
 * in a stack that also runs SQL Server, Postgres, Kafka or another server of
 * that sort is taken to go to that container. The traffic stays on the
 * stack's network (east–west, catalogue §1), and a container's self-signed
 * certificate is why such strings turn checks off. A placeholder in a stack
 * without such a server may point anywhere, so it is still reported.
 */
import type { ScalarVisit } from '../context';
import { getValue, stringValue } from '../parse/tree';

/** Image names of servers a stack commonly runs for itself (last path segment, before the tag). */
const SERVER_IMAGES = new Set([
  'mssql',
  'server',
  'azure-sql-edge',
  'postgres',
  'postgis',
  'mysql',
  'mariadb',
  'mongo',
  'mongodb',
  'redis',
  'valkey',
  'kafka',
  'cp-kafka',
  'cp-server',
  'redpanda',
  'rabbitmq',
  'activemq',
  'artemis',
  'elasticsearch',
  'opensearch',
]);

export function stackRunsServer(visit: ScalarVisit): boolean {
  if (visit.format !== 'compose') return false;
  const services = getValue(visit.document.root, 'services');
  if (services?.kind !== 'map') return false;
  return services.pairs.some((pair) => {
    const image = stringValue(getValue(pair.value, 'image'));
    return image !== undefined && SERVER_IMAGES.has(imageName(image)) && (imageName(image) !== 'server' || image.includes('mssql'));
  });
}

const KAFKA_IMAGES = new Set(['kafka', 'cp-kafka', 'cp-server', 'redpanda']);

/**
 * A Kafka setting on the Compose service that is the broker itself
 * (`KAFKA_SECURITY_PROTOCOL: PLAINTEXT` under a `confluentinc/cp-kafka`
 * service): the broker's own listeners inside the stack, not a client's
 * connection across a network.
 */
export function onKafkaBroker(visit: ScalarVisit): boolean {
  if (visit.format !== 'compose' || visit.path[0] !== 'services' || typeof visit.path[1] !== 'string') return false;
  const image = stringValue(getValue(getValue(getValue(visit.document.root, 'services'), visit.path[1]), 'image'));
  return image !== undefined && KAFKA_IMAGES.has(imageName(image));
}

/** `mcr.microsoft.com/mssql/server:2022-latest` → `server`; `bitnami/kafka:3` → `kafka`. */
function imageName(image: string): string {
  const withoutTag = image.split('@')[0];
  const last = withoutTag.slice(withoutTag.lastIndexOf('/') + 1);
  const colon = last.indexOf(':');
  return (colon < 0 ? last : last.slice(0, colon)).toLowerCase();
}
