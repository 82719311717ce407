"""Vocabulary shared by every template language: countries, real places,
company name parts, and the unlabelled product words used as hard negatives."""

# code | en | de | fr | es | it | nl | pt | native
_COUNTRY_TABLE = """
US|United States|USA|États-Unis|Estados Unidos|Stati Uniti|Verenigde Staten|Estados Unidos|USA
GB|United Kingdom|Großbritannien|Royaume-Uni|Reino Unido|Regno Unito|Verenigd Koninkrijk|Reino Unido|UK
IE|Ireland|Irland|Irlande|Irlanda|Irlanda|Ierland|Irlanda|Éire
AU|Australia|Australien|Australie|Australia|Australia|Australië|Austrália|Australia
CA|Canada|Kanada|Canada|Canadá|Canada|Canada|Canadá|Canada
NZ|New Zealand|Neuseeland|Nouvelle-Zélande|Nueva Zelanda|Nuova Zelanda|Nieuw-Zeeland|Nova Zelândia|Aotearoa
IN|India|Indien|Inde|India|India|India|Índia|Bharat
DE|Germany|Deutschland|Allemagne|Alemania|Germania|Duitsland|Alemanha|Deutschland
AT|Austria|Österreich|Autriche|Austria|Austria|Oostenrijk|Áustria|Österreich
CH|Switzerland|Schweiz|Suisse|Suiza|Svizzera|Zwitserland|Suíça|Schweiz
FR|France|Frankreich|France|Francia|Francia|Frankrijk|França|France
BE|Belgium|Belgien|Belgique|Bélgica|Belgio|België|Bélgica|Belgique
ES|Spain|Spanien|Espagne|España|Spagna|Spanje|Espanha|España
MX|Mexico|Mexiko|Mexique|México|Messico|Mexico|México|México
AR|Argentina|Argentinien|Argentine|Argentina|Argentina|Argentinië|Argentina|Argentina
IT|Italy|Italien|Italie|Italia|Italia|Italië|Itália|Italia
NL|Netherlands|Niederlande|Pays-Bas|Países Bajos|Paesi Bassi|Nederland|Países Baixos|Nederland
PT|Portugal|Portugal|Portugal|Portugal|Portogallo|Portugal|Portugal|Portugal
BR|Brazil|Brasilien|Brésil|Brasil|Brasile|Brazilië|Brasil|Brasil
FI|Finland|Finnland|Finlande|Finlandia|Finlandia|Finland|Finlândia|Suomi
SE|Sweden|Schweden|Suède|Suecia|Svezia|Zweden|Suécia|Sverige
DK|Denmark|Dänemark|Danemark|Dinamarca|Danimarca|Denemarken|Dinamarca|Danmark
NO|Norway|Norwegen|Norvège|Noruega|Norvegia|Noorwegen|Noruega|Norge
PL|Poland|Polen|Pologne|Polonia|Polonia|Polen|Polónia|Polska
CZ|Czech Republic|Tschechien|Tchéquie|Chequia|Repubblica Ceca|Tsjechië|Chéquia|Česko
HU|Hungary|Ungarn|Hongrie|Hungría|Ungheria|Hongarije|Hungria|Magyarország
EE|Estonia|Estland|Estonie|Estonia|Estonia|Estland|Estónia|Eesti
LV|Latvia|Lettland|Lettonie|Letonia|Lettonia|Letland|Letónia|Latvija
LT|Lithuania|Litauen|Lituanie|Lituania|Lituania|Litouwen|Lituânia|Lietuva
RO|Romania|Rumänien|Roumanie|Rumania|Romania|Roemenië|Roménia|România
HR|Croatia|Kroatien|Croatie|Croacia|Croazia|Kroatië|Croácia|Hrvatska
SK|Slovakia|Slowakei|Slovaquie|Eslovaquia|Slovacchia|Slowakije|Eslováquia|Slovensko
SI|Slovenia|Slowenien|Slovénie|Eslovenia|Slovenia|Slovenië|Eslovénia|Slovenija
GR|Greece|Griechenland|Grèce|Grecia|Grecia|Griekenland|Grécia|Ελλάδα
TR|Turkey|Türkei|Turquie|Turquía|Turchia|Turkije|Turquia|Türkiye
RU|Russia|Russland|Russie|Rusia|Russia|Rusland|Rússia|Россия
UA|Ukraine|Ukraine|Ukraine|Ucrania|Ucraina|Oekraïne|Ucrânia|Україна
IS|Iceland|Island|Islande|Islandia|Islanda|IJsland|Islândia|Ísland
BG|Bulgaria|Bulgarien|Bulgarie|Bulgaria|Bulgaria|Bulgarije|Bulgária|България
LU|Luxembourg|Luxemburg|Luxembourg|Luxemburgo|Lussemburgo|Luxemburg|Luxemburgo|Lëtzebuerg
"""
_COLUMNS = ("en", "de", "fr", "es", "it", "nl", "pt", "native")
# COUNTRY_NAMES["DE"]["fr"] == "Allemagne"
COUNTRY_NAMES = {
    row[0]: dict(zip(_COLUMNS, row[1:]))
    for row in (line.split("|") for line in _COUNTRY_TABLE.strip().splitlines())
}

# Faker invents towns ("West Jerry") in several locales; real inboxes name real
# places, exonyms included.
REAL_CITIES = {
    "US": ["New York", "Chicago", "Austin", "Seattle", "Boston", "Denver", "San Francisco", "Los Angeles", "Portland", "Atlanta", "Miami"],
    "GB": ["London", "Manchester", "Birmingham", "Leeds", "Glasgow", "Edinburgh", "Bristol", "Cardiff", "Belfast", "Liverpool", "Brighton"],
    "IE": ["Dublin", "Cork", "Galway", "Limerick"],
    "AU": ["Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide"],
    "CA": ["Toronto", "Vancouver", "Montreal", "Calgary", "Ottawa"],
    "NZ": ["Auckland", "Wellington", "Christchurch"],
    "IN": ["Mumbai", "Bangalore", "Delhi", "Pune", "Hyderabad"],
    "DE": ["Berlin", "Hamburg", "München", "Munich", "Köln", "Cologne", "Frankfurt am Main", "Stuttgart", "Düsseldorf", "Leipzig", "Dresden", "Nürnberg", "Bremen", "Hannover"],
    "AT": ["Wien", "Vienna", "Graz", "Linz", "Salzburg", "Innsbruck"],
    "CH": ["Zürich", "Zurich", "Genève", "Geneva", "Basel", "Bern", "Lausanne", "Luzern"],
    "FR": ["Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "Bordeaux", "Lille", "Strasbourg", "Nice", "Montpellier", "Rennes"],
    "BE": ["Bruxelles", "Brussels", "Brussel", "Antwerpen", "Gent", "Liège", "Namur", "Leuven"],
    "ES": ["Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Málaga", "Zaragoza", "Palma"],
    "MX": ["Ciudad de México", "Guadalajara", "Monterrey", "Puebla"],
    "AR": ["Buenos Aires", "Córdoba", "Rosario", "Mendoza"],
    "IT": ["Roma", "Rome", "Milano", "Milan", "Napoli", "Torino", "Firenze", "Florence", "Bologna", "Venezia", "Genova", "Palermo"],
    "NL": ["Amsterdam", "Rotterdam", "Den Haag", "The Hague", "Utrecht", "Eindhoven", "Groningen"],
    "PT": ["Lisboa", "Lisbon", "Porto", "Braga", "Coimbra", "Faro"],
    "BR": ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba", "Porto Alegre", "Recife"],
    "FI": ["Helsinki", "Tampere", "Turku", "Espoo", "Oulu"],
    "SE": ["Stockholm", "Göteborg", "Gothenburg", "Malmö", "Uppsala"],
    "DK": ["København", "Copenhagen", "Aarhus", "Odense"],
    "NO": ["Oslo", "Bergen", "Trondheim", "Stavanger"],
    "PL": ["Warszawa", "Warsaw", "Kraków", "Krakow", "Wrocław", "Gdańsk", "Poznań", "Łódź"],
    "CZ": ["Praha", "Prague", "Brno", "Ostrava", "Plzeň"],
    "HU": ["Budapest", "Debrecen", "Szeged", "Pécs"],
    "EE": ["Tallinn", "Tartu", "Pärnu"],
    "LV": ["Rīga", "Riga", "Daugavpils", "Jūrmala"],
    "LT": ["Vilnius", "Kaunas", "Klaipėda"],
    "RO": ["București", "Bucharest", "Cluj-Napoca", "Timișoara", "Iași"],
    "HR": ["Zagreb", "Split", "Rijeka", "Osijek"],
    "SK": ["Bratislava", "Košice", "Žilina"],
    "SI": ["Ljubljana", "Maribor", "Koper"],
    "GR": ["Athens", "Αθήνα", "Thessaloniki", "Θεσσαλονίκη", "Patras", "Heraklion"],
    "TR": ["İstanbul", "Istanbul", "Ankara", "İzmir", "Bursa", "Antalya"],
    "RU": ["Moscow", "Москва", "Saint Petersburg", "Novosibirsk", "Kazan"],
    "UA": ["Kyiv", "Київ", "Lviv", "Kharkiv", "Odesa", "Dnipro"],
    "IS": ["Reykjavík", "Akureyri", "Kópavogur"],
    "BG": ["Sofia", "София", "Plovdiv", "Varna"],
    "LU": ["Luxembourg", "Esch-sur-Alzette"],
}

# Regions for locales whose Faker has no administrative units of its own.
REGIONS = {
    "GB": ["Scotland", "Wales", "Yorkshire", "Cornwall", "Kent", "Northern Ireland"],
    "IE": ["County Cork", "Co. Galway", "Kerry", "Donegal"],
    "NZ": ["Canterbury", "Otago", "Waikato"],
    "BE": ["Wallonie", "Vlaanderen", "Flanders", "Brabant wallon"],
    "NO": ["Vestland", "Viken", "Trøndelag"],
    "EE": ["Harjumaa", "Tartumaa"],
    "LV": ["Vidzeme", "Kurzeme", "Latgale"],
    "LT": ["Žemaitija", "Aukštaitija"],
    "TR": ["Anadolu", "Kapadokya", "Ege"],
    "IS": ["Suðurland", "Vestfirðir"],
    "BG": ["Rhodopes", "Dobruja"],
    "LU": ["Éislek"],
    "_": ["Bavaria", "Bayern", "Catalonia", "Cataluña", "Tuscany", "Toscana", "Provence", "Île-de-France",
          "California", "Texas", "Ontario", "Andalucía", "Lombardia", "Noord-Brabant", "Tirol", "Algarve", "Lapland"],
}

# Address shapes for locales where Faker falls back to US addresses:
# (street line, postcode, city line); "%" is a digit 1-9, "#" 0-9, "!" a digit or nothing.
CUSTOM_ADDRESSES = {
    "fr_BE": ("{s} %!", "%###", "{zip} {city}",
              ["Rue de la Loi", "Avenue Louise", "Chaussée de Wavre", "Rue Neuve", "Boulevard d'Avroy", "Place du Marché"],
              ["Bruxelles", "Liège", "Namur", "Charleroi", "Mons", "Wavre", "Ixelles"]),
    "et_EE": ("{s} %!-%!", "1####", "{zip} {city}",
              ["Tartu mnt", "Pärnu mnt", "Narva mnt", "Kalamaja tn", "Vabriku", "Rüütli"],
              ["Tallinn", "Tartu", "Pärnu", "Narva", "Viljandi"]),
    "lv_LV": ("{s} %!-%!", "LV-%###", "{city}, {zip}",
              ["Brīvības iela", "Elizabetes iela", "Krišjāņa Barona iela", "Lāčplēša iela", "Dzirnavu iela"],
              ["Rīga", "Jelgava", "Liepāja", "Ventspils"]),
    "lt_LT": ("{s} %!-%!", "LT-%####", "{zip} {city}",
              ["Gedimino pr.", "Vilniaus g.", "Konstitucijos pr.", "Laisvės al.", "Pilies g."],
              ["Vilnius", "Kaunas", "Klaipėda", "Šiauliai"]),
    "tr_TR": ("{s} No: %! D: %", "%####", "{zip} {city}",
              ["Atatürk Cad.", "Cumhuriyet Cad.", "İstiklal Cad.", "Bağdat Cad.", "Gül Sok.", "Lale Sk."],
              ["Kadıköy/İstanbul", "Beşiktaş/İstanbul", "Çankaya/Ankara", "Konak/İzmir", "Nilüfer/Bursa"]),
    "is_IS": ("{s} %!", "%##", "{zip} {city}",
              ["Laugavegur", "Skólavörðustígur", "Hverfisgata", "Bankastræti", "Túngata"],
              ["Reykjavík", "Kópavogur", "Hafnarfjörður", "Akureyri"]),
    "bg_BG": ("{s} %!", "%###", "{zip} {city}",
              ["ул. Витоша", "бул. Христо Ботев", "ул. Граф Игнатиев", "бул. Цар Освободител"],
              ["София", "Пловдив", "Варна", "Бургас"]),
}

# Invented brands: prefix + suffix, optionally with a trade word and a legal form.
BRAND_HEADS = ["Blue", "Nord", "Bright", "Lumen", "Quantum", "Silver", "Pixel", "Green", "Iron", "Cedar",
               "Nova", "Alpine", "Urban", "Apex", "Kite", "Orbit", "Maple", "Harbor", "Clear", "Red",
               "Solar", "Vela", "Terra", "Zephyr", "Koral", "Brisa", "Stella", "Polar", "Eiche", "Fjord"]
BRAND_TAILS = ["field", "wave", "leaf", "stone", "works", "labs", "ly", "ora", "ify", "hub", "point",
               "mark", "line", "nest", "forge", "mint", "crest", "gate", "sense", "flow", "io", "ix"]
TRADE_WORDS = ["Media", "Digital", "Solutions", "Consulting", "Analytics", "Studio", "Systems", "Logistics",
               "Foods", "Health", "Capital", "Technologies", "Software", "Marketing", "Translations",
               "Design", "Partners", "Group", "Holding", "Ventures", "Legal", "Architects", "Events"]
LEGAL_FORMS = ["Ltd", "Ltd.", "Limited", "LLC", "Inc.", "Inc", "Corp.", "PLC", "GmbH", "GmbH & Co. KG", "AG",
               "e.K.", "UG", "SARL", "SAS", "S.A.", "SA", "S.L.", "S.A.U.", "S.r.l.", "S.p.A.", "srl",
               "B.V.", "BV", "N.V.", "Lda.", "Ltda.", "Oy", "AB", "A/S", "ApS", "AS", "Sp. z o.o.",
               "s.r.o.", "Kft.", "d.o.o.", "OÜ", "SIA", "UAB", "Pty Ltd", "LLP"]
# Patterns with surnames: {L} is a surname of the chosen locale.
ORG_PATTERNS = ["{L} {F}", "{L} & {L}", "{L} & {L} {F}", "{L} and Sons", "{L} & Sons", "{L}, {L} and {L}",
                "{L} & Partner", "{L} & Partners", "{L} {T}", "{L} {T} {F}", "Studio {L}", "{L} Bros.",
                "{L} & Co.", "{L} & Cie", "{L} e Figli", "{L} Hermanos", "Gebr. {L}", "{L} en Zonen",
                "{L} {T}", "{L}-{L} {F}"]

# Product and tool names: capitalised but never labelled.
TOOLS = ["Excel", "WordPress", "Google Sheets", "Power BI", "Python", "QuickBooks", "Photoshop", "Illustrator",
         "InDesign", "Trello", "Jira", "Tableau", "Webflow", "LaTeX", "PowerPoint", "Word", "Outlook", "Teams",
         "SQL", "React", "Django", "Figma", "Google Analytics", "Lightroom", "Premiere Pro", "Airtable",
         "Zapier", "Looker Studio", "WooCommerce", "Magento", "Elementor", "Mailchimp", "Canva", "Notion"]

EMAIL_DOMAINS = ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "proton.me", "gmx.de",
                 "web.de", "t-online.de", "orange.fr", "free.fr", "yahoo.es", "libero.it", "ziggo.nl",
                 "telenet.be", "sapo.pt", "uol.com.br", "bluewin.ch", "wp.pl", "seznam.cz", "mail.ru"]

# Organisation names with no legal form and no surname, as brands and
# start-ups are written: an invented word ("Velantro"), or ordinary words
# put together ("Bright Ledger Finance"). The model must read them from the
# context ("I work at ...", "... called me"), not from a suffix.
BRAND_ONSETS = ["b", "br", "c", "cl", "d", "f", "fl", "g", "gr", "k", "l", "m", "n", "p", "pr", "qu", "r", "s",
                "sc", "sp", "st", "t", "tr", "v", "z", "x", ""]
BRAND_VOWELS = ["a", "e", "i", "o", "u", "ia", "io", "ea", "ou", "y"]
BRAND_CODAS = ["", "", "", "n", "r", "l", "s", "x", "m", "nt", "rd", "sk", "t"]
ORG_WORDS = [
    "Open", "Clear", "Smart", "Civic", "Public", "Urban", "Global", "First", "Prime", "Swift", "True", "Bright",
    "Fair", "Next", "Rapid", "Direct", "Common", "Modern", "Blue", "Green", "North", "Summit", "Bridge", "Path",
    "Ledger", "Credit", "Lending", "Market", "Signal", "Insight", "Metric", "Harbor", "Anchor", "Beacon", "Compass",
    "Pioneer", "Frontier", "Venture", "Legacy", "Liberty", "Union", "Alliance", "Network", "Exchange", "Works",
    "Power", "Energy", "Water", "Transit", "Freight", "Health", "Care", "Wellness", "Learning", "School", "Home",
    "Property", "Realty", "Finance", "Data", "Cloud", "Code", "Labs", "Research", "Review", "News", "Media", "Press",
    "Score", "Watch", "Track", "Map", "Finder", "Scout", "Counter", "Desk", "Office", "Central", "Direct", "Plus",
]
ORG_SHAPES = ["{W} {W}", "{W} {W}", "{W} {W} {W}", "{W} {T}", "{W} {W} {T}", "{W} and {W}", "The {W} {W}",
              "{W}{w}", "{W} {W} Institute", "{W} {W} Foundation", "{W} {W} Association", "{W} {W} Trust"]
