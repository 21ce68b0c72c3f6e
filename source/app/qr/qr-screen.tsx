import {fitText} from '../shared/fit-text.js';
import type {ReactNode} from 'react';
import {Box, Text} from 'ink';
import type {CodeEntry, MfaDeviceResource} from '../../scenario/types.js';
import {CodeInput} from '../code-input/code-input.js';
import {QrCode} from './qr-code.js';
import {Seed} from './seed.js';
import {nonUtf8QrText} from '../shared/locale.js';
import {Paragraph} from '../shared/paragraph.js';
import {useTheme} from '../shared/theme.js';
import {QR_WORDS as WORDS} from '../../words/qr.js';

export interface QrScreenProps {
	readonly device: MfaDeviceResource;
	readonly entry: CodeEntry;
	readonly seedRevealed: boolean;
	/** Without colour: drawn for a light background (else a dark one). */
	readonly qrForLight: boolean;
	readonly codeInputActive: boolean;
	readonly onCodeSubmit: (code: string) => void;
	/** Width left for the instructions beside the code. */
	readonly sideWidth: number;
	/** Drawn above and below the instructions when the screen has no room for its own header. */
	readonly top?: ReactNode;
	readonly bottom?: ReactNode;
	/** Whether the QR code fits; when it does not, the seed is the way in. */
	readonly showQr: boolean;
	/** Why the QR code is not drawn: no room for it, or a locale without UTF-8. */
	readonly qrMissing?: 'tooSmall' | 'locale';
}

/** Enabling the device: the QR code on the left, what to do and the code field on the right. */
export function QrScreen(props: QrScreenProps) {
	const {device, entry, seedRevealed, codeInputActive, onCodeSubmit, sideWidth, top, bottom, showQr} = props;
	const missing = props.qrMissing === 'locale' ? nonUtf8QrText() : WORDS.tooSmall;
	// At 80x24 the column beside the code has no spare row: a refused code's reason takes the place
	// of the how-to lines (it says what to do, and the status bar still offers `a`).
	const brief = top !== undefined && entry.error !== undefined;
	const theme = useTheme();
	return (
		<Box flexDirection='row'>
			{showQr ? <QrCode uri={device.otpauthUri.reveal()} forLightBackground={props.qrForLight} /> : null}
			<Box flexDirection='column' width={sideWidth} marginLeft={showQr ? 1 : 0}>
				{top}
				<Text bold>{WORDS.scanTitle}</Text>
				{brief ? null : <Paragraph dimColor width={sideWidth} text={showQr ? WORDS.scanHow : missing} />}
				<Text wrap='truncate-end' dimColor>
					{fitText(device.serialNumber, sideWidth)}
				</Text>
				{showQr && !theme.enabled ? <Paragraph width={sideWidth} text={WORDS.drawnFor(props.qrForLight)} /> : null}
				<Box marginTop={1} flexShrink={0}>
					<Seed seed={device.seed} revealed={seedRevealed} width={sideWidth} />
				</Box>
				<Box marginTop={1} flexShrink={0}>
					<CodeInput entry={entry} isActive={codeInputActive} onSubmit={onCodeSubmit} width={sideWidth} />
				</Box>
				{brief ? null : <Paragraph dimColor text={WORDS.noPhone} width={sideWidth} />}
				<Box flexGrow={1} />
				{bottom}
			</Box>
		</Box>
	);
}
