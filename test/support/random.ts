/** A seeded generator (mulberry32): the same seed replays the same requests, or the same strings. */
export class Random {
	#state: number;

	constructor(readonly seed: number) {
		this.#state = seed >>> 0;
	}

	/** A float in [0, 1). */
	next(): number {
		this.#state = (this.#state + 0x6d2b79f5) >>> 0;
		let t = this.#state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	}

	/** An integer in [0, below). */
	int(below: number): number {
		return Math.floor(this.next() * below);
	}

	chance(probability: number): boolean {
		return this.next() < probability;
	}

	pick<T>(items: readonly T[]): T {
		return items[this.int(items.length)]!;
	}

	/** The items in an order of this seed's (Fisher–Yates). */
	shuffled<T>(items: readonly T[]): T[] {
		const copy = [...items];
		for (let index = copy.length - 1; index > 0; index--) {
			const other = this.int(index + 1);
			[copy[index], copy[other]] = [copy[other]!, copy[index]!];
		}
		return copy;
	}

	bytes(length: number): Buffer {
		const bytes = Buffer.alloc(length);
		for (let index = 0; index < length; index++) bytes[index] = this.int(256);
		return bytes;
	}

	/** Characters a node:http header value may hold (tab, printable ASCII, Latin-1). */
	headerText(length: number): string {
		let text = '';
		for (let index = 0; index < length; index++) {
			const code = this.int(0x100 - 0x20 + 1);
			text += code === 0 ? '\t' : String.fromCharCode(code - 1 + 0x20 === 0x7f ? 0x7e : code - 1 + 0x20);
		}
		return text;
	}

	/** Any code points, lone surrogates and control characters included. */
	unicode(length: number): string {
		let text = '';
		for (let index = 0; index < length; index++) {
			const plane = this.int(4);
			text +=
				plane === 0
					? String.fromCharCode(this.int(0x80))
					: plane === 1
						? String.fromCharCode(this.int(0x10000))
						: String.fromCodePoint(this.int(0x110000));
		}
		return text;
	}
}

/** The seed from STS_MFA_FUZZ_SEED (to replay a failure), or a new one. */
export function fuzzSeed(): number {
	const given = process.env.STS_MFA_FUZZ_SEED;
	return given ? Number(given) >>> 0 : Math.floor(Math.random() * 2 ** 32);
}
