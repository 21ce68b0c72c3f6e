import {inspect} from 'node:util';

const REDACTED = '[redacted]';

/**
 * A value that must never reach a log, the screen, a file or the JSON report by accident.
 * String conversion, JSON and util.inspect all print "[redacted]"; only an explicit reveal() gives
 * the value, so every place that shows or sends a secret is a deliberate, greppable call.
 */
export class Secret {
	readonly #value: string;

	constructor(value: string) {
		this.#value = value;
	}

	reveal(): string {
		return this.#value;
	}

	toString(): string {
		return REDACTED;
	}

	toJSON(): string {
		return REDACTED;
	}

	[inspect.custom](): string {
		return REDACTED;
	}
}
