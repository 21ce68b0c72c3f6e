/** Lets N concurrent clients wait for each other; one failure releases everyone with that failure. */
export class Barrier {
	#waiting = 0;
	#release!: () => void;
	#fail!: (error: unknown) => void;
	readonly #passed: Promise<void>;

	constructor(readonly parties: number) {
		this.#passed = new Promise((resolve, reject) => {
			this.#release = resolve;
			this.#fail = reject;
		});
		// Nobody may be waiting when it breaks; that is not an unhandled rejection.
		this.#passed.catch(() => {});
	}

	arrive(): Promise<void> {
		if (++this.#waiting === this.parties) this.#release();
		return this.#passed;
	}

	break(error: unknown): void {
		this.#fail(error);
	}
}
