/**
 * The deployment context decision: each signal that makes a file (or a
 * Compose service) local, the environment-named-test counter-cases, and that
 * only the repository-relative path counts.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileContext } from '../../server/src/engine/deployment-context';
import { lint } from '../../server/src/engine';

const LOCAL_PATHS = [
  'src/notify/local.settings.json',
  'src/Api/Properties/launchSettings.json',
  'src/Api/appsettings.Development.json',
  'src/Dfe.SignIn.AppHost/appsettings.Local.json',
  'docker-compose.override.yml',
  'docker-compose-localstack.yml',
  'docker-compose-test.yml',
  'src/main/resources/application-local.yml',
  'src/main/resources/application-dev.yml',
  'src/main/resources/application-test.yml',
  'src/main/resources/application-localstack.yml',
  '.env.example.yaml',
  'mhs/inbound/mhs-inbound-env-example.yaml',
  'config/settings/development.yml',
  'test/fixtures/keycloak.json',
  'tests/IntegrationTests/Config/appsettings.json',
  'core/component-test/src/main/resources/application.yml',
  'src/test/resources/application.yml',
  'integration-tests/integration_tests/env.yaml',
  'e2e/config.yaml',
  'examples/ha/alertmanager.yml',
  'documentation/examples/prometheus.yml',
  'docs/examples/values.yaml',
  'samples/app.json',
  'local-environment/docker-compose.yml',
  'mock-mhs-adaptor/src/main/resources/application.yml',
  'src/Microsoft.Health.Fhir.Tests.Common/TestFiles/R4/endpoint.json',
];

const DEPLOYED_PATHS = [
  'ansible/group_vars/test.yml',
  'ansible/group_vars/dev.yml',
  'helm_deploy/values-test.yaml',
  'helm_deploy/values-dev.yaml',
  'terraform/environments/test/main.tfvars.json',
  'infrastructure/environments/dev/config.json',
  'deploy/test/values.yaml',
  'docker-compose.yml',
  'src/main/resources/application.yml',
  'src/main/resources/application-prod.yml',
  'appsettings.json',
  'docs/specification/api.yaml',
  'template.yaml',
];

describe('deployment context from the repository-relative path', () => {
  for (const path of LOCAL_PATHS) {
    test(`local: ${path}`, () => {
      const context = fileContext(path, '');
      assert.equal(context.kind, 'local');
      assert.ok(context.reason.length > 0);
    });
  }
  for (const path of DEPLOYED_PATHS) {
    test(`deployed (an environment name is not a local stack): ${path}`, () => assert.equal(fileContext(path, '').kind, 'deployed'));
  }
  test('examples, samples, demos and test fixtures are sample data; tests and local stacks are not', () => {
    for (const path of [
      'examples/ha/alertmanager.yml',
      'docs/examples/auth/ingress.yaml',
      'src/Fhir.Tests.Common/TestFiles/R4/endpoint-example.json',
      'test/fixtures/auth/keycloak.json',
      'samples/app/config.yaml',
    ]) {
      const context = fileContext(path, '');
      assert.deepEqual([context.kind, context.sample], ['local', true], path);
    }
    for (const path of [
      'src/test/resources/application.yml',
      'integration-tests/env.yaml',
      'etc/openstack_user_config.yml.prod.example',
      'mhs/inbound/mhs-inbound-env-example.yaml',
      'src/main/resources/application-local.yml',
      'docs/specification/api.yaml',
    ]) {
      assert.notEqual(fileContext(path, '').sample, true, path);
    }
  });
  test('UseDevelopmentStorage=true makes a file local', () => {
    assert.equal(fileContext('appsettings.json', '{"AzureWebJobsStorage": "UseDevelopmentStorage=true"}').kind, 'local');
  });
});

describe('deployment context in lint()', () => {
  const text = 'api:\n  url: http://localhost:8080\n';
  test('the same file at two absolute locations gives identical findings', () => {
    const a = lint(text, 'yaml', {}, { fileName: '/home/dev/test/checkout/config/app.yaml', relativePath: 'config/app.yaml' });
    const b = lint(text, 'yaml', {}, { fileName: '/builds/ci/config/app.yaml', relativePath: 'config/app.yaml' });
    assert.deepEqual(a, b);
    assert.equal(a.length, 1);
  });
  test('without a relative path, folders of the absolute path are ignored', () => {
    assert.equal(lint(text, 'yaml', {}, { fileName: '/home/me/tests/checkout/app.yaml' }).length, 1);
    assert.equal(lint(text, 'yaml', {}, { fileName: '/home/me/checkout/application-local.yml' }).length, 0);
  });
  test('a lowered severity says why', () => {
    const [finding] = lint('db: "Server=10.1.2.3;Database=x"\n', 'yaml', {}, { relativePath: 'tests/app.yaml' });
    assert.equal(finding.severity, 'warning');
    assert.equal(finding.context?.kind, 'local');
    assert.match(finding.context?.reason ?? '', /tests\//);
  });
  test('the config can state a context either way', () => {
    const deployed = lint(text, 'yaml', { context: { kind: 'deployed', reason: 'stated' } }, { relativePath: 'tests/app.yaml' });
    assert.equal(deployed.length, 1);
    const local = lint(text, 'yaml', { context: { kind: 'local', reason: 'stated' } }, { relativePath: 'deploy/app.yaml' });
    assert.equal(local.length, 0);
  });
  test('Compose: an emulator makes the project local; a Development service only itself', () => {
    const emulator = 'services:\n  app:\n    image: app\n    environment:\n      DB: http://localhost:1\n  aws:\n    image: localstack/localstack\n';
    assert.equal(lint(emulator, 'yaml', {}, { relativePath: 'docker-compose.yml' }).filter((f) => f.ruleId === 'loopback-address').length, 0);
  });
  test('Compose: stub images and development-mode commands make the project local', () => {
    const stub = 'services:\n  app:\n    image: app\n    environment:\n      DB: http://localhost:1\n  connector:\n    image: eidas/stub-connector\n';
    assert.equal(lint(stub, 'yaml', {}, { relativePath: 'docker-compose.yml' }).length, 0);
    const dev =
      'services:\n  app:\n    image: app\n    environment:\n      NEXTAUTH_URL: http://localhost:3000\n  keycloak:\n    image: quay.io/keycloak/keycloak\n' +
      '    command: ["start-dev"]\n';
    assert.equal(lint(dev, 'yaml', {}, { relativePath: 'compose.yaml' }).length, 0);
    const deployed = 'services:\n  app:\n    image: app\n    environment:\n      DB: http://localhost:1\n  db:\n    image: postgres:16\n';
    assert.equal(lint(deployed, 'yaml', {}, { relativePath: 'compose.yaml' }).length, 1);
  });
});
