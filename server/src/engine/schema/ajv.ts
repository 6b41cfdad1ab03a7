/**
 * The one Ajv instance: both schemas (schemas/config.schema.json and
 * schemas/service-manifest.schema.json, draft-07 each, with distinct `$id`s)
 * are compiled by it, so both are checked with the same options and ajv's
 * code for the keywords and formats is set up once.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

let shared: Ajv | undefined;

function createAjv(): Ajv {
  // allErrors: one run reports everything; verbose: errors carry the value and parent schema the messages quote.
  // strictRequired is off because the manifest schema's `if`/`then` require properties declared outside the branch.
  // validateSchema off: checking our own two schemas against draft-07 compiled the meta-schema first, about half of
  // the first compile (tens of milliseconds before a server's first diagnostics); the tests check them against it instead.
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, strictRequired: false, validateSchema: false });
  addFormats(ajv, ['email', 'uri', 'date']);
  // VS Code's and yaml-language-server's own extension keyword: the hint shown for a failed pattern.
  ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });
  return ajv;
}

/** A validator for one of the project's schemas; callers keep it (compiling costs milliseconds, validating microseconds). */
export function compileSchema(schema: object): ValidateFunction {
  shared ??= createAjv();
  return shared.compile(schema);
}
