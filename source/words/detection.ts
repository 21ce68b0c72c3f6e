import type {TrailAttributeKey, TrailRecord} from '../aws/types.js';
import {localized, plural} from './language.js';

/*
 * The defender's side: the CloudTrail record of an attack call, in the lines a defender reads, and
 * the `aws cloudtrail lookup-events` command that finds it. Shared by the dashboard and plain mode.
 * CloudTrail's field names (eventName, errorCode, mfaAuthenticated) stay as CloudTrail writes them.
 */

export interface LookupCommandTarget {
	readonly region: string;
	/** The sandbox's (or a profile's) endpoint; absent on AWS. */
	readonly endpoint?: string;
}

/** The command, as a person would paste it (the values are ids and names, never secrets). */
export function lookupCommand(key: TrailAttributeKey, value: string, target: LookupCommandTarget): string {
	const endpoint = target.endpoint ? ` --endpoint-url ${target.endpoint}` : '';
	return `aws cloudtrail lookup-events --region ${target.region}${endpoint} --lookup-attributes AttributeKey=${key},AttributeValue=${value}`;
}

const en = {
	/** What a real account says instead of a record: CloudTrail is not immediate, and nothing is made up. */
	deliveryNote:
		'CloudTrail delivers an event within about 15 minutes of the call: run the command then. No record is shown until AWS returns one.',
	notFound: (eventName: string) => `No ${eventName} record was returned yet.`,
	unreadable: (count: number) =>
		`${plural(count, {one: '# record did not have the shape of a CloudTrail record and is', other: '# records did not have the shape of a CloudTrail record and are'})} not shown.`,
	heading: 'CloudTrail records of the attack, found by the key that signed each call:',
	lookupHeading: 'Find them yourself:',
	lookingUp: 'Looking up the events…',
	succeeded: 'no errorCode (it succeeded)',
	longTermKey: 'mfaAuthenticated absent: a long-term key',
	session: (mfa: string) => `mfaAuthenticated ${mfa}: a session`,
	absent: 'mfaAuthenticated absent',
	onSource: (eventName: string, source: string, outcome: string) => `${eventName} on ${source}: ${outcome}`,
	by: (type: string, arn: string) => `by ${type} ${arn}`,
	key: (id: string, mfa: string) => `key ${id}, ${mfa}`,
	fromAt: (address: string, time: string) => `from ${address} at ${time}`,
	oneLine: (event: string, type: string, id: string, mfa: string) => `${event}: ${type} key ${id}, ${mfa}`,
};

export const DETECTION_WORDS = localized<typeof en>({
	en,
	'pt-BR': {
		deliveryNote:
			'O CloudTrail entrega um evento até uns 15 minutos depois da chamada: execute o comando depois disso. Nenhum registro é mostrado até a AWS devolver um.',
		notFound: (eventName) => `Nenhum registro de ${eventName} foi devolvido ainda.`,
		unreadable: (count) =>
			`${plural(count, {one: '# registro não tinha o formato de um registro do CloudTrail e não é mostrado', other: '# registros não tinham o formato de um registro do CloudTrail e não são mostrados'})}.`,
		heading: 'Registros do ataque no CloudTrail, encontrados pela chave que assinou cada chamada:',
		lookupHeading: 'Encontre-os você mesmo:',
		lookingUp: 'Consultando os eventos…',
		succeeded: 'sem errorCode (teve sucesso)',
		longTermKey: 'mfaAuthenticated ausente: uma chave de longo prazo',
		session: (mfa) => `mfaAuthenticated ${mfa}: uma sessão`,
		absent: 'mfaAuthenticated ausente',
		onSource: (eventName, source, outcome) => `${eventName} em ${source}: ${outcome}`,
		by: (type, arn) => `por ${type} ${arn}`,
		key: (id, mfa) => `chave ${id}, ${mfa}`,
		fromAt: (address, time) => `de ${address} em ${time}`,
		oneLine: (event, type, id, mfa) => `${event}: ${type} chave ${id}, ${mfa}`,
	},
});

/** The record's fields, one short line each, in the order a defender reads them. */
export function recordLines(record: TrailRecord): string[] {
	const identity = record.userIdentity;
	const outcome = record.errorCode ? `errorCode ${record.errorCode}` : DETECTION_WORDS.succeeded;
	const mfa =
		identity.mfaAuthenticated === undefined
			? DETECTION_WORDS.longTermKey
			: DETECTION_WORDS.session(identity.mfaAuthenticated);
	return [
		DETECTION_WORDS.onSource(record.eventName, record.eventSource, outcome),
		DETECTION_WORDS.by(identity.type, identity.arn),
		DETECTION_WORDS.key(identity.accessKeyId, mfa),
		DETECTION_WORDS.fromAt(record.sourceIPAddress, record.eventTime.toISOString().replace('.000Z', 'Z')),
	];
}

/** One record on one line, for the dashboard's detection panel: what a defender looks at first. */
export function recordLine(record: TrailRecord): string {
	const identity = record.userIdentity;
	const mfa =
		identity.mfaAuthenticated === undefined ? DETECTION_WORDS.absent : `mfaAuthenticated ${identity.mfaAuthenticated}`;
	const event = `${record.eventName} (${record.eventSource}) ${record.errorCode ?? 'ok'}`;
	return DETECTION_WORDS.oneLine(event, identity.type, identity.accessKeyId, mfa);
}
