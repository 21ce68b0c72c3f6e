import {useEffect, useState} from 'react';
import {codeProblemText} from '../../words/notices.js';
import {Box, Text} from 'ink';
import TextInput from 'ink-text-input';
import type {CodeEntry} from '../../scenario/types.js';
import {useTheme} from '../shared/theme.js';
import {useCodeDraft} from './code-draft.js';
import {CODE_LENGTH, keepDigits, keptAfterEdits, splitAtEnter} from './digits.js';
import {CODE_PLACEHOLDER, codeLabel, digitsOnly, tooFewDigits} from '../../words/code-input.js';
import {NextCodeCountdown} from './next-code-countdown.js';
import {Paragraph} from '../shared/paragraph.js';

export interface CodeInputProps {
	readonly entry: CodeEntry;
	readonly isActive: boolean;
	readonly onSubmit: (code: string) => void;
	readonly width: number;
}

/** The six-digit field. Letters never land in it, so they stay free to act as shortcuts. */
export function CodeInput({entry, isActive, onSubmit, width}: CodeInputProps) {
	const theme = useTheme();
	const [value, setValue] = useState('');
	const [hint, setHint] = useState<string | undefined>();
	// ink-text-input keeps its own cursor; when we drop characters it would point past the value,
	// so the field starts afresh (cursor at the end) whenever the filter changed what was typed.
	const [generation, setGeneration] = useState(0);
	const draft = useCodeDraft();
	// A field that goes away takes its digits with it.
	useEffect(
		() => () => {
			draft.digits = '';
		},
		[draft],
	);
	const submit = (typed: string) => {
		const code = keepDigits(typed);
		if (code.length !== CODE_LENGTH) {
			setHint(tooFewDigits(CODE_LENGTH));
			return;
		}
		setHint(undefined);
		setValue('');
		draft.digits = '';
		onSubmit(code);
	};
	return (
		<Box flexDirection='column' width={width}>
			<Text bold>{codeLabel(entry.purpose, entry.needed, entry.codes.length)}</Text>
			<Box>
				<Text color={theme.accent}>› </Text>
				<TextInput
					key={generation}
					value={value}
					focus={isActive}
					placeholder={CODE_PLACEHOLDER}
					onChange={(typed) => {
						const {entered, rest} = splitAtEnter(typed);
						for (const code of entered) submit(code);
						const digits = keptAfterEdits(rest);
						if (digits !== typed) setGeneration((current) => current + 1);
						// A letter while digits are in the field is a typo; with none, it was a shortcut. A space
						// is how many apps group a code ("142 936"): taken silently. A field emptied has no typo;
						// the typo's hint stays while the rest of the code is typed (keys come one at a time).
						if (/[^\d\s\u007F\b]/.test(rest) && digits.length > 0) setHint(digitsOnly());
						else if (digits.length === 0) setHint(undefined);
						else if (entered.length === 0 || rest !== '')
							setHint((shown) => (shown === digitsOnly() ? shown : undefined));
						draft.digits = digits;
						setValue(digits);
					}}
					onSubmit={submit}
				/>
				<Text> </Text>
				<NextCodeCountdown />
			</Box>
			{/* A hint is about what is being typed now, so it takes the place of the last refusal. */}
			{hint ? (
				<Text color={theme.warning}>{hint}</Text>
			) : entry.error ? (
				<Paragraph color={theme.danger} text={`✗ ${codeProblemText(entry.error)}`} width={width} />
			) : null}
		</Box>
	);
}
