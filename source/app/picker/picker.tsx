import {say} from '../../words/language.js';
import {Box, Text} from 'ink';
import {SCENARIO_NAMES, type ScenarioName} from '../../scenario/declaration.js';
import {scenarioOf} from '../../scenario/scenarios/index.js';
import {Paragraph} from '../shared/paragraph.js';
import {useColor} from '../shared/theme.js';

export interface PickerProps {
	readonly highlighted: ScenarioName;
	readonly width: number;
}

/** The first screen: the three scenarios, one line on what each shows; the highlighted one is marked. */
export function Picker({highlighted, width}: PickerProps) {
	const color = useColor();
	return (
		<Box flexDirection='column' width={width}>
			<Text bold>Which scenario? (--scenario NAME skips this screen)</Text>
			{SCENARIO_NAMES.map((name) => {
				const chosen = name === highlighted;
				return (
					<Box key={name} flexDirection='column' marginTop={1}>
						<Text bold={chosen} color={color && chosen ? 'cyan' : undefined}>
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
