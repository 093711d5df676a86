// name: load_existing
// description: The stored properties of the nodes of one label about to be merged, so the loader
//   can combine them with the new ones by the mapping's merge policies (union, min, max).
//   {label} is filled from the mapping (trusted identifiers only).
// params: $ids: list of node ids   example: ["person:1a2b"]
MATCH (n:{label})
WHERE n.id IN $ids
RETURN n.id AS id, properties(n) AS props
