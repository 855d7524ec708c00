/**
 * A feed's problems and warnings across a worker's boundary. Their texts are functions of the visitor's messages
 * (messages.ts), which cannot be posted; each is a single look-up in the catalogue, `m.issue.tooManyItems(3, 2)` or
 * `m.warning.contactWithoutConsent`, so it travels as that look-up's name and arguments and is made a function
 * again on the other side. A text that is not such a look-up makes `toPortable` answer undefined: the caller then
 * reads the feed where its texts can stay functions.
 */
import type { Messages } from '../i18n/index.js';
import type { FeedProblem } from './messages.js';

/** A text as the catalogue's group and key, with the arguments it was called with (none: a text as it is). */
export interface PortableText {
  group: string;
  key: string;
  args?: unknown[];
}

export type PortableProblem = Omit<FeedProblem, 'text'> & { text: PortableText };

/** The look-up `text` makes in the catalogue, or undefined when it makes anything else. */
export function portableText(text: FeedProblem['text']): PortableText | undefined {
  const answer = Symbol('text');
  let called: PortableText | undefined;
  const groups = new Proxy(
    {},
    {
      get: (_, group) =>
        new Proxy(
          {},
          {
            get(__, key) {
              const lookUp = (...args: unknown[]) => {
                called = { group: String(group), key: String(key), args };
                return answer;
              };
              return Object.assign(lookUp, { asIs: { group: String(group), key: String(key) } });
            },
          },
        ),
    },
  );
  try {
    const result: unknown = text(groups as Messages);
    if (result === answer) return called;
    const asIs = (result as { asIs?: PortableText } | undefined)?.asIs;
    return typeof result === 'function' && asIs ? asIs : undefined;
  } catch {
    return undefined;
  }
}

/** The problems as data, or undefined when one of their texts cannot travel. */
export function toPortable(problems: readonly FeedProblem[]): PortableProblem[] | undefined {
  const portable: PortableProblem[] = [];
  for (const problem of problems) {
    const text = portableText(problem.text);
    if (!text) return undefined;
    portable.push({ ...problem, text });
  }
  return portable;
}

export function fromPortable(problems: readonly PortableProblem[]): FeedProblem[] {
  return problems.map(({ text: { group, key, args }, ...problem }) => ({
    ...problem,
    text: (messages: Messages) => {
      const entry = (messages as unknown as Record<string, Record<string, unknown>>)[group]?.[key];
      if (args === undefined) return String(entry);
      return (entry as (...values: unknown[]) => string)(...args);
    },
  }));
}
