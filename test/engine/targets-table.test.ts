/**
 * extractTargets, directly: for each value, every target it finds, as the
 * token and the host it underlines (text cut from the value by the target's
 * offsets), with its kind and, where it has one, its scheme and port.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { extractTargets, type NetworkTarget } from '../../server/src/engine/targets';

interface Expected {
  kind: NetworkTarget['kind'];
  token: string;
  host: string;
  scheme?: string;
  port?: number;
  templated?: boolean;
}

interface Row {
  why: string;
  value: string;
  hostList?: boolean;
  targets: Expected[];
}

function describeTarget(value: string, target: NetworkTarget): Expected {
  return {
    kind: target.kind,
    token: value.slice(target.start, target.end),
    host: value.slice(target.hostStart, target.hostEnd),
    ...(target.scheme !== undefined ? { scheme: target.scheme } : {}),
    ...(target.port !== undefined ? { port: target.port } : {}),
    ...(target.templated ? { templated: true } : {}),
  };
}

const ROWS: Row[] = [
  {
    why: 'a URL with a port and a path',
    value: 'http://10.0.0.1:8080/api',
    targets: [{ kind: 'url', token: 'http://10.0.0.1:8080/api', host: '10.0.0.1', scheme: 'http', port: 8080 }],
  },
  {
    why: 'bracketed IPv6: the host inside the brackets',
    value: 'https://[::1]/x',
    targets: [{ kind: 'url', token: 'https://[::1]/x', host: '::1', scheme: 'https' }],
  },
  {
    why: 'userinfo is not the host',
    value: 'amqp://guest:guest@rabbit:5672/',
    targets: [{ kind: 'url', token: 'amqp://guest:guest@rabbit:5672/', host: 'rabbit', scheme: 'amqp', port: 5672 }],
  },
  {
    why: 'a jdbc: prefix: the inner URL',
    value: 'jdbc:postgresql://db.internal:5432/app',
    targets: [{ kind: 'url', token: 'postgresql://db.internal:5432/app', host: 'db.internal', scheme: 'postgresql', port: 5432 }],
  },
  {
    why: "the default of a shell placeholder (`${VAR:-…}`), without the placeholder's brace",
    value: '${AUTH_URL:-http://localhost:8080}',
    targets: [{ kind: 'url', token: 'http://localhost:8080', host: 'localhost', scheme: 'http', port: 8080 }],
  },
  {
    why: 'a placeholder host: nothing about it is known',
    value: 'https://$API_HOST/api',
    targets: [{ kind: 'url', token: 'https://$API_HOST/api', host: '$API_HOST', scheme: 'https', templated: true }],
  },
  {
    why: 'an ADO.NET connection string: the Server part, its tcp: prefix and port',
    value: 'Server=tcp:db.example.org,1433;Database=x',
    targets: [{ kind: 'connection-string', token: 'Server=tcp:db.example.org,1433', host: 'db.example.org', port: 1433 }],
  },
  {
    why: 'a libpq connection string: the host part (its port is a part of its own)',
    value: 'host=127.0.0.1 port=5432 dbname=x',
    targets: [{ kind: 'connection-string', token: 'host=127.0.0.1', host: '127.0.0.1' }],
  },
  { why: 'a CIDR', value: '10.0.0.0/8', targets: [{ kind: 'cidr', token: '10.0.0.0/8', host: '10.0.0.0' }] },
  { why: 'a bare address in prose', value: 'see 192.168.1.1 for details', targets: [{ kind: 'address', token: '192.168.1.1', host: '192.168.1.1' }] },
  { why: 'an address with a port', value: '172.16.0.5:9000', targets: [{ kind: 'address', token: '172.16.0.5:9000', host: '172.16.0.5', port: 9000 }] },
  { why: 'a host name is not taken from a value that is not a host list', value: 'redis.example.org:6379', targets: [] },
  {
    why: 'a host list: every name, with its port',
    value: 'a.example.nhs.uk:9092, b.example.nhs.uk',
    hostList: true,
    targets: [
      { kind: 'host', token: 'a.example.nhs.uk:9092', host: 'a.example.nhs.uk', port: 9092 },
      { kind: 'host', token: 'b.example.nhs.uk', host: 'b.example.nhs.uk' },
    ],
  },
  { why: 'a version number is not an address', value: 'version 1.2.3', targets: [] },
  {
    why: 'two URLs in one value: a comma ends the first',
    value: 'primary http://a.example.org, fallback http://10.1.1.1',
    targets: [
      { kind: 'url', token: 'http://a.example.org', host: 'a.example.org', scheme: 'http' },
      { kind: 'url', token: 'http://10.1.1.1', host: '10.1.1.1', scheme: 'http' },
    ],
  },
  { why: 'a value over 100 000 characters is not scanned', value: `http://10.0.0.1/ ${'x'.repeat(100_000)}`, targets: [] },
];

describe('extractTargets', () => {
  for (const row of ROWS) {
    test(`${row.why}: ${row.value.slice(0, 50)}`, () => {
      const found = extractTargets(row.value, { hostList: row.hostList }).map((target) => describeTarget(row.value, target));
      assert.deepEqual(found, row.targets);
    });
  }
});
