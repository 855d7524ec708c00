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

/**
 * firefox-esr 140.12 (Debian, 2026) does not know WebDriver BiDi's `emulation.setScreenOrientationOverride`, which
 * puppeteer sends beside every viewport size (the runner sizes the page before each test file): the size itself is
 * applied, only the orientation is refused. That refusal alone is let through; any other failure still fails.
 */
async function createPage({ context }) {
  const page = await context.newPage();
  const setViewport = page.setViewport.bind(page);
  page.setViewport = async (viewport) => {
    try {
      await setViewport(viewport);
    } catch (error) {
      if (!/setScreenOrientationOverride/.test(String(error?.message))) throw error;
    }
  };
  return page;
}

export default {
  ...base,
  browsers: [
    chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath, headless: true },
      createPage,
    }),
  ],
};
