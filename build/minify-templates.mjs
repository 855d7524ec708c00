// Rollup plugin: strips the indentation inside Lit's html`…`, svg`…` and css`…` templates, and the comments inside
// css`…`, which terser leaves as they are (to a minifier a template literal is a string). Only the literal text
// between `${…}` expressions is touched; line breaks are kept, so the source map stays right line by line.
//
// Safe because indentation after a line break is insignificant in HTML (outside <pre>, which our templates do not
// use) and in CSS. A tag this scanner cannot follow to its closing backtick is left alone.

// TypeScript writes `css `…`` with a space before the backtick.
const TAG = /(?<![\w$.])(html|svg|css) ?`/g;

export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!id.includes('/src/') || !/(html|svg|css) ?`/.test(code)) return null;
      return { code: minifyTemplateText(code), map: null };
    },
  };
}

export function minifyTemplateText(code) {
  const edits = [];
  TAG.lastIndex = 0;
  for (let match; (match = TAG.exec(code));) {
    const lineStart = code.lastIndexOf('\n', match.index) + 1;
    const before = code.slice(lineStart, match.index);
    if (before.includes('//') || /^\s*\*/.test(before)) continue; // in a comment
    const parts = literalParts(code, match.index + match[0].length);
    if (!parts) continue;
    for (const [from, to] of parts) edits.push({ from, to, css: match[1] === 'css' });
  }
  edits.sort((a, b) => b.from - a.from);
  let result = code;
  for (const { from, to, css } of edits) {
    let text = result.slice(from, to);
    if (css) text = text.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''));
    text = text.replace(/\n[ \t]+/g, '\n');
    result = result.slice(0, from) + text + result.slice(to);
  }
  return result;
}

/** The [from, to) ranges of literal text in the template starting at `start`, or undefined if it cannot be followed. */
function literalParts(code, start) {
  const parts = [];
  let from = start;
  let i = start;
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') {
      i += 2;
    } else if (c === '`') {
      parts.push([from, i]);
      return parts;
    } else if (c === '$' && code[i + 1] === '{') {
      parts.push([from, i]);
      i = skipExpression(code, i + 2);
      if (i < 0) return undefined;
      from = i;
    } else {
      i++;
    }
  }
  return undefined;
}

/** Index just past the `}` that closes an expression starting at `i`, or -1. */
function skipExpression(code, i) {
  let depth = 0;
  while (i < code.length) {
    const c = code[i];
    if (c === '`') {
      i = skipTemplate(code, i + 1);
      if (i < 0) return -1;
    } else if (c === '"' || c === "'") {
      i = skipString(code, i);
      if (i < 0) return -1;
    } else {
      if (c === '{') depth++;
      else if (c === '}' && depth-- === 0) return i + 1;
      i++;
    }
  }
  return -1;
}

function skipTemplate(code, i) {
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') i += 2;
    else if (c === '`') return i + 1;
    else if (c === '$' && code[i + 1] === '{') {
      i = skipExpression(code, i + 2);
      if (i < 0) return -1;
    } else i++;
  }
  return -1;
}

function skipString(code, i) {
  const quote = code[i++];
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') i += 2;
    else if (c === quote) return i + 1;
    else if (c === '\n') return -1;
    else i++;
  }
  return -1;
}
