"""Uses the Python client that openapi-python-client generated from the
served /api/openapi.json (tests/api/clients.rs runs this with BASE_URL and
TOKEN set): a create, a list with filters and ordering, a detail, and a CSV
export. Any surprise is an AssertionError (a non-zero exit)."""

import csv
import io
import os

from mothra_api_client import AuthenticatedClient
from mothra_api_client.api.domains import domains_create
from mothra_api_client.api.products import (
    products_create,
    products_export,
    products_list,
    products_retrieve,
)
from mothra_api_client.models import (
    Domain,
    DomainRequest,
    PaginatedProductList,
    Product,
    ProductRequest,
)

client = AuthenticatedClient(
    base_url=os.environ["BASE_URL"], token=os.environ["TOKEN"], prefix="Token"
)

# Create: a domain, then three products in it.
domain = domains_create.sync(client=client, body=DomainRequest(name="Py Assessment"))
assert isinstance(domain, Domain), domain
for name in ["Py Alpha", "Py Beta", "Py Gamma"]:
    created = products_create.sync(
        client=client, body=ProductRequest(name=name, domain=domain.id)
    )
    assert isinstance(created, Product), created
    assert created.domain == domain.id

# A list with filters and ordering: typed records, no CSV in sight.
page = products_list.sync(
    client=client, domain=domain.id, name_icontains="py ", ordering="-name"
)
assert isinstance(page, PaginatedProductList), page
assert page.count == 3, page.count
assert [p.name for p in page.results] == ["Py Gamma", "Py Beta", "Py Alpha"]
assert page.results[0].permissions.change is True

# A detail.
first = products_retrieve.sync(client=client, id=page.results[-1].id)
assert isinstance(first, Product), first
assert first.name == "Py Alpha"

# A CSV export: its own operation, answered as text.
text = products_export.sync(client=client, domain=domain.id, ordering="name")
assert isinstance(text, str), text
rows = list(csv.DictReader(io.StringIO(text)))
assert [r["name"] for r in rows] == ["Py Alpha", "Py Beta", "Py Gamma"], rows

print("python client: create, list, detail, csv ok")
