import {ATTACK_PERFORMERS} from './attack/perform-attack.js';
import type {Effect} from './effects.js';
import type {ScenarioEvent} from './events.js';
import {type PerformContext, type Performer, SESSION_PERFORMERS} from './perform.js';
import {DENIAL_PERFORMERS} from './denial/perform-denial.js';
import {LEFTOVER_PERFORMERS} from './perform-leftovers.js';
import {RESOURCE_PERFORMERS} from './perform-resources.js';
import {ROLE_PERFORMERS} from './perform-roles.js';
import type {ErrorInfo} from './types.js';

/*
 * Every effect has a performer and every failure an event: both tables are complete mapped types
 * over Effect['type'], so a new effect that lacks either does not compile.
 */

type EffectOf<T extends Effect['type']> = Extract<Effect, {type: T}>;

const PERFORMERS: {readonly [T in Effect['type']]: Performer<T>} = {
	...SESSION_PERFORMERS,
	...RESOURCE_PERFORMERS,
	...LEFTOVER_PERFORMERS,
	...ROLE_PERFORMERS,
	...DENIAL_PERFORMERS,
	...ATTACK_PERFORMERS,
};

/** The event that reports an effect's unexpected failure, so no failure leaves the run "running". */
const FAILURES: {readonly [T in Effect['type']]: (effect: EffectOf<T>, error: ErrorInfo) => ScenarioEvent} = {
	resolveIdentity: (_effect, error) => ({type: 'preflightFailed', error}),
	attack: ({step}, error) => ({type: 'stepFailed', step, error}),
	checkPermissions: (_effect, error) => ({type: 'permissionsUnchecked', reason: error.message}),
	findLeftovers: (_effect, error) => ({type: 'leftoversUnchecked', reason: error.message}),
	deleteLeftovers: (_effect, error) => ({type: 'leftoversDeleted', error: error.message}),
	deleteResource: ({kind, id}, error) => ({type: 'teardownItemFinished', kind, id, error: error.message}),
	createUser: (_effect, error) => ({type: 'stepFailed', step: 'createUser', error}),
	createMfaDevice: (_effect, error) => ({type: 'stepFailed', step: 'createMfaDevice', error}),
	enableMfaDevice: (_effect, error) => ({type: 'stepFailed', step: 'enableMfaDevice', error}),
	createAccessKey: (_effect, error) => ({type: 'stepFailed', step: 'createAccessKey', error}),
	putUserPolicy: (_effect, error) => ({type: 'stepFailed', step: 'putUserPolicy', error}),
	checkPropagation: (_effect, error) => ({type: 'stepFailed', step: 'putUserPolicy', error}),
	sessionWithoutMfa: (_effect, error) => ({type: 'stepFailed', step: 'sessionWithoutMfa', error}),
	listWithLongTermKey: (_effect, error) => ({type: 'stepFailed', step: 'listWithLongTermKey', error}),
	sessionWithMfa: (_effect, error) => ({type: 'stepFailed', step: 'sessionWithMfa', error}),
	generateCodes: ({step}, error) => ({type: 'stepFailed', step, error}),
	listWithMfaSessionLater: ({step}, error) => ({type: 'stepFailed', step, error}),
	createRole: (_effect, error) => ({type: 'stepFailed', step: 'createRole', error}),
	assumeRoleWithoutMfa: (_effect, error) => ({type: 'stepFailed', step: 'assumeRoleWithoutMfa', error}),
	assumeRoleWithMfa: (_effect, error) => ({type: 'stepFailed', step: 'assumeRoleWithMfa', error}),
	// Explaining is never a reason to fail the run: the declaration's sentence stands.
	explainDenial: (_effect, error) => ({
		type: 'denialExplained',
		explanation: {kind: 'unavailable', reason: error.message},
	}),
};

export function performEffect<T extends Effect['type']>(
	effect: EffectOf<T> & {readonly type: T},
	context: PerformContext,
): Promise<void> {
	const performer: Performer<T> = PERFORMERS[effect.type];
	return performer(effect, context);
}

export function failureEvent<T extends Effect['type']>(
	effect: EffectOf<T> & {readonly type: T},
	error: ErrorInfo,
): ScenarioEvent {
	const toEvent: (effect: EffectOf<T>, error: ErrorInfo) => ScenarioEvent = FAILURES[effect.type];
	return toEvent(effect, error);
}
