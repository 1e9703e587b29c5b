"""British and American spellings read as one ("data visualisation" is "data
visualization", "modelling" is "modeling", "programme management" is "program
management"), so a taxonomy surface written one way matches text written the other.

The matcher compares words through :func:`american`: a lookup in a fixed table of the
words that skill names actually use. A table, not suffix rules: "-ise" is also
"enterprise", "expertise" and "franchise", and "-our" is also "four" and "hour".
"""

from __future__ import annotations

_ISATION = (
    "optim organ visual virtual container local international standard digital digit "
    "initial author categor priorit custom util normal serial synchron special personal "
    "modern industrial central decentral global commercial monet character minim maxim "
    "parallel stabil real harmon hospital immun steril token vector anonym pseudonym "
    "summar memor random regular general mobil sanit rational capital social final "
    "conceptual operational product"
).split()
_ISE_VERB = (
    "optim organ visual virtual container local standard digit digital custom priorit util "
    "special personal modern central decentral monet parallel summar random anonym token "
    "normal serial synchron author categor character minim maxim stabil real harmon "
    "general mobil sanit final operational"
).split()
_PAIRS = {
    # -yse
    "analyse": "analyze", "analysed": "analyzed", "analysing": "analyzing",
    "analyser": "analyzer", "catalyse": "catalyze", "paralyse": "paralyze",
    # -our
    "behaviour": "behavior", "behaviours": "behaviors", "behavioural": "behavioral",
    "colour": "color", "colours": "colors", "labour": "labor", "favour": "favor",
    "honour": "honor", "neighbour": "neighbor", "humour": "humor", "vapour": "vapor",
    "harbour": "harbor", "endeavour": "endeavor", "flavour": "flavor", "armour": "armor",
    "odour": "odor", "tumour": "tumor", "tumours": "tumors",
    # -tre
    "centre": "center", "centres": "centers", "theatre": "theater", "metre": "meter",
    "fibre": "fiber", "litre": "liter", "calibre": "caliber", "spectre": "specter",
    # -ence
    "licence": "license", "licences": "licenses", "defence": "defense", "offence": "offense",
    # -ogue
    "catalogue": "catalog", "catalogues": "catalogs", "dialogue": "dialog",
    "analogue": "analog",
    # doubled l
    "modelling": "modeling", "modelled": "modeled", "modeller": "modeler",
    "labelling": "labeling", "labelled": "labeled", "travelling": "traveling",
    "signalling": "signaling", "cancelling": "canceling", "channelling": "channeling",
    "counselling": "counseling", "counsellor": "counselor", "counsellors": "counselors",
    "fuelling": "fueling", "levelling": "leveling", "tunnelling": "tunneling",
    "marshalling": "marshaling", "enrolment": "enrollment", "fulfilment": "fulfillment",
    "instalment": "installment", "skilful": "skillful",
    # medical "ae" / "oe"
    "paediatric": "pediatric", "paediatrics": "pediatrics", "anaesthesia": "anesthesia",
    "anaesthetic": "anesthetic", "anaesthetics": "anesthetics", "anaesthetist": "anesthetist",
    "haematology": "hematology", "haemodialysis": "hemodialysis", "orthopaedic": "orthopedic",
    "orthopaedics": "orthopedics", "gynaecology": "gynecology", "foetal": "fetal",
    "oesophageal": "esophageal", "oestrogen": "estrogen", "haemoglobin": "hemoglobin",
    "paediatrician": "pediatrician", "leukaemia": "leukemia", "oedema": "edema",
    # single words
    "programme": "program", "programmes": "programs", "aluminium": "aluminum",
    "ageing": "aging", "practise": "practice", "judgement": "judgment",
    "acknowledgement": "acknowledgment", "artefact": "artifact", "artefacts": "artifacts",
    "enquiry": "inquiry", "enquiries": "inquiries", "mould": "mold", "moulding": "molding",
    "jewellery": "jewelry", "sulphur": "sulfur", "aeroplane": "airplane",
    "speciality": "specialty", "sceptical": "skeptical", "manoeuvre": "maneuver",
    "grey": "gray",
}


def _table() -> dict[str, str]:
    table = dict(_PAIRS)
    for stem in _ISATION:
        table[f"{stem}isation"] = f"{stem}ization"
        table[f"{stem}isations"] = f"{stem}izations"
    for stem in _ISE_VERB:
        for ending, american_ending in (
            ("ise", "ize"), ("ised", "ized"), ("ises", "izes"), ("ising", "izing"),
            ("iser", "izer"), ("isers", "izers"),
        ):
            table[f"{stem}{ending}"] = f"{stem}{american_ending}"
    return table


BRITISH_TO_AMERICAN = _table()


def american(word: str) -> str:
    """The American spelling of a lower-case word, or the word itself."""
    return BRITISH_TO_AMERICAN.get(word, word)
