import {createContext, useContext} from 'react';

/**
 * The digits in the code field right now, shared by the field and the shortcut keys: while a code
 * is half typed, a letter is a typo, not a command (`12ab34` must not tear down, quit or let the
 * built-in authenticator take over). A mutable box, not state: keys that arrive in one read are
 * handled before any re-render.
 */
export interface CodeDraft {
	digits: string;
}

export const CodeDraftContext = createContext<CodeDraft>({digits: ''});

export function useCodeDraft(): CodeDraft {
	return useContext(CodeDraftContext);
}

/** Whether a letter among `keys` comes while the field holds digits (before it, or earlier in the same read). */
export function letterRefused(draft: CodeDraft, typedBefore: string): boolean {
	return draft.digits.length > 0 || /\d/.test(typedBefore);
}
