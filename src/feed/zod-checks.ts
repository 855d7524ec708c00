/**
 * zod's side of validation: the verdict and the messages for a feature the fast path was not sure of. Loaded by
 * the element only when a feed has such a feature; imported at once by parse-feed.ts for the synchronous API.
 */
import * as z from 'zod/mini';
import { featureSchema } from './schema.js';
import { issueText } from './messages.js';
import { propertyPath, type FeatureChecks } from './parse-core.js';

export const zodChecks: FeatureChecks = {
  // Whatever zod throws costs this feature, not the feed.
  feature(raw) {
    try {
      const result = z.safeParse(featureSchema, raw, { reportInput: true });
      if (result.success) return { data: result.data, problems: [] };
      return {
        problems: result.error.issues.map((issue) => ({ path: propertyPath(issue.path), text: issueText(issue) })),
      };
    } catch (error) {
      const name = error instanceof Error ? error.name : typeof error;
      return { problems: [{ path: [], text: (m) => m.issue.unreadable(name) }] };
    }
  },
};
