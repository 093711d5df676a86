// name: retract_update
// description: After a retraction: new properties for the persons, bodies and meetings that lost
//   a mention, deletion of those left with none, of places nothing points to, and of shortcut
//   relationships no fact supports any more; ATTENDED's role re-chosen by $prefer.
//   Statements separated by `;`, run in order in one transaction.
// params: $persons/$organizations/$meetings: [{id, props}]; $gone_persons/$gone_organizations: ids;
//   $touched: person ids; $scope_meetings: meeting ids; $places: place ids; $prefer: participation roles, most telling first
UNWIND $gone_persons AS id MATCH (p:Person {id: id}) DETACH DELETE p;
UNWIND $persons AS row MATCH (p:Person {id: row.id}) SET p += row.props;
MATCH (p:Person) WHERE p.id IN $touched AND size(coalesce(p.mentions, [])) = 0
  AND NOT EXISTS { (p)--() }
DELETE p;
UNWIND $gone_organizations AS id MATCH (o:Organization {id: id}) DETACH DELETE o;
UNWIND $organizations AS row MATCH (o:Organization {id: row.id}) SET o += row.props;
UNWIND $meetings AS row MATCH (m:Meeting {id: row.id}) SET m += row.props;
MATCH (pl:Place) WHERE pl.id IN $places AND NOT EXISTS { (pl)--() } DELETE pl;
MATCH (p:Person)-[r:CHAIRED]->(m:Meeting) WHERE p.id IN $touched
  AND NOT EXISTS { (p)-[:TOOK_PART]->(:Participation {role: 'chair'})-[:IN_MEETING]->(m) }
DELETE r;
MATCH (p:Person)-[r:ATTENDED]->(m:Meeting) WHERE p.id IN $touched
OPTIONAL MATCH (p)-[:TOOK_PART]->(x:Participation)-[:IN_MEETING]->(m)
WITH r, collect(x.role) AS roles
WITH r, roles, [q IN $prefer WHERE q IN roles] AS ranked
FOREACH (_ IN CASE WHEN size(roles) = 0 THEN [1] ELSE [] END | DELETE r)
FOREACH (_ IN CASE WHEN size(ranked) > 0 THEN [1] ELSE [] END | SET r.role = head(ranked));
MATCH (a:Meeting)-[r:IMPLEMENTS]->(b:Meeting)
WHERE (a.id IN $scope_meetings OR b.id IN $scope_meetings) AND NOT EXISTS { (a)<-[:BY]-(i:Implementation)-[:OF]->(b) }
DELETE r
