/**
 * Loaded before the tests in the Lit development-mode run (web-test-runner.dev.config.mjs): collects Lit's
 * development warnings; the root hook in test/components/helpers.ts fails the test during which one appeared.
 * "Lit is in dev mode" itself is the one expected notice.
 */
const warnings: string[] = [];
(globalThis as { litDevWarnings?: string[] }).litDevWarnings = warnings;
const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  const text = args.map(String).join(' ');
  if (text.includes('lit.dev/msg/') && !text.includes('lit.dev/msg/dev-mode')) warnings.push(text);
  warn(...args);
};
