// OpenLayers' stylesheet goes into the bundle without the rules of controls the map never creates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dropUnusedControlRules } from '../../build/css-string.mjs';

test('drops rules and selectors of unused controls, keeps the rest as written', () => {
  const css =
    '.ol-zoom{top:.5em}\n.ol-rotate,.ol-zoom-extent{left:1em}\n.ol-zoom .ol-zoom-in,.ol-full-screen button{x:1}';
  assert.equal(dropUnusedControlRules(css), '.ol-zoom{top:.5em}.ol-zoom .ol-zoom-in{x:1}');
});

test('keeps every rule the map needs from the real ol.css', () => {
  const css = readFileSync('node_modules/ol/ol.css', 'utf8');
  const kept = dropUnusedControlRules(css);
  for (const selector of [
    '.ol-viewport',
    '.ol-control',
    '.ol-zoom',
    '.ol-attribution',
    '.ol-box',
    '.ol-touch .ol-control button',
  ]) {
    assert.ok(kept.includes(selector), selector);
  }
  assert.ok(!/ol-overviewmap|ol-scale-line|ol-rotate/.test(kept));
  assert.ok(kept.length < css.length * 0.75, `${kept.length} of ${css.length}`);
});

test('leaves a stylesheet with at-rules alone', () => {
  const css = '@media print{.ol-rotate{display:none}}';
  assert.equal(dropUnusedControlRules(css), css);
});
