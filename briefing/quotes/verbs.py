"""English speech verbs, as the attribution cues and the history of who spoke both read them."""

from __future__ import annotations

import re

_STEMS = (
    "argu|warn|explain|not|insist|reveal|continu|recall|declar|stat|shout|tweet|post|jok|conced|"
    "acknowledg|claim|answer|respond|suggest|observ|admit|remark|quipp|complain|caution|"
    "predict|promis|vow|boast|charg|counter|urg|emphasiz|emphasis|stress|announc|report|"
    "testifi|testify|mus|lament|repli|reply|yell|exclaim|whisper|conclud|agre|assert|alleg|"
    "maintain|contend|recount|retort|snapp|thunder|proclaim|scream|repeat|reiterat|confirm|"
    "comment|reason|wonder|tout|bragg|sigh|laugh|opin|offer|question|implor|demand|blogg|"
    "blog|scold|plead|pled|chant|describ|writ|speak|recount|quot|cit"
)
#: A speech verb in any tense: ``said``, ``tells``, ``insisted``, ``went on``, ``fired back``.
VERB = re.compile(
    r"\b(?:said|says|say|saying|told|tells|tell|telling|wrote|writes|write|written|"
    r"asked|asks|ask|asking|added|adds|add|adding|spoke|began|read|reads|"
    rf"(?:{_STEMS})(?:s|es|ed|d|ing)?|went on|pointed out|put it|"
    r"(?:fired|shot|hit|snapped) back|chimed in)\b"
)
