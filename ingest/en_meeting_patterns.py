"""Clause patterns of an English report that say a meeting was held.

"X held/convened a meeting", "a meeting was held", "X presided over the meeting", "X met with the
delegation", "the session, held in ...", "the meeting, chaired by ...", and the words that make a
clause a plan rather than a report (_FUTURE).
"""

from __future__ import annotations

import re

from convene.ingest import en_gazetteer as gz

NOUN = rf"(?:{gz.alternation([n.lower() for n in gz.meeting_nouns()])})"
W = r"[\w'’\"“”()-]+"
_FUNCTION_WORD = r"(?:of|the|and|on|in|at|to|for|with|by|from|under)\b"
_ACTIVE = re.compile(
    rf"\b(?P<verb>held|holds|hold|convened|convenes|had|hosted|hosts|opened|closed|conducted|called"
    rf"|organi[sz]ed)\s+"
    rf"(?P<phrase>(?:(?:its|their|a|an|the)\s+)?(?:(?:{W}\s+){{0,10}}?{NOUN}"
    # 'held the 2024 Rural Work Conference': a capitalised name, without function words
    rf"|(?:(?!{_FUNCTION_WORD}){W}\s+){{0,8}}?(?i:{NOUN})))\b",
)
_PASSIVE = re.compile(
    # 'the Ninth Plenary Session (Enlarged) of the ... was held'
    rf"\b(?P<phrase>(?:[Aa]n?|[Tt]he)\s+(?:{W}\s+){{0,14}}?(?i:{NOUN})(?:\s+\([A-Z][a-z]+\))?"
    rf"(?:\s+(?:of|on|for)\s+[^,.;]{{0,160}}?)?)"
    rf"(?:\s*\([A-Z][A-Za-z]{{1,10}}\))?\s+(?:(?:was|were)\s+(?:successfully\s+|also\s+)?(?P<verb>held|convened|opened|organi[sz]ed"
    rf"|hosted|conducted)|(?P<verb2>closed|opened|concluded|ended|kicked\s+off|took\s+place))\b"
)
_WHEN = (  # 'on the 4th', 'on Monday', 'on March 3': a date, not the meeting's subject
    r"(?:the\s+(?:\d|morning|afternoon|evening)|\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
)
_PRESIDED = re.compile(
    rf"\b(?:presided\s+over|presides\s+over|chaired|hosted)\s+(?P<phrase>(?:the|a|an)\s+"
    rf"(?:{W}\s+){{0,6}}?{NOUN}(?:\s+(?:of|on|with)\s+(?!{_WHEN})"
    rf"(?:(?!\s+(?:to|at|in|via|held|and|with|on|which|that|attended)\s)[^,.;]){{3,90}})?)"
)
_ATTENDED = re.compile(  # 'X attended the national video conference on ...' (not 'the meeting')
    rf"\b(?:attended|attends|participated\s+in|took\s+part\s+in)\s+(?P<phrase>(?:the|a|an)\s+"
    rf"(?:{W}\s+){{1,6}}?{NOUN}(?:\s+(?:of|on)\s+(?:(?!\s+(?:to|at|in|via|held|and|with)\s)[^,.;]){{3,90}})?)"
)
_AT_HELD = re.compile(  # 'officials said at a press conference held by the X in Beijing on ...'
    rf"\b(?:at|during)\s+(?P<phrase>(?:a|an|the)\s+(?:{W}\s+){{0,6}}?{NOUN})"
    rf"\s+(?P<verb>held|convened|hosted|organi[sz]ed)\s+(?=(?:by|in|on|at|yesterday|today|this|last)\b)"
)
_VERBISH = (
    r"(?:held|holds|convened|had|hosted|opened|closed|concluded|ended|presided|chaired|met|was|were"
    r"|is|are)\b"
)


def _noun_phrase(preps: str = "of") -> str:
    """'the (adjectives) <meeting noun> (of/on <topic>)' as the group `phrase`, before a verb."""
    return (rf"\b(?P<phrase>(?:[Aa]n?|[Tt]he)\s+(?:(?!{_VERBISH}){W}\s+){{0,10}}?{NOUN}"
            rf"(?:\s+{preps}\s+(?:(?!{_VERBISH})[^,.;]){{0,80}}?)?)")

_PARTICIPLE = re.compile(  # 'The plenary session, held in Changsha on the 5th, ...'
    rf"{_noun_phrase()}\s*,\s+(?:which\s+(?:was\s+)?)?"
    rf"(?P<verb>held|convened|opened|closed|concluded)\s+(?:in|on|at|from|yesterday|today|this|last)\b"
)
_BODY_MET = re.compile(  # 'The Standing Committee of the Provincial Party Committee met on Monday'
    r"\b(?P<phrase>(?:[Tt]he|[Ii]ts)\s+(?:[A-Z][\w'’-]*\s+(?:of\s+(?:the\s+)?)?){1,10}"
    r"(?:Committee|Council|Presidium|Government|Congress|CPPCC|Group))\s+(?P<verb>met|convened)\b"
    r"(?!\s+with)"
)
_CHAIRED_BY = re.compile(  # 'The executive meeting, chaired by Premier Li, ...'
    _noun_phrase("(?:of|on)") +
    r"\s*,?\s+(?:(?:was|were)\s+)?(?P<verb>(?:co-)?(?:chaired|presided\s+over|hosted))\s+by\b"
)
_NOUN_ON_DATE = re.compile(  # 'An executive meeting of the State Council on Friday decided ...'
    _noun_phrase() +
    r"\s+(?P<verb>(?:held\s+)?(?:on|this|yesterday|last))\b"
)
_MET = re.compile(
    r"\b(?:met|meets)\s+(?:in\s+[A-Z][a-z]+\s+)?with\s+(?P<phrase>(?:the|a|an)\s+[\w\s-]{0,40}?"
    r"(?:delegation|guests|visitors|group|delegates)"
    # 'met in Beijing with visiting Norwegian Minister of X Y': a guest by name
    r"|visiting\s+[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][\w'’-]*){1,10}"
    # 'met with Anna Berg, Chairman of X': a guest by name and title
    r"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+(?:-[a-z]+)?){1,2}(?=,\s+(?:the\s+)?[A-Z][a-z]))\b"
)
_TALKS = re.compile(  # 'Mayor X held talks with the delegation': a meeting of its own
    r"\b(?:held|holds|had)\s+talks\s+with\s+(?P<phrase>(?:the|a|an)\s+[\w\s-]{0,40}?"
    r"(?:delegation|guests|visitors|delegates))\b"
)
_FUTURE = re.compile(
    r"(?i:to\s+be\s+(?:held|convened)|\bwill\s+(?:be\s+)?\w+|\bshall\b|upcoming|next\s+"
    r"|preparations?\s+for|welcom\w*|greet\w*|to\s+hold\b|scheduled|expected\s+to|plans?\s+to"
    r"|\b(?:is|are)\s+to\b)"
)
