/**
 * A number formatter made on first use and kept: `n.toLocaleString(locale)` builds a new one on every call, and
 * counts are formatted for every filter option on every filter change.
 */
export function numberFormatter(locale: string): (n: number) => string {
  let format: Intl.NumberFormat | undefined;
  return (n) => (format ??= new Intl.NumberFormat(locale)).format(n);
}
