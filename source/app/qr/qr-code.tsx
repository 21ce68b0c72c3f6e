import {memo, useMemo} from 'react';
import {Box, Text} from 'ink';
import {useColor, useTheme} from '../shared/theme.js';
import {halfBlockRows, qrMatrix} from '../../qr/qr-matrix.js';

export interface QrCodeProps {
	/** The otpauth:// URI (revealed by the caller: drawing it is the point). */
	readonly uri: string;
	readonly quietZone?: number;
}

/**
 * The QR code in half blocks, black on white whatever the terminal's theme, so a phone can scan it
 * on dark and light themes alike.
 */
export const QrCode = memo(function QrCode({uri, quietZone = 2}: QrCodeProps) {
	const color = useColor();
	const theme = useTheme();
	const rows = useMemo(() => halfBlockRows(qrMatrix(uri, quietZone), color), [uri, quietZone, color]);
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
