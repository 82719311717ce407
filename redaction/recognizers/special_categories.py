"""Nationality, ethnic origin, religion and political affiliation (NRP):
special-category data under GDPR Art. 9, reported for the privacy team.

English adjectives and nouns, capitalised as English writes them. A
language name is not a nationality: 'into German', 'the French version'
are skipped, since translation orders name languages all day."""
from .base import GroupPatternRecognizer

_NATIONALITIES = (
    "American|British|English|Scottish|Welsh|Irish|Northern Irish|Canadian|Australian|New Zealander|German|Austrian|Swiss"
    "|French|Belgian|Dutch|Luxembourgish|Spanish|Portuguese|Italian|Greek|Cypriot|Maltese|Polish|Czech|Slovak|Hungarian"
    "|Romanian|Bulgarian|Croatian|Serbian|Slovenian|Bosnian|Albanian|Macedonian|Montenegrin|Ukrainian|Russian|Belarusian"
    "|Lithuanian|Latvian|Estonian|Finnish|Swedish|Norwegian|Danish|Icelandic|Turkish|Kurdish|Armenian|Georgian"
    "|Azerbaijani|Israeli|Palestinian|Lebanese|Syrian|Jordanian|Iraqi|Iranian|Persian|Afghan|Pakistani|Indian"
    "|Bangladeshi|Sri Lankan|Nepali|Chinese|Taiwanese|Japanese|Korean|Vietnamese|Thai|Filipino|Filipina|Indonesian"
    "|Malaysian|Singaporean|Egyptian|Moroccan|Algerian|Tunisian|Libyan|Nigerian|Ghanaian|Kenyan|Ethiopian|Somali"
    "|Sudanese|South African|Zimbabwean|Ugandan|Tanzanian|Congolese|Senegalese|Cameroonian|Mexican|Brazilian"
    "|Argentinian|Argentine|Colombian|Chilean|Peruvian|Venezuelan|Cuban|Dominican|Puerto Rican|Jamaican|Haitian"
    "|Ecuadorian|Bolivian|Uruguayan|Paraguayan|Guatemalan|Salvadoran|Honduran|Nicaraguan|Costa Rican|Panamanian"
    "|Saudi|Emirati|Qatari|Kuwaiti|Yemeni|Omani|Kazakh|Uzbek|Mongolian"
)
_ORIGINS = "Hispanic|Latino|Latina|Latinx|Asian|African|Arab|Caucasian|Roma|Romani|Sinti|Indigenous|Aboriginal|Native American|Inuit|Maori"
_RELIGIONS = (
    "Christian|Catholic|Roman Catholic|Protestant|Lutheran|Anglican|Methodist|Baptist|Evangelical|Orthodox|Mormon"
    "|Muslim|Moslem|Islamic|Sunni|Shia|Shiite|Jewish|Jew|Hindu|Buddhist|Sikh|Jain|Bahá'í|Bahai|Atheist|Agnostic"
    "|Jehovah's Witness|Quaker|Amish|Pagan|Rastafarian|Taoist|Shinto|Zoroastrian"
)
_POLITICAL = "Democrat|Democratic|Republican|Conservative|Tory|Labour|Socialist|Communist|Libertarian|Green Party|Liberal Democrat"
_LANGUAGE_CONTEXT_AFTER = r"(?!\s+(?:translation|translations|translator|version|versions|text|texts|language|languages|speaking|speaker|speakers|copy|subtitles|keyboard|layout|locale|site|website|market|page|pages|original|edition|proofreading|copywriting|localisation|localization|tax|VAT|law|company|bank|account|phone|number|address|office|customers?|clients?|team)\b)"
_LANGUAGE_CONTEXT_BEFORE = r"(?<!\b(?:into|to|from|in|the|native)\s)"

_PATTERNS = [
    rf"{_LANGUAGE_CONTEXT_BEFORE}\b(?:{_NATIONALITIES}|{_ORIGINS}|{_RELIGIONS}|{_POLITICAL})s?\b{_LANGUAGE_CONTEXT_AFTER}",
]


def special_categories() -> GroupPatternRecognizer:
    return GroupPatternRecognizer("NRP", _PATTERNS, score=0.5, name="SpecialCategoryRecognizer")
