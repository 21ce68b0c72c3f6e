import {createContext, useContext} from 'react';

/** Whether the dashboard may use colour (NO_COLOR unset, a colour terminal). */
export const ColorContext = createContext<boolean>(true);

export function useColor(): boolean {
	return useContext(ColorContext);
}

/** NO_COLOR (https://no-color.org): present and not empty disables colour. */
export function noColorRequested(env: NodeJS.ProcessEnv = process.env): boolean {
	return env.NO_COLOR !== undefined && env.NO_COLOR !== '';
}
