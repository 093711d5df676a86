// name: existing_organizations
// description: Every organization already in the graph: id, names (name + aliases), mentions,
//   and the keys the resolver filed it under.
// params: none
MATCH (o:Organization)
RETURN o.id AS id, [o.name] + coalesce(o.aliases, []) AS names, coalesce(o.mentions, []) AS mentions,
       coalesce(o.keys, []) AS keys
