import type { RuleCases } from './rule-tester';

export const cases: RuleCases = {
  ruleId: 'unspecified-address',
  valid: [
    {
      name: 'bind addresses: ASPNETCORE_URLS with + and *, listen, urls with [::]',
      code: 'ASPNETCORE_URLS: http://+:80\nDOTNET_URLS: "http://*:8080;https://+:8443"\nlisten: 0.0.0.0:8080\nurls: "http://[::]:80"\nbind_address: "::"\n',
    },
    {
      name: 'Kestrel endpoints in appsettings.json',
      fileName: 'appsettings.json',
      language: 'json',
      code: '{ "Kestrel": { "Endpoints": { "Http": { "Url": "http://+:8080" }, "Https": { "Url": "https://*:8443" } } } }',
    },
    {
      name: 'Kestrel endpoints and ASPNETCORE_URLS as Kubernetes env variables',
      code: 'env:\n  - name: Kestrel__Endpoints__Http__Url\n    value: http://+:8080\n  - name: ASPNETCORE_URLS\n    value: http://*:80\n',
    },
    { name: 'Spring server.address', fileName: 'application.yml', code: 'server:\n  address: 0.0.0.0\n  port: 8080\n' },
    {
      name: "keys naming the service's own host (HOST, FLASK_RUN_HOST, server.host)",
      code: 'HOST: 0.0.0.0\nFLASK_RUN_HOST: 0.0.0.0\nAPP_HOST: "::"\nserver:\n  host: 0.0.0.0\nenv:\n  - name: HOST\n    value: 0.0.0.0\n',
    },
    {
      name: 'Envoy listeners and admin interface',
      code:
        'admin:\n  address:\n    socket_address: { address: 0.0.0.0, port_value: 9901 }\nstatic_resources:\n  listeners:\n    - address:\n' +
        '        socket_address:\n          address: "::"\n          port_value: 10000\n',
    },
    {
      name: 'command-line listen flags',
      code: 'args: ["--urls=http://+:80", "--http-address=0.0.0.0:4180", "--host", "0.0.0.0", "--web.listen-address=0.0.0.0:9100"]\n',
    },
    {
      name: 'the any-address CIDR in an allowlist and as a default route',
      code: 'loadBalancerSourceRanges: ["0.0.0.0/0", "::/0"]\nroute_cidr: 0.0.0.0/0\negress_to: 0.0.0.0/0\n',
    },
    {
      name: 'a * that is a pattern: allowed origins, a CSP source, a wildcard domain',
      code: 'allowedOrigins: "http://*:3000"\ncsp: "default-src \'self\' http://*:8080"\napi_url: https://*.example.org/\n',
    },
    {
      name: 'Kubernetes probes',
      code:
        'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n    - name: x\n      livenessProbe:\n        exec:\n' +
        '          command: ["curl", "http://0.0.0.0:8080/health"]\n',
    },
    {
      name: 'prose, comments, versions and bare values in keys that name nothing',
      code: '# curl http://0.0.0.0:8080\ndescription: Listens on http://0.0.0.0:8080\nversion: 0.0.0.0\nmask: 0.0.0.0\nfallback: "::"\n',
    },
    { name: 'the "this network" block is reserved-address', code: 'db_host: 0.1.2.3\n' },
  ],
  invalid: [
    {
      name: '0.0.0.0 and :: as destinations',
      code: 'DB_HOST: 0.0.0.0\nredis:\n  host: 0.0.0.0\nAPI_URL: http://0.0.0.0:8080/api\nupstream: "[::]:443"\n',
      errors: [
        { messageId: 'unspecified', text: '0.0.0.0', line: 1, column: 10, severity: 'error' },
        { messageId: 'unspecified', text: '0.0.0.0', line: 3, column: 9 },
        { messageId: 'unspecified', text: '0.0.0.0', line: 4, column: 17 },
        { messageId: 'unspecified', text: '::', line: 5, column: 13 },
      ],
    },
    {
      name: '`http://[::]:80` as a destination (WHATWG drops the default port)',
      code: 'backend_url: "http://[::]:80/"\nws_url: ws://0.0.0.0/socket\n',
      errors: [
        { messageId: 'unspecified', text: '::', line: 1, column: 23 },
        { messageId: 'unspecified', text: '0.0.0.0', line: 2, column: 14 },
      ],
    },
    {
      name: 'listen wildcards + and * as destinations',
      code: 'SERVICE_URL: "http://+:5000"\nBACKEND_URL: http://*:5000/api\n',
      errors: [
        { messageId: 'wildcardHost', text: '+', line: 1, column: 22 },
        { messageId: 'wildcardHost', text: '*', line: 2, column: 21 },
      ],
    },
    {
      name: 'public roles: an OpenAPI server and an issuer',
      code: 'openapi: 3.0.3\ninfo:\n  title: x\n  version: "1"\nservers:\n  - url: http://0.0.0.0:8080\n  - url: https://+:443\n',
      errors: [
        { messageId: 'unspecified', text: '0.0.0.0', line: 6 },
        { messageId: 'wildcardHost', text: '+', line: 7 },
      ],
    },
    {
      name: 'connection strings and userinfo',
      language: 'json',
      code: '{ "ConnectionStrings": { "Db": "Server=0.0.0.0,1433;Database=x" }, "queue_url": "amqp://guest:guest@0.0.0.0:5672/" }',
      errors: [
        { messageId: 'unspecified', text: '0.0.0.0' },
        { messageId: 'unspecified', text: '0.0.0.0' },
      ],
    },
    {
      name: 'embedded and written-out forms',
      code: 'a_host: ::ffff:0.0.0.0\nb_url: "http://[0:0:0:0:0:0:0:0]:80/"\n',
      errors: [
        { messageId: 'unspecified', text: '::ffff:0.0.0.0' },
        { messageId: 'unspecified', text: '0:0:0:0:0:0:0:0' },
      ],
    },
    {
      name: 'a destination flag on a command line (the URL is in a key nothing else recognises)',
      code: 'args: ["--upstream=http://0.0.0.0:8080", "--redis-url", "redis://0.0.0.0:6379"]\n',
      errors: [
        { messageId: 'unspecified', text: '0.0.0.0', line: 1, column: 27 },
        { messageId: 'unspecified', text: '0.0.0.0', line: 1, column: 66 },
      ],
    },
    {
      name: 'a warning in a development file',
      fileName: 'docker-compose.override.yml',
      code: 'services:\n  web:\n    image: web\n    environment:\n      - API_URL=http://0.0.0.0:8000\n',
      errors: [{ messageId: 'unspecified', text: '0.0.0.0', severity: 'warning' }],
    },
    {
      name: 'an anchored value is reported once',
      code: 'base: &up http://0.0.0.0:9000\na_url: *up\nb_url: *up\n',
      errors: [{ messageId: 'unspecified', text: '0.0.0.0', line: 1 }],
    },
  ],
};
