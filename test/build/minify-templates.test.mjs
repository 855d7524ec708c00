// The build step that strips indentation from Lit templates must touch only their literal text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyTemplateText } from '../../build/minify-templates.mjs';

test('strips indentation and CSS comments inside css`…`, keeping line breaks', () => {
  const code = 'const s = css `\n  .a {\n    color: red; /* why */\n  }\n`;';
  assert.equal(minifyTemplateText(code), 'const s = css `\n.a {\ncolor: red; \n}\n`;');
});

test('leaves expressions alone, also strings and nested templates inside them', () => {
  const code = [
    'const t = html`<ul>',
    '    ${items.map((item) => html`<li title="${item.title}">',
    '        ${item.a ? "}`{  x" : `  keep\n    this`}',
    '      </li>`)}',
    '  </ul>`;',
  ].join('\n');
  const expected = [
    'const t = html`<ul>',
    '${items.map((item) => html`<li title="${item.title}">',
    '${item.a ? "}`{  x" : `  keep\n    this`}',
    '</li>`)}',
    '</ul>`;',
  ].join('\n');
  assert.equal(minifyTemplateText(code), expected);
});

test('does not touch untagged templates, other tags, or code', () => {
  const code = 'const m = `line\n    indented`;\nconst n = other`\n    x`;\nfunction f() {\n    return 1;\n}';
  assert.equal(minifyTemplateText(code), code);
});

test('skips a tag named in a comment and a template it cannot follow', () => {
  const comment = '// renders html` templates\nconst a = `\n    kept`;';
  assert.equal(minifyTemplateText(comment), comment);
  const unterminated = 'const b = css`\n    .a {';
  assert.equal(minifyTemplateText(unterminated), unterminated);
});
