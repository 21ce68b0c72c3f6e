import type {PresenterView} from './view.js';

/** What a dashboard sends a view, one JSON object a line. */
export type FeedMessage = {readonly type: 'view'; readonly view: PresenterView} | {readonly type: 'ended'};

const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= 4000;
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function isStep(value: unknown): boolean {
	if (value === undefined) return true;
	const step = value as {number?: unknown; title?: unknown};
	return typeof value === 'object' && value !== null && isCount(step.number) && isText(step.title);
}

function isView(value: unknown): value is PresenterView {
	if (typeof value !== 'object' || value === null) return false;
	const view = value as Record<string, unknown>;
	const keys = view.keys as {key?: unknown; label?: unknown}[] | undefined;
	const code = view.code as {value?: unknown; secondsLeft?: unknown} | undefined;
	return (
		isText(view.scenario) &&
		typeof view.choosing === 'boolean' &&
		isStep(view.onScreen) &&
		isStep(view.next) &&
		(view.notes === undefined || isText(view.notes)) &&
		Array.isArray(keys) &&
		keys.length <= 30 &&
		keys.every((hint) => isText(hint?.key) && isText(hint?.label)) &&
		isCount(view.startedAt) &&
		(code === undefined || (isText(code.value) && /^\d{6}$/.test(code.value) && isCount(code.secondsLeft)))
	);
}

/** One line from the socket as a message, or undefined when it has not the shape the dashboard sends. */
export function parseFeedMessage(line: string): FeedMessage | undefined {
	let parsed: unknown;
	try {
		parsed = JSON.parse(line);
	} catch {
		return undefined;
	}
	const message = parsed as {type?: unknown; view?: unknown};
	if (message?.type === 'ended') return {type: 'ended'};
	return message?.type === 'view' && isView(message.view) ? {type: 'view', view: message.view} : undefined;
}
