import {parseArgs} from 'node:util';
import {parserRefusal} from '../cli/parser-refusal.js';
import {UsageError} from '../errors.js';
import {presenterWords as words} from '../words/presenter.js';

export interface PresenterArgs {
	readonly command: 'presenter';
	readonly talkMinutes?: number;
}

/** `sts-mfa presenter [--talk-minutes N]`. */
export function parsePresenterArgs(argv: readonly string[]): PresenterArgs | {command: 'help'; topic: 'presenter'} {
	let values: {help?: boolean; 'talk-minutes'?: string};
	try {
		({values} = parseArgs({
			args: [...argv],
			options: {help: {type: 'boolean', short: 'h'}, 'talk-minutes': {type: 'string'}},
			strict: true,
			allowPositionals: false,
		}));
	} catch (error) {
		throw new UsageError(words.parser(parserRefusal(error)));
	}
	if (values.help) return {command: 'help', topic: 'presenter'};
	const minutes = values['talk-minutes'];
	if (minutes === undefined) return {command: 'presenter'};
	if (!/^\d+$/.test(minutes) || Number(minutes) < 1 || Number(minutes) > 600)
		throw new UsageError(words.badTalkMinutes(minutes));
	return {command: 'presenter', talkMinutes: Number(minutes)};
}
