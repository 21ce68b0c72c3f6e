import {useEffect, useState} from 'react';

/**
 * The current time, refreshed every `intervalMs`. Only leaf components (countdowns, spinners)
 * call this, so a tick re-renders one line instead of the whole dashboard.
 */
export function useNow(intervalMs: number, isActive = true): number {
	const [now, setNow] = useState(() => Date.now());
	useEffect(() => {
		if (!isActive) return;
		const timer = setInterval(() => {
			setNow(Date.now());
		}, intervalMs);
		return () => {
			clearInterval(timer);
		};
	}, [intervalMs, isActive]);
	return now;
}
