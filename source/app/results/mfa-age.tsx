import {Box, Text} from 'ink';
import type {ScenarioDeclaration} from '../../scenario/declaration.js';
import type {Results} from '../../scenario/types.js';
import {agedBecause, agedLine} from '../../words/results.js';
import {Paragraph} from '../shared/paragraph.js';
import {useTheme} from '../shared/theme.js';
import {useNow} from '../shared/use-now.js';
import {PANEL_WORDS as WORDS} from '../../words/panels.js';

/** The MFA session's age counting up to the declaration's limit while the step waits, then the answer. */
export function MfaAge({
	results,
	scenario,
	waiting,
	width,
}: {
	readonly results: Results;
	readonly scenario: ScenarioDeclaration;
	readonly waiting: boolean;
	readonly width: number;
}) {
	const theme = useTheme();
	const now = useNow(1000, waiting);
	const {withMfa, afterMfaAge} = results;
	const limit = scenario.maxMfaAgeSeconds ?? 0;
	if (afterMfaAge) {
		return (
			<Box flexDirection='column' width={width}>
				<Text color={afterMfaAge.denied ? theme.success : theme.danger} wrap='wrap'>
					{afterMfaAge.denied ? '✓ ' : '✗ '}
					{agedLine(scenario, afterMfaAge)}
				</Text>
				{afterMfaAge.denied ? (
					<Paragraph dimColor text={agedBecause(scenario, afterMfaAge.ageSeconds)} width={width} />
				) : null}
			</Box>
		);
	}
	if (!withMfa?.mfaAt) return null;
	const age = Math.max(0, Math.floor((now - withMfa.mfaAt) / 1000));
	return <Text wrap='wrap'>{WORDS.mfaAgeSoFar(scenario.context.key, age, limit)}</Text>;
}
