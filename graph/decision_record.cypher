// name: decision_record
// description: Record one analyst decision on identity (merge or split), idempotently on its id.
//   Mentions are "document<TAB>name" strings, so the decision outlives any node id.
// params: $row: {id, kind, mentions: [string], others: [string], reason, at}
MERGE (d:Decision {id: $row.id})
SET d.kind = $row.kind, d.mentions = $row.mentions, d.others = $row.others,
    d.reason = $row.reason, d.at = $row.at
