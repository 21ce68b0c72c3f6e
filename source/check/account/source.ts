import type {CheckArgs} from '../args.js';
import type {Catalogue} from '../catalogue.js';
import type {CheckInput} from '../run-check.js';
import {ConfigurationError} from '../../errors.js';

export async function accountCheckSource(
	_args: CheckArgs,
	_catalogue: Catalogue,
	_env: NodeJS.ProcessEnv,
): Promise<Pick<CheckInput, 'principals' | 'evaluator' | 'target'>> {
	throw new ConfigurationError('CheckAccount', 'checking an account is not built yet: use --policy');
}
