import type {Effect} from './effects.js';
import type {Performer} from './perform.js';
import type {LeftoverCleanup} from './types.js';

/** For runs with no journal to consult (tests, the embedded sandbox): nothing was left. */
export const noLeftovers: LeftoverCleanup = {find: async () => [], deleteFound: async () => {}};

const findLeftovers: Performer<'findLeftovers'> = async (effect, context) => {
	const items = await context.leftovers.find(effect.account, context.signal);
	context.emit({type: 'leftoversFound', items});
};

const deleteLeftovers: Performer<'deleteLeftovers'> = async (_effect, context) => {
	await context.leftovers.deleteFound(
		(item, error) => context.emit({type: 'leftoverDeleted', kind: item.kind, id: item.id, error}),
		context.signal,
	);
	context.emit({type: 'leftoversDeleted'});
};

export const LEFTOVER_PERFORMERS = {findLeftovers, deleteLeftovers} satisfies {
	readonly [T in Effect['type']]?: Performer<T>;
};
