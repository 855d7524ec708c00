// The second engine: runs the browser tests in firefox-esr when it is installed, and says so when it is not
// (CI installs it; a developer without Firefox still gets the Chromium run).
import { findFirefox } from './find-browser.mjs';
import { runBrowserTests } from './run-browser-tests.mjs';

if (!findFirefox()) {
  console.log('Firefox tests skipped: no firefox-esr (Debian/Ubuntu: sudo apt-get install firefox-esr).');
  process.exit(0);
}
process.exit(await runBrowserTests('web-test-runner.firefox.config.mjs'));
