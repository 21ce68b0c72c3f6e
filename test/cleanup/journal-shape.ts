import type {RecordState} from '../../source/journal/record.js';
import type {ScenarioName} from '../../source/scenario/declaration.js';
import {demoNames, newRunId} from '../../source/scenario/names.js';
import {proved} from '../../source/scenario/outcome.js';
import {createScenario} from '../../source/scenario/runner.js';
import type {RunJournal} from '../../source/scenario/types.js';
import {initialState} from '../../source/scenario/update.js';
import {runPlainLogged} from '../support/plain-run.js';
import {skippingClock, startAdminSandbox} from '../support/sandbox.js';

/** A scenario's journal as a complete run writes it. */
export interface JournalShape {
	/** Every record the run writes, up to the last deletion. */
	readonly records: number;
	/** The records before teardown's first deletion: up to here the run is still creating (or waiting for IAM). */
	readonly creating: number;
}

/**
 * Runs `scenario` once, complete and unattended, against a sandbox of its own on a clock that
 * skips waits, and counts the records its journal is given (the built CLI writes each one to disk
 * in the same order). Fails when the run does not prove its point or leaves something.
 */
export async function journalShape(scenario: ScenarioName): Promise<JournalShape> {
	const admin = await startAdminSandbox({port: 0}, skippingClock());
	try {
		const states: RecordState[] = [];
		const keep = (state: RecordState) => async () => {
			states.push(state);
		};
		const journal: RunJournal = {
			intend: keep('intended'),
			created: keep('created'),
			deleted: keep('deleted'),
			complete: async () => {},
		};
		const options = {autoMfa: true, assumeYes: true, autoAdvance: true, propagationTimeoutMs: 20_000};
		const state = initialState(admin.target('endpoint'), options, demoNames(newRunId(), scenario), scenario);
		const run = createScenario({state, services: admin.services(), clock: admin.clock, journal});
		const {code, log} = await runPlainLogged(run);
		const done = run.getState();
		if (code !== 0 || !proved(done) || !done.teardown.completed)
			throw new Error(`${scenario}'s first complete run did not prove its point and tear down:\n${log.join('\n')}`);
		const creating = states.indexOf('deleted');
		if (creating < 1) throw new Error(`${scenario}'s first complete run recorded no deletion: ${states.join(', ')}`);
		return {records: states.length, creating};
	} finally {
		await admin.stop();
	}
}
