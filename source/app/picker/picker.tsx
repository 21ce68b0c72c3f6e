import {say} from '../../words/language.js';
import {Box, Text} from 'ink';
import {SCENARIO_NAMES, type ScenarioName} from '../../scenario/declaration.js';
import {scenarioOf} from '../../scenario/scenarios/index.js';
import {PICKER_WORDS} from '../../words/dashboard-start.js';
import {useCommandLine} from '../shared/command-line.js';
import {Paragraph} from '../shared/paragraph.js';
import {useTheme} from '../shared/theme.js';

export interface PickerProps {
	readonly highlighted: ScenarioName;
	readonly width: number;
}

/** The first screen: the three scenarios, one line on what each shows; the highlighted one is marked. */
export function Picker({highlighted, width}: PickerProps) {
	const theme = useTheme();
	const commandLine = useCommandLine();
	return (
		<Box flexDirection='column' width={width}>
			<Text bold>{commandLine ? `${PICKER_WORDS.question} ${PICKER_WORDS.skipWithFlag}` : PICKER_WORDS.question}</Text>
			{SCENARIO_NAMES.map((name) => {
				const chosen = name === highlighted;
				return (
					<Box key={name} flexDirection='column' marginTop={1}>
						<Text bold={chosen} color={chosen ? theme.accent : undefined}>
							{chosen ? '› ' : '  '}
							{name}
						</Text>
						<Box marginLeft={4}>
							<Paragraph
								dimColor={!chosen}
								text={say(scenarioOf({scenario: name}).summary)}
								width={Math.max(10, width - 4)}
							/>
						</Box>
					</Box>
				);
			})}
		</Box>
	);
}
