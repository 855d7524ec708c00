// Finds a Chromium to test in: CHROME_PATH, else the usual install paths. Never downloads a browser.
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export function findChromium() {
  return candidates.find((path) => path && existsSync(path));
}

export const installHint =
  'No Chromium found: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to its executable.';

/** Flags for headless Chromium as root in a sandboxed machine without network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Tests run in several pages at once; a page in the background must still render its map frames.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];

const firefoxCandidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** Debian's firefox-esr (or FIREFOX_PATH), for the second engine. */
export function findFirefox() {
  return firefoxCandidates.find((path) => path && existsSync(path));
}

const miniBrowserCandidates = [
  process.env.MINIBROWSER_PATH,
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
];

/** Debian's WebKitGTK MiniBrowser and its WebDriver (package webkit2gtk-driver), for Safari's engine. */
export function findWebKit() {
  const miniBrowser = miniBrowserCandidates.find((path) => path && existsSync(path));
  const driver = ['/usr/bin/WebKitWebDriver'].find((path) => existsSync(path));
  return miniBrowser && driver ? { miniBrowser, driver } : undefined;
}
