// Uses TypeScript types that openapi-typescript generated from the served
// /api/openapi.json (api.d.ts beside this file), through openapi-fetch:
// a create, a list with filters and ordering, a detail, and a CSV export.
// tests/api/clients.rs type-checks it with `tsc --strict` (a list whose
// `data` could be CSV text would fail here, at `page.results`), then runs
// the emitted JavaScript with BASE_URL and TOKEN set.
import createClient from 'openapi-fetch';
import type { paths } from './api.js';

// Node's environment, declared here rather than installing @types/node.
declare const process: { env: Record<string, string | undefined> };

function check(condition: boolean, what: string): asserts condition {
  if (!condition) throw new Error(`unexpected: ${what}`);
}

const client = createClient<paths>({
  baseUrl: process.env.BASE_URL,
  headers: { Authorization: `Token ${process.env.TOKEN}` },
});

// Create: a domain, then three products in it.
const domain = await client.POST('/api/domains/', { body: { name: 'Ts Assessment' } });
check(domain.response.status === 201 && domain.data !== undefined, 'domain created');
const domainId: number = domain.data.id;
for (const name of ['Ts Alpha', 'Ts Beta', 'Ts Gamma']) {
  const created = await client.POST('/api/products/', { body: { name, domain: domainId } });
  check(created.data?.domain === domainId, `${name} created`);
}

// A list with filters and ordering: typed records, JSON only.
const list = await client.GET('/api/products/', {
  params: { query: { domain: domainId, name__icontains: 'ts ', ordering: '-name' } },
});
check(list.data !== undefined, `list answered ${list.response.status}`);
const page = list.data;
const names: string[] = page.results.map((p) => p.name);
check(page.count === 3, `count ${page.count}`);
check(names.join() === 'Ts Gamma,Ts Beta,Ts Alpha', names.join());
check(page.results[0].permissions.change, 'staff may change');

// A detail.
const alpha = page.results[page.results.length - 1];
const detail = await client.GET('/api/products/{id}/', { params: { path: { id: alpha.id } } });
check(detail.data?.name === 'Ts Alpha', 'detail');

// A CSV export: its own operation, read as text.
const csv = await client.GET('/api/products.csv', {
  params: { query: { domain: domainId, ordering: 'name' } },
  parseAs: 'text',
});
check(csv.response.headers.get('content-type')?.startsWith('text/csv') === true, 'CSV type');
const text: string = csv.data ?? '';
const rows = text.trim().split('\n');
check(rows.length === 4 && rows[0].startsWith('id,'), `CSV rows: ${rows.length}`);
check(rows.slice(1).map((r) => r.split(',')[1]).join() === 'Ts Alpha,Ts Beta,Ts Gamma', text);

console.log('typescript client: create, list, detail, csv ok');
