// name: load_nodes
// description: Merge a batch of nodes of one label on their id and set their properties.
//   {label} is filled from the mapping (trusted identifiers only), never from article text.
// params: $rows: list of {id: string, props: map}   example: [{id: "person:1a2b", props: {name: "Ma Xingrui"}}]
UNWIND $rows AS row
MERGE (n:{label} {id: row.id})
SET n += row.props
