"""French support messages. Slot syntax: see generate.py."""

LANG = "fr"
LOCALES = ["fr_FR", "fr_FR", "fr_CH", "fr_BE"]
JOB_LOCALES = ["fr_FR", "fr_CH"]
HONORIFICS = {"m": ["M.", "M.", "Monsieur", "Dr", "Pr", "Me"],
              "f": ["Mme", "Mme", "Mme.", "Madame", "Mlle", "Dr", "Pr", "Me"]}
JOBS = [
    "Directrice financière", "Directeur général", "Responsable marketing", "Comptable", "Expert-comptable",
    "Chef de projet", "Cheffe de projet", "Gérant", "Gérante", "Assistante de direction", "Juriste",
    "Délégué à la protection des données", "Responsable des ressources humaines", "Développeur web",
    "Graphiste", "Traductrice indépendante", "Avocate", "Responsable administratif et financier",
    "Chargée de communication", "Directeur commercial", "Office manager", "Fondatrice",
]
UNITS = ["Appt %#", "Bât. ?", "BP %##", "Étage %", "Apt. %", "CS %####"]
SERVICES = ["création de logo", "traduction du site", "audit SEO", "comptabilité mensuelle", "tableau de bord Excel",
            "site WordPress", "Pack Logo Design", "offre Premium", "rédaction d'articles", "relecture",
            "identité visuelle", "analyse de données", "campagne réseaux sociaux"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DATE_FORMATS = ["{dd}/{mm}/{Y}", "{d} {month} {Y}", "le {d} {month}", "{dd}.{mm}.{Y}", "{Y}-{mm}-{dd}"]
AMOUNTS = ["{x},{c} €", "{x} €", "{x} EUR", "€{x}", "{x} CHF"]

GREETINGS = ["Bonjour,", "Madame, Monsieur,", "Bonjour {first4},", "Bonjour {hname4},", "Cher{g4:/e} {first4},",
             "Salut,", "Bonsoir,", "Chère équipe Taskbridge,", "", "Bonjour à l'équipe support,"]
CLOSINGS = ["Cordialement,", "Bien cordialement,", "Bien à vous,", "Merci d'avance,", "Merci,",
            "Je vous prie d'agréer mes salutations distinguées.", "Bonne journée,", "A+"]
SUBJECTS = ["Objet : changement d'adresse", "Objet : RE: commande {order}", "Objet : demande d'accès RGPD",
            "Objet : facture {invoice} erronée"]
WRAPPERS = [
    "---------- Message transféré ---------\nDe : {name} <{email}>\nDate : {weekday} {date} à {time}\n"
    "Objet : {service}\nÀ : {name2} <{email2}>",
    "Le {date} à {time}, {name} <{email}> a écrit :",
    "De : {name2} <{email2}>\nEnvoyé : {weekday} {date} {time}\nÀ : {name} <{email}>\nObjet : RE: facture {invoice}",
]

SIGNATURES = [
    "{name}\n?{job}\n?{org}\n?{addrblock}\n?Tél. : {phone}",
    "{first}",
    "{hname}\n{job} - {org}\n?{addrline}",
    "--\n{name}\n{org}\n{addrline}\n?SIRET : {num}",
    "{name:upper} {job}\n{phone}",
    "{first}\n\nEnvoyé de mon iPhone",
]

BODIES = [
    "je viens de déménager et je souhaite mettre à jour mon adresse de facturation :\n\n{addrblock}\n\n"
    "Pouvez-vous aussi corriger la facture {invoice} ?",
    "le prestataire {name2} ne répond plus à mes messages depuis {weekday} (commande {order}).",
    "conformément à l'article 17 du RGPD, je vous demande de supprimer mon compte. Mon adresse enregistrée était {addrline}.",
    "notre société s'appelle désormais {org2} (anciennement {org}). Merci d'en tenir compte sur les prochaines factures.",
    "merci d'ajouter {name2} comme utilisat{g2:eur/rice} sur notre compte. {g2:Il/Elle} est notre {job2}.",
    "je serai à {town} jusqu'au {date}, merci de me répondre par e-mail plutôt qu'au {phone}.",
    "comme convenu avec {first2} au téléphone, je vous envoie le formulaire signé.",
    "merci pour votre aide la dernière fois. Malheureusement le lien de téléchargement de la commande {order} a encore expiré.",
    # People named by one name only, companies and places in running text.
    "{hon2} {last2} du service facturation m'a promis un remboursement la semaine dernière.",
    "Merci de transmettre ceci à {first2}, {g2:il/elle} s'occupe de notre compte.",
    "Selon {last3}, la facture a été réglée le {date}. Nous ne voyons rien sur notre relevé.",
    "Nous travaillions auparavant avec {org2}, mais nous passons tout chez Taskbridge.",
    "Notre équipe de {town} relira le texte, la validation finale vient de {last2}.",
]

MESSAGES = [
    "Nouvelle adresse : {addrline}\n{name}",
    "merci de changer mon adresse : {addrline}",
    "Bonjour, j'ai déménagé à {town}. Comment modifier la localisation de mon profil ?",
    "Je m'appelle {name} et je souhaite la suppression de mon compte ({email}) au titre du RGPD.",
    "Civilité : {hon}\nPrénom : {first}\nNom : {last:upper}\nAdresse : {street}\nCode postal : {zip}\nVille : {city}\n"
    "Pays : {country}\nMessage : changement d'adresse",
    "NOM : {last:upper}\nPRÉNOM : {first}\nSOCIÉTÉ : {org}\nFONCTION : {job}\nADRESSE : {addr}",
    "[{time}] {first:lower} : bonjour, je n'ai pas reçu ma facture\n[{time}] Support Taskbridge : Bonjour ! "
    "À quelle adresse faut-il l'envoyer ?\n[{time}] {first:lower} : {addrline}",
    "{org}\n{addrblock}\n\n{town}, le {date}\n\nObjet : demande d'effacement de données\n\nMadame, Monsieur,\n\n"
    "au nom de notre client{g2:/e} {hname2}, nous vous demandons de supprimer toutes ses données personnelles.\n\n"
    "Veuillez agréer nos salutations distinguées.\n\n{name}\n{job}",
    "Adresse de livraison :\n{name}\n{addrblock}\n\nAdresse de facturation :\n{org}\nÀ l'attention de {hname2}\n{addrblock2}",
    "FACTURE N° {invoice}\nDate : {date}\n\nClient :\n{name}\n?{org}\n{addrblock}\n\nPrestation : {service}\nTotal TTC : {amount}",
    "{g2:Mon collègue/Ma collègue} {name2} ({job2}) reprend le projet à partir de lundi.",
    "Le prestataire {first2} {last2} de {org2} a livré avec deux semaines de retard, je demande un remboursement partiel.",
    "salut c'est {first:lower} de {town:lower}, ma commande {order} est toujours en cours ??",
    "Pouvez-vous établir la facture au nom de {org}, {addrline}, à l'attention de {hname2} ?",
    "Le code postal est {zip}, pas celui indiqué sur la facture.",
    "J'ai travaillé {n} ans comme {job} chez {org} à {town} avant de m'installer à l'étranger ({land}).",
    "Qui est {name2} ? Cette personne m'a contacté au sujet de ma commande.",
    "Région : {region}. Nous cherchons quelqu'un dans la même région pour notre projet ({service}).",
    "Je suis basé{g:/e} à {town}, le prestataire est à {town2}. Qui s'adapte au fuseau horaire ?",
    "Bonjour depuis {town:upper} ! L'offre Business existe-t-elle aussi en {region} ?",
]

NEGATIVES = [
    "Bonjour, j'ai commandé le Pack Logo Design {weekday} dernier et je n'ai toujours rien reçu. Commande {order}.",
    "Est-ce que le tableau de bord Excel sera prêt en {month} ?",
    "Merci de m'envoyer la facture en PDF. Offre Premium, facturation mensuelle.",
    "Comment changer mon mot de passe Taskbridge ?",
    "Merci beaucoup, le problème WordPress est résolu !",
    "Le paiement de {amount} est en attente depuis {weekday}. Ticket {ticket}.",
    "Madame, Monsieur,\n\nje souhaite résilier mon abonnement à la fin du mois de {month}.\n\nCordialement",
    "[Bonjour|Salut], y a-t-il une réduction pour les étudiants ?",
    "Le fichier {tool} contient les mauvaises [polices|couleurs]. Pouvez-vous vérifier ?",
    "Puis-je payer par PayPal ou seulement par carte ?",
    "La commande {order} est marquée Livrée mais rien n'a été déposé.",
]

CORNERS = ["l'angle de {a} et {b}", "l'angle {a} / {b}", "coin {a} et {b}", "l'intersection de {a} et {b}"]
MESSAGES += [
    "J'habite à {corner}, le livreur se trompe toujours d'immeuble.",
    "Le prestataire peut-il me retrouver à {corner} {weekday} ?",
    "Je travaille chez {org2} et j'ai besoin d'une facture au nom de la société.",
    "{org2} m'a appelé hier au sujet de ma commande. C'est un de vos partenaires ?",
    "Nous comparons les devis de {org2} et de {org3}.",
    "{first2} dit que les fichiers sont prêts.",
]
NEGATIVES += [
    "CONDITIONS GÉNÉRALES DE VENTE\nArticle 1 - Champ d'application\nArticle 2 - Prix",
    "Livraison, Recette et Garantie sont décrites à l'annexe B.",
]
