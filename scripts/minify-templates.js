// @ts-check
/**
 * Vite plugin: shrinks the static text of Lit `html` and `css` tagged templates in src/
 * at build time. JavaScript minifiers leave template text alone, and the component
 * templates are indented source. Rendering is unchanged:
 * - `html`: the indentation after a line break is dropped. The line break itself stays,
 *   so text and `white-space: pre-line` render exactly as before.
 * - `css`: comments, line breaks, indentation and the spaces around `{ } ; : , >` go.
 */
import ts from 'typescript';
import { RolldownMagicString } from 'rolldown';

/** @param {string} text the static text of a `css` template */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/** @param {string} text a static part of an `html` template */
export function minifyHtml(text) {
  return text.replace(/\n[ \t]+/g, '\n');
}

/**
 * The static parts of every `html`/`css` tagged template: [start, end) of the raw text
 * between the backticks, `}` and `${`.
 * @param {string} code @param {string} fileName
 * @returns {{ start: number, end: number, tag: 'html' | 'css', whole: boolean }[]}
 */
function staticParts(code, fileName) {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  /** @type {{ start: number, end: number, tag: 'html' | 'css', whole: boolean }[]} */
  const parts = [];
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && (node.tag.text === 'html' || node.tag.text === 'css')) {
      const tag = node.tag.text;
      const template = node.template;
      /** @param {ts.Node} literal @param {number} closeLength @param {boolean} [whole] */
      const add = (literal, closeLength, whole = false) =>
        parts.push({ start: literal.getStart(source) + 1, end: literal.end - closeLength, tag, whole });
      if (ts.isNoSubstitutionTemplateLiteral(template)) {
        add(template, 1, true);
      } else {
        add(template.head, 2);
        for (const span of template.templateSpans) {
          add(span.literal, ts.isTemplateTail(span.literal) ? 1 : 2);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return parts;
}

/** @returns {import('vite').Plugin} */
export function minifyTemplates() {
  return {
    name: 'e911-minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|css)`/.test(code)) return null;
      const parts = staticParts(code, id);
      if (parts.length === 0) return null;
      const ms = new RolldownMagicString(code);
      let changed = false;
      for (const { start, end, tag, whole } of parts) {
        const raw = code.slice(start, end);
        // A `css` template with expressions is left alone: spaces next to them may matter.
        if (tag === 'css' && !whole) continue;
        const next = tag === 'css' ? minifyCss(raw) : minifyHtml(raw);
        if (next !== raw) {
          ms.overwrite(start, end, next);
          changed = true;
        }
      }
      return changed ? { code: /** @type {any} */ (ms) } : null;
    },
  };
}
