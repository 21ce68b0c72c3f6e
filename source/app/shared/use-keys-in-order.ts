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
 */
export function useKeysInOrder(): void {
	const {internal_eventEmitter: emitter} = useStdin();
	const waiting = useRef<string[]>([]);
	const busy = useRef(false);
	const deliver = useRef<() => void>(() => undefined);
	const [, setDrawn] = useState(0);
	useEffect(() => {
		const original: Emit = emitter.emit.bind(emitter);
		deliver.current = () => {
			const key = waiting.current.shift();
			busy.current = key !== undefined;
			if (key === undefined) return;
			original('input', key);
			// Draws again even when the key changed nothing, so the next key always waits for a commit.
			setDrawn((count) => count + 1);
		};
		emitter.emit = (event: string | symbol, ...args: unknown[]) => {
			if (event !== 'input' || typeof args[0] !== 'string') return original(event, ...args);
			waiting.current.push(...singleKeyInputs(args[0]));
			if (!busy.current) deliver.current();
			return true;
		};
		return () => {
			emitter.emit = original;
			waiting.current = [];
			busy.current = false;
		};
	}, [emitter]);
	// After each commit (and every handler's re-subscription), the next key.
	useEffect(() => {
		if (busy.current) deliver.current();
	});
}
