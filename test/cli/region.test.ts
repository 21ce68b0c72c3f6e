import {describe, expect, it} from 'vitest';
import {parseCli} from '../../source/cli/args.js';
import {UsageError} from '../../source/errors.js';

/* --region means the same names to every command that takes it: one rule, not one per command. */

function accepted(argv: string[]): boolean {
	try {
		parseCli(argv);
		return true;
	} catch (error) {
		if (error instanceof UsageError) return false;
		throw error;
	}
}

const REGIONS = ['us-east-1', 'eu-west-3', 'ap-southeast-2', 'us-gov-west-1', 'il-central-1'];
const NOT_REGIONS = ['Europe', 'us-east', 'us_east_1', 'US-EAST-1', 'us-east-1a', '-us-east-1', 'e-west-1'];

/** Whether each command that takes --region takes `region`. */
const takenBy = (region: string) => ({
	run: accepted(['--region', region]),
	cleanup: accepted(['cleanup', '--region', region]),
	check: accepted(['check', '--aws', '--region', region]),
	session: accepted(['session', '--region', region]),
});

describe('--region', () => {
	it('takes every region name, on run, cleanup, check and session alike', () => {
		for (const region of REGIONS)
			expect(takenBy(region), region).toEqual({run: true, cleanup: true, check: true, session: true});
	});

	it('refuses what is not shaped as one, on every command alike', () => {
		for (const region of NOT_REGIONS)
			expect(takenBy(region), region).toEqual({run: false, cleanup: false, check: false, session: false});
	});
});
