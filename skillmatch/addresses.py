"""Contact details in a document: e-mail and web addresses, phone numbers.

One definition for every reader of them: extraction skips the skills inside an address
("github.com/jo/react-demo"), the NER masks addresses before it reads a line, redaction
replaces them, and the experience reader skips the page-footer lines that carry them.
"""

from __future__ import annotations

import re

# Where a web address starts: a scheme or "www.".
WEB_OPENING = r"(?i:https?://|www\.)"
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A bare domain, with the common endings only: ".net" and ".io" also end product names
# ("ASP.NET", "VB.net", "Socket.IO"), which must stay skills.
BARE_DOMAIN = r"\b[\w.-]+\.(?:com|org|co\.uk)\b(?:/\S*)?"
# A web address with its scheme or "www." ("https://github.com/jo", "www.acme.org/jobs").
WEB_LINK = re.compile(rf"{WEB_OPENING}\S+")
# Any address: the text it covers names a place, not a skill.
ADDRESS = re.compile(rf"{WEB_LINK.pattern}|{EMAIL.pattern}|{BARE_DOMAIN}")
# The start of an address written after a site's name ("GitHub: github.com/jo",
# "Twitter: @jo", "LinkedIn - //in/jo"): here ".io" and ".net" are domains.
ADDRESS_OPENING = r"(?:https?://|www\.|//|@\w|[\w.-]+\.(?:com|io|org|net)/)"
# What may be a phone number: digits and separators, eight characters or more, an optional
# "+" and "(area code)". A year range ("2019-2023") matches too: redaction tells it apart,
# the NER masks it either way (a date is no skill).
PHONE = re.compile(r"(?<![\w.])\+?\(?\d[\d\s().-]{6,}\d(?![\w])")
