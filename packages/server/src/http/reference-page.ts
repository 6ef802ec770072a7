import { createHash } from 'node:crypto';

type Json = Record<string, unknown>;

const escape = (text: unknown) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const code = (text: string) => text.replace(/`([^`]+)`/g, '<code>$1</code>');

/** A short, readable type for a JSON schema: `string ≤ 200`, `Purpose[]`, `"a" | "b"`. */
function typeOf(schema: Json | undefined): string {
  if (!schema) return 'any';
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.split('/').pop()!;
    return `<a href="#schema-${escape(name)}">${escape(name)}</a>`;
  }
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => `<code>${escape(JSON.stringify(v))}</code>`).join(' | ');
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Json[]).map(typeOf).join(' | ');
  if (Array.isArray(schema.type)) return schema.type.map((t) => escape(t)).join(' | ');
  if (schema.type === 'array') return `${typeOf(schema.items as Json)}[]`;
  if (schema.type === 'object' && !schema.properties) return 'object';
  const { maxLength, format, minimum, maximum } = schema as { maxLength?: number; format?: string; minimum?: number; maximum?: number };
  const limits = [
    maxLength !== undefined ? `≤ ${maxLength} chars` : '',
    format ?? '',
    minimum !== undefined ? `≥ ${minimum}` : '',
    maximum !== undefined ? `≤ ${maximum}` : '',
  ].filter(Boolean);
  return `${escape(schema.type ?? 'any')}${limits.length ? ` <small>(${escape(limits.join(', '))})</small>` : ''}`;
}

function fields(schema: Json | undefined): string {
  const properties = (schema?.properties ?? {}) as Record<string, Json>;
  const required = new Set((schema?.required ?? []) as string[]);
  const rows = Object.entries(properties).map(
    ([name, property]) =>
      `<tr><td><code>${escape(name)}</code>${required.has(name) ? '' : ' <small>optional</small>'}</td><td>${typeOf(property)}</td></tr>`,
  );
  return rows.length ? `<table><tbody>${rows.join('')}</tbody></table>` : `<p>${typeOf(schema)}</p>`;
}

function operationHtml(method: string, path: string, op: Json): string {
  const params = (op.parameters ?? []) as Json[];
  const body = ((op.requestBody as Json | undefined)?.content as Json | undefined)?.['application/json'] as Json | undefined;
  const responses = Object.entries(op.responses as Record<string, Json>);
  return `<section class="op" id="${escape(op.operationId)}">
<h3><span class="method ${escape(method)}">${escape(method.toUpperCase())}</span> <code>${escape(path)}</code></h3>
<p>${code(escape(op.summary))}</p>
${
  typeof op.description === 'string'
    ? op.description
        .split('\n\n')
        .map((line) => `<p>${code(escape(line))}</p>`)
        .join('')
    : ''
}
${params.length ? `<h4>Parameters</h4><table><tbody>${params.map((p) => `<tr><td><code>${escape(p.name)}</code> <small>${escape(p.in)}${p.required ? '' : ', optional'}</small></td><td>${typeOf(p.schema as Json)}</td></tr>`).join('')}</tbody></table>` : ''}
${body ? `<h4>Body</h4>${fields(body.schema as Json)}` : ''}
<h4>Responses</h4><ul>${responses
    .map(([status, r]) => {
      const content = r.content as Record<string, Json> | undefined;
      const schema = content && Object.values(content)[0]?.schema;
      return `<li><strong>${escape(status)}</strong> ${code(escape(r.description))}${schema && status.startsWith('2') ? ` — ${typeOf(schema as Json)}` : ''}</li>`;
    })
    .join('')}</ul>
</section>`;
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1f2937;background:#fff}
main{max-width:60rem;margin:0 auto;padding:1rem 1.5rem 4rem}nav{columns:3 14rem;font-size:.9rem}
h1{margin-bottom:0}h2{border-bottom:1px solid #e5e7eb;margin-top:2.5rem}.op{margin:1.5rem 0;padding:0 1rem;border-left:3px solid #e5e7eb}
.method{font:600 .8rem ui-monospace,monospace;padding:.1rem .4rem;border-radius:.25rem;background:#e5e7eb}
.get{background:#dbeafe}.post{background:#dcfce7}.put,.patch{background:#fef3c7}.delete{background:#fee2e2}
table{border-collapse:collapse;width:100%;font-size:.95rem}td{border-top:1px solid #f3f4f6;padding:.25rem .5rem;vertical-align:top}
td:first-child{width:35%}code{font-family:ui-monospace,monospace;font-size:.9em}small{color:#4b5563}a{color:#1d4ed8}
@media (prefers-color-scheme:dark){body{background:#111827;color:#e5e7eb}.method{color:#111827}small{color:#9ca3af}a{color:#93c5fd}td,h2{border-color:#374151}}`;

/** The hash that lets the page's one style block through a strict Content-Security-Policy. */
export const REFERENCE_STYLE_HASH = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;

/** A readable API reference, rendered on the server from the OpenAPI document: no script at all. */
export function referencePage(doc: Json): string {
  const info = doc.info as Json;
  const paths = doc.paths as Record<string, Record<string, Json>>;
  const schemas = ((doc.components as Json).schemas ?? {}) as Record<string, Json>;
  const byTag = new Map<string, string[]>();
  for (const [path, methods] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const tag = (op.tags as string[])[0] ?? 'Other';
      byTag.set(tag, [...(byTag.get(tag) ?? []), operationHtml(method, path, op)]);
    }
  }
  const anchor = (tag: string) => `tag-${tag.toLowerCase().replace(/\W+/g, '-')}`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escape(info.title)} reference</title><style>${STYLE}</style></head><body><main>
<h1>${escape(info.title)} <small>${escape(info.version)}</small></h1><p>${escape(info.description)}</p>
<p>Authenticate with <code>Authorization: Bearer &lt;key&gt;</code> (create a key with <code>basis apikey create --name NAME</code>), or with a console session (<code>POST /v1/session</code>; writes send its <code>X-CSRF-Token</code>). Each operation names the right its caller’s role must hold. Errors are <code>application/problem+json</code> (RFC 9457). Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).</p>
<nav aria-label="Resources"><ul>${[...byTag.keys()].map((t) => `<li><a href="#${anchor(t)}">${escape(t)}</a></li>`).join('')}<li><a href="#schemas">Schemas</a></li></ul></nav>
${[...byTag.entries()].map(([tag, ops]) => `<h2 id="${anchor(tag)}">${escape(tag)}</h2>${ops.join('\n')}`).join('\n')}
<h2 id="schemas">Schemas</h2>
${Object.entries(schemas)
  .map(([name, schema]) => `<section id="schema-${escape(name)}"><h3>${escape(name)}</h3>${fields(schema)}</section>`)
  .join('\n')}
</main></body></html>`;
}
