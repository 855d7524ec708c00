// The demo server: its root leads to the demo (with the query kept), and the builder's checks refuse addresses
// that only work on the webmaster's own computer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { checkChoices, embedSnippet, CDN_SCRIPT_URL } from '../../demo/snippet.js';

test('the demo server sends / to /demo/, keeping the query', async () => {
  const port = 18000 + Math.floor(Math.random() * 1000);
  const server = spawn(process.execPath, ['scripts/serve-demo.mjs'], { env: { ...process.env, PORT: String(port) } });
  try {
    await new Promise((resolve, reject) => {
      server.stdout.on('data', (chunk) => String(chunk).includes('Demo:') && resolve());
      server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
    });
    const response = await fetch(`http://localhost:${port}/?view=list&search=zorg`, { redirect: 'manual' });
    assert.equal(response.status, 302);
    assert.equal(response.headers.get('location'), '/demo/?view=list&search=zorg');
    const demo = await fetch(`http://localhost:${port}/demo/`);
    assert.equal(demo.status, 200);
    assert.match(await demo.text(), /<leerroutes-kaart/);
  } finally {
    server.kill();
  }
});

const choices = (extra) => ({ scriptUrl: CDN_SCRIPT_URL, src: 'https://www.voorbeeld.nl/routes.json', ...extra });

test("the builder never hands out an address on the webmaster's own computer", () => {
  for (const local of [
    'http://localhost:8000/demo/sample-feed.json',
    'https://127.0.0.1/routes.json',
    'https://192.168.1.20/routes.json',
    'https://intranet.local/routes.json',
    'file:///C:/routes.json',
  ]) {
    const problems = checkChoices(choices({ src: local }));
    assert.match(problems.src, /eigen computer/, local);
    const snippet = embedSnippet(choices({ src: local }));
    assert.ok(!snippet.includes(local), local);
    assert.match(snippet, /src="https:\/\/UW-WEBSITE\.nl\/routes\.json"/);
  }
  assert.match(checkChoices(choices({ src: 'http://www.voorbeeld.nl/routes.json' })).src, /https:\/\//);
  assert.match(checkChoices(choices({ src: '' })).src, /Vul het openbare adres van de feed in/);
  assert.match(
    embedSnippet(choices({ scriptUrl: 'http://localhost:8000/dist/leerroutes-kaart.js' })),
    /UW-WEBSITE\.nl\/pad/,
  );
});

test('the builder says a height without a unit is not a length, and leaves it out', () => {
  assert.equal(
    checkChoices(choices({ height: '450' })).height,
    '"450" is geen lengte: schrijf er een eenheid bij, bijvoorbeeld 450px.',
  );
  assert.match(checkChoices(choices({ height: 'groot' })).height, /geen lengte/);
  for (const fine of ['450px', '70vh', '40em', ''])
    assert.equal(checkChoices(choices({ height: fine })).height, undefined);
  assert.ok(!embedSnippet(choices({ height: '450' })).includes('height='));
});

test('the builder passes several profielen and niveaus, a search and a correction address', () => {
  const snippet = embedSnippet(
    choices({
      profile: ['PIE', 'Z&W'],
      level: ['bb-2', 'kb-3'],
      search: 'zorg "extra"',
      correctionUrl: 'mailto:routes@voorbeeld.nl',
    }),
  );
  assert.match(snippet, /profile="PIE,Z&amp;W"/);
  assert.match(snippet, /level="bb-2,kb-3"/);
  assert.match(snippet, /search="zorg &quot;extra&quot;"/);
  assert.match(snippet, /correction-url="mailto:routes@voorbeeld\.nl"/);
  assert.match(checkChoices(choices({ correctionUrl: 'javascript:alert(1)' })).correctionUrl, /https:\/\//);
});

test('the builder passes a place with its distance, and switches the route planner links off', () => {
  const snippet = embedSnippet(choices({ near: '7511 "AB"', radius: '10', directionsUrl: 'none' }));
  assert.match(snippet, /near="7511 &quot;AB&quot;"/);
  assert.match(snippet, /radius="10"/);
  assert.match(snippet, /directions-url="none"/);
  assert.ok(!embedSnippet(choices({ directionsUrl: '' })).includes('directions-url'), 'the default needs no attribute');
  // A distance without a place measures from nowhere: said, and left out.
  assert.match(checkChoices(choices({ radius: '25' })).radius, /vul eerst een plaats in/);
  assert.ok(!embedSnippet(choices({ radius: '25' })).includes('radius='));
  assert.match(checkChoices(choices({ near: 'x'.repeat(121) })).near, /hoogstens 120/);
});
