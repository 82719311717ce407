"""Multilingual cue patterns for the eight request types and the routing
categories (the first version's classifier). Patterns look for a request about the
writer's own data ("delete my data", "Löschung meiner Daten"), so ordinary
work that uses the same verbs ("delete the second paragraph") stays ordinary.
The trained model (classifier.py) reads their counts as features
(features.py): they carry legal vocabulary in languages MiniLM barely knows."""
from __future__ import annotations

import re
from functools import lru_cache

PRIVACY_TYPES = ("access", "deletion", "correction", "portability", "restriction", "objection",
                 "opt_out", "other_privacy")
CATEGORIES = ("writing", "translation", "design", "software", "bookkeeping", "marketing",
              "data_analysis", "platform_support")

_MY_DATA = (r"(?:my|all\s+my|our|the)\s+(?:personal\s+)?(?:data|information|details|profile|records?)"
            r"|meine[rn]?\s+(?:personenbezogenen\s+)?(?:Daten|Angaben)|mes\s+données|mis\s+datos|i\s+miei\s+dati|dei\s+miei\s+dati"
            r"|mijn\s+(?:persoons)?gegevens|os\s+meus\s+dados|dos\s+meus\s+dados|personal\s+data|personenbezogenen\s+Daten"
            r"|données\s+personnelles|datos\s+personales|dati\s+personali|persoonsgegevens|dados\s+pessoais")

_TYPE_CUES: dict[str, list[str]] = {
    "access": [
        r"\b(?:subject\s+)?access\s+request\b", r"\bDSAR\b", r"\bright\s+(?:of|to)\s+access\b", r"\bright\s+to\s+know\b",
        r"\bArt(?:icle|\.)?\s*15\b", r"§?\s*1798\.1(?:00|10|15)\b", rf"\bcopy\s+of\s+(?:{_MY_DATA})",
        r"\bwhat\s+(?:personal\s+)?(?:data|information)\s+(?:do\s+)?(?:you|your\s+company|taskbridge)\s+(?:hold|have|store|keep|process|collect)",
        r"\bAuskunft\b", r"\bKopie\s+(?:aller\s+)?meiner", r"\bwelche\s+(?:personenbezogenen\s+)?Daten\b",
        r"\bdroit\s+d['’]accès\b", r"\bcopie\s+de\s+(?:toutes\s+)?mes\s+données", r"\bquelles\s+données\b",
        r"\bderecho\s+de\s+acceso\b", r"\bcopia\s+de\s+(?:todos\s+)?mis\s+datos", r"\bqué\s+datos\b",
        r"\bdiritto\s+di\s+accesso\b", r"\bcopia\s+(?:di\s+tutti\s+)?(?:dei\s+)?(?:miei\s+)?dati", r"\bquali\s+dati\b",
        r"\binzage(?:verzoek)?\b", r"\bkopie\s+van\s+(?:al\s+)?mijn", r"\bwelke\s+(?:persoons)?gegevens\b",
        r"\bdireito\s+de\s+acesso\b", r"\bcópia\s+(?:de\s+todos\s+)?(?:dos\s+)?(?:meus\s+)?dados", r"\bquais\s+dados\b",
    ],
    "deletion": [
        r"\b(?:erase|erasure)\b", r"\bright\s+to\s+be\s+forgotten\b", r"\bArt(?:icle|\.)?\s*17\b", r"§?\s*1798\.105\b",
        rf"\b(?:delete|remove|wipe)\s+(?:{_MY_DATA}|my\s+(?:account|profile|e-?mail\s+address|address|phone\s+number|cv))",
        r"\bclose\s+my\s+account\s+and\s+delete\b", r"\bdeletion\s+of\s+my\b",
        r"\bLöschung\b", r"\blösch(?:en|t)\s+Sie\s+(?:bitte\s+)?(?:alle\s+)?meine", r"\bmeine\s+(?:\w+\s+){0,3}(?:zu\s+)?lösch",
        r"\bvergessen\s+(?:zu\s+)?werden\b",
        r"\bsupprim\w*\s+(?:toutes\s+)?(?:mes\s+données|mon\s+compte)", r"\beffacement\b", r"\bdroit\s+à\s+l['’]oubli\b",
        r"\bsupresión\b", r"\b(?:borr|elimin)\w*\s+(?:todos\s+)?(?:mis\s+datos|mi\s+cuenta)", r"\bderecho\s+al\s+olvido\b",
        r"\bcancellazione\b", r"\bcancell\w*\s+(?:tutti\s+)?(?:i\s+)?(?:miei\s+dati|il\s+mio\s+account)", r"\boblio\b",
        r"\bverwijder\w*\s+(?:van\s+)?(?:al\s+)?mijn\s+(?:persoons)?gegevens|\bverwijder\w*\s+(?:van\s+)?mijn\s+account", r"\bvergetelheid\b",
        r"\bapagamento\b", r"\b(?:apag|elimin)\w*\s+(?:todos\s+)?(?:os\s+)?(?:meus\s+dados|minha\s+conta)", r"\besquecimento\b",
    ],
    "correction": [
        r"\brectif", r"\bArt(?:icle|\.)?\s*16\b", r"§?\s*1798\.106\b",
        r"\bcorrect\s+(?:my|the\s+spelling\s+of\s+my)\s+(?:name|address|e-?mail|date\s+of\s+birth|details|personal|phone|surname)",
        r"\bmy\s+(?:name|surname|address|date\s+of\s+birth|e-?mail\s+address)\s+(?:is|was)\s+(?:wrong|incorrect|misspelled|outdated)",
        r"\b(?:update|fix)\s+my\s+(?:name|surname|address|billing\s+address|personal\s+details)",
        r"\bBerichtigung\b", r"\bberichtigen\b", r"\b(?:falsch\s+geschrieben|ist\s+(?:leider\s+)?falsch)\b",
        r"\bcorriger\s+mon\s+(?:nom|adresse)", r"\brectificación\b", r"\bcorregir\s+mi\s+(?:nombre|apellido|dirección)",
        r"\brettifica", r"\bcorregger\w*\s+(?:il\s+)?(?:mio|la\s+mia)", r"\bcorrectie\s+van\s+mijn", r"\bverbeter\w*\s+(?:van\s+)?mijn",
        r"\bretifica", r"\bcorrigir\s+(?:o\s+)?(?:meu|minha)",
    ],
    "portability": [
        r"\bportab", r"\bmachine[-\s]readable\b", rf"\btransfer\s+(?:{_MY_DATA})", r"\bArt(?:icle|\.)?\s*20\b",
        rf"\bexport\s+(?:of\s+)?(?:{_MY_DATA})", r"\bDatenübertragbarkeit\b", r"\bmaschinenlesbar", r"\boverdraagbaarheid\b",
        r"\bdataportabiliteit\b",
    ],
    "restriction": [
        r"\brestrict(?:ion\s+of)?\s+(?:the\s+)?processing\b", r"\bArt(?:icle|\.)?\s*18\b", r"§?\s*1798\.121\b",
        r"\blimit\s+the\s+(?:use|processing)\s+of\s+my", r"\bEinschränkung\s+der\s+Verarbeitung\b", r"\bVerarbeitung\s+\w+\s+einschränk",
        r"\blimitation\s+du\s+traitement\b", r"\blimitación\s+del\s+tratamiento\b", r"\blimitazione\s+del\s+trattamento\b",
        r"\bbeperking\s+van\s+de\s+verwerking\b", r"\blimitação\s+do\s+tratamento\b",
    ],
    "objection": [
        r"\bobject\s+to\s+(?:the\s+|your\s+)?(?:processing|use\s+of\s+my|profiling|direct\s+marketing|you\s+using)",
        r"\bright\s+to\s+object\b", r"\bArt(?:icle|\.)?\s*21\b", r"\bWiderspruch\b", r"\bwiderspreche\b",
        r"\bdroit\s+d['’]opposition\b", r"\bje\s+m['’]oppose\b", r"\boposición\b", r"\bme\s+opongo\b",
        r"\bopposizione\b", r"\bmi\s+oppongo\b", r"\bbezwaar\s+(?:tegen|maken)\b", r"\boposição\b", r"\b(?:me\s+)?oponho\b",
    ],
    "opt_out": [
        r"\bunsubscribe\s+me\b", r"\bopt(?:-|\s)?out\b", r"\bstop\s+(?:sending|e-?mailing|texting|contacting)\s+me\b",
        r"\bdo\s+not\s+sell\b", r"\bdon['’]t\s+sell\b", r"§?\s*1798\.120\b", r"\bno\s+(?:more|further)\s+(?:marketing|newsletters?|promotional)",
        r"\bremove\s+me\s+from\s+(?:your|the|all)\s+(?:\w+\s+)?(?:mailing|newsletter|marketing|list)",
        r"\b(?:vom\s+Newsletter\s+)?abmelden\b", r"\babbestellen\b", r"\bkeine\s+(?:weitere\s+)?Werbung\b",
        r"\bdésabonn", r"\bdésinscri", r"\bne\s+plus\s+recevoir\b", r"\bdarme\s+de\s+baja\b", r"\bno\s+quiero\s+recibir\b",
        r"\bdejar\s+de\s+recibir\b", r"\bdisiscriv", r"\bnon\s+voglio\s+più\s+ricevere\b", r"\bcancellarmi\s+dalla\b",
        r"\bafmelden\b", r"\buitschrijven\b", r"\bgeen\s+\w+\s+meer\s+ontvangen\b", r"\bdescadastr", r"\bdeixar\s+de\s+receber\b",
        r"\bnão\s+quero\s+(?:mais\s+)?receber\b", r"\bcancelar\s+a\s+(?:minha\s+)?subscrição\b",
    ],
    "other_privacy": [
        r"\bdata\s+breach\b", r"\bleak(?:ed)?\s+(?:my|our)\b", rf"\bwho\s+(?:have\s+you|did\s+you|do\s+you)\s+(?:share|sell|give)\w*\s+(?:{_MY_DATA})",
        r"\bdata\s+protection\s+officer\b", r"\bDPO\b", r"\bwithdraw\s+(?:my\s+)?consent\b",
        r"\b(?:do\s+not|don['’]t|stop)\s+(?:use|using)\s+my\s+(?:data|messages|content|documents)\s+(?:for|to)\s+(?:train|AI)",
        r"\bsupervisory\s+authority\b", r"\bArt(?:icle|\.)?\s*(?:7\s*\(3\)|77)\b",
        r"\bDatenpanne\b", r"\bDatenschutzbeauftragt", r"\bEinwilligung\s+(?:\w+\s+)?widerruf", r"\bwiderrufe\s+(?:\w+\s+)?Einwilligung",
        r"\bviolation\s+de\s+données\b", r"\bdélégué\s+à\s+la\s+protection\b", r"\bretire[rz]?\s+mon\s+consentement\b",
        r"\bbrecha\s+de\s+(?:datos|seguridad)\b", r"\bdelegado\s+de\s+protección\b", r"\bretir\w*\s+mi\s+consentimiento\b",
        r"\bviolazione\s+dei\s+dati\b", r"\bresponsabile\s+della\s+protezione\b", r"\brevoc\w*\s+(?:il\s+)?(?:mio\s+)?consenso\b",
        r"\bdatalek\b", r"\bfunctionaris\s+gegevensbescherming\b", r"\btoestemming\s+(?:\w+\s+)?in(?:trekken|getrokken)\b",
        r"\bviolação\s+de\s+dados\b", r"\bencarregad[oa]\s+(?:de|da)\s+proteção\b", r"\bretir\w*\s+o\s+(?:meu\s+)?consentimento\b",
    ],
}

_CATEGORY_CUES: dict[str, list[str]] = {
    "translation": [r"\btranslat", r"\bübersetz", r"\btradu[cistz]", r"\bvertal", r"\btraduç"],
    "design": [r"\blogo", r"\bdesign", r"\bbanner\b", r"\bmock-?up", r"\billustrat", r"\bflyer", r"\bbranding\b",
               r"\bdiseño", r"\bgrafic", r"\bontwerp", r"\bcapa\b", r"\bcouverture\b", r"\bicon"],
    "software": [r"\bbug\b", r"\bwebsite\b", r"\bweb\s?shop", r"\bapp\b", r"\bcode\b", r"\bscript\b", r"\bAPI\b", r"\bplugin",
                 r"\bdeploy", r"\bWordPress\b", r"\bShopify\b", r"\bsoftware\b", r"\bdevelop", r"\bprogramm", r"\bdesarroll",
                 r"\bsviluppo\b", r"\bontwikkel", r"\bsite\b", r"\bsitio\s+web\b", r"\bsito\b", r"\bcheckout\b", r"\bdatabase\b"],
    "bookkeeping": [r"\bbookkeep", r"\bVAT\b", r"\btax\s+return", r"\baccounting\b", r"\bBuchhaltung", r"\bSteuererklärung",
                    r"\bcomptab", r"\bcontabil", r"\bboekhoud", r"\bBTW\b", r"\bIVA\b", r"\breconcil", r"\bledger", r"\bpayroll",
                    r"\bUmsatzsteuer", r"\bbilan\b", r"\bjaarrekening", r"\breceipts\b", r"\bBelege\b", r"\bexpenses\b"],
    "marketing": [r"\bnewsletter", r"\bcampaign", r"\bSEO\b", r"\bsocial\s+media\b", r"\bads\b", r"\bmarketing\b",
                  r"\bKampagne", r"\bcampagne", r"\bcampaña", r"\bcampagna", r"\bInstagram\b", r"\bLinkedIn\b", r"\bmailing\b"],
    "data_analysis": [r"\bspreadsheet", r"\bdashboard", r"\banaly[sz]", r"\bExcel\b", r"\bCSV\b", r"\bpivot", r"\bAuswertung",
                      r"\bTabelle", r"\banálisis", r"\banalisi\b", r"\bhoja\s+de\s+cálculo", r"\bfoglio\s+di\s+calcolo",
                      r"\bstatisti", r"\bsurvey\s+(?:data|results)", r"\bchart", r"\bdatos\s+de\s+ventas", r"\bplanilha"],
    "writing": [r"\bwrite\b", r"\bwriting\b", r"\bblog", r"\barticle", r"\bcopy(?:writing)?\b", r"\bproofread", r"\bessay",
                r"\bprivacy\s+(?:policy|notice)\b", r"\bschreib", r"\bText(?:e)?\b", r"\brédig", r"\bredact", r"\bescrib",
                r"\bscriver", r"\bschrijv", r"\btekst", r"\bescrever", r"\bredigir", r"\bparagraph", r"\bAbsatz", r"\bparagraphe",
                r"\bpárrafo", r"\bparagrafo", r"\balinea", r"\bparágrafo", r"\btypos?\b", r"\bwording\b", r"\bcover\s+letter"],
    "platform_support": [r"\blog\s?in\b", r"\bpassword", r"\baccount\s+(?:is\s+)?locked", r"\bcan['’]?t\s+access\s+my\s+account",
                         r"\bcannot\s+access\s+my\s+account", r"\bpayout", r"\brefund", r"\bcharged\s+twice", r"\bbilling\b",
                         r"\b2FA\b", r"\btwo-factor", r"\banmelden\b", r"\bPasswort", r"\bmot\s+de\s+passe", r"\bcontraseña",
                         r"\bwachtwoord", r"\bsenha\b", r"\bpassword\b", r"\bAuszahlung", r"\bremboursement", r"\breembolso",
                         r"\brimborso", r"\bterugbetaling", r"\breembolso", r"\bsubscription\s+(?:fee|plan)", r"\bfacturación"],
}


def _compile(cues: dict[str, list[str]]) -> dict[str, list[re.Pattern]]:
    return {k: [re.compile(p, re.IGNORECASE) for p in v] for k, v in cues.items()}


def required_literal(pattern: str) -> str | None:
    """The lower-cased text every match of `pattern` opens with ('auskunft'
    for r"\\bAuskunft\\b"), or None when it has no such text of 3 or more
    characters (an optional start, an alternation at the top level). A
    pattern is searched only in texts that hold its literal: one substring
    test instead of a scan, for the ~300 cues of every message."""
    if _top_level_alternation(pattern):
        return None
    body = pattern[2:] if pattern.startswith(r"\b") else pattern
    literal, i = [], 0
    while i < len(body):
        c = body[i]
        if c == "\\" and i + 1 < len(body) and body[i + 1] in ".-'’ §":
            literal.append(body[i + 1])
            i += 2
        elif c not in "\\[](){}?*+|.^$":
            literal.append(c)
            i += 1
        else:
            break
    if i < len(body) and body[i] in "?*{" and literal:
        literal.pop()  # the last character is optional
    text = "".join(literal)
    return text.lower() if len(text) >= 3 else None


def _top_level_alternation(pattern: str) -> bool:
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return True
        i += 1
    return False


# Letters that re.IGNORECASE matches to a letter their str.lower() is not:
# long s ('ſ' ~ 's'), dotted and dotless i ('İ' ~ 'i', 'ı' ~ 'I'), the Kelvin sign.
_FOLDS_APART = re.compile("[\u017f\u0130\u0131\u212a]")


def _lower_for_literals(text: str) -> str | None:
    """The text the cues' literals are looked for in, lower-cased; None where
    it holds a letter that lower-casing and the cues' matching read apart."""
    return None if _FOLDS_APART.search(text) else text.lower()


def _cues_to_try(gated: list[tuple[str | None, re.Pattern]], lower: str | None) -> list[re.Pattern]:
    """The cues whose literal the (lower-cased) text holds; all without one."""
    return [p for literal, p in gated if lower is None or literal is None or literal in lower]


def _gated(patterns: dict[str, list[re.Pattern]]) -> dict[str, list[tuple[str | None, re.Pattern]]]:
    return {k: [(required_literal(p.pattern), p) for p in v] for k, v in patterns.items()}


TYPE_PATTERNS = _compile(_TYPE_CUES)
CATEGORY_PATTERNS = _compile(_CATEGORY_CUES)
_TYPE_GATED = _gated(TYPE_PATTERNS)
_CATEGORY_GATED = _gated(CATEGORY_PATTERNS)


def request_types(text: str) -> dict[str, int]:
    """Cue hits per request type (types with no hit are left out)."""
    return dict(_request_types(text))


def category_scores(text: str) -> dict[str, int]:
    return dict(_category_scores(text))


# The default classifier asks both questions twice per text (the rules' own
# prediction, then MiniLM's cue features): the answers for the last texts are
# kept, as tuples, so that a caller's dict is always its own.
@lru_cache(maxsize=4096)
def _request_types(text: str) -> tuple[tuple[str, int], ...]:
    lower = _lower_for_literals(text)
    hits = {t: sum(1 for p in _cues_to_try(_TYPE_GATED[t], lower) if p.search(text)) for t in PRIVACY_TYPES}
    return tuple((t, n) for t, n in hits.items() if n)


@lru_cache(maxsize=4096)
def _category_scores(text: str) -> tuple[tuple[str, int], ...]:
    lower = _lower_for_literals(text)
    hits = {c: sum(len(p.findall(text)) for p in _cues_to_try(_CATEGORY_GATED[c], lower)) for c in CATEGORIES}
    return tuple((c, n) for c, n in hits.items() if n)
