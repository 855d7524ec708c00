/** axe-core against the element's shadow DOM, limited to WCAG 2.1 level A and AA rules. */
import 'axe-core/axe.min.js';
import type { AxeResults, Result } from 'axe-core';

type Axe = { run(context: Element, options: object): Promise<AxeResults> };
const axe = (window as unknown as { axe: Axe }).axe;

export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The violations, each as `rule: help (selectors)`, so a failing test says what to fix. */
export async function axeViolations(element: Element): Promise<string[]> {
  const results = await axe.run(element, { runOnly: { type: 'tag', values: WCAG_21_AA }, resultTypes: ['violations'] });
  return results.violations.map(
    (violation: Result) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')})`,
  );
}
