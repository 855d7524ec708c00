/**
 * Counts with a thousands separator ("10.000", "10,000"), written out rather than with `Intl.NumberFormat`:
 * the first Intl formatter of a page loads its locale data, about 10 ms that the first drawing of the map would
 * wait for, for what is only a separator every three digits.
 */
export function countFormatter(separator: string): (n: number) => string {
  return (n) => (Number.isInteger(n) ? String(n).replace(/\B(?=(\d{3})+$)/g, separator) : String(n));
}

/** "2026-10-15" -> "15 oktober 2026" (day, month name, year: the order both catalogues use). */
export function dateFormatter(months: readonly string[]): (isoDate: string) => string {
  return (isoDate) => {
    const [year, month, day] = isoDate.split('-').map(Number);
    return `${day} ${months[month! - 1]} ${year}`;
  };
}

/** The singular for one, the plural for any other count. */
export const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
