// name: load_rels
// description: Merge a batch of relationships of one type between nodes already merged.
//   {type}, {start_label} and {end_label} come from the mapping (trusted identifiers only).
// params: $rows: list of {start: string, end: string, props: map}   example: [{start: "person:1a2b", end: "meeting:9f", props: {}}]
UNWIND $rows AS row
MATCH (a:{start_label} {id: row.start})
MATCH (b:{end_label} {id: row.end})
MERGE (a)-[r:{type}]->(b)
SET r += row.props
