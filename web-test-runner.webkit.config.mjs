// The same tests in Safari's engine: Debian's WebKitGTK MiniBrowser, driven over WebDriver by WebKitWebDriver,
// which build/test-webkit.mjs starts (with an X display, which the GTK port needs) before this runs.
import { webdriverLauncher } from '@web/test-runner-webdriver';
import base from './web-test-runner.config.mjs';
import { findWebKit } from './build/find-browser.mjs';

const webkit = findWebKit();
if (!webkit) {
  console.error('No WebKit found: install it (Debian/Ubuntu: sudo apt-get install webkit2gtk-driver xvfb).');
  process.exit(1);
}

export default {
  ...base,
  browsers: [
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_DRIVER_PORT ?? 4445),
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: webkit.miniBrowser, args: ['--automation'] },
      },
    }),
  ],
};
