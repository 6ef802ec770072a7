// A build step for the visitor embed: the minifier leaves the text of Lit's css`` and html``
// templates as written, with every indentation and CSS comment. This squeezes that text without
// changing what it means.
import { type Plugin, parseAst } from 'vite';

interface Quasi {
  start: number;
  end: number;
}

/**
 * CSS without comments, and without the spaces that mean nothing: around braces, semicolons and
 * commas, and after the colon of a declaration (never in a selector, where `a :hover` differs from `a:hover`).
 */
export function squeezeCss(text: string): string {
  return text
    .replace(/\/\*[^]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/([{;][-\w]+):\s+/g, '$1:');
}

/** HTML with each line break and the indentation after it as one space: the same to every parser, since no template holds a `<pre>`. */
export function squeezeHtml(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

/** The text parts of every css`` and html`` template in the code, each with how to squeeze it. */
function templateTexts(code: string): { quasi: Quasi; squeeze: (text: string) => string }[] {
  const found: { quasi: Quasi; squeeze: (text: string) => string }[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const { type, tag, quasi } = node as { type?: string; tag?: { type: string; name?: string }; quasi?: { quasis: Quasi[] } };
    if (type === 'TaggedTemplateExpression' && tag?.type === 'Identifier' && quasi && (tag.name === 'css' || tag.name === 'html')) {
      for (const part of quasi.quasis) found.push({ quasi: part, squeeze: tag.name === 'css' ? squeezeCss : squeezeHtml });
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'parent') visit(value);
  };
  visit(parseAst(code));
  return found;
}

/** Squeezes the templates of the modules whose id matches `include`. */
export function minifyLitTemplates(include: RegExp): Plugin {
  return {
    name: 'basis:minify-lit-templates',
    // After TypeScript is stripped, so that the code parses as JavaScript.
    enforce: 'post',
    transform(code, id) {
      if (!include.test(id) || !/\b(css|html)`/.test(code)) return null;
      let out = code;
      // From the end, so that the offsets of the parts not yet squeezed stay true.
      for (const { quasi, squeeze } of templateTexts(code).sort((a, b) => b.quasi.start - a.quasi.start)) {
        out = out.slice(0, quasi.start) + squeeze(code.slice(quasi.start, quasi.end)) + out.slice(quasi.end);
      }
      return { code: out, map: null };
    },
  };
}
