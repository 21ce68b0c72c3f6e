import {useStdin} from 'ink';
import {useEffect, useRef, useState} from 'react';
import {singleKeyInputs} from './keystrokes.js';

type Emit = (event: string | symbol, ...args: unknown[]) => boolean;

/**
 * Hands Ink's handlers one key at a time, each only once the screen the previous key left is drawn
 * and its handlers are subscribed. Handlers heard only on some screens (`isActive`) subscribe in an
 * effect after the frame; a key that arrived with the one that changed the screen ("?" and Enter in
 * one SSH read, or two reads before React drew) reached the old screen's handlers, or none, and was
 * lost. Call it last in the root component, so its effect runs after every other subscription.
 *
 * A key is drawn as soon as it is handed over (Ink renders within its handlers); what may still be
 * pending is the effects that subscribe the new screen's handlers. Those run before React draws
 * again, so only when a key waits behind one not known to be settled is the root drawn again, and
 * the waiting key handed over after it: a lone key, or the last of a read, costs no extra frame.
 */
export function useKeysInOrder(): void {
	const {internal_eventEmitter: emitter} = useStdin();
	const waiting = useRef<string[]>([]);
	// Whether the root has committed, its effects run, since the last key was handed over.
	const settled = useRef(true);
	const pump = useRef<() => void>(() => undefined);
	const [, setDrawn] = useState(0);
	useEffect(() => {
		const original: Emit = emitter.emit.bind(emitter);
		pump.current = () => {
			if (waiting.current.length === 0) return;
			if (!settled.current) {
				// Draws again (running the last key's pending effects first); the effect below goes on.
				setDrawn((count) => count + 1);
				return;
			}
			const key = waiting.current.shift() as string;
			settled.current = false;
			original('input', key);
			pump.current();
		};
		emitter.emit = (event: string | symbol, ...args: unknown[]) => {
			if (event !== 'input' || typeof args[0] !== 'string') return original(event, ...args);
			const idle = waiting.current.length === 0;
			waiting.current.push(...singleKeyInputs(args[0]));
			// Keys already waiting are handed over by the effect below.
			if (idle) pump.current();
			return true;
		};
		return () => {
			emitter.emit = original;
			waiting.current = [];
			settled.current = true;
		};
	}, [emitter]);
	// After each commit of the root (and every handler's re-subscription), the next key.
	useEffect(() => {
		settled.current = true;
		pump.current();
	});
}
