import {useEffect, useState} from 'react';
import {useStdout} from 'ink';

export interface TerminalSize {
	readonly columns: number;
	readonly rows: number;
}

/** The terminal's size, following 'resize'; fixed when the caller passes explicit dimensions. */
export function useTerminalSize(fixed?: Partial<TerminalSize>): TerminalSize {
	const {stdout} = useStdout();
	const measure = (): TerminalSize => ({
		columns: fixed?.columns ?? (stdout.columns || 80),
		rows: fixed?.rows ?? (stdout.rows || 24),
	});
	const [size, setSize] = useState(measure);
	// biome-ignore lint/correctness/useExhaustiveDependencies: measure reads only stdout and the fixed dimensions
	useEffect(() => {
		const onResize = () => {
			setSize(measure());
		};
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout, fixed?.columns, fixed?.rows]);
	return size;
}
