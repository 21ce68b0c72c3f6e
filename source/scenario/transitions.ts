import type {Phase} from './types.js';

type PhaseKind = Phase['kind'];

/**
 * Every change of phase update() can make, as [from, to]. docs/states.md draws the same edges;
 * a test checks that the reducer makes exactly these and that the diagram matches.
 */
export const PHASE_TRANSITIONS: readonly (readonly [PhaseKind, PhaseKind])[] = [
	['choosing', 'preflight'],
	['choosing', 'exiting'],
	['preflight', 'confirm'],
	['preflight', 'ready'],
	['preflight', 'running'],
	['preflight', 'finished'],
	['preflight', 'exiting'],
	['preflight', 'leftovers'],
	['leftovers', 'confirm'],
	['leftovers', 'ready'],
	['leftovers', 'exiting'],
	['confirm', 'ready'],
	['confirm', 'running'],
	['confirm', 'finished'],
	['confirm', 'exiting'],
	['ready', 'running'],
	['ready', 'codeEntry'],
	['ready', 'failed'],
	['ready', 'tearingDown'],
	['ready', 'finished'],
	['ready', 'exiting'],
	['running', 'ready'],
	['running', 'codeEntry'],
	['running', 'failed'],
	['running', 'tearingDown'],
	['running', 'exiting'],
	['codeEntry', 'running'],
	['codeEntry', 'failed'],
	['codeEntry', 'tearingDown'],
	['failed', 'running'],
	['failed', 'codeEntry'],
	['failed', 'tearingDown'],
	['failed', 'finished'],
	['failed', 'exiting'],
	['tearingDown', 'finished'],
	['tearingDown', 'exiting'],
	['finished', 'exiting'],
];
