// name: load_nodes
// description: Merge a batch of nodes of one label on their id. A new node takes the row's
//   properties; a stored one combines each property with the row's by the mapping's merge
//   policy ({on_match}: one load_nodes_merge expression per property key of the batch), so
//   nothing is read back into Python and loading the same rows twice changes nothing.
//   {label} and the keys are filled from the mapping and checked as identifiers, never article text.
// params: $rows: list of {id: string, props: map}   example: [{id: "person:1a2b", props: {name: "Ma Xingrui"}}]
UNWIND $rows AS row
MERGE (n:{label} {id: row.id})
ON CREATE SET n += row.props
{on_match}
