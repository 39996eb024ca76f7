/** The parts of an OpenAPI 3.1 document the reference page reads, and helpers over them. */

/** A JSON Schema (loosely typed: the page only displays it). */
export type Schema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  enum?: unknown[];
  description?: string;
  readOnly?: boolean;
  nullable?: boolean;
  oneOf?: Schema[];
  anyOf?: Schema[];
  allOf?: Schema[];
  maxLength?: number;
  minimum?: number;
  maximum?: number;
};

export interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: Schema;
}

interface MediaType {
  schema?: Schema;
}

interface RawOperation {
  tags?: string[];
  summary?: string;
  description?: string;
  operationId?: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, MediaType> };
  responses?: Record<string, { description?: string; content?: Record<string, MediaType> }>;
}

export interface OpenApi {
  openapi?: string;
  info?: { title?: string; version?: string; description?: string };
  tags?: { name: string; description?: string }[];
  paths?: Record<string, Record<string, RawOperation | Parameter[]>>;
  components?: { schemas?: Record<string, Schema> };
}

/** One operation, flattened for display. */
export interface Operation {
  key: string;
  method: string;
  path: string;
  summary: string;
  description: string;
  parameters: Parameter[];
  requestSchema: Schema | null;
  responses: { status: string; description: string; schema: Schema | null }[];
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** The document's operations grouped by their first tag, in the document's tag order. */
export function operationsByTag(doc: OpenApi): { tag: string; description: string; operations: Operation[] }[] {
  const groups = new Map<string, Operation[]>();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    const shared = (Array.isArray(item.parameters) ? item.parameters : []) as Parameter[];
    for (const method of METHODS) {
      const raw = item[method] as RawOperation | undefined;
      if (!raw || Array.isArray(raw)) continue;
      const tag = raw.tags?.[0] ?? 'other';
      const op: Operation = {
        key: `${method} ${path}`,
        method,
        path,
        summary: raw.summary ?? raw.operationId ?? '',
        description: raw.description ?? '',
        parameters: [...shared, ...(raw.parameters ?? [])],
        requestSchema: firstSchema(raw.requestBody?.content),
        responses: Object.entries(raw.responses ?? {}).map(([status, r]) => ({
          status,
          description: r.description ?? '',
          schema: firstSchema(r.content),
        })),
      };
      groups.set(tag, [...(groups.get(tag) ?? []), op]);
    }
  }
  const order = (doc.tags ?? []).map((t) => t.name);
  const descriptions = new Map((doc.tags ?? []).map((t) => [t.name, t.description ?? '']));
  return [...groups.entries()]
    .sort(([a], [b]) => rank(order, a) - rank(order, b) || a.localeCompare(b))
    .map(([tag, operations]) => ({ tag, description: descriptions.get(tag) ?? '', operations }));
}

function rank(order: string[], tag: string): number {
  const i = order.indexOf(tag);
  return i === -1 ? order.length : i;
}

function firstSchema(content: Record<string, MediaType> | undefined): Schema | null {
  if (!content) return null;
  return (content['application/json'] ?? Object.values(content)[0])?.schema ?? null;
}

/** "Product" from "#/components/schemas/Product". */
export function refName(ref: string): string {
  return ref.split('/').at(-1) ?? ref;
}
