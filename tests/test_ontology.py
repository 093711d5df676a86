"""The ontology, the mapping and the shapes agree with each other and with the facts contract."""

from __future__ import annotations

from rdflib import OWL, RDF, RDFS, Graph, Namespace, URIRef
from rdflib.namespace import SH, SKOS

from convene.ingest.facts import PARTICIPATION_ROLES
from convene.ontology.mapping import to_batch
from convene.ontology.spec import (
    CVM,
    HERE,
    load_mapping,
    ontology_graph,
    parse,
    shapes_graph,
    undeclared_terms,
)
from convene.ontology.vocab import notations

CV = Namespace("https://w3id.org/convene/ontology#")
OWN = ("https://w3id.org/convene/ontology",)
TERM_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, SKOS.ConceptScheme)


def own_terms(g: Graph) -> set[URIRef]:
    return {s for t in TERM_TYPES for s in g.subjects(RDF.type, t)
            if isinstance(s, URIRef) and str(s).startswith(OWN)}


def test_own_terms_are_documented_in_english_and_chinese():
    g = ontology_graph()
    terms = own_terms(g)
    assert CV.Tenure in terms and CV.implements in terms
    for term in terms:
        for prop in (RDFS.label, RDFS.comment):
            langs = {o.language for o in g.objects(term, prop)}
            assert {"en", "zh"} <= langs, f"{term} lacks {prop} in en/zh"


def test_alignment_with_standard_vocabularies():
    g = ontology_graph()
    assert (CV.Tenure, RDFS.subClassOf, URIRef("http://www.w3.org/ns/org#Membership")) in g
    assert (CV.Meeting, RDFS.subClassOf, URIRef("https://schema.org/Event")) in g
    assert (CV.implements, RDFS.subPropertyOf,
            URIRef("http://www.w3.org/ns/prov#wasInfluencedBy")) in g
    assert (CV.Claim, RDFS.subClassOf, URIRef("http://www.w3.org/ns/oa#Annotation")) in g


def test_every_mapped_term_is_in_the_ontology():
    assert undeclared_terms() == set()


def test_a_mapping_entry_pointing_at_an_unknown_term_is_caught():
    g = Graph().parse(HERE / "mapping.ttl", format="turtle")
    bogus = URIRef("https://w3id.org/convene/ontology#noSuchProperty")
    person = CVM.Person
    pm = next(iter(g.objects(person, CVM.property)))
    g.set((pm, CVM.predicate, bogus))
    assert bogus in undeclared_terms(parse(g))


def test_every_own_term_is_used_by_the_mapping():
    """No ontology term without a mapping (schemes are reached through concept values)."""
    g = ontology_graph()
    used = load_mapping().terms()
    schemes = set(g.subjects(RDF.type, SKOS.ConceptScheme))
    assert own_terms(g) - schemes - used == set()


def test_everything_to_batch_writes_has_a_mapping():
    from test_mapping import sample

    mapping = load_mapping()
    batch = to_batch(sample())
    for n in batch.nodes:
        keys = {p.key for p in mapping.node(n.label).props}
        assert set(n.props) <= keys, f"{n.label} has unmapped {set(n.props) - keys}"
    derived = mapping.derived_types()
    for r in batch.rels:
        if r.type not in derived:
            mapping.rel(r.type, r.start_label, r.end_label)  # raises if unmapped


def test_concept_schemes_match_the_code():
    g = ontology_graph()
    assert notations("ParticipationRoles") == set(PARTICIPATION_ROLES)
    for scheme in ("BodyKinds", "PostRoles", "ParticipationRoles"):
        for concept in g.subjects(SKOS.inScheme, CV[scheme]):
            assert {o.language for o in g.objects(concept, SKOS.prefLabel)} == {"en", "zh"}
            notation = str(g.value(concept, SKOS.notation))
            assert str(concept).endswith("/" + notation), "value IRIs are prefix + notation"


def test_shapes_cover_every_mapped_class():
    shapes = shapes_graph()
    targeted = set(shapes.objects(None, SH.targetClass))
    assert {n.cls for n in load_mapping().nodes} <= targeted
