// RDF export: every node of one label, with the properties the mapping exports and the end ids
// of each mapped relationship type that starts at it; streamed, neither sorted nor paged.
// {label} and {columns} (", n.`key`" per property, ", [(n)-[:`T`]->(e:`End`) WHERE e.id <> ''
// | e.id]" per relationship) are filled in from mapping.ttl by graph/export.py. A node without
// an id has no IRI and is left out, as are relationships to one.
MATCH (n:`{label}`) WHERE n.id <> '' RETURN [n.id{columns}]
