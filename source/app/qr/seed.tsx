import {Box, Text} from 'ink';
import type {Secret} from '../../secret.js';
import {QR_WORDS} from '../../words/qr.js';
import {useScreenSecrets} from '../shared/screen-secrets.js';

/** The Base32 seed in groups of four, as authenticator apps ask for it when typed by hand. */
function groupSeed(seed: string): string[] {
	return seed.match(/.{1,4}/g) ?? [];
}

export interface SeedProps {
	readonly seed: Secret;
	readonly revealed: boolean;
	readonly width: number;
}

/** The seed, hidden until asked for: anyone behind the user could copy it from the screen. */
export function Seed({seed, revealed, width}: SeedProps) {
	const groupsPerLine = Math.max(1, Math.floor((width + 1) / 5));
	const screenSecrets = useScreenSecrets();
	if (!revealed) {
		const hidden = Array.from({length: Math.min(groupsPerLine, 4)}, () => '••••').join(' ');
		return (
			<Box flexDirection='column' width={width}>
				<Text dimColor>{QR_WORDS.seedLabel}</Text>
				<Text>{hidden}…</Text>
				<Text dimColor>{QR_WORDS.revealSeed}</Text>
			</Box>
		);
	}
	const groups = groupSeed(seed.reveal());
	const lines: string[] = [];
	for (let index = 0; index < groups.length; index += groupsPerLine) {
		lines.push(groups.slice(index, index + groupsPerLine).join(' '));
	}
	screenSecrets?.drawn('seed', lines);
	return (
		<Box flexDirection='column' width={width}>
			<Text dimColor>{QR_WORDS.seedLabel}</Text>
			{lines.map((line, index) => (
				// biome-ignore lint/suspicious/noArrayIndexKey: lines of a fixed text; the index is their identity
				<Text key={index} bold>
					{line}
				</Text>
			))}
			{/* On its own line, as "press s to reveal" is: the label broke as "s to / hide:" at 80 columns. */}
			<Text dimColor>{QR_WORDS.hideSeed}</Text>
		</Box>
	);
}
