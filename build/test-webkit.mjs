// The third engine, Safari's: runs the browser tests in WebKitGTK when Debian's webkit2gtk-driver is installed,
// and says so when it is not (CI installs it). Starts an X display (Xvfb) if there is none, and WebKitWebDriver,
// and stops both afterwards.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import net from 'node:net';
import { findWebKit } from './find-browser.mjs';
import { runBrowserTests } from './run-browser-tests.mjs';

if (!findWebKit()) {
  console.log('WebKit tests skipped: no WebKitGTK (Debian/Ubuntu: sudo apt-get install webkit2gtk-driver xvfb).');
  process.exit(0);
}

const started = [];
const env = { ...process.env };
if (!env.DISPLAY) {
  if (!existsSync('/usr/bin/Xvfb')) {
    console.error('WebKit tests need an X display: install xvfb (sudo apt-get install xvfb) or set DISPLAY.');
    process.exit(1);
  }
  env.DISPLAY = ':97';
  started.push(spawn('Xvfb', [env.DISPLAY, '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'], { stdio: 'ignore' }));
  await sleep(500);
}
const port = String(4445);
env.WEBKIT_DRIVER_PORT = port;
started.push(spawn('/usr/bin/WebKitWebDriver', [`--port=${port}`], { env, stdio: 'ignore' }));

const listening = () =>
  new Promise((resolve) => {
    const socket = net.connect(Number(port), '127.0.0.1', () => resolve(socket.end() && true));
    socket.on('error', () => resolve(false));
  });
for (let i = 0; i < 50 && !(await listening()); i++) await sleep(100);

const stop = () => started.forEach((child) => child.kill());
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
const status = await runBrowserTests('web-test-runner.webkit.config.mjs', env);
stop();
process.exit(status);
