/**
 * Whether a file (or one Compose service in it) configures something that is
 * deployed, or only a developer's local stack, a test run or an example.
 * Decided from evidence inside the repository only: the path relative to the
 * repository root (never the absolute path, which says where the checkout
 * lives, not what the file is), the file's own tooling conventions, and its
 * content. An environment *named* test or dev (`group_vars/test.yml`,
 * `values-test.yaml`, `environments/test/`) is still a deployed environment.
 */
import type { MapNode, Node, ParsedDocument } from './parse/tree';
import { getValue, keyText, stringValue } from './parse/tree';
import type { DeploymentContext } from './types';
import { verboseRegex } from './verbose-regex';
import type { TextSearch } from './text-search';
import { forwardSlashes } from './formats';

export const DEPLOYED: DeploymentContext = { kind: 'deployed', reason: 'no sign that this file is only for a local stack, a test or an example' };

/** Base names that, by their own tool's convention, are never deployed. */
const LOCAL_NAMES: ReadonlyArray<[RegExp, string]> = [
  [/^local\.settings\.json$/, 'Azure Functions reads local.settings.json only when running locally'],
  [/^launchsettings\.json$/, ".NET reads launchSettings.json only on a developer's machine"],
  [/^appsettings(\.[\w-]+)?\.(development|local)\.json$/, 'appsettings.Development/Local.json is the .NET local development profile'],
  [
    /^(docker-)?compose([.-][\w.-]*)?[.-](override|local|dev|development|localstack|test|tests|e2e|ci)\.ya?ml$/,
    'this Compose file runs a local, test or CI stack',
  ],
  [/^(docker-)?compose\.override\.ya?ml$/, "docker-compose.override.yml is applied only on a developer's machine"],
  [
    /^(application|bootstrap)-(local|dev|development|test|localstack|[\w-]*-test|[\w-]*-local)\.(ya?ml|properties)$/,
    'a Spring profile for local running or tests',
  ],
  [/\.local\.(ya?ml|json)$/, "a *.local file is a developer's own override"],
];

/** Base names of example files: templates to be copied and filled in, not deployed as they are. */
const EXAMPLE_NAME = /(^|[.\-_])(example|examples|sample|samples)([.\-_]|$)/;
/** Folder names inside a repository that hold sample data: examples, samples, demos, test fixtures, seed and dummy data. */
const SAMPLE_FOLDER = /^(test-?data|testfiles|fixtures?|examples?|samples?|demos?|quickstarts?|seeds?|seed-?data|default-?data|dummy-?data|mock-?data)$/;
/** Folder names inside a repository that hold tests or a local stack. */
const LOCAL_FOLDER = verboseRegex()`
  ^(tests?|__tests__|testing|e2e|integration[-_]?tests?|component[-_]?tests?|local|local[-_].+|.+[-_]local|localstack|dev[-_]?stack|mocks?
  |mock[-_].+|.+[-_]mock|stubs?)$`;
/** .NET test projects (`Foo.Tests`, `Foo.Tests.Common`, `Foo.IntegrationTests`). */
const DOTNET_TEST_PROJECT = /^[\w.]+\.(tests?|integrationtests|unittests)(\.[\w.]+)?$/;
/** Folders whose children are environment names: `environments/test/` is a deployed test environment. */
const ENVIRONMENT_PARENT =
  /^(environments?|envs?|overlays|clusters|inventor(y|ies)|group_vars|host_vars|deploy(ments?)?|stages?|helm_deploy|terraform|config)$/;

/** Whether a search finds something in the file's text (text-search.ts searches a document at a time). */
export type TextTest = (search: TextSearch) => boolean;

/**
 * The context of a whole file from its repository-relative path (with no
 * relative path, only the base name counts) and its text.
 */
export function fileContext(relativePath: string | undefined, text: string | TextTest): DeploymentContext {
  const segments = forwardSlashes(relativePath)
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.');
  const base = (segments.pop() ?? '').toLowerCase();
  // Sample data anywhere on the path (test/fixtures/, docs/examples/) wins over the test folder around it and over the file's own name.
  const sampleAt = segments.findIndex((segment) => SAMPLE_FOLDER.test(segment.toLowerCase()));
  if (sampleAt >= 0)
    return { kind: 'local', sample: true, reason: `it is in the ${segments.slice(0, sampleAt + 1).join('/')}/ folder (examples or test data)` };
  // An example file (`*-env-example.yaml`, `*.yml.prod.example`) is a template teams copy as it is: its values are
  // meant (often the real dependencies), so it is a local context, not sample data.
  if (EXAMPLE_NAME.test(base)) return { kind: 'local', reason: `an example file, to be copied and filled in, not deployed as it is (${base})` };
  for (const [pattern, reason] of LOCAL_NAMES) if (pattern.test(base)) return { kind: 'local', reason: `${reason} (${base})` };
  const parent = segments.slice(-2).join('/').toLowerCase();
  if (/^(development|test)\.ya?ml$/.test(base) && /(^|\/)config(\/settings)?$/.test(parent)) {
    return { kind: 'local', reason: `the Rails development/test settings (${base})` };
  }
  for (let i = 0; i < segments.length; i++) {
    const folder = segments[i].toLowerCase();
    const parent = i > 0 ? segments[i - 1].toLowerCase() : '';
    if (ENVIRONMENT_PARENT.test(parent) && /^(test|tests|dev|local)$/.test(folder)) continue;
    if (LOCAL_FOLDER.test(folder) || DOTNET_TEST_PROJECT.test(folder))
      return { kind: 'local', reason: `it is in the ${segments.slice(0, i + 1).join('/')}/ folder (tests or a local stack)` };
  }
  if (typeof text === 'string' ? usesDevelopmentStorage(text) : text(usesDevelopmentStorage))
    return { kind: 'local', reason: 'it uses UseDevelopmentStorage=true (the Azurite storage emulator)' };
  return DEPLOYED;
}

/** `UseDevelopmentStorage=true` in any case, tried only where it would start: at 21 characters before each `=`. */
const DEVELOPMENT_STORAGE = /UseDevelopmentStorage=true/iy;

/**
 * Whether the text names the storage emulator anywhere. Every file is
 * searched (a YAML file a document at a time), and jumping from one `=` to the next is quicker than
 * trying a case-insensitive pattern at every character.
 */
function usesDevelopmentStorage(text: string): boolean {
  for (let at = text.indexOf('=', 21); at >= 0; at = text.indexOf('=', at + 1)) {
    DEVELOPMENT_STORAGE.lastIndex = at - 21;
    if (DEVELOPMENT_STORAGE.test(text)) return true;
  }
  return false;
}

/** Images of emulators and mocks: a Compose project running one is a developer's or CI's local stack. */
const EMULATOR_IMAGE = verboseRegex('i')`
  (azurite|cosmosdb[\w-]*emulator|servicebus-emulator|eventgrid[\w-]*emulator|localstack|wiremock|mock-?oauth2|mockserver|mailhog|mailpit
  |smtp4dev|fake-?mesh|mesh-sandbox|dynamodb-local|fake-gcs|pubsub-emulator|firestore-emulator|prism)|(^|[/_-])(stub|fake|mock)([/_-]|$)
  |[/_-]local([_-]|$)`;

/** Service environment settings that select a development or local profile. */
const DEV_ENVIRONMENT: Record<string, RegExp> = {
  ASPNETCORE_ENVIRONMENT: /^(development|local)$/i,
  DOTNET_ENVIRONMENT: /^(development|local)$/i,
  AZURE_FUNCTIONS_ENVIRONMENT: /^(development|local)$/i,
  NODE_ENV: /^(development|dev|local)$/i,
  RAILS_ENV: /^development$/i,
  FLASK_ENV: /^development$/i,
  SPRING_PROFILES_ACTIVE: /(^|,)\s*(local|dev|development|localstack)\s*(,|$)/i,
};

/** Per Compose service: the services the content marks as local, and whether the whole project is. */
export interface ComposeContext {
  project?: DeploymentContext;
  services: Map<MapNode | Node, DeploymentContext>;
}

export function composeContext(document: ParsedDocument): ComposeContext {
  const result: ComposeContext = { services: new Map() };
  const services = getValue(document.root, 'services');
  if (!services || services.kind !== 'map') return result;
  for (const pair of services.pairs) {
    const service = pair.value;
    if (!service || service.kind !== 'map') continue;
    const name = keyText(pair);
    const image = stringValue(getValue(service, 'image')) ?? '';
    if (EMULATOR_IMAGE.test(image)) {
      result.project ??= { kind: 'local', reason: `the Compose project runs the emulator or mock ${image} (service ${name}), so it is a local or test stack` };
    }
    // `start-dev` (Keycloak, and others) runs a server in its development mode.
    const command = getValue(service, 'command');
    const commandText = command?.kind === 'seq' ? command.items.map((item) => stringValue(item) ?? '').join(' ') : (stringValue(command) ?? '');
    if (/(^|\s)start-dev(\s|$)/.test(commandText))
      result.project ??= { kind: 'local', reason: `Compose service ${name} runs in development mode (${commandText.trim()})` };
    const setting = developmentSetting(getValue(service, 'environment'));
    if (setting) result.services.set(service, { kind: 'local', reason: `Compose service ${name} sets ${setting}, a development profile` });
  }
  return result;
}

function developmentSetting(environment: Node | null | undefined): string | undefined {
  if (!environment) return undefined;
  const entries: Array<[string, string]> = [];
  if (environment.kind === 'map') {
    for (const pair of environment.pairs) entries.push([keyText(pair), stringValue(pair.value) ?? '']);
  } else if (environment.kind === 'seq') {
    for (const item of environment.items) {
      const match = /^([\w.-]+)=(.*)$/.exec(stringValue(item) ?? '');
      if (match) entries.push([match[1], match[2]]);
    }
  }
  for (const [name, value] of entries) {
    const pattern = DEV_ENVIRONMENT[name.toUpperCase()];
    if (pattern?.test(value.trim())) return `${name}=${value.trim()}`;
  }
  return undefined;
}
