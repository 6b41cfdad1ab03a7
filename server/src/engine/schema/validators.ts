/**
 * The validators of the project's two schemas, generated ahead of time
 * (generated/validators.ts, see ajv.ts): nothing is compiled at run time, so
 * the first config file or manifest a process reads costs no schema compile.
 * They are Ajv validators: `errors` holds the last run's errors, as Ajv's own.
 */
import type { ValidateFunction } from 'ajv';
import * as generated from './generated/validators';

export const configValidator = generated.configValidator as unknown as ValidateFunction;
export const manifestValidator = generated.manifestValidator as unknown as ValidateFunction;
