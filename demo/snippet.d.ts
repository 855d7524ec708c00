export function embedSnippet(
  options: { scriptUrl: string } & Record<string, string | boolean | string[] | undefined>,
): string;
