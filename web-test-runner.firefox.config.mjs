// The same tests in a second engine: Debian's firefox-esr, driven over WebDriver BiDi by puppeteer-core.
// No browser is downloaded. `npm run test:firefox`; CI runs it when firefox-esr is installed.
import puppeteer from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import base from './web-test-runner.config.mjs';
import { findFirefox } from './build/find-browser.mjs';

const executablePath = findFirefox();
if (!executablePath) {
  console.error('No Firefox found: install it (Debian/Ubuntu: sudo apt-get install firefox-esr) or set FIREFOX_PATH.');
  process.exit(1);
}

export default {
  ...base,
  browsers: [
    chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath, headless: true },
    }),
  ],
};
