/** The workbench's session (session.ts) off the page's main thread: 10,000 rows take about a second, and the page stays usable. */
import { SessionCore, type SessionReply, type SessionRequest } from './session.js';

const core = new SessionCore();

self.addEventListener('message', (event: MessageEvent<{ id: number; request: SessionRequest }>) => {
  const { id, request } = event.data;
  void core.handle(request).then((reply) => {
    // The bytes go over whole, not copied.
    const bytes = bytesOf(reply);
    self.postMessage({ id, reply }, { transfer: bytes ? [bytes.buffer] : [] });
  });
});

function bytesOf(reply: SessionReply): Uint8Array | undefined {
  if ('html' in reply) return reply.html;
  if ('feed' in reply) return reply.feed;
  return undefined;
}
