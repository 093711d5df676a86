// name: load_nodes_merge
// description: How a stored node property (n.{key}) and a new one (row.props.{key}) combine, one
//   `policy: SET item` per merge policy of ontology/mapping.ttl, separated by `;`. The same rules
//   as convene.ontology.mapping.merge_by: a null never overwrites; first keeps what is stored;
//   min/max keep the smaller/larger; union adds the new items missing from the stored list,
//   each at its sorted place (stored lists are sorted), and leaves the list as is when none is.
// params: none (fragments of load_nodes.cypher)
first:
n.`{key}` = coalesce(n.`{key}`, row.props.`{key}`);
min:
n.`{key}` = CASE WHEN n.`{key}` IS NULL OR row.props.`{key}` < n.`{key}`
  THEN coalesce(row.props.`{key}`, n.`{key}`) ELSE n.`{key}` END;
max:
n.`{key}` = CASE WHEN n.`{key}` IS NULL OR row.props.`{key}` > n.`{key}`
  THEN coalesce(row.props.`{key}`, n.`{key}`) ELSE n.`{key}` END;
union:
n.`{key}` = CASE WHEN n.`{key}` IS NULL OR row.props.`{key}` IS NULL
  THEN coalesce(n.`{key}`, row.props.`{key}`)
  ELSE reduce(acc = n.`{key}`, x IN [x IN row.props.`{key}` WHERE NOT x IN n.`{key}`] |
    [y IN acc WHERE y < x] + [x] + [y IN acc WHERE y > x]) END;
