import {useRef, useState} from 'react';
import {Box, Text, useInput} from 'ink';
import TextInput from 'ink-text-input';
import {CODE_LENGTH, keepDigits, splitAtEnter} from '../../app/code-input/digits.js';
import {NextCodeCountdown} from '../../app/code-input/next-code-countdown.js';
import {keystrokes} from '../../app/shared/keystrokes.js';
import {useTheme} from '../../app/shared/theme.js';
import {CODE_PLACEHOLDER, tooFewDigits} from '../../words/code-input.js';
import {PROMPT_WORDS} from '../../words/session-prompt.js';

/** What the prompt gave: the device chosen and, when one was asked for, the code. Undefined: cancelled. */
export type MfaPromptAnswer = {readonly serialNumber: string; readonly code?: string} | undefined;

export interface MfaPromptProps {
	/** One device, or several to pick from first. */
	readonly devices: readonly string[];
	/** False when the code comes from elsewhere (--token-code, --mfa-process) and only a device is to be picked. */
	readonly needCode: boolean;
	/** Why it asks again, e.g. the last code was refused. */
	readonly notice?: string;
	readonly onAnswer: (answer: MfaPromptAnswer) => void;
}

/**
 * ↑/↓ move, Enter picks. The choice lives in a ref as well as in state: keys that arrive in one
 * read (↓ then Enter), or before Ink has subscribed the handler of the latest render, each see the
 * one before (with state alone, Enter picked the device highlighted a render earlier).
 */
function DevicePicker({devices, onPick}: {devices: readonly string[]; onPick: (serial: string) => void}) {
	const [selected, setSelected] = useState(0);
	const current = useRef(0);
	const {paint} = useTheme();
	useInput((typed, pressed) => {
		for (const {input, key} of keystrokes(typed, pressed)) {
			if (key.upArrow || input === 'k') current.current = (current.current + devices.length - 1) % devices.length;
			else if (key.downArrow || input === 'j') current.current = (current.current + 1) % devices.length;
			else if (key.return) {
				onPick(devices[current.current]!);
				return;
			}
		}
		setSelected(current.current);
	});
	return (
		<Box flexDirection='column'>
			<Text bold>{PROMPT_WORDS.pickDevice(devices.length)}</Text>
			{devices.map((serial, index) => (
				<Text key={serial} color={index === selected ? paint('accent') : undefined}>
					{index === selected ? '› ' : '  '}
					{serial}
				</Text>
			))}
		</Box>
	);
}

/**
 * Backspaces that reached the field as text: keys pressed faster than the terminal delivers them
 * arrive as one chunk, which Ink passes on as typed text ("12\x7f" rather than "12", then Backspace).
 */
function applyErasures(text: string): string {
	let result = '';
	for (const character of text)
		result = character === '\x7f' || character === '\b' ? result.slice(0, -1) : result + character;
	return result;
}

function CodeField({
	serialNumber,
	notice,
	onCode,
}: {
	serialNumber: string;
	notice?: string;
	onCode: (code: string) => void;
}) {
	const [value, setValue] = useState('');
	// What the field holds now, for Enter: a handler made at an earlier render would see an older value.
	const typed = useRef('');
	const [hint, setHint] = useState<string | undefined>(notice);
	// ink-text-input keeps its own cursor, which points past the value when a letter was dropped:
	// the field starts afresh (cursor at the end) whenever the filter changed what was typed.
	const [generation, setGeneration] = useState(0);
	const submit = (text: string) => {
		const code = keepDigits(text);
		if (code.length === CODE_LENGTH) onCode(code);
		else setHint(tooFewDigits(CODE_LENGTH));
	};
	const {paint} = useTheme();
	useInput((_input, key) => {
		if (key.return) submit(typed.current);
	});
	return (
		<Box flexDirection='column'>
			<Text bold>{PROMPT_WORDS.codeFor(serialNumber)}</Text>
			<Box>
				<Text color={paint('accent')}>› </Text>
				<TextInput
					key={generation}
					value={value}
					placeholder={CODE_PLACEHOLDER}
					onChange={(text) => {
						const {entered, rest} = splitAtEnter(text);
						for (const code of entered) submit(code);
						const digits = keepDigits(applyErasures(rest));
						if (digits !== text) setGeneration((current) => current + 1);
						typed.current = digits;
						setValue(digits);
					}}
				/>
				<Text> </Text>
				<NextCodeCountdown />
			</Box>
			{hint ? <Text color={paint('warning')}>{hint}</Text> : <Text dimColor>{PROMPT_WORDS.keys}</Text>}
		</Box>
	);
}

/** The whole prompt: pick a device when there are several, then the code with the countdown to the next one. */
export function MfaPrompt({devices, needCode, notice, onAnswer}: MfaPromptProps) {
	const [serialNumber, setSerialNumber] = useState(devices.length === 1 ? devices[0] : undefined);
	useInput((input, key) => {
		if (key.escape || (key.ctrl && input === 'c')) onAnswer(undefined);
	});
	if (serialNumber === undefined) {
		return (
			<DevicePicker
				devices={devices}
				onPick={(serial) => {
					if (needCode) setSerialNumber(serial);
					else onAnswer({serialNumber: serial});
				}}
			/>
		);
	}
	return <CodeField serialNumber={serialNumber} notice={notice} onCode={(code) => onAnswer({serialNumber, code})} />;
}
