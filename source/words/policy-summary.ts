import {localized} from './language.js';

/*
 * A policy summarised one line per statement when its JSON does not fit: "Allow s3:ListAllMyBuckets
 * on * if Bool aws:MultiFactorAuthPresent = "true"". Effects, actions, operators and keys stay as
 * IAM writes them in both languages.
 */

const en = {
	onResource: (resource: string) => `on ${resource}`,
	forPrincipal: (principal: string) => `for ${principal}`,
	when: (conditions: string) => ` if ${conditions}`,
	and: ' and ',
	/** A statement with NotAction: every action except those listed. */
	allActionsBut: (count: number) => `every action but ${count}`,
};

export const POLICY_SUMMARY_WORDS = localized<typeof en>({
	en,
	'pt-BR': {
		onResource: (resource) => `em ${resource}`,
		forPrincipal: (principal) => `para ${principal}`,
		when: (conditions) => ` se ${conditions}`,
		and: ' e ',
		allActionsBut: (count) => `todas as ações menos ${count}`,
	},
});
