// Written by scripts/scenario-list.mjs (`npm run build`) from the declaration files beside it: do not edit.
import type {ScenarioDeclaration} from '../declaration.js';
import {ALLOW_IF_EXISTS} from './allow-if-exists.js';
import {ASSUME_ROLE} from './assume-role.js';
import {FORCE_MFA} from './force-mfa.js';
import {MFA_AGE} from './mfa-age.js';
import {SESSION_TOKEN} from './session-token.js';
import {STOLEN_KEY} from './stolen-key.js';

/** Every declared scenario, in file-name order; index.ts orders them by each one's `order`. */
export const DECLARATIONS: readonly ScenarioDeclaration[] = [
	ALLOW_IF_EXISTS, // allow-if-exists.ts
	ASSUME_ROLE, // assume-role.ts
	FORCE_MFA, // force-mfa.ts
	MFA_AGE, // mfa-age.ts
	SESSION_TOKEN, // session-token.ts
	STOLEN_KEY, // stolen-key.ts
];
