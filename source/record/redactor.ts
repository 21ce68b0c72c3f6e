import type {ScreenSecretKind, ScreenSecrets} from '../app/shared/screen-secrets.js';
import type {ScenarioState} from '../scenario/types.js';
import {recordWords} from '../words/record.js';

/** Every visible character of `text` as a dot: the same width, nothing of the value. */
function mask(text: string): string {
	return text.replace(/\S/g, '•');
}

/** `text` in the middle of `width` cells; left out whole where it does not fit (no word is cut). */
function centred(text: string, width: number): string {
	if (text.length > width) return ' '.repeat(width);
	const left = Math.max(0, Math.floor((width - text.length) / 2));
	return `${' '.repeat(left)}${text}`.padEnd(width).slice(0, width);
}

/** A box the size of the QR code (same rows, same width) with the words saying it was left out. */
export function qrBox(rows: readonly string[]): string[] {
	const width = Math.max(...rows.map((row) => [...row].length));
	const height = rows.length;
	if (width < 4 || height < 3) return rows.map(() => '░'.repeat(width));
	const inner = width - 2;
	const notRecorded = recordWords.qrNotRecorded;
	const first = Math.max(1, Math.floor((height - notRecorded.length) / 2));
	return rows.map((_row, index) => {
		if (index === 0) return `┌${'─'.repeat(inner)}┐`;
		if (index === height - 1) return `└${'─'.repeat(inner)}┘`;
		const words = index - first < height - 2 ? notRecorded[index - first] : undefined;
		return `│${centred(words ?? '', inner)}│`;
	});
}

/** The secrets of a run's state, whatever their form on screen: a last net behind the views' own word. */
export function stateSecrets(state: ScenarioState): string[] {
	const {mfaDevice, accessKey} = state.resources;
	return [mfaDevice?.seed.reveal(), mfaDevice?.otpauthUri.reveal(), accessKey?.secretAccessKey.reveal()].filter(
		(secret): secret is string => secret !== undefined && secret.length >= 8,
	);
}

export interface RedactorOptions {
	/** Keep the QR code (the embedded sandbox, whose seed dies with the run, or --record-qr). */
	readonly keepQr: boolean;
	readonly secrets: () => readonly string[];
}

/**
 * What a recording shows instead of each secret line the views said they drew: the seed as dots,
 * the QR code as a box of its size, unless kept. Longest lines first, so that a line drawn at one
 * width is not half-replaced by a shorter line of the same seed drawn at another.
 */
export class ScreenRedactor implements ScreenSecrets {
	readonly #replacements: [string, string][] = [];
	readonly #known = new Set<string>();
	readonly #options: RedactorOptions;

	constructor(options: RedactorOptions) {
		this.#options = options;
	}

	drawn(kind: ScreenSecretKind, lines: readonly string[]): void {
		if (kind === 'qr' && this.#options.keepQr) return;
		// Blank rows (the QR code's quiet zone) hold nothing, and would match every blank line.
		const secret = lines.filter((line) => line.trim() !== '');
		const instead = kind === 'seed' ? secret.map(mask) : qrBox(secret);
		secret.forEach((line, index) => {
			if (this.#known.has(line)) return;
			this.#known.add(line);
			this.#replacements.push([line, instead[index] ?? mask(line)]);
		});
		this.#replacements.sort(([a], [b]) => b.length - a.length);
	}

	scrub(text: string): string {
		let scrubbed = text;
		for (const [line, instead] of this.#replacements)
			if (scrubbed.includes(line)) scrubbed = scrubbed.split(line).join(instead);
		for (const secret of this.#options.secrets())
			if (scrubbed.includes(secret)) scrubbed = scrubbed.split(secret).join(mask(secret));
		return scrubbed;
	}
}
