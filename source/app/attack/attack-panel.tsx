import {Box, Text} from 'ink';
import type {AttackMove, AttackOutcome, Detection} from '../../scenario/attack/types.js';
import type {StepDeclaration} from '../../scenario/declaration.js';
import {progressOf} from '../../scenario/progress.js';
import type {ScenarioState, Target} from '../../scenario/types.js';
import {actorLine, outcomeLines} from '../../words/attack.js';
import {DETECTION_WORDS as WORDS, lookupCommand, recordLine} from '../../words/detection.js';
import {fitting} from '../results/results.js';
import {Paragraph, wrapWords} from '../shared/paragraph.js';
import {useTheme} from '../shared/theme.js';

/*
 * The stolen-key scenario's two parts on screen: who acts in a move, what AWS answered and which
 * rule decided; then the defender's view, the CloudTrail record of each attack call.
 */

export function AttackPanel({
	move,
	outcome,
	expected,
	width,
	rows,
}: {
	readonly move: AttackMove;
	readonly outcome?: AttackOutcome;
	/** The answer AWS gives today: shown as success, anything else as the demo failing its point. */
	readonly expected: boolean;
	readonly width: number;
	readonly rows: number;
}) {
	const theme = useTheme();
	const actor = actorLine(move);
	if (!outcome) return <Paragraph dimColor text={actor} width={width} />;
	const [first = '', ...rest] = outcomeLines(outcome);
	const head = `${expected ? '✓' : '✗'} ${first}`;
	const left = rows - wrapWords(actor, width).length - wrapWords(head, width).length;
	return (
		<Box flexDirection='column' width={width}>
			<Paragraph dimColor text={actor} width={width} />
			<Paragraph bold color={expected ? theme.success : theme.danger} text={head} width={width} />
			{fitting(rest, width, left).map((line) => (
				<Paragraph key={line} text={line} width={width} />
			))}
		</Box>
	);
}

function detectionLines(detection: Detection, target: Target): string[] {
	const records = detection.events.map((found) =>
		found.record ? recordLine(found.record) : WORDS.notFound(found.call.eventName),
	);
	const commands = detection.keys.map((key) => lookupCommand('AccessKeyId', key, target));
	return [
		...records,
		...(detection.unreadable > 0 ? [WORDS.unreadable(detection.unreadable)] : []),
		...(target.kind === 'aws' ? [WORDS.deliveryNote] : []),
		WORDS.lookupHeading,
		...commands,
	];
}

export function DetectionPanel({
	detection,
	target,
	width,
	rows,
}: {
	readonly detection?: Detection;
	readonly target: Target;
	readonly width: number;
	readonly rows: number;
}) {
	if (!detection) return <Text dimColor>{WORDS.lookingUp}</Text>;
	return (
		<Box flexDirection='column' width={width}>
			<Paragraph dimColor text={WORDS.heading} width={width} />
			{fitting(detectionLines(detection, target), width, rows - wrapWords(WORDS.heading, width).length).map((line) => (
				<Paragraph key={line} text={line} width={width} />
			))}
		</Box>
	);
}

/** The move an attack step makes, as its declaration's effect names it. */
export function attackMoveOf(declaration: StepDeclaration | undefined, state: ScenarioState): AttackMove | undefined {
	if (declaration?.action.kind !== 'call') return undefined;
	const effect = declaration.action.effect(state);
	return 'type' in effect && effect.type === 'attack' ? effect.move : undefined;
}

/** An attack step's panel: the move's outcome, shown against what AWS answers today. */
export function AttackStep({
	declaration,
	state,
	width,
	rows,
}: {
	readonly declaration: StepDeclaration | undefined;
	readonly state: ScenarioState;
	readonly width: number;
	readonly rows: number;
}) {
	const move = attackMoveOf(declaration, state);
	if (!move || !declaration) return null;
	const outcome = state.results.attacks?.[declaration.id];
	const expected = progressOf(state, declaration.id).status !== 'failed';
	return <AttackPanel move={move} outcome={outcome} expected={expected} width={width} rows={rows} />;
}
