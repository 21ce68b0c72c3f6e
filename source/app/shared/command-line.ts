import {createContext, useContext} from 'react';

/**
 * Whether the person at this dashboard started it from a command line, and so can pass flags
 * (--scenario, --plain). An attendee of `serve --ssh` cannot: their ssh client starts the run, so
 * no screen offers them a flag.
 */
export const CommandLineContext = createContext(true);

export function useCommandLine(): boolean {
	return useContext(CommandLineContext);
}
