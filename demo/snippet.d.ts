type Choices = { scriptUrl: string } & Record<string, string | boolean | string[] | undefined>;
export const PACKAGE_VERSION: string;
export const CDN_SCRIPT_URL: string;
export const PLACEHOLDERS: { scriptUrl: string; src: string };
export function checkChoices(choices: Record<string, unknown>): Record<string, string>;
export function embedSnippet(options: Choices): string;
