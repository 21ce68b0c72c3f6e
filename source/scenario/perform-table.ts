import {ATTACK_PERFORMERS} from './attack/perform-attack.js';
import type {Effect} from './effects.js';
import type {ScenarioEvent} from './events.js';
import {type PerformContext, type Performer, SESSION_PERFORMERS} from './perform.js';
import {DENIAL_PERFORMERS} from './denial/perform-denial.js';
import {LEFTOVER_PERFORMERS} from './perform-leftovers.js';
import {RESOURCE_PERFORMERS} from './perform-resources.js';
import {ROLE_PERFORMERS} from './perform-roles.js';
import type {ErrorInfo, StepId} from './types.js';

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

/**
 * The event that reports an effect's unexpected failure, so no failure leaves the run "running".
 * A step's call fails the step that made it (`running`, the step in force when it was issued): a
 * declaration may give any id to a step that makes it (a second policy step, a bypass step).
 */
type ToFailure<T extends Effect['type']> = (effect: EffectOf<T>, error: ErrorInfo, running?: StepId) => ScenarioEvent;

/** A step's call: fails the step that made it, or the step that usually does. */
const failsStep =
	(usual: StepId) =>
	(_effect: unknown, error: ErrorInfo, running?: StepId): ScenarioEvent => ({
		type: 'stepFailed',
		step: running ?? usual,
		error,
	});

const FAILURES: {readonly [T in Effect['type']]: ToFailure<T>} = {
	resolveIdentity: (_effect, error) => ({type: 'preflightFailed', error}),
	attack: ({step}, error) => ({type: 'stepFailed', step, error}),
	checkPermissions: (_effect, error) => ({type: 'permissionsUnchecked', reason: error.message}),
	findLeftovers: (_effect, error) => ({type: 'leftoversUnchecked', reason: error.message}),
	deleteLeftovers: (_effect, error) => ({type: 'leftoversDeleted', error: error.message}),
	deleteResource: ({kind, id}, error) => ({type: 'teardownItemFinished', kind, id, error: error.message}),
	createUser: failsStep('createUser'),
	createMfaDevice: failsStep('createMfaDevice'),
	enableMfaDevice: failsStep('enableMfaDevice'),
	createAccessKey: failsStep('createAccessKey'),
	putUserPolicy: failsStep('putUserPolicy'),
	checkPropagation: ({step}, error) => ({type: 'stepFailed', step, error}),
	sessionWithoutMfa: failsStep('sessionWithoutMfa'),
	listWithLongTermKey: failsStep('listWithLongTermKey'),
	sessionWithMfa: failsStep('sessionWithMfa'),
	generateCodes: ({step}, error) => ({type: 'stepFailed', step, error}),
	listWithMfaSessionLater: ({step}, error) => ({type: 'stepFailed', step, error}),
	createRole: failsStep('createRole'),
	assumeRoleWithoutMfa: failsStep('assumeRoleWithoutMfa'),
	assumeRoleWithMfa: failsStep('assumeRoleWithMfa'),
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
	running?: StepId,
): ScenarioEvent {
	const toEvent: ToFailure<T> = FAILURES[effect.type];
	return toEvent(effect, error, running);
}
