// RDF export: every node of one label, with the properties the mapping exports and the end ids
// of each mapped relationship type that starts at it; streamed, neither sorted nor paged.
// {label} and {columns} (", n.`key`" per property, ", [(n)-[:`T`]->(e:`End`) | e.id]" per
// relationship) are filled in from mapping.ttl by graph/export.py.
MATCH (n:`{label}`) RETURN n.id{columns}
