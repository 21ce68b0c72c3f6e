import {memo, useMemo} from 'react';
import {Box, Text} from 'ink';
import {useColor, useTheme} from '../shared/theme.js';
import {useScreenSecrets} from '../shared/screen-secrets.js';
import {halfBlockRows, qrMatrix} from '../../qr/qr-matrix.js';

export interface QrCodeProps {
	/** The otpauth:// URI (revealed by the caller: drawing it is the point). */
	readonly uri: string;
	readonly quietZone?: number;
	/** Without colour the glyphs take the terminal's foreground: dark on a light background, light on a dark one. */
	readonly forLightBackground?: boolean;
}

/**
 * The QR code in half blocks, black on white whatever the terminal's theme, so a phone can scan it
 * on dark and light themes alike. Without colour (NO_COLOR) only the terminal's own colours are
 * there, so the code is drawn for one background, which the screen names (i flips it).
 */
export const QrCode = memo(function QrCode({uri, quietZone = 2, forLightBackground = false}: QrCodeProps) {
	const color = useColor();
	const theme = useTheme();
	const drawDark = color || forLightBackground;
	const rows = useMemo(() => halfBlockRows(qrMatrix(uri, quietZone), drawDark), [uri, quietZone, drawDark]);
	useScreenSecrets()?.drawn('qr', rows);
	return (
		<Box flexDirection='column' flexShrink={0}>
			{rows.map((row, index) => (
				// biome-ignore lint/suspicious/noArrayIndexKey: rows of a fixed picture; the index is their identity
				<Text key={index} color={theme.qrDark} backgroundColor={theme.qrLight}>
					{row}
				</Text>
			))}
		</Box>
	);
});
