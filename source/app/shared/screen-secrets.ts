import {createContext, useContext} from 'react';

/** Secrets a view draws on purpose: the revealed seed, and the QR code (the seed again, as a picture). */
export type ScreenSecretKind = 'seed' | 'qr';

/**
 * Told, as they are drawn, which lines of the frame are a secret, so that a recording of the screen
 * (source/record/) can leave them out. The live screen draws them as always.
 */
export interface ScreenSecrets {
	drawn(kind: ScreenSecretKind, lines: readonly string[]): void;
}

export const ScreenSecretsContext = createContext<ScreenSecrets | undefined>(undefined);

export function useScreenSecrets(): ScreenSecrets | undefined {
	return useContext(ScreenSecretsContext);
}
