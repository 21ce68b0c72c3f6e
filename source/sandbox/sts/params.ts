import type {Constraint} from '../protocol/query-params.js';

/* botocore sts 2011-06-15 constraints. */
export const DURATION_SECONDS = {min: 900, max: 129_600};
export const ROLE_DURATION_SECONDS = {min: 900, max: 43_200};
export const SERIAL_NUMBER: Constraint = {min: 9, max: 256, pattern: /^[\w+=/:,.@-]*$/u, patternText: '[\\w+=/:,.@-]*'};
export const TOKEN_CODE: Constraint = {min: 6, max: 6, pattern: /^\d*$/u, patternText: '[\\d]*'};
export const ROLE_ARN: Constraint = {min: 20, max: 2048};
export const ROLE_SESSION_NAME: Constraint = {min: 2, max: 64, pattern: /^[\w+=,.@-]*$/u, patternText: '[\\w+=,.@-]*'};
export const SESSION_POLICY: Constraint = {
	min: 1,
	pattern: /^[\u0009\u000A\u000D\u0020-\u00FF]+$/u,
	patternText: '[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+',
};
export const EXTERNAL_ID: Constraint = {
	min: 2,
	max: 1224,
	pattern: /^[\w+=,.@:/-]*$/u,
	patternText: '[\\w+=,.@:\\/-]*',
};
export const SOURCE_IDENTITY: Constraint = {min: 2, max: 64, pattern: /^[\w+=,.@-]*$/u, patternText: '[\\w+=,.@-]*'};
