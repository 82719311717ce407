"""Dutch support messages. Slot syntax: see generate.py."""

LANG = "nl"
LOCALES = ["nl_NL", "nl_NL", "nl_BE"]
JOB_LOCALES: list[str] = []  # Faker's nl_NL jobs are English
HONORIFICS = {"m": ["Dhr.", "Dhr.", "dhr.", "meneer", "Dr.", "Ir.", "Mr."],
              "f": ["Mevr.", "Mevr.", "mevr.", "mevrouw", "Mw.", "Dr.", "Ir."]}
JOBS = [
    "Financieel directeur", "Algemeen directeur", "Marketingmanager", "Boekhouder", "Accountant", "Projectleider",
    "Eigenaar", "Directiesecretaresse", "Advocaat", "Functionaris gegevensbescherming", "HR-adviseur",
    "Webontwikkelaar", "Grafisch ontwerper", "Vertaler", "Systeembeheerder", "Commercieel directeur",
    "Oprichter", "Office manager", "Salarisadministrateur",
]
UNITS = ["Postbus %###", "bus %", "App. %#", "%-hoog", "Unit %"]
SERVICES = ["logo-ontwerp", "vertaling van de website", "SEO-audit", "maandelijkse boekhouding", "Excel-rapport",
            "WordPress-site", "Logo Design Pakket", "Premium-abonnement", "blogartikelen", "correctiewerk",
            "huisstijl", "data-analyse", "socialemediacampagne"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
DATE_FORMATS = ["{dd}-{mm}-{Y}", "{d} {month} {Y}", "{d} {month}", "{dd}/{mm}/{Y}", "{Y}-{mm}-{dd}"]
AMOUNTS = ["€ {x},{c}", "€{x}", "{x} euro", "EUR {x},{c}"]

GREETINGS = ["Hallo,", "Goedemorgen,", "Geachte heer/mevrouw,", "Beste {first4},", "Geachte {hname4},",
             "Goedemiddag,", "Beste Taskbridge,", "", "Hoi,", "Hoi {first4},"]
CLOSINGS = ["Met vriendelijke groet,", "Vriendelijke groeten,", "Groeten,", "Groetjes,", "Alvast bedankt,",
            "Bedankt,", "Mvg,", "Hartelijke groet,"]
SUBJECTS = ["Onderwerp: adreswijziging", "Onderwerp: RE: bestelling {order}", "Onderwerp: inzageverzoek AVG",
            "Onderwerp: factuur {invoice} klopt niet"]
WRAPPERS = [
    "---------- Doorgestuurd bericht ---------\nVan: {name} <{email}>\nDatum: {weekday} {date} om {time}\n"
    "Onderwerp: {service}\nAan: {name2} <{email2}>",
    "Op {weekday} {date} om {time} schreef {name} <{email}>:",
]

SIGNATURES = [
    "{name}\n?{job}\n?{org}\n?{addrblock}\n?Tel.: {phone}",
    "{first}",
    "{hname}\n{job}\n{org}\n?{addrline}",
    "--\n{name}\n{org}\n{addrline}\n?KvK: {num}",
    "{first}\n\nVerstuurd vanaf mijn iPhone",
]

BODIES = [
    "ik ben verhuisd en wil mijn factuuradres aanpassen. Het nieuwe adres is:\n\n{addrblock}\n\n"
    "Kunnen jullie factuur {invoice} ook aanpassen?",
    "de aanbieder {name2} reageert sinds {weekday} niet meer op mijn berichten (bestelling {order}).",
    "op grond van artikel 17 AVG verzoek ik u mijn account te verwijderen. Mijn geregistreerde adres was {addrline}.",
    "ons bedrijf heet voortaan {org2} (voorheen {org}). Wilt u de volgende facturen daarop aanpassen?",
    "willen jullie {name2} toevoegen als gebruiker van ons account? {g2:Hij/Zij} is onze {job2}.",
    "ik ben tot {date} in {town}, dus liever antwoord per e-mail dan via {phone}.",
    "zoals telefonisch besproken met {first2} stuur ik hierbij het ondertekende formulier.",
    "bedankt voor de snelle hulp vorige keer. Helaas is de downloadlink van bestelling {order} weer verlopen.",
    # People named by one name only, companies and places in running text.
    "{last2} van jullie facturatieafdeling beloofde vorige week een terugbetaling.",
    "Kunnen jullie dit doorsturen naar {first2}? {g2:Hij/Zij} beheert ons account.",
    "Volgens {last3} is de factuur op {date} betaald, maar wij zien niets op onze rekening.",
    "We werkten eerder met {org2}, maar we stappen nu helemaal over naar Taskbridge.",
    "Ons team in {town} bekijkt het concept, de definitieve goedkeuring komt van {last2}.",
]

MESSAGES = [
    "Nieuw adres: {addrline}\n{name}",
    "graag mijn adres wijzigen naar {addrline}",
    "Hallo, ik ben verhuisd naar {town}. Hoe pas ik de locatie in mijn profiel aan?",
    "Mijn naam is {name} en ik wil dat mijn account ({email}) wordt verwijderd volgens de AVG.",
    "Voornaam: {first}\nAchternaam: {last}\nStraat en huisnummer: {street}\nPostcode: {zip}\nWoonplaats: {city}\n"
    "?Provincie: {region}\nLand: {country}\nReden: adreswijziging",
    "NAAM: {name:upper}\nBEDRIJF: {org}\nFUNCTIE: {job}\nADRES: {addr}",
    "[{time}] {first:lower}: hoi, ik heb mijn factuur niet ontvangen\n[{time}] Taskbridge Support: Hoi! Naar welk adres mag hij?\n"
    "[{time}] {first:lower}: {addrline}",
    "{org}\n{addrblock}\n\n{town}, {date}\n\nBetreft: verzoek tot verwijdering van gegevens\n\nGeachte heer/mevrouw,\n\n"
    "namens onze cliënt{g2:/e} {hname2} verzoeken wij u alle persoonsgegevens te verwijderen.\n\n"
    "Met vriendelijke groet,\n\n{name}\n{job}",
    "Afleveradres:\n{name}\n{addrblock}\n\nFactuuradres:\n{org}\nT.a.v. {hname2}\n{addrblock2}",
    "FACTUUR {invoice}\nDatum: {date}\n\nKlant:\n{name}\n?{org}\n{addrblock}\n\nOmschrijving: {service}\nTotaal: {amount}",
    "Mijn collega {name2} ({job2}) neemt het project vanaf maandag over.",
    "De aanbieder {first2} {last2} van {org2} leverde twee weken te laat. Ik wil een gedeeltelijke terugbetaling.",
    "hoi met {first:lower} uit {town:lower}, mijn bestelling {order} staat nog steeds op 'in behandeling'??",
    "Kunnen jullie de factuur op naam zetten van {org}, {addrline}, t.a.v. {hname2}?",
    "De postcode is {zip}, niet die op de factuur.",
    "Ik heb {n} jaar als {job} bij {org} in {town} gewerkt voordat ik naar {land} verhuisde.",
    "Wie is {name2}? Die persoon stuurde me een bericht over mijn bestelling.",
    "Wij zijn een klein bedrijf uit {town} ({org}) en zoeken hulp bij {service}.",
    "Ik kom uit {land} en woon nu in {town}. Welke btw geldt voor mij?",
    "Groeten uit {town:upper}! Is het Business-abonnement ook beschikbaar in {land}?",
]

NEGATIVES = [
    "Hallo, ik heb {weekday} het Logo Design Pakket besteld maar nog niets ontvangen. Bestelling {order}.",
    "Is het Excel-rapport in {month} klaar?",
    "Graag de factuur als pdf. Premium-abonnement, maandelijkse facturatie.",
    "Hoe wijzig ik mijn wachtwoord bij Taskbridge?",
    "Dank je wel, het probleem met WordPress is opgelost!",
    "De betaling van {amount} staat sinds {weekday} open. Ticket {ticket}.",
    "Geachte heer/mevrouw,\n\nik wil mijn abonnement opzeggen per eind {month}.\n\nMet vriendelijke groet",
    "[Hoi|Hallo], is er studentenkorting?",
    "Het {tool}-bestand heeft de verkeerde [lettertypes|kleuren]. Kunnen jullie dat checken?",
    "Kan ik met iDEAL of PayPal betalen?",
    "Bestelling {order} staat op Geleverd, maar er is niets geüpload.",
]

CORNERS = ["de hoek van {a} en {b}", "hoek {a}/{b}", "de kruising van {a} en {b}"]
MESSAGES += [
    "Ik woon op {corner}, de koerier gaat steeds naar het verkeerde gebouw.",
    "Kan de leverancier mij {weekday} treffen op {corner}?",
    "Ik werk bij {org2} en heb een factuur op naam van het bedrijf nodig.",
    "{org2} belde me gisteren over mijn bestelling. Zijn dat partners van jullie?",
    "We vergelijken offertes van {org2} en {org3}.",
    "{first2} zegt dat de bestanden klaar zijn.",
]
NEGATIVES += [
    "ALGEMENE VOORWAARDEN\nArtikel 1 - Toepasselijkheid\nArtikel 2 - Prijzen",
    "Levering, Oplevering en Garantie staan in bijlage B.",
]
