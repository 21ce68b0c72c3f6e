import type {Constraint} from '../protocol/query-params.js';

/* botocore iam 2010-05-08 constraints (patterns are matched whole, as Java's matches() does). */
export const USER_NAME: Constraint = {min: 1, max: 64, pattern: /^[\w+=,.@-]+$/u, patternText: '[\\w+=,.@-]+'};
export const EXISTING_USER_NAME: Constraint = {...USER_NAME, max: 128};
export const PATH: Constraint = {
	min: 1,
	max: 512,
	pattern: /^(?:\/|\/[\u0021-\u007E]+\/)$/u,
	patternText: '(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)',
};
export const PATH_PREFIX: Constraint = {
	min: 1,
	max: 512,
	pattern: /^\/[\u0021-\u007F]*$/u,
	patternText: '\\u002F[\\u0021-\\u007F]*',
};
export const MARKER: Constraint = {min: 1, max: 320, pattern: /^[\u0020-\u00FF]+$/u, patternText: '[\\u0020-\\u00FF]+'};
export const MAX_ITEMS = {min: 1, max: 1000};
/**
 * The model sets no maximum, but the serial (arn:aws:iam::ACCOUNT:mfa/NAME) may not exceed 256
 * characters, and the name must fit in the QR code's otpauth URI.
 */
export const VIRTUAL_MFA_DEVICE_NAME: Constraint = {
	min: 1,
	max: 226,
	pattern: /^[\w+=,.@-]+$/u,
	patternText: '[\\w+=,.@-]+',
};
export const SERIAL_NUMBER: Constraint = {min: 9, max: 256, pattern: /^[\w+=/:,.@-]+$/u, patternText: '[\\w+=/:,.@-]+'};
export const AUTHENTICATION_CODE: Constraint = {min: 6, max: 6, pattern: /^\d+$/u, patternText: '[\\d]+'};
export const ACCESS_KEY_ID: Constraint = {min: 16, max: 128, pattern: /^\w+$/u, patternText: '[\\w]+'};
export const POLICY_NAME: Constraint = {min: 1, max: 128, pattern: /^[\w+=,.@-]+$/u, patternText: '[\\w+=,.@-]+'};
export const POLICY_DOCUMENT: Constraint = {
	min: 1,
	max: 131072,
	pattern: /^[\u0009\u000A\u000D\u0020-\u00FF]+$/u,
	patternText: '[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+',
};
export const ARN: Constraint = {min: 20, max: 2048};
export const ACTION_NAME: Constraint = {min: 3, max: 128};
export const ASSIGNMENT_STATUS: Constraint = {values: ['Assigned', 'Unassigned', 'Any']};
export const ROLE_NAME: Constraint = {min: 1, max: 64, pattern: /^[\w+=,.@-]+$/u, patternText: '[\\w+=,.@-]+'};
export const ROLE_DESCRIPTION: Constraint = {
	max: 1000,
	pattern: /^[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*$/u,
	patternText: '[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*',
};
export const MAX_SESSION_DURATION = {min: 3600, max: 43_200};
export const POLICY_PATH: Constraint = {
	min: 1,
	max: 512,
	pattern: /^(?:\/[A-Za-z0-9.,+@=_-]+)*\/$/u,
	patternText: '((/[A-Za-z0-9\\.,\\+@=_-]+)*)/',
};
export const POLICY_DESCRIPTION: Constraint = {max: 1000};
export const POLICY_VERSION_ID: Constraint = {
	pattern: /^v[1-9][0-9]*(?:\.[A-Za-z0-9-]*)?$/u,
	patternText: 'v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?',
};
export const POLICY_SCOPE: Constraint = {values: ['All', 'AWS', 'Local']};
export const ENTITY_FILTER: Constraint = {values: ['User', 'Role', 'Group', 'LocalManagedPolicy', 'AWSManagedPolicy']};
export const BOOLEAN: Constraint = {values: ['true', 'false']};
export const GROUP_NAME: Constraint = {min: 1, max: 128, pattern: /^[\w+=,.@-]+$/u, patternText: '[\\w+=,.@-]+'};
export const POLICY_USAGE_FILTER: Constraint = {values: ['PermissionsPolicy', 'PermissionsBoundary']};
export const ENTITY_TYPE: Constraint = {values: ['User', 'Role', 'Group', 'LocalManagedPolicy', 'AWSManagedPolicy']};
