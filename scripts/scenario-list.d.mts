export const SCENARIOS_DIR: string;
export const LIST_FILE: string;
export const HOW_TO_UPDATE: string;
export function declarationsIn(text: string): string[];
export function declarationFiles(dir?: string): Promise<Array<{file: string; constant: string}>>;
export function listText(files: ReadonlyArray<{file: string; constant: string}>): string;
export function expectedList(dir?: string): Promise<string>;
