import type {ScenarioDeclaration} from '../declaration.js';
import {ASSUME_ROLE} from './assume-role.js';
import {FORCE_MFA} from './force-mfa.js';
import {MFA_AGE} from './mfa-age.js';
import {SESSION_TOKEN} from './session-token.js';
import {STOLEN_KEY} from './stolen-key.js';

/**
 * Every scenario, in the order the picker and --help list them: adding one is its file and its
 * line here. index.ts derives the registry from this list and nothing else.
 */
export const DECLARATIONS: readonly ScenarioDeclaration[] = [
	SESSION_TOKEN,
	ASSUME_ROLE,
	FORCE_MFA,
	MFA_AGE,
	STOLEN_KEY,
];
