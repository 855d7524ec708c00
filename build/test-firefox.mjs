// The second engine: runs the browser tests in firefox-esr when it is installed, and says so when it is not
// (CI installs it; a developer without Firefox still gets the Chromium run).
import { spawnSync } from 'node:child_process';
import { findFirefox } from './find-browser.mjs';

if (!findFirefox()) {
  console.log('Firefox tests skipped: no firefox-esr (Debian/Ubuntu: sudo apt-get install firefox-esr).');
  process.exit(0);
}
const run = spawnSync('npx', ['wtr', '--config', 'web-test-runner.firefox.config.mjs', '--static-logging'], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
