/** The feed file as `build` and the workbench's download write it: the same bytes from the same spreadsheet. */
export function feedText(feed: unknown): string {
  return `${JSON.stringify(feed, null, 2)}\n`;
}
