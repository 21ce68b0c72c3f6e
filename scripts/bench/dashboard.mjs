// Figures taken in the dashboard through a real pty: first frame, key-to-frame latency, idle renders.
import {existsSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {plainText, startInPty} from './pty.mjs';

// The status bar is the last thing in every frame, and its last hint is always the help key:
// "? help" when the help is closed, "?/Esc close help" when it is open.
const HELP_CLOSED = /\? help\s*$/m;
const HELP_OPEN = /close help/;
const frameEnds = (pattern) => (output) => pattern.test(plainText(output).split('\u001B[?1049h').at(-1) ?? '');

/**
 * ms from spawn to the first complete frame (header to status bar) of `node dist/cli.js` (`node`:
 * this one unless given), in a terminal that answers the background question unless `answers` is false.
 */
export async function firstFrame(cli, env, node = process.execPath, {answers = true} = {}) {
	const pty = startInPty([node, cli], {env, answers});
	try {
		const at = await pty.waitFor(
			(output) =>
				output.includes('\u001B[?1049h') && frameEnds(HELP_CLOSED)(output) && plainText(output).includes('sts-mfa'),
		);
		return at - pty.startedAt;
	} finally {
		await pty.stop('q');
	}
}

/** One start that stays until it has written the code cache (STS_MFA_CACHE_DIR), as a first start does. */
export async function primeCodeCache(cli, env, node = process.execPath) {
	const pty = startInPty([node, cli], {env});
	try {
		await pty.waitFor(frameEnds(HELP_CLOSED));
		for (let waited = 0; !cacheWritten(env.STS_MFA_CACHE_DIR); waited += 20) {
			if (waited > 5000) throw new Error(`no code cache was written in ${env.STS_MFA_CACHE_DIR}`);
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
	} finally {
		await pty.stop('q');
	}
}

/** Node 20's V8 cache (a .v8cache file) or, on Node 22.1 and later, Node's compile cache (files below node-compile-cache/). */
function cacheWritten(directory) {
	if (!existsSync(directory)) return false;
	if (readdirSync(directory).some((name) => name.endsWith('.v8cache'))) return true;
	const node = join(directory, 'node-compile-cache');
	return existsSync(node) && readdirSync(node).some((version) => readdirSync(join(node, version)).length > 0);
}

/** ms from spawn to the first byte of `argv` in the same kind of pty: what the method and node itself cost. */
export async function firstByte(argv, env = {}) {
	const pty = startInPty(argv, {env});
	const at = await pty.waitFor((output) => output.length > 0);
	await pty.exited;
	return at - pty.startedAt;
}

/** Per toggle of the help overlay (`?`): ms from the key to the end of the frame that answers it. */
export async function keyLatencies(cli, env, toggles) {
	// The steps screen of the default scenario (without --scenario the first screen is the picker).
	const pty = startInPty([process.execPath, cli, '--scenario', 'session-token'], {env});
	const latencies = [];
	try {
		// Measure on the idle first screen, as a presenter meets it: after start-up (sandbox, SDK,
		// first AWS call), which now runs right after the first frame, has finished.
		await pty.waitFor((output) => plainText(output).includes('Press Enter to start'));
		await new Promise((resolve) => setTimeout(resolve, 300));
		for (let i = 0; i < toggles; i++) {
			const expected = i % 2 === 0 ? HELP_OPEN : HELP_CLOSED;
			const from = pty.output.length;
			const sentAt = pty.send('?');
			const answeredAt = await pty.waitFor((output) => expected.test(plainText(output)), {from});
			latencies.push(answeredAt - sentAt);
		}
	} finally {
		await pty.stop('q');
	}
	return latencies;
}

/**
 * Frames written while nobody touches a key, on the busiest idle screen: the code entry, where the
 * countdown to the next code ticks. Writes closer than 20 ms apart count as one frame (Ink draws at most one frame per ~33 ms; a frame larger than the pty buffer arrives in pieces).
 */
export async function idleRenders(cli, env, seconds) {
	const pty = startInPty([process.execPath, cli, '--scenario', 'session-token'], {env});
	try {
		await pty.waitFor(frameEnds(HELP_CLOSED));
		let from = pty.output.length;
		pty.send('\r');
		// Each step waits for Enter; the MFA step opens the QR code and the code entry.
		for (let i = 0; i < 3 && !plainText(pty.output.slice(from)).includes('Scan with an authenticator app'); i++) {
			await pty.waitFor((output) => /next step|Scan with an authenticator app/.test(plainText(output)), {from});
			if (plainText(pty.output.slice(from)).includes('Scan with an authenticator app')) break;
			from = pty.output.length;
			pty.send('\r');
		}
		await pty.waitFor((output) => plainText(output).includes('Scan with an authenticator app'), {from});
		await new Promise((resolve) => setTimeout(resolve, 500));
		const start = pty.chunks.length;
		await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
		const idle = pty.chunks.slice(start);
		const frames = idle.filter((chunk, index) => index === 0 || chunk.at - idle[index - 1].at > 20).length;
		const bytes = idle.reduce((sum, chunk) => sum + chunk.bytes, 0);
		return {framesPerSecond: frames / seconds, bytesPerSecond: bytes / seconds};
	} finally {
		await pty.stop('q');
	}
}
