# Banques de phrases en français (France). Format : voir _phrases_en.py.

LOCALES = ["fr_FR"]
EMAIL_DOMAINS = ["orange.example", "free.example", "laposte.example", "sfr.example",
                 "wanadoo.example", "mailbox.example", "gmail.example"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]
DATE_FORMATS = ["{d:02d}/{m:02d}/{y}", "{d} {month} {y}", "{d:02d}/{m:02d}/{y}"]

P = {}

P["greet.casual"] = r"""
Bonjour,
Bonjour à tous,
Salut,
Bonjour l'équipe Taskbridge,
Bonsoir,
Hello,
Bonjour le support,
"""
P["greet.formal"] = r"""
Madame, Monsieur,
Madame, Monsieur le Délégué à la protection des données,
À l'attention du Délégué à la protection des données (DPO),
Madame, Monsieur, à l'attention du service Protection des données,
"""
P["greet.formal.business"] = r"""
Madame, Monsieur,
Bonjour,
Chère équipe Taskbridge,
Bonjour à toute l'équipe,
"""
P["greet.person"] = r"""
Bonjour {to},
Salut {to},
Bonjour {to} !
Hello {to},
Re-bonjour {to},
"""
P["close.casual"] = r"""
Merci !
Merci d'avance,
Bonne journée,
Cordialement,
Bien à vous,
À bientôt,
Merci beaucoup,
Bonne soirée,
"""
P["close.formal"] = r"""
Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.
Veuillez agréer, Madame, Monsieur, mes salutations distinguées.
Cordialement,
Bien cordialement,
Dans l'attente de votre réponse, je vous prie d'agréer mes salutations distinguées.
"""
P["close.extra"] = r"""
Merci de me confirmer quand c'est fait.
Je reste disponible si vous avez besoin de vérifier mon identité.
Une réponse rapide serait appréciée.
Merci de me tenir au courant par e-mail.
"""
P["sig.casual"] = r"""
{first}
{name}
{first}
{name}\n{phone}
{name}\nEnvoyé de mon iPhone
{first}\n\nEnvoyé depuis mon mobile
{name}\n{email}
-- \n{name}\nTél. {phone}
"""
P["sig.formal"] = r"""
{name}\n{street}\n{city_line}
{name}\n{street}\n{city_line}\nTél. : {phone}
{name}\n{address}\nCourriel : {email}
{name}\nTél. : {phone}\nE-mail : {email}
{name}
"""
P["sig.business"] = r"""
{name}\n{company}\nTél. {phone}
{name}\nGérant[[||e]] | {company}\n{work_email}
{name}\nResponsable marketing, {company}\nPortable : {phone}
{name}\n{company}\n{street}\n{city_line}
"""
P["sig.agent"] = r"""
Maître {name}\nAvocat[[||e]] au Barreau\n{firm}\n{street}\n{city_line}\nTél. {phone}
{name}\nAvocat[[||e]] | {firm}\n{email}
{name}\n{firm}\n{street}, {city_line}\nTél. {phone}
"""
P["firm"] = r"""
Cabinet {l1}
{l1} & {l2} Avocats
SELARL {l1} Avocats
{l1}, {l2} & Associés
"""
P["ctx.priv"] = r"""
Mon compte est le {acc}.
Je suis [[inscrit||inscrite]] avec l'adresse {email}.
J'ai utilisé Taskbridge deux ou trois fois l'an dernier, surtout pour des traductions.
Ma dernière commande était la {order} (création de logo).
Je ne me suis pas [[connecté||connectée]] depuis plus d'un an.
Le compte est enregistré sous {email} (identifiant {acc}).
J'avais commandé de la rédaction chez vous en {year}.
Je suis [[un ancien client||une ancienne cliente]], numéro de compte {acc}.
J'ai fermé ma boutique et je n'ai plus besoin de la plateforme.
Je m'étais [[inscrit||inscrite]] uniquement pour obtenir un devis, sans jamais commander.
Vous pouvez me joindre au {phone} si besoin.
"""
P["ctx.ord"] = r"""
Nous avons déjà travaillé ensemble (commande {order}).
Je suis [[le gérant||la gérante]] de {company}.
Nous sommes une petite équipe basée à {city}.
Mon compte : {acc}.
J'espère que vous allez bien.
Suite à notre échange téléphonique :
Un collègue m'a recommandé votre plateforme.
C'est pour {company}.
"""
P["transition"] = r"""
Par ailleurs, j'ai une deuxième demande.
J'ai également une autre demande.
Autre chose encore.
Enfin, un dernier point.
De plus, je souhaite aussi ceci.
"""
P["bridge"] = r"""
Autre sujet, sans rapport avec le projet.
Par ailleurs, une question qui n'a rien à voir avec la commande.
Petite parenthèse concernant mes données personnelles.
PS :
Au passage, une autre demande.
J'en profite pour une autre demande.
"""
P["bridge.task"] = r"""
Par ailleurs, concernant mon projet en cours :
Et maintenant la mission proprement dite :
Ensuite, côté projet :
J'ai aussi une nouvelle mission à confier :
"""
P["bridge.end"] = r"""
Une dernière chose.
Pour terminer, une demande.
Avant de clore le dossier, une dernière demande.
Et pour finir :
"""
P["thread.done"] = r"""
Bien reçu les fichiers finaux, merci – tout est bon de mon côté et la facture est réglée.
Tout a été livré et validé, merci pour le travail.
Merci, le projet est terminé pour moi.
Tout est reçu, la commande peut être clôturée.
Parfait, j'ai laissé un avis. On a terminé.
"""
P["thread.quote"] = r"""
Le {qdate} à {qtime}, {qname} <{qemail}> a écrit :
Le {qdate}, {qname} <{qemail}> a écrit :
{qname} a écrit le {qdate} :
"""
P["thread.outlook"] = r"""
-----Message d'origine-----\nDe : {qname} <{qemail}>\nEnvoyé : {qdate} {qtime}
De : {qname} <{qemail}>\nDate : {qdate} à {qtime}
________________________________\nDe : {qname} <{qemail}>\nEnvoyé : {qdate} {qtime}
"""
P["thread.re"] = r"""
RE :
Re:
RE :
"""
P["support.address"] = r"""
support@taskbridge.example
aide@taskbridge.example
"""
P["formal.intro"] = r"""
Par la présente, j'exerce les droits que me confère le Règlement général sur la protection des données (RGPD) concernant mon compte {acc}.
[[Client||Cliente]] de votre plateforme (adresse e-mail : {email}), je m'adresse à vous en votre qualité de responsable du traitement.
Je vous écris au sujet des données personnelles que Taskbridge traite à mon sujet en tant [[qu'ancien client||qu'ancienne cliente]].
Titulaire du compte {acc}, je vous adresse la présente demande en application du RGPD et de la loi Informatique et Libertés.
Je vous prie de considérer ce courriel comme une demande formelle au titre du RGPD.
"""
P["formal.multi"] = r"""
Je vous demande par conséquent :
Plus précisément, je demande :
Je vous saurais gré de bien vouloir :
Mes demandes sont les suivantes :
"""
P["formal.identity"] = r"""
Pour m'identifier : {name}, [[né||née]] le {dob}, demeurant {address}.
Mon adresse e-mail enregistrée est {email} et mon numéro de téléphone le {phone}.
Mon compte client porte le numéro {acc} ; ma dernière commande était la {order}.
Je peux fournir une pièce d'identité si cela est réellement nécessaire, mais j'écris depuis mon adresse enregistrée.
Éléments d'identification : {name}, [[né||née]] le {dob}, {address}, compte {acc}.
"""
P["formal.deadline"] = r"""
Je vous remercie de me répondre dans le délai d'un mois prévu à l'article 12, paragraphe 3, du RGPD.
J'attends votre réponse dans les meilleurs délais et au plus tard dans un délai d'un mois à compter de la réception de la présente.
Merci d'accuser réception de cette demande.
"""
P["formal.threat"] = r"""
À défaut de réponse dans ce délai, je me réserve le droit de saisir la CNIL.
Sans réponse satisfaisante de votre part, j'introduirai une réclamation auprès de la CNIL.
Si vous estimez qu'une exception s'applique, merci de m'en indiquer le fondement.
"""
P["formal.header"] = r"""
{name}\n{street}\n{city_line}\n\nTaskbridge\nÀ l'attention du DPO\n\n{home_city}, le {date}\n\nObjet : {subj}
{name}\n{address}\n{email}\n\nLe {date}\n\nObjet : {subj}
Envoyé par courriel à privacy@taskbridge.example\n\nLe {date}\n\nObjet : {subj}
"""
P["formal.task_intro"] = r"""
Nous souhaiterions recevoir un devis pour la mission suivante.
Je souhaite confier le projet suivant via votre plateforme.
Nous recherchons un prestataire pour le projet décrit ci-dessous.
Voici les grandes lignes d'une mission que nous aimerions passer par Taskbridge.
"""
P["formal.task_close"] = r"""
Merci de nous indiquer le coût estimé et le délai de réalisation.
Dans l'attente de votre proposition,
Je reste à votre disposition pour toute précision.
Pouvez-vous nous confirmer si ce calendrier est tenable ?
"""
P["agent.lawyer"] = r"""
Je vous informe que j'interviens en qualité de conseil de {client}, qui m'a mandaté[[||e]] pour la présente démarche.
Notre cabinet représente {client}, <<ancien client||ancienne cliente>> de votre plateforme. Nous agissons au nom et pour le compte de <<notre client||notre cliente>>.
J'assiste {client} dans un litige l'opposant à un prestataire de votre plateforme et vous écris à ce titre au sujet de ses données personnelles.
Nous avons été [[mandatés||mandatées]] par {client} pour faire valoir ses droits au titre du RGPD.
"""
P["agent.parent"] = r"""
Je suis [[le père||la mère]] de {client}, âgé<<||e>> de {client_age} ans. <<Il||Elle>> a créé un compte sur votre site à notre insu.
<<Mon fils||Ma fille>> {client_first}, {client_age} ans, s'est <<inscrit||inscrite>> sur Taskbridge pour proposer du soutien scolaire, ce que nous n'avons pas autorisé. Je vous écris en tant que représentant[[||e]] légal[[||e]].
Je vous écris au nom de <<mon fils||ma fille>> {client} ({client_age} ans), qui a utilisé votre plateforme pour un projet scolaire.
"""
P["agent.family"] = r"""
Je vous écris au nom de <<mon père||ma mère>>, {client}, dont je suis [[le mandataire||la mandataire]] en vertu d'un mandat de protection future.
<<Mon mari||Ma femme>>, {client}, est actuellement <<hospitalisé||hospitalisée>> et m'a demandé de m'occuper de cette démarche.
Je suis [[le tuteur||la tutrice]] de {client} et je gère ses affaires administratives.
"""
P["agent.auth"] = r"""
Vous trouverez ci-joint le mandat signé.
Je joins une copie de la procuration ainsi que de sa pièce d'identité.
Le pouvoir écrit et une copie de ma pièce d'identité sont joints au présent courriel.
Le justificatif de mon mandat figure en pièce jointe.
"""
P["agent.client_id"] = r"""
Le compte de {client} est enregistré sous {client_email} ({client_acc}).
Pour l'identification : {client}, <<né||née>> le {client_dob}, {client_address}.
Il s'agit du compte client {client_acc}, associé à l'adresse {client_email}.
"""
P["agent.task_intro"] = r"""
Je vous écris de la part de {client}, <<gérant||gérante>> de {company}.
Je suis l'assistant[[||e]] de {client} et je passe cette commande pour <<lui||elle>>.
Notre agence gère les projets de {company} et souhaite confier la mission suivante pour le compte de {client}.
{client} m'a demandé de vous contacter en son nom.
"""
P["chat.open"] = r"""
bonjour
salut
Bonjour, petite question
Bonjour, il y a quelqu'un ?
bonjour, j'ai besoin d'aide
"""
P["chat.agent_greet"] = r"""
Bonjour {first}, merci d'avoir contacté Taskbridge. Comment puis-je vous aider ?
Bonjour ! Ici {agent}. Que puis-je faire pour vous ?
Bonjour, merci de votre patience. Quelle est votre demande ?
"""
P["chat.agent_ask"] = r"""
Bien sûr. Pouvez-vous me confirmer l'adresse e-mail ou l'identifiant de votre compte ?
Je regarde. Avec quelle adresse e-mail ou quel numéro de compte êtes-vous [[inscrit||inscrite]] ?
Merci. Pour retrouver votre compte, pouvez-vous me donner votre identifiant ou votre e-mail ?
"""
P["chat.agent_end"] = r"""
Merci, j'ai enregistré votre demande sous le ticket {ticket}. Vous recevrez une confirmation par e-mail.
C'est noté, je transmets au service concerné. Vous aurez un retour par e-mail.
Très bien {first}, le ticket {ticket} est créé, nous revenons vers vous.
Merci de nous avoir prévenus. Nous vous confirmerons par e-mail une fois la demande traitée.
"""
P["chat.agent_end_ord"] = r"""
Merci, j'ai créé le ticket {ticket}.
C'est noté, je transmets et on revient vers vous rapidement.
D'accord, c'est transmis. Vous recevrez une mise à jour par e-mail.
Merci {first}, je m'en occupe et je reviens vers vous.
"""
P["chat.cust_end"] = r"""
merci
super, merci !
ok merci
merci beaucoup
parfait
"""
P["form.labels"] = r"""
title=Formulaire de contact|name=Nom|email=E-mail|phone=Téléphone|account=Numéro de compte|order=Numéro de commande|topic=Objet|message=Message|sent=Envoyé le
"""
P["form.topic_privacy"] = r"""
Données personnelles
Protection des données
RGPD / vie privée
Mes données
"""
P["form.topic_generic"] = r"""
Demande générale
Mon compte
Autre
Suggestion
"""
P["form.topic_project"] = r"""
Nouveau projet
Question sur une commande
Demande de devis
Commande
"""
P["form.topic_support"] = r"""
Compte et connexion
Facturation et paiement
Problème technique
Paiements
"""
P["subj.generic"] = r"""
Question
Mon compte
Demande
Compte {acc}
Bonjour
Petite question
Relance
Ticket {ticket}
Commande {order}
"""
P["subj.formal"] = r"""
Demande au titre du RGPD – {name}
Exercice de mes droits sur mes données personnelles
Demande relative à mes données personnelles – compte {acc}
Exercice des droits RGPD
"""
P["subj.agent"] = r"""
Demande RGPD pour le compte de {client}
Dossier {client_last} – données personnelles
Compte de {client}
"""
P["subj.access"] = r"""
Demande d'accès à mes données
Droit d'accès – article 15 RGPD
Quelles données détenez-vous sur moi ?
Copie de mes données
"""
P["subj.deletion"] = r"""
Suppression de mon compte
Effacement de mes données
Droit à l'oubli
Supprimer mes données
Clôture de compte
"""
P["subj.correction"] = r"""
Informations erronées sur mon compte
Rectification de mes données
Changement de nom
Mise à jour de mon adresse
"""
P["subj.portability"] = r"""
Export de mes données
Portabilité des données
Transfert de mes données
"""
P["subj.restriction"] = r"""
Limitation du traitement
Gel de mes données
Litige – merci de suspendre le traitement
"""
P["subj.objection"] = r"""
Opposition au traitement
Profilage
Utilisation de mes données par l'IA
Droit d'opposition
"""
P["subj.opt_out"] = r"""
Désinscription
Stop aux e-mails promotionnels
Newsletter
Plus de publicité SVP
"""
P["subj.other_privacy"] = r"""
Question sur mes données
Fuite de données ?
Qui a accès à mes données ?
Question RGPD
Consentement
"""
P["subj.writing"] = r"""
Rédaction web
Articles de blog
Textes du site
Relecture
Retour sur le brouillon
"""
P["subj.translation"] = r"""
Demande de traduction
Traduction en {lang2}
Devis traduction
Localisation
Sous-titrage
"""
P["subj.design"] = r"""
Création de logo
Flyer
Modifications de la maquette
Nouvelle identité visuelle
"""
P["subj.software"] = r"""
Correction de bug
Problème sur le site
Recherche développeur
Projet d'application
"""
P["subj.bookkeeping"] = r"""
Comptabilité
Déclaration de TVA
Clôture mensuelle
Bilan annuel
"""
P["subj.marketing"] = r"""
Campagne newsletter
Google Ads
Planning réseaux sociaux
Audit SEO
"""
P["subj.data_analysis"] = r"""
Analyse de données
Tableau de bord
Analyse d'enquête
Rapport des ventes
"""
P["subj.platform_support"] = r"""
Problème de connexion
Problème de paiement
Double prélèvement
Question sur une facture
Impossible d'envoyer des fichiers
"""
P["subj.chat"] = r"""
Transcription du chat
Chat en direct – {date}
Conversation avec {first}
"""
P["subj.form"] = r"""
Nouveau message via le formulaire de contact
Demande de contact de {name}
"""
P["task.extra"] = r"""
Le brief est en pièce jointe.
Combien cela coûterait-il ?
Je peux vous appeler si c'est plus simple.
Pouvez-vous m'envoyer un devis approximatif ?
Les fichiers sont dans le dossier partagé.
Le budget est d'environ {budget}.
Il nous le faudrait {deadline}.
"""
P["deadlines"] = r"""
d'ici vendredi
avant la fin de la semaine prochaine
avant le 15
sous cinq jours ouvrés
pour lundi matin
avant la fin du mois
dès que possible
"""
P["budgets"] = r"""
400 €
1 200 €
600 euros
250 €
900 €
"""
P["lang2"] = r"""
anglais
allemand
espagnol
italien
néerlandais
portugais
polonais
"""

P["req.access.plain"] = r"""
Pourriez-vous m'envoyer une copie de toutes les données personnelles que vous avez sur moi ?
Quelles informations détenez-vous exactement à mon sujet ? J'aimerais tout voir.
Je voudrais savoir ce que Taskbridge a enregistré sur moi : profil, commandes, messages, tout.
Merci de m'envoyer tout ce que vous avez dans vos fichiers me concernant.
Comment obtenir une copie de mes données ? Je veux savoir ce que vous conservez.
Je souhaite une copie complète de mes informations, y compris les échanges avec les prestataires et les notes de votre support.
Pouvez-vous me dire quelles données personnelles vous avez collectées sur moi et d'où elles viennent ?
Vous avez quoi sur moi au juste ? Envoyez-moi tout, s'il vous plaît.
J'aimerais voir l'ensemble des informations que vous stockez à mon nom.
c'est possible d'avoir un récap de tout ce que vous savez sur moi ?
J'aimerais savoir, s'il vous plaît, quelles données me concernant figurent dans vos systèmes, et pouvoir en obtenir une copie.
Depuis le temps que j'utilise Taskbridge, je me demande ce que vous avez accumulé sur moi. Pourriez-vous me transmettre l'ensemble de mon dossier, notes internes comprises ?
Serait-il possible de recevoir par courriel une copie de toutes les informations personnelles que vous détenez présentement sur moi ? Merci bien.
C'est la troisième fois que je demande à voir les données que vous gardez sur moi et personne ne me répond. Je veux simplement savoir ce qu'il y a dans mon dossier.
Est-ce que vous conservez encore des infos sur moi, genre mes anciens messages ou mes coordonnées ? Si oui, j'aimerais en avoir une copie.
Bonjour, je voulais savoir si c'était possible d'obtenir la liste des renseignements personnels que vous gardez dans mon dossier.
Tu peux m'envoyer tout ce que Taskbridge a stocké à mon sujet ? Même les vieux trucs.
Quelles infos perso avez-vous sur moi ? Juste la liste, merci.
j'aimerai recevoir une copie de mes donnees personnelles svp
Je me demande bien ce qui figure dans votre base à mon nom... Est-ce qu'on peut me faire parvenir un extrait complet ?
Ça fait des semaines que j'attends. Je veux consulter les données que vous détenez sur moi, point final.
Savez-vous m'envoyer un relevé de toutes les données que vous avez à mon sujet ? Merci, à tantôt.
Accès à mes données, svp.
Est-ce que vous avez gardé mes conversations avec les freelances et l'historique de mes paiements ? J'aimerais bien les voir, avec tout le reste de ce que vous avez sur moi.
Un de vos prestataires m'a dit que votre support avait laissé des commentaires à mon sujet dans mon dossier. Je veux lire ces commentaires et tout ce que vous conservez me concernant.
Allo, j'aimerais ça savoir c'est quoi exactement les renseignements que vous avez dans mon dossier pis en avoir une copie, merci!
Je suis en Suisse et j'aimerais y voir plus clair : est-ce que vous pouvez me transmettre par courriel un extrait de toutes les informations personnelles liées à mon compte ?
"""
P["req.access.formal"] = r"""
Conformément à l'article 15 du RGPD, je vous demande de me confirmer si vous traitez des données personnelles me concernant et, le cas échéant, de m'en communiquer une copie.
J'exerce par la présente mon droit d'accès. Je vous demande notamment les finalités du traitement, les catégories de données, les destinataires et la durée de conservation.
Je sollicite l'accès à l'ensemble de mes données personnelles, y compris celles figurant dans les tickets de support, les notes internes et les sauvegardes.
Je vous demande, au titre de mon droit d'accès, une copie de l'ensemble des données me concernant sous une forme électronique d'usage courant.
Merci de me communiquer l'intégralité des données à caractère personnel me concernant ainsi que leur source.
En application de l'article 15 du RGPD, je vous prie de m'adresser une copie des données à caractère personnel me concernant faisant l'objet d'un traitement, accompagnée des informations relatives à leurs destinataires et à l'existence éventuelle d'une prise de décision automatisée.
Je sollicite, au titre de l'article 15 du RGPD et de la loi Informatique et Libertés, la communication sous une forme intelligible de l'ensemble des informations me concernant détenues par Taskbridge.
Je vous remercie de bien vouloir me confirmer que des données me concernant sont traitées et, dans l'affirmative, de me fournir la copie prévue à l'article 15, paragraphe 3, du RGPD, y compris les journaux de connexion associés à mon compte.
Au titre de l'article 15 du RGPD, je vous saurais gré de me transmettre l'ensemble des données à caractère personnel me concernant, en précisant pour chacune sa provenance et les finalités auxquelles elle est employée.
En vertu de la Loi sur la protection des renseignements personnels dans le secteur privé, telle que modifiée par la Loi 25, je demande à prendre connaissance des renseignements personnels que Taskbridge détient à mon sujet et à en recevoir une copie.
Je vous adresse, en vertu de l'article 49 de la loi Informatique et Libertés, une demande de communication de toutes les informations me concernant enregistrées dans vos traitements.
Je vous prie de bien vouloir me faire parvenir un relevé exhaustif des informations personnelles que vous conservez sous mon nom, ainsi que l'indication des catégories de données concernées.
Me fondant sur l'article 25 de la loi fédérale sur la protection des données (LPD) ainsi que sur l'article 15 du RGPD, je sollicite la communication de toutes les données personnelles me concernant traitées par votre société.
Ainsi que le rappelle la CNIL, toute personne peut obtenir la communication des données la concernant : je vous demande donc de m'adresser une copie de l'intégralité de mon dossier, y compris les enregistrements d'appels éventuels.
"""
P["req.deletion.plain"] = r"""
Merci de supprimer mon compte et toutes les données que vous avez sur moi.
Je n'utilise plus Taskbridge, pouvez-vous effacer tout ce qui me concerne ?
Supprimez mon profil, mon historique de commandes et mes messages. Je ne veux plus rien chez vous.
Pouvez-vous retirer toutes mes informations personnelles de votre système ? Merci.
Je voudrais fermer mon compte et que mes données soient effacées définitivement.
Effacez mes données SVP. Je n'ai jamais terminé l'inscription et je ne veux pas qu'elles traînent dans votre base.
supprimez mon compte svp avec tout ce qui va avec
Je souhaite disparaître complètement de votre plateforme : compte, photo, avis, tout.
Assurez-vous que tout ce qui me concerne soit supprimé, y compris la copie de ma pièce d'identité envoyée pour la vérification.
Débarrassez-vous de tout ce que vous avez sur moi, s'il vous plaît.
virez mon compte svp, j'en ai plus besoin
Je ne souhaite plus avoir de compte chez vous. Pourriez-vous le supprimer avec l'ensemble des informations qui y sont rattachées ? Merci d'avance.
J'ai cliqué sur « Supprimer mon compte » il y a un mois et mon profil est toujours visible. Effacez pour de bon mon compte et tout ce qui s'y rattache, s'il vous plaît.
Je quitte la plateforme. Merci d'effacer mon compte et l'ensemble de mes données, y compris mon numéro de natel.
Est-il possible de faire supprimer complètement mes données, et pas seulement de désactiver le compte ?
Je ne veux plus qu'il reste la moindre trace de moi sur Taskbridge : photo de profil, anciens devis, conversations. Merci de tout effacer.
Je voulais savoir si vous pouviez effacer mon profil ? Je n'en ai plus l'utilité depuis que j'ai trouvé un emploi fixe.
Fermez mon compte et effacez tout, je ne reviendrai pas.
stp supprime mon compte taskbridge et toutes mes infos
Bonjour, je voudrais que vous fermiez mon compte pis que vous détruisiez tous mes renseignements personnels. Merci!
Pouvez-vous clôturer mon compte et effacer mes données endéans la semaine ? Je n'utilise plus la plateforme depuis des mois.
Troisième mail pour la même chose : JE VEUX QUE MON COMPTE SOIT SUPPRIMÉ. Pas désactivé, supprimé, avec les données.
Ma fiche prestataire sort encore dans Google alors que j'ai arrêté l'activité. J'exerce mon droit à l'oubli : effacez-la, ainsi que tout ce qui me concerne.
Effacement de mon compte svp.
J'ai créé deux comptes par erreur. Pouvez-vous supprimer celui qui est lié à cette adresse, avec tout ce qu'il contient ?
j'ai plus besoin du site et franchement je préfère que vous enleviez tout ce qui me concerne de vos serveurs, ma photo, mes avis, mon numéro, tout ça, merci d'avance
Je pars m'installer à l'étranger et n'aurai plus besoin de Taskbridge : merci de détruire mon compte et mes coordonnées, y compris les copies de mes pièces justificatives.
ce serait possible de tout effacer me concernant ? compte, historique, factures si vous avez le droit, tout
"""
P["req.deletion.formal"] = r"""
Je vous demande l'effacement de l'ensemble des données personnelles me concernant, conformément à l'article 17 du RGPD.
J'exerce mon droit à l'effacement (« droit à l'oubli ») prévu à l'article 17 du RGPD, ces données n'étant plus nécessaires au regard des finalités pour lesquelles elles ont été collectées.
Je vous prie d'effacer mes données dans les meilleurs délais et de me le confirmer par écrit, en précisant les données que vous seriez légalement tenus de conserver.
Je demande la suppression de mon compte client {acc} et de toutes les données associées, ainsi que la notification de cet effacement aux éventuels destinataires (article 19 du RGPD).
Je vous mets en demeure de supprimer définitivement toutes mes données, y compris chez vos sous-traitants.
En application de l'article 17 du RGPD, je vous demande de procéder à l'effacement de mon compte {acc} et de l'ensemble des données à caractère personnel qui s'y rattachent, y compris dans vos sauvegardes dès que cela sera techniquement possible.
Je vous prie de bien vouloir supprimer, dans les meilleurs délais, toutes les données personnelles me concernant, aucune obligation légale ne justifiant plus leur conservation.
Exerçant mon droit à l'effacement, je vous saurais gré de m'adresser, une fois la suppression effectuée, une attestation précisant les catégories de données effacées.
Je vous demande de procéder à l'effacement définitif de mon compte {acc} ainsi que de toutes les informations personnelles qui y sont rattachées, et de m'en adresser confirmation écrite.
Conformément à l'article 17 du RGPD et à la loi Informatique et Libertés, je retire mon compte de votre plateforme et exige la destruction de l'ensemble des données me concernant.
En vertu de la Loi 25, je vous prie de détruire les renseignements personnels me concernant, les fins pour lesquelles ils ont été recueillis étant accomplies.
Ayant cessé toute activité sur votre plateforme, je vous prie de supprimer sans délai les données me concernant, y compris les documents d'identité transmis lors de la vérification de mon profil.
Je sollicite l'effacement de mes données personnelles, dont la conservation ne se justifie plus depuis la fin de notre relation contractuelle, et vous demande de m'indiquer la date à laquelle il aura été procédé à cette suppression.
Sur le fondement de l'article 17, paragraphe 1, point a), du RGPD, et sans préjudice d'une éventuelle saisine de la CNIL, je vous demande d'effacer toutes les données associées au compte {acc}.
"""
P["req.correction.plain"] = r"""
Mon nom est mal orthographié sur mon profil : c'est {last}, pas {wrong_last}.
Vous avez encore mon ancienne adresse. J'ai déménagé, c'est désormais {address}.
Pouvez-vous corriger ma date de naissance ? Vous avez {wrong_dob}, la bonne est le {dob}.
Merci de mettre à jour mon nom : je me suis [[marié||mariée]] et je m'appelle maintenant {name}.
Le numéro de téléphone que vous avez est faux. Le bon, c'est le {phone}.
Mon profil affiche toujours mon nom de jeune fille, {old_last}. Merci de le corriger en {last}.
Sur vos factures mon nom est écrit « {wrong_name} ». Pouvez-vous corriger cela dans vos fichiers ?
vous avez mon ancien mail {old_email}, le nouveau c'est {email}, merci de changer
D'après vos fichiers j'habite toujours {old_address}. Ce n'est plus le cas depuis longtemps : merci de mettre {address}.
bonjour, il y a une faute dans mon nom sur le compte, ça devrait être {name}. merci de rectifier
Je viens de remarquer que ma date de naissance est erronée dans mes informations personnelles. Pourriez-vous inscrire le {dob} à la place ?
J'ai déménagé le mois passé. Pourriez-vous changer mon adresse dans votre dossier pour {address} ? Merci bien !
Pourquoi mon compte affiche-t-il encore {old_email} ? Je vous ai déjà signalé que mon adresse actuelle est {email}. Merci de corriger enfin vos fichiers.
Le numéro de GSM enregistré chez vous n'est plus le bon, s'il vous plaît : c'est désormais le {phone}.
Suite à mon divorce, j'ai repris le nom {last}, mais {old_last} apparaît toujours dans mes informations. Pourriez-vous les mettre à jour ?
Petite erreur dans mon profil : mon nom de famille s'écrit {last} et non {wrong_last}. Vous pouvez rectifier ?
Je voulais savoir si vous pouviez mettre à jour mon adresse postale : vous avez encore {old_address}, alors que ma nouvelle adresse est {address}.
ma date de naissance est fausse sur le compte ({wrong_dob}), c'est le {dob} svp corrigez
Mon numéro de cellulaire a changé, pourriez-vous inscrire le {phone} dans mon dossier à la place de l'ancien?
Tu peux changer mon e-mail dans vos fichiers ? Remplace {old_email} par {email}, merci !
Ça fait deux fois que je signale que mon nom est écrit {wrong_name} dans vos documents. C'est inadmissible, merci de corriger une bonne fois pour toutes.
J'ai changé de nom par décision administrative : c'est désormais {last}, et non plus {old_last}. Merci d'adapter mon dossier.
Mon adresse a changé, s'il vous plaît : je suis désormais domicilié[[||e]] {address}. Merci de l'encoder correctement chez vous.
Nom mal écrit : {wrong_last} → {last}. Merci.
Dans mes informations de compte, ma date de naissance apparaît comme le {wrong_dob}. Est-ce que vous pourriez mettre la bonne, le {dob} ?
Les prestataires voient un mauvais numéro de téléphone sur mon profil. Pourriez-vous enregistrer le {phone} à la place ?
je viens de me rendre compte que l'adresse mail associée à mon compte c'est encore {old_email} que je n'utilise plus du tout et du coup je ne reçois rien, est-ce que vous pouvez mettre {email} à la place
"""
P["req.correction.formal"] = r"""
Conformément à l'article 16 du RGPD, je demande la rectification de données inexactes me concernant : ma date de naissance est enregistrée au {wrong_dob} alors qu'il s'agit du {dob}.
J'exerce mon droit de rectification : l'adresse figurant dans mon dossier client ({old_address}) est erronée, la bonne adresse est {address}.
Je vous prie de rectifier sans délai mon nom de famille (enregistré : {wrong_last} ; correct : {last}) et de me le confirmer.
Je demande la rectification de mes données, le nom associé à mon compte ne correspondant pas à mon état civil ({name}).
Mes coordonnées enregistrées sont inexactes ; merci de les rectifier (e-mail : {email} ; téléphone : {phone}) et d'en informer les destinataires éventuels.
En vertu de l'article 16 du RGPD, je vous demande de rectifier mon numéro de téléphone, enregistré de manière inexacte, et de le remplacer par le {phone}.
Je sollicite la rectification de mon identité telle qu'elle figure dans vos fichiers : le nom « {wrong_last} » doit être remplacé par « {last} », conformément aux pièces d'état civil que je tiens à votre disposition.
J'exerce mon droit de rectification : l'adresse électronique associée à mon compte est obsolète et doit être remplacée par {email} dans l'ensemble de vos traitements.
Les informations de mon compte comportent une inexactitude : la date de naissance indiquée ({wrong_dob}) ne correspond pas à celle figurant sur mon acte de naissance ({dob}). Je vous remercie de la rectifier sans délai, conformément à l'article 16 du RGPD.
Conformément à la Loi 25 et à la Loi sur la protection des renseignements personnels dans le secteur privé, je demande que soient rectifiés les renseignements inexacts contenus dans mon dossier : mon adresse actuelle est {address}.
Sur le fondement de l'article 16 du RGPD et de la loi Informatique et Libertés, je vous demande de mettre à jour mon adresse électronique, désormais {email}, et de me confirmer cette modification.
Je vous informe que le nom de famille enregistré sur mon compte, « {wrong_last} », est erroné ; mon identité exacte est {name}. Je vous saurais gré de corriger cette donnée dans l'ensemble de vos systèmes.
Mon numéro de téléphone ayant changé, je vous demande de mettre à jour mes coordonnées en enregistrant désormais le {phone}, les informations actuellement détenues étant devenues inexactes.
Me prévalant du droit de rectification prévu par la loi fédérale suisse sur la protection des données et par l'article 16 du RGPD, je vous prie de remplacer le patronyme {wrong_last} par {last} dans votre base clients.
"""
P["req.portability.plain"] = r"""
Je passe sur une autre plateforme. Pouvez-vous m'envoyer mes données dans un format que je peux importer là-bas, genre CSV ou JSON ?
Est-ce que je peux récupérer mes projets et mon profil sous forme de fichier lisible par machine ? Je veux les emporter.
Merci d'exporter mes données dans un format structuré pour que je puisse les transférer vers un autre service.
Pouvez-vous transférer directement mon historique de commandes et mes avis vers {other_platform} ? Ils acceptent les imports.
Je voudrais mes données en JSON pour les charger chez mon nouveau prestataire.
Je pars chez {other_platform}. Transmettez-leur mes données ou envoyez-les-moi dans un format exploitable.
vous pouvez me sortir toutes mes données en csv ? je change de plateforme
Je quitte Taskbridge pour {other_platform}. Existe-t-il un moyen de récupérer mon profil, mes avis et mon historique dans un fichier que leur outil d'import accepte ?
J'aimerais importer mes commandes et mes échanges avec les prestataires dans mon propre outil de gestion. Pourriez-vous me les fournir dans un format lisible par machine, idéalement du JSON ?
Est-ce que vous pouvez transférer mes données directement à {other_platform} ? Je ne veux pas tout ressaisir à la main, merci beaucoup !
Le bouton d'export de mon espace ne donne qu'un PDF, ce qui ne me sert à rien. J'ai besoin de mes données de compte dans un format structuré, CSV ou JSON, pour les réutiliser ailleurs.
Mes données dans un fichier structuré, pour les emmener chez un concurrent : c'est faisable ?
je voulais savoir s'il y a moyen d'avoir un export de mon compte en JSON, je bascule vers {other_platform} le mois prochain
Tu peux me générer un fichier CSV avec mon profil et mes commandes ? Je veux les réimporter sur {other_platform}.
Est-ce que c'est possible de me transmettre mes renseignements dans un format informatique structuré? Je m'en vais chez un autre fournisseur pis je veux pas tout recommencer.
Mon nouveau site de freelances propose d'importer un fichier : pourriez-vous me fournir mes avis clients et mon portfolio dans un format qu'une machine peut lire ?
Export de mes données en JSON, svp.
Le PDF que vous m'avez envoyé est inutilisable. Je demande mes données dans un fichier exploitable par un logiciel, comme la loi le prévoit.
Savez-vous transmettre directement mes données à {other_platform} ? Ça m'éviterait de tout réencoder.
Plutôt que de tout recopier à la main, est-ce que vous pourriez envoyer mon historique de missions directement chez {other_platform} ?
Je voudrais récupérer mes données de compte (profil, devis, factures, notes) en XML ou JSON pour les brancher dans mon propre CRM.
j'ai besoin de mes donnees en format csv ou json pour les transferer ailleurs merci
Je reprends mon activité d'indépendant sur {other_platform}. Pourriez-vous m'envoyer mes informations dans un format ouvert, par exemple CSV, afin que je puisse les y charger ?
Est-ce que Taskbridge propose un moyen d'emporter mon compte vers une autre plateforme, genre un fichier standard que je pourrais téléverser ailleurs ?
"""
P["req.portability.formal"] = r"""
En application de l'article 20 du RGPD, je demande à recevoir les données personnelles que je vous ai fournies dans un format structuré, couramment utilisé et lisible par machine.
J'exerce mon droit à la portabilité et vous demande de transmettre directement mes données à {other_platform}, lorsque cela est techniquement possible.
Merci de me fournir les données que j'ai communiquées à Taskbridge (profil, commandes, messages, avis) dans un format lisible par machine tel que JSON ou CSV.
Au titre de mon droit à la portabilité, je sollicite un export de mes données de compte dans un format interopérable.
Conformément à l'article 20, paragraphe 2, du RGPD, je vous demande de transmettre directement à {other_platform} les données personnelles que je vous ai fournies, dans un format structuré et couramment utilisé.
Je vous prie de me remettre, au titre du droit à la portabilité, l'ensemble des données que j'ai fournies ou générées par mon activité sur la plateforme, sous la forme d'un fichier CSV ou JSON réutilisable.
J'entends exercer le droit à la portabilité consacré par l'article 20 du RGPD et sollicite la mise à disposition de mes données dans un format ouvert et lisible par machine, en vue de leur réutilisation auprès d'un autre prestataire.
Sur le fondement de l'article 20 du RGPD, je sollicite la remise, dans un format structuré et lisible par machine, des données que j'ai communiquées à Taskbridge, afin de les réutiliser auprès de {other_platform}.
En vertu du droit à la portabilité introduit par la Loi 25, je demande que les renseignements personnels informatisés recueillis auprès de moi me soient communiqués dans un format technologique structuré et couramment utilisé.
Je vous prie de bien vouloir communiquer directement à {other_platform}, qui m'a confirmé pouvoir les recevoir, l'ensemble des données fournies par moi dans le cadre de mon compte, dans un format interopérable.
Je vous demande de me délivrer une extraction complète de mes données de compte dans un format ouvert (CSV, JSON ou XML), réutilisable sans logiciel propriétaire.
Le fichier PDF mis à disposition dans mon espace ne satisfait pas aux exigences de l'article 20 du RGPD ; je renouvelle donc ma demande d'export dans un format couramment utilisé et lisible par machine.
Conformément au droit à la remise et à la transmission des données personnelles prévu par la LPD suisse (art. 28) et à l'article 20 du RGPD, je sollicite la transmission de mes données à {other_platform} sous une forme électronique couramment utilisée.
"""
P["req.restriction.plain"] = r"""
Ne faites plus rien avec mes données tant que le litige sur la facture n'est pas réglé : gelez-les, c'est tout.
Je conteste les informations de mon compte. En attendant, n'utilisez plus mes données, mais ne les supprimez pas encore.
Pouvez-vous mettre mes données en pause ? Je ne veux pas qu'elles soient traitées pendant mon litige avec le prestataire.
Ne supprimez rien, j'en ai besoin pour une procédure, mais arrêtez de les utiliser pour autre chose.
Tant que l'affaire de la commande {order} n'est pas réglée, mes données doivent être seulement conservées, pas utilisées.
Merci de suspendre tout traitement de mes données le temps que je vérifie si vos informations sont exactes.
Gardez mes données mais n'en faites rien pour l'instant, svp. J'attends l'avis de mon avocat pour la suite.
Je conteste l'exactitude de mon profil. Tant que vous n'avez pas vérifié, je ne veux pas que mes données soient utilisées, mais ne les effacez surtout pas.
Un litige m'oppose au prestataire de la commande {order}. Est-ce possible de bloquer l'utilisation de mes données jusqu'à la fin de l'affaire, tout en les conservant ?
Je compte introduire une action en justice endéans le mois : conservez mes données, elles me serviront de preuve, mais cessez de les utiliser d'ici là.
stop à toute utilisation de mes données pendant la vérification svp, mais gardez-les
Vous annoncez que mes données seront supprimées dans 30 jours, or j'en ai besoin pour faire valoir mes droits contre un prestataire. Ne les effacez pas, mais limitez-vous à les conserver.
Je voulais savoir si on pouvait mettre mes données « en pause » : vous les gardez, mais vous n'y touchez plus tant que mon dossier avec le prestataire n'est pas réglé.
Ne touchez pas à mes infos pendant que vous vérifiez si mon adresse est juste, merci, mais ne les effacez pas non plus.
J'ai un recours en cours contre un pigiste rapport à la commande {order}. Gardez mes renseignements, j'en ai besoin, mais arrêtez de vous en servir d'ici là.
Gel de mes données svp, pas de suppression.
Vous dites que mes infos sont correctes, moi je dis que non. Tant que ce n'est pas tranché, interdiction de les utiliser, et surtout pas de suppression.
tu peux bloquer le traitement de mes données le temps que l'enquête sur la commande {order} avance ? par contre faut surtout pas les effacer
Mon avocat m'a conseillé de vous demander ceci : conservez mes données telles quelles, sans plus les utiliser, jusqu'au jugement. Merci, s'il vous plaît.
Est-ce qu'il est possible de geler mon dossier ? Je pense que certaines infos sont fausses et je préfère que vous ne vous en serviez pas avant d'avoir vérifié.
D'après votre mail, vous allez purger les comptes inactifs. Le mien contient des échanges dont j'ai besoin pour un recours : gardez-les, mais n'en faites aucun autre usage.
Je ne veux ni que mes données soient effacées ni qu'elles servent à quoi que ce soit pour le moment : juste stockées, le temps que je règle mon différend avec vous.
pendant le litige sur {order}, mes données doivent rester au frais, pas utilisées, pas supprimées
Je conteste une note interne qui figure dans mon dossier. Pourriez-vous restreindre l'utilisation de mes données jusqu'à ce que la question soit clarifiée ?
"""
P["req.restriction.formal"] = r"""
Je demande la limitation du traitement de mes données personnelles en application de l'article 18, paragraphe 1, point a), du RGPD, le temps que vous vérifiiez leur exactitude.
Dans l'attente de l'issue du litige relatif à la commande {order}, je vous demande de limiter le traitement de mes données à leur seule conservation (article 18 du RGPD).
Je m'oppose à l'effacement de mes données, dont j'ai besoin pour la constatation de droits en justice, et demande à la place la limitation de leur traitement.
Merci de limiter le traitement de mes données jusqu'à ce qu'il ait été statué sur mon opposition.
Je vous demande de geler mes données et de vous abstenir de tout traitement autre que leur conservation jusqu'à la résolution de ce dossier.
Sur le fondement de l'article 18, paragraphe 1, point c), du RGPD, je vous demande de conserver les données me concernant, dont j'ai besoin pour la constatation, l'exercice ou la défense de droits en justice, et d'en limiter le traitement.
Je conteste l'exactitude des données figurant dans mon dossier et sollicite, pendant la durée nécessaire à leur vérification, la limitation de leur traitement au sens de l'article 18 du RGPD.
Dans l'attente du règlement du différend relatif à la commande {order}, je vous prie de marquer mes données comme limitées et de ne les traiter que dans les cas prévus à l'article 18, paragraphe 2, du RGPD.
Je sollicite la limitation du traitement des données me concernant au titre de l'article 18 du RGPD : leur exactitude étant contestée, elles ne doivent faire l'objet d'aucune utilisation pendant la durée de votre vérification.
Bien que ces données ne vous soient plus nécessaires, elles me demeurent indispensables pour l'exercice d'une action en justice ; plutôt que de les effacer, je vous demande d'en restreindre le traitement à leur stricte conservation.
Je vous prie de placer mon dossier sous statut restreint : les données doivent être conservées, mais aucune autre opération ne doit être effectuée sans mon accord préalable.
Dans l'attente de la décision du tribunal saisi du litige relatif à la commande {order}, je vous demande de conserver mes données en l'état et d'en suspendre tout autre traitement.
Conformément à l'article 18 du RGPD, auquel renvoie la loi Informatique et Libertés, je demande le marquage de mes données conservées en vue d'en limiter le traitement futur, jusqu'à ce qu'il soit statué sur ma contestation de leur exactitude.
Le traitement de mes données me paraissant illicite, je m'oppose toutefois à leur effacement et sollicite, en lieu et place, la limitation de leur utilisation, conformément à l'article 18, paragraphe 1, point b), du RGPD.
"""
P["req.objection.plain"] = r"""
Je ne veux pas que mon profil serve à votre matching par IA ni à aucun profilage. Merci d'arrêter.
Je ne suis pas d'accord pour que vous analysiez mes messages avec de l'IA « pour améliorer le service ». Arrêtez, s'il vous plaît.
N'utilisez pas mon historique de commandes pour établir un profil de moi. Je n'en veux pas.
Votre politique de confidentialité dit que vous utilisez mes données pour des « intérêts légitimes » comme les statistiques. Je m'y oppose.
Arrêtez d'utiliser mes fichiers de projet pour entraîner vos modèles d'IA, merci.
Je ne veux pas être [[noté||notée]] ni [[classé||classée]] en fonction de mon comportement sur le site.
non merci pour le « matching intelligent » : je refuse que mes données servent à me profiler.
Je viens de lire que vous utilisez les conversations avec les prestataires pour entraîner une IA. Je ne veux pas que les miennes y passent.
Pourquoi est-ce que j'ai un « score client » ? Je m'oppose à ce que vous me notiez de cette façon, merci de sortir mon compte de ce système.
J'aimerais pas que mes fichiers soient analysés par votre intelligence artificielle, peu importe la raison. Pouvez-vous arrêter ça pour mon compte ?
Vous justifiez l'analyse de mon activité par votre « intérêt légitime ». Pour ma part, je m'y oppose clairement et je vous demande d'y mettre fin.
Est-ce que je peux refuser que mon historique serve à vos statistiques internes et à vos recommandations automatiques ? Si oui, c'est ce que je demande.
Je voulais savoir si je pouvais refuser que votre algorithme analyse mes projets pour me proposer des missions. Si oui, je refuse.
Ne passez plus mes messages dans votre outil d'IA, je n'ai jamais été d'accord.
tu peux retirer mon compte du système de notation automatique ? je veux pas être [[évalué||évaluée]] par une machine
Je veux pas que mes renseignements servent à entraîner votre intelligence artificielle. Pouvez-vous me retirer de ça?
Pas de profilage sur mon compte, merci.
J'ai découvert par hasard que vous calculez un « indice de fiabilité » sur chaque client. Je m'oppose à ce qu'on me colle ce genre d'étiquette, c'est non.
Vos CGU parlent d'analyser le comportement des utilisateurs pour « améliorer la pertinence ». Je refuse que ce soit fait avec mes données.
Je ne suis pas d'accord qu'on utilise mes fichiers de projet pour votre IA, s'il vous plaît. Savez-vous désactiver ça pour moi ?
Mes devis et mes échanges avec les prestataires ne doivent pas alimenter vos modèles. Je m'oppose à cet usage.
je refuse que vous analysiez mes habitudes de navigation sur le site pour établir mon profil d'utilisateur
Votre appli classe les clients selon leur « potentiel ». Pour ma part, je m'oppose à tout classement de ce genre me concernant.
bon j'ai vu passer l'annonce de votre nouvel assistant IA qui lit les briefs des clients pour les résumer et franchement non merci je veux pas que les miens y passent ni qu'ils servent à l'améliorer
"""
P["req.objection.formal"] = r"""
Je m'oppose, sur le fondement de l'article 21 du RGPD, au traitement de mes données personnelles fondé sur votre intérêt légitime, y compris au profilage.
Pour des raisons tenant à ma situation particulière, je m'oppose au traitement de mes données à des fins d'entraînement ou d'évaluation de modèles d'intelligence artificielle.
Je m'oppose à l'analyse automatisée et au profilage de mes données d'utilisation décrits dans votre politique de confidentialité et vous demande d'y mettre fin.
J'exerce mon droit d'opposition à tout traitement de mes données reposant sur l'article 6, paragraphe 1, point f), du RGPD.
Je m'oppose à l'utilisation de mes messages et fichiers pour le développement de vos fonctionnalités d'IA.
En application de l'article 21, paragraphe 1, du RGPD, je m'oppose au classement automatisé de mon profil dans vos résultats de recherche et à toute évaluation de mon comportement d'utilisateur.
Je vous notifie mon opposition à l'utilisation des messages et documents que j'ai échangés sur la plateforme pour l'entraînement de vos systèmes d'intelligence artificielle, à défaut pour vous de démontrer des motifs légitimes et impérieux.
Je m'oppose, pour des raisons tenant à ma situation particulière, au traitement de mes données à des fins d'analyse comportementale et de scoring fondé sur votre intérêt légitime.
Sur le fondement de l'article 21, paragraphe 1, du RGPD, je forme opposition au profilage réalisé à partir de mon historique d'utilisation et vous prie de cesser ce traitement, faute de motifs légitimes et impérieux.
Me prévalant de la Loi 25, je vous demande de désactiver toute fonction permettant d'effectuer un profilage à mon sujet et de ne plus soumettre mon dossier à votre outil d'évaluation automatisé.
Je conteste l'intérêt légitime que vous invoquez pour analyser mes échanges au moyen d'outils d'intelligence artificielle et vous demande d'exclure mes données de ce traitement.
Je vous notifie mon opposition au traitement de mes données à des fins de recherche et de statistiques internes, au vu de ma situation particulière et en l'absence de tout consentement de ma part.
Comme le permet l'article 21 du RGPD, dont la CNIL rappelle régulièrement la portée, je m'oppose à ce que mes fichiers de projet servent à l'apprentissage de vos modèles d'IA générative.
Je m'oppose au calcul d'un score de fiabilité me concernant et à son utilisation pour ordonner les réponses des prestataires, ce traitement ne reposant sur aucune base autre que votre intérêt légitime.
"""
P["req.opt_out.plain"] = r"""
Merci de ne plus m'envoyer d'e-mails publicitaires.
Désinscrivez-moi de toutes vos newsletters.
Retirez-moi de votre liste de diffusion, je reçois encore des promos alors que je me suis [[désinscrit||désinscrite]].
Arrêtez les SMS promotionnels, je ne les ai jamais demandés.
Je ne veux plus de publicité ciblée : ne partagez plus mes données avec vos partenaires publicitaires.
Plus de mails promotionnels ni d'appels commerciaux, merci.
Pouvez-vous arrêter la newsletter « Prestataires recommandés » ? Et les mails de réduction aussi.
Supprimez {email} de toutes vos listes marketing.
stop aux newsletters svp
plus de pub par mail svp merci
Je reçois trois e-mails promotionnels par semaine, c'est beaucoup trop. Retirez {email} de vos envois commerciaux, s'il vous plaît.
Pouvez-vous me désabonner de votre infolettre ? Je ne veux plus recevoir de courriels promotionnels de votre part.
Le lien « se désabonner » en bas de vos mails ne fonctionne pas. Merci de me retirer vous-mêmes de la newsletter.
Arrêtez de m'appeler pour me proposer vos offres premium, je ne suis pas [[intéressé||intéressée]].
Je ne veux plus voir vos publicités ciblées sur les réseaux sociaux et je retire mon accord pour toute communication commerciale.
je voulais savoir comment ne plus recevoir vos mails de promo, j'ai cherché le lien partout
Arrêtez de m'envoyer votre infolettre pis vos offres par texto, svp. Je suis tanné[[||e]].
Tu peux me sortir de la liste de la newsletter ? Merci !
STOP pub.
Ne vendez pas et ne partagez pas mes coordonnées avec des annonceurs, merci.
Je reçois encore vos promotions chaque semaine alors que j'ai décoché la case. Arrêtez ça, s'il vous plaît.
Je retire mon accord pour recevoir les offres de vos partenaires et les bons plans Taskbridge.
Quatrième désabonnement, et vos e-mails commerciaux arrivent toujours. Il faut que ça cesse immédiatement.
Merci de ne plus m'appeler ni m'écrire pour me vendre l'abonnement Pro. Les courriels d'information sur mes commandes, ça, vous pouvez les garder.
Je ne souhaite plus recevoir de communications commerciales sur mon natel : ni SMS, ni appels.
Pouvez-vous désinscrire {email} des mails « Nouveautés » et « Offres spéciales » ? Je garde juste les notifications de projet.
j'ai jamais demandé à recevoir vos pubs et pourtant j'en ai tous les jours dans ma boîte donc merci de me retirer de toutes vos campagnes marketing une bonne fois pour toutes
"""
P["req.opt_out.formal"] = r"""
Je retire mon consentement à recevoir des communications commerciales par e-mail, SMS ou téléphone.
Je vous demande de cesser toute prospection commerciale à mon égard et de retirer mes coordonnées de vos fichiers marketing.
Je vous prie de retirer mon adresse {email} de toutes vos newsletters et campagnes promotionnelles avec effet immédiat.
Merci de ne plus utiliser mes coordonnées à des fins de prospection et de me confirmer la prise en compte de cette demande.
Conformément à l'article 7, paragraphe 3, du RGPD, je retire mon consentement à la réception de toute sollicitation commerciale et vous demande de supprimer mon adresse {email} de vos fichiers de prospection.
En application de l'article 21, paragraphe 2, du RGPD, je m'oppose à l'utilisation de mes données à des fins de prospection commerciale, par quelque canal que ce soit.
Je vous demande de cesser de m'adresser des SMS et courriels promotionnels, conformément à l'article L. 34-5 du Code des postes et des communications électroniques, et de ne plus me démarcher par téléphone.
Je vous informe de mon refus de recevoir toute sollicitation commerciale de Taskbridge ou de ses partenaires, quel qu'en soit le support.
En application de l'article 7, paragraphe 3, du RGPD, je retire le consentement donné lors de mon inscription à la réception de votre newsletter et de vos offres promotionnelles.
Conformément à la Loi canadienne anti-pourriel et à la Loi 25, je retire mon consentement à recevoir vos messages électroniques commerciaux et vous prie de retirer {email} de vos listes d'envoi.
Je vous demande de cesser tout démarchage téléphonique à mon égard ; je vous informe par ailleurs que mon numéro est inscrit sur la liste d'opposition Bloctel.
Je m'oppose, en vertu de l'article 21, paragraphe 2, du RGPD, à toute utilisation de mes coordonnées à des fins de prospection et vous demande de me confirmer par écrit la désinscription de l'adresse {email}.
Je vous prie de ne plus céder ni communiquer mes coordonnées à des tiers à des fins publicitaires et de cesser l'envoi de toute offre commerciale ciblée.
"""
P["req.other_privacy.plain"] = r"""
À qui avez-vous transmis mes données ? Je reçois du spam depuis mon inscription.
J'ai reçu un mail parlant d'une fuite de données. Mes informations sont-elles concernées ?
Où sont stockées mes données ? Sont-elles hébergées hors de l'UE ?
Mes données servent-elles à entraîner votre IA ? Comment ça se passe ?
Je retire mon consentement, quel que soit ce que j'ai accepté à l'inscription.
Qui est votre délégué à la protection des données et comment le joindre ?
Combien de temps gardez-vous mes données si je n'utilise plus la plateforme ?
Un prestataire m'a appelé[[||e]] sur mon portable personnel. Comment a-t-il eu mon numéro ?
Je souhaite déposer une réclamation auprès de votre DPO sur la façon dont mes données ont été traitées.
vous gardez mes infos combien de temps apres la fermeture du compte ?
Depuis que j'ai commandé chez vous, je reçois des appels d'une agence que je ne connais pas. Avez-vous vendu ou transmis mes coordonnées à quelqu'un ?
J'ai vu passer un article sur un piratage chez un de vos sous-traitants. Est-ce que mes informations ont pu être exposées ?
Dans l'appli, j'avais autorisé l'accès à ma localisation. Je retire ce consentement, merci d'en tenir compte.
Je vis en Suisse romande et je me demande où atterrissent mes données : restent-elles en Europe ou sont-elles transférées ailleurs ?
Un prestataire a eu mon adresse perso alors que je ne la lui avais jamais donnée. Qui, chez vous, a accès à mes coordonnées ?
Je voulais savoir dans quel pays sont hébergés vos serveurs, et si mes infos partent aux États-Unis.
Qui est la personne responsable de la protection des renseignements personnels chez vous? J'aimerais lui écrire.
Vous conservez mes factures et mes messages pendant combien d'années exactement ?
J'ai reçu un SMS d'hameçonnage qui citait ma dernière commande. Est-ce qu'il y a eu un piratage chez vous ?
Mes données ont-elles fuité ?
Un prestataire avec qui je n'ai jamais travaillé m'a écrit sur mon mail perso. Je veux savoir qui lui a refilé mes coordonnées, et je compte porter plainte auprès de la CNIL.
Je reviens sur les autorisations que j'ai données à l'inscription : je ne consens plus à rien de ce qui était facultatif.
Est-ce que mes données sont partagées avec des sociétés en dehors de la Belgique ? Et si oui, lesquelles ?
Tu sais à qui je dois m'adresser pour une plainte concernant l'utilisation de mes données ? Le support ne me répond pas.
Mes données sont-elles transférées hors de Suisse ou de l'UE ? Et sous quelles garanties ?
Vos partenaires ont-ils reçu mes informations ? Si oui, lesquels, et dans quel but ?
je suis tombé[[||e]] sur un article qui dit que des comptes Taskbridge ont été piratés et je me demande si le mien en fait partie et ce que vous comptez faire pour prévenir les personnes concernées
"""
P["req.other_privacy.formal"] = r"""
Je vous demande de m'indiquer l'identité de tous les tiers et sous-traitants auxquels mes données ont été communiquées depuis {year}.
Je retire l'ensemble des consentements que j'ai donnés à Taskbridge, avec effet pour l'avenir (article 7, paragraphe 3, du RGPD).
Je souhaite adresser une réclamation à votre DPO concernant la communication de mes coordonnées à un prestataire sans mon accord.
Merci de m'indiquer si mes données ont été concernées par l'incident de sécurité récemment rendu public et quelles mesures vous avez prises.
Merci de m'indiquer si mes données sont transférées hors de l'EEE et, le cas échéant, sur quelles garanties (article 46 du RGPD) vous vous appuyez.
Je vous informe que j'ai désigné {rep} pour me représenter dans toutes les questions relatives à la protection de mes données.
Je vous prie de m'indiquer la durée de conservation de chacune des catégories de données me concernant ou, à défaut, les critères utilisés pour la déterminer.
Conformément à l'article 34 du RGPD, je vous demande de m'informer de toute violation de données à caractère personnel susceptible d'avoir affecté mes données depuis {year}.
Je vous demande de me préciser sur quelle base juridique mes coordonnées ont été communiquées à des partenaires commerciaux, ainsi que l'identité de ces derniers.
Je vous demande de m'expliquer comment mes coordonnées ont pu parvenir à un prestataire avec lequel je n'ai jamais été en relation ; à défaut, j'introduirai une réclamation auprès de la CNIL sur le fondement de l'article 77 du RGPD.
En vertu de la Loi 25, je vous prie de me communiquer le titre et les coordonnées de la personne responsable de la protection des renseignements personnels au sein de votre entreprise.
Je souhaite connaître les pays dans lesquels mes données sont hébergées ou consultées, ainsi que les garanties appropriées encadrant ces transferts, notamment les clauses contractuelles types.
Je vous saurais gré de m'indiquer pendant quelle durée vous entendez conserver mes données après la clôture de mon compte, ainsi que le fondement de cette durée.
Conformément à l'article 7, paragraphe 3, du RGPD, je vous notifie le retrait de mon consentement au traitement de mes données de géolocalisation et de mes contacts téléphoniques, collectés via votre application mobile.
Je vous prie de m'informer si mes données ont été affectées par une violation de la sécurité notifiée au Préposé fédéral à la protection des données et à la transparence (PFPDT) ou à la CNIL depuis {year}.
"""
P["combo.access+deletion"] = r"""
Envoyez-moi d'abord une copie de tout ce que vous avez sur moi, puis supprimez tout.
Je veux voir ce que vous avez enregistré sur moi, et ensuite que tout soit effacé.
Je demande l'accès à mes données (article 15 du RGPD) puis leur effacement (article 17 du RGPD).
Avant que vous ne fermiez mon compte, j'aimerais recevoir l'ensemble des données que vous détenez sur moi ; une fois l'envoi fait, effacez-les toutes.
tu peux m'envoyer ce que vous avez sur moi et ensuite tout supprimer ? merci
"""
P["combo.deletion+opt_out"] = r"""
Retirez-moi de vos listes de diffusion et supprimez mon compte par la même occasion.
Plus de newsletters, et merci d'effacer complètement mon compte et mes données.
Cessez toute prospection à mon égard et effacez mes données de vos systèmes.
Je ne veux plus de vos mails promotionnels, et d'ailleurs plus de compte du tout : supprimez-le avec mes données.
Désabonnez-moi de l'infolettre et effacez ensuite mon profil et toutes mes informations, svp.
"""
P["combo.correction+opt_out"] = r"""
Corrigez mon nom ({last}, pas {wrong_last}) et arrêtez les e-mails publicitaires, merci.
Ma nouvelle adresse est {address} : merci de la mettre à jour, mais sans m'y envoyer de publicité.
Mon e-mail est désormais {email} ; mettez-le à jour mais ne l'inscrivez à aucune newsletter.
Mon adresse électronique correcte est {email} : merci de corriger mon dossier, mais n'utilisez pas cette adresse pour vos offres commerciales.
Vous écrivez mon nom {wrong_last} au lieu de {last} dans vos mails de promo : corrigez-le dans mon compte et, tant qu'à faire, arrêtez de m'envoyer ces promos.
"""
P["combo.deletion+portability"] = r"""
Envoyez-moi mes données en JSON pour que je puisse passer chez {other_platform}, puis supprimez mon compte.
Merci d'exporter mon compte dans un format lisible par machine puis d'effacer toutes mes données.
Je pars chez {other_platform} : d'abord mes données en CSV, ensuite la suppression du profil.
Avant de supprimer mon compte, envoyez-moi un export structuré (CSV ou JSON) de mes données pour que je les reprenne sur {other_platform}.
Je souhaite d'abord recevoir mes données dans un format lisible par machine, puis l'effacement complet de mon compte.
"""
P["combo.correction+restriction"] = r"""
Ma date de naissance est fausse dans vos fichiers ; tant qu'elle n'est pas corrigée, n'utilisez mes données pour rien.
Corrigez mon adresse et suspendez le traitement de mes données en attendant.
Le nom de mon compte est erroné. Limitez l'utilisation de mes données jusqu'à sa rectification.
Mon numéro de téléphone enregistré est faux ; en attendant que vous le rectifiiez, merci de ne faire aucun usage de mes données.
Je conteste l'exactitude de mon profil : corrigez mon nom de famille et gelez le traitement de mes données jusqu'à ce que ce soit fait.
"""
P["combo.objection+restriction"] = r"""
Je m'oppose au profilage et je veux que le traitement de mes données soit suspendu le temps que vous examiniez mon opposition.
Arrêtez l'analyse de mon compte par IA et, tant que vous n'avez pas statué sur mon opposition, ne traitez plus mes données.
Je m'oppose à l'utilisation de mes données à des fins statistiques et demande la limitation du traitement en attendant.
Je refuse que vos outils d'IA analysent mes échanges, et d'ici à ce que vous ayez examiné ce refus, merci de geler toute utilisation de mes données.
Je m'oppose au calcul de mon score client ; le temps que vous vérifiiez si vos motifs l'emportent sur les miens, limitez le traitement de mes données à leur conservation.
"""
P["combo.access+other_privacy"] = r"""
Dites-moi ce que vous avez sur moi et à qui vous l'avez transmis.
Envoyez-moi une copie de mes données et la liste des sociétés qui les ont reçues.
Je veux savoir quelles données vous détenez, où elles sont stockées et si elles ont quitté l'UE.
Pourriez-vous m'envoyer une copie de mes données personnelles et me dire combien de temps vous comptez les garder ?
J'aimerais avoir accès à mon dossier complet et savoir si mes infos ont été touchées par la fuite dont parle la presse.
"""
P["combo.objection+opt_out"] = r"""
Plus de newsletters, et n'utilisez plus mes données pour votre algorithme de recommandation.
Stop aux mails publicitaires et au profilage pour des suggestions « personnalisées ».
Je veux sortir de votre marketing et de votre profilage par IA.
Arrêtez de me profiler pour vos recommandations automatiques et retirez-moi de vos envois publicitaires.
Je ne veux ni de vos SMS promotionnels ni que mon activité soit analysée par votre IA.
"""
P["agent_req.access"] = r"""
Nous vous demandons de communiquer l'ensemble des données personnelles concernant {client}, ainsi qu'une copie de celles-ci (article 15 du RGPD).
Merci de confirmer si vous traitez des données relatives à {client_first} et, le cas échéant, d'y donner accès.
Veuillez nous adresser une copie de toutes les données que Taskbridge détient sur {client}, messages et notes internes compris.
Nous vous prions de nous faire parvenir une copie intégrale des données à caractère personnel relatives à {client}, en précisant leur provenance.
{client_first} souhaite savoir quelles informations Taskbridge conserve à son sujet ; merci de nous en adresser la liste et une copie.
En vertu de la Loi 25, nous demandons, pour le compte de {client}, l'accès aux renseignements personnels détenus à son sujet.
"""
P["agent_req.deletion"] = r"""
Merci de supprimer le compte de {client} ainsi que toutes les données qui y sont associées.
Nous demandons l'effacement sans délai de toutes les données concernant {client_first} (article 17 du RGPD).
Veuillez supprimer définitivement son profil, ses messages et tous les documents téléversés.
Merci de clôturer le compte de {client_first} et de nous confirmer par écrit l'effacement complet.
{client_first} n'utilise plus la plateforme : merci d'effacer son compte et l'ensemble de ses informations personnelles, y compris ses photos.
Au titre du droit à l'effacement, nous vous demandons de supprimer toute donnée relative à {client} de vos systèmes et de ceux de vos sous-traitants.
Nous demandons la suppression immédiate du profil de {client_first} et de tous les contenus et données qui y sont liés.
"""
P["agent_req.correction"] = r"""
La date de naissance de {client_first} enregistrée chez vous est erronée ; il s'agit du {client_dob}. Merci de la rectifier.
Merci de rectifier l'adresse de {client} : {client_address}.
Le nom de {client_first} est mal orthographié dans vos fichiers ; merci de le corriger en {client_last}.
L'adresse enregistrée pour {client} n'est plus à jour ; merci d'y substituer la suivante : {client_address}.
Merci de rectifier la date de naissance de {client}, qui est le {client_dob}, et non celle qui figure actuellement dans votre base.
Vos fichiers comportent une erreur sur le patronyme de {client_first} : merci d'inscrire {client_last}, conformément à ses papiers d'identité.
"""
P["agent_req.portability"] = r"""
Merci de fournir les données de {client_first} dans un format structuré et lisible par machine, afin de les transférer vers un autre service.
Nous demandons la transmission directe des données de {client} à {other_platform} dans un format courant.
Veuillez exporter les données fournies par {client_first} (profil, commandes, avis) au format JSON ou CSV.
Nous sollicitons, pour le compte de {client}, la remise de ses données dans un fichier CSV ou JSON réutilisable.
Merci de transférer directement le profil, l'historique et les avis de {client_first} vers {other_platform}, dans un format structuré.
Au titre de l'article 20 du RGPD, {client_first} demande à recevoir les données fournies à Taskbridge sous une forme lisible par machine.
"""
P["agent_req.restriction"] = r"""
Dans l'attente de l'issue du litige relatif à la commande {order}, nous demandons la limitation du traitement des données de {client}.
{client_first} conteste l'exactitude des données détenues ; merci d'en limiter le traitement jusqu'à vérification.
Ne supprimez pas les données de {client_first}, nécessaires à une procédure judiciaire, mais cessez tout autre traitement.
Les données de {client} devant servir de preuve dans une action en justice, nous vous demandons de les conserver en l'état, sans autre traitement.
Tant que le différend concernant la commande {order} n'est pas réglé, merci de geler les données de {client_first}.
{client_first} conteste l'exactitude de plusieurs informations de son dossier ; nous demandons la limitation de leur traitement (article 18 du RGPD) pendant la vérification.
"""
P["agent_req.objection"] = r"""
{client_first} s'oppose au profilage de son compte et à l'analyse de ses données par intelligence artificielle.
Au nom de {client_first}, nous formons opposition à tout traitement de ses données fondé sur l'intérêt légitime.
Merci de ne plus utiliser les données de {client} pour le scoring, le classement ou l'entraînement de modèles d'IA.
{client_first} refuse que ses conversations et ses fichiers servent à l'entraînement de vos outils d'intelligence artificielle.
Nous formons, au nom de {client}, opposition au profilage de son activité sur la plateforme, conformément à l'article 21, paragraphe 1, du RGPD.
Merci de soustraire le compte de {client_first} à votre système d'évaluation automatisée des utilisateurs.
"""
P["agent_req.opt_out"] = r"""
Merci de cesser toute prospection commerciale à destination de {client}.
Veuillez retirer {client_email} de toutes vos listes marketing avec effet immédiat.
{client_first} ne souhaite plus recevoir d'e-mails ni de SMS promotionnels.
Nous vous demandons de cesser l'envoi de newsletters et d'offres commerciales à {client_email}.
{client} retire son consentement à toute prospection par téléphone, SMS ou courriel.
Merci de ne plus céder ni partager les coordonnées de {client_first} à des fins publicitaires.
"""
P["agent_req.other_privacy"] = r"""
Merci de nous indiquer à quels tiers les données de {client} ont été communiquées.
Nous souhaitons savoir si les données de {client_first} ont été touchées par le récent incident de sécurité.
{client_first} retire l'ensemble des consentements donnés à Taskbridge.
Merci d'adresser désormais toute correspondance relative aux données de {client} à notre cabinet.
Merci de nous faire savoir où sont hébergées les données de {client} et si elles sont transférées hors de l'Union européenne.
Nous souhaitons connaître la durée de conservation des données de {client_first} ainsi que les coordonnées de votre délégué à la protection des données.
Au nom de {client}, nous adressons à votre DPO une réclamation concernant la divulgation de ses coordonnées à un tiers.
"""

P["task.writing"] = r"""
Nous avons besoin d'un article de blog d'environ 1 200 mots sur l'intégration des nouveaux salariés en télétravail, optimisé SEO, {deadline}.
Quelqu'un pourrait-il rédiger 40 fiches produits pour notre boutique en ligne ? Ton léger et concis.
Je cherche un rédacteur pour réécrire la page « Qui sommes-nous » de notre site.
Merci de relire mon mémoire de master (environ 80 pages) : orthographe et style.
Il nous faut un communiqué de presse pour l'ouverture de notre nouveau bureau à {city}.
J'ai besoin d'une lettre de motivation et d'un CV retravaillé pour un poste de chef de projet.
Nous cherchons quelqu'un pour écrire le script d'une vidéo explicative de 90 secondes sur notre appli.
Pourriez-vous écrire un discours pour le mariage de ma sœur ? Cinq minutes, drôle mais pas gênant.
Il nous faut une newsletter mensuelle de 600 mots pour nos clients, ton chaleureux, la première {deadline}.
Pouvez-vous écrire les textes des six pages du site de notre cabinet de kinésithérapie à {city} ?
Je cherche quelqu'un pour relire et mettre en forme un guide pratique de 30 pages destiné à nos nouveaux bénévoles.
Nous cherchons une personne pour rédiger les descriptions de nos 12 gîtes en Ardèche, environ 150 mots chacune.
Pouvez-vous écrire un article de fond sur la rénovation énergétique pour le magazine de notre association, {deadline} ?
J'ai besoin d'une relecture éditoriale de mon roman (220 pages) avant l'envoi aux maisons d'édition.
"""
P["task.translation"] = r"""
Merci de traduire notre manuel utilisateur de 12 pages en {lang2}, {deadline}.
J'ai besoin d'une traduction assermentée de mon acte de naissance en {lang2} pour une demande de visa.
Pouvez-vous traduire le contrat joint (environ 3 500 mots) en {lang2} ? La terminologie juridique est importante.
Nous voulons faire localiser notre site (une vingtaine de pages) en {lang2}, tunnel de commande compris.
Merci de sous-titrer en {lang2} notre vidéo produit de 8 minutes.
Petite mission : traduire en {lang2} un e-mail de 300 mots destiné à un fournisseur.
Nous cherchons un locuteur natif pour relire la traduction automatique de notre appli en {lang2}.
Nous avons besoin de traduire en {lang2} les fiches techniques de nos cinq machines, environ 4 000 mots au total.
Pouvez-vous traduire en {lang2} la carte de notre restaurant et adapter les noms des plats quand c'est nécessaire ?
Merci de transcrire puis de traduire en {lang2} une interview audio de 25 minutes, {deadline}.
Pouvez-vous traduire en {lang2} notre présentation commerciale de 25 diapositives pour un salon professionnel ?
Nous recherchons un traducteur pour passer notre catalogue de printemps en {lang2}, environ 9 000 mots, {deadline}.
Merci de traduire en {lang2} les fiches de poste de notre entreprise pour un recrutement à l'international.
"""
P["task.design"] = r"""
Il nous faut un nouveau logo pour notre boulangerie, quelque chose de chaleureux et dessiné à la main, trois pistes pour commencer.
Merci de concevoir un flyer A5 pour nos soldes d'été, PDF prêt à imprimer.
Pouvez-vous maquetter une landing page dans Figma pour notre nouveau produit ?
J'ai besoin de cartes de visite pour deux collaborateurs, recto verso, {deadline}.
Nous cherchons un graphiste pour créer 10 modèles de posts pour les réseaux sociaux à nos couleurs.
Merci de refaire la couverture de mon livre numérique, l'actuelle fait daté.
Nous avons besoin d'environ 25 icônes au trait pour notre application mobile.
Nous aimerions une affiche A2 pour notre festival de jazz, style rétro, en deux déclinaisons de couleurs.
Pouvez-vous créer l'étiquette de notre nouvelle bière artisanale ? Le format est de 9 × 12 cm.
Il me faut un modèle PowerPoint à nos couleurs : couverture, intercalaires et une dizaine de mises en page, {deadline}.
Il nous faut un kakémono de 85 × 200 cm pour un salon professionnel, {deadline}.
Pouvez-vous créer le faire-part de naissance de notre fille, format carré, style aquarelle ?
Nous aimerions rafraîchir le packaging de nos confitures : trois parfums, une gamme cohérente.
"""
P["task.software"] = r"""
Notre site WordPress est très lent sur mobile ; quelqu'un peut-il l'analyser et corriger le plus gros ?
Il nous faut un petit script Python qui fusionne nos exports CSV hebdomadaires dans un seul fichier Excel.
Merci de corriger le bug de notre tunnel de paiement Shopify : le code promo n'est pas appliqué.
Nous cherchons un développeur pour un formulaire de réservation simple avec e-mail de confirmation.
Pouvez-vous migrer notre base de données de MySQL 5.7 vers 8.0 sans interruption de service ?
Nous avons besoin d'une intégration API entre notre CRM et notre logiciel de facturation.
L'appli iOS plante au démarrage depuis la dernière mise à jour, il faudrait regarder les logs.
Nous voulons automatiser l'envoi d'un rapport hebdomadaire par e-mail à partir d'une feuille Google Sheets.
Pouvez-vous ajouter un filtre par prix et par taille sur la page catalogue de notre boutique PrestaShop ?
Il faudrait développer un petit module de prise de rendez-vous dans notre application React Native.
Nous avons besoin d'un site vitrine sous WordPress pour un cabinet d'architectes, avec une galerie de projets.
Pouvez-vous développer une extension Chrome qui compte le temps passé sur chaque onglet ?
Il faudrait faire passer notre application Django de la version 3.2 à la 5.0 et réparer ce qui casse.
"""
P["task.bookkeeping"] = r"""
J'ai besoin d'aide pour ma déclaration de TVA du troisième trimestre ; les justificatifs sont dans le dossier partagé.
Quelqu'un pourrait-il faire le rapprochement bancaire de septembre et octobre ?
Nous cherchons un comptable pour une dizaine d'heures par mois.
Merci de préparer les comptes annuels de ma micro-entreprise.
Pouvez-vous paramétrer notre plan comptable dans le logiciel et reprendre les soldes d'ouverture ?
Il faudrait établir les fiches de paie de trois salariés pour novembre.
Merci de ventiler les dépenses du dernier trimestre et de signaler ce qui paraît anormal.
Pouvez-vous préparer la liasse fiscale de notre SARL pour l'exercice clos au 31 décembre ?
J'ai besoin d'un prévisionnel de trésorerie sur douze mois à présenter à ma banque.
Merci de saisir nos notes de frais du trimestre et de préparer les remboursements aux salariés.
Je cherche quelqu'un pour tenir la comptabilité de mon association sportive, environ 300 écritures par an.
Pouvez-vous préparer ma déclaration 2035 de profession libérale ?
Il faut relancer les factures clients impayées depuis plus de 60 jours et tenir un tableau de suivi.
"""
P["task.marketing"] = r"""
Nous voulons lancer une campagne Google Ads pour notre studio de yoga, budget {budget} par mois.
Pouvez-vous préparer un planning éditorial pour décembre (Instagram et TikTok) ?
Il nous faut un modèle de newsletter et les deux premières campagnes sur Mailchimp.
Nous cherchons un audit SEO de notre boutique en ligne avec une liste d'actions rapides.
Merci de mettre en place le suivi des conversions et le retargeting sur Meta pour notre lancement.
Nous avons besoin d'un plan de collaboration avec des influenceurs pour notre nouvelle gamme de soins.
Nous cherchons quelqu'un pour animer notre page LinkedIn : trois publications par semaine pendant deux mois.
Pouvez-vous lancer une campagne TikTok Ads pour notre application, avec un budget de test de {budget} ?
Il nous faut une stratégie de contenu pour le blog, avec une vingtaine de sujets classés par priorité.
Nous voulons une campagne d'e-mailing pour la fête des mères, avec deux relances, budget {budget}.
Pouvez-vous optimiser notre fiche Google Business Profile et répondre aux derniers avis ?
Il nous faut un plan de lancement pour notre podcast : réseaux sociaux, partenariats et relations presse.
"""
P["task.data_analysis"] = r"""
Pouvez-vous analyser nos ventes des deux dernières années et repérer les effets saisonniers ?
Il nous faut un tableau de bord Power BI sur le volume de tickets du support.
Merci de nettoyer les résultats de notre enquête (environ 1 500 réponses) et de faire une segmentation simple.
J'ai besoin d'une analyse de régression pour les données de mon mémoire, sous R ou SPSS.
Quelqu'un pourrait-il construire un modèle de churn à partir de nos données d'abonnement ?
Nous voudrions faire évaluer le test A/B de notre page de tarifs.
Pouvez-vous analyser les temps d'attente en caisse dans nos trois magasins à partir des tickets horodatés ?
Nous aimerions une prévision des ventes pour le prochain trimestre, avec des intervalles de confiance.
Merci de croiser la fréquentation de notre site avec les ventes pour voir quelles pages convertissent le mieux.
Pouvez-vous calculer le panier moyen par canal de vente à partir de notre export Shopify ?
Nous aimerions une carte des clients par département pour choisir l'emplacement d'un nouveau magasin.
Merci d'analyser les résultats de notre campagne de tests utilisateurs et d'en tirer cinq recommandations.
"""
P["task.platform_support"] = r"""
J'ai été [[débité||débitée]] deux fois pour la commande {order}. Pouvez-vous rembourser le doublon ?
La page de paiement affiche une erreur à chaque fois que je paie par carte.
Je n'arrive pas à envoyer des fichiers de plus de 20 Mo dans le chat du projet. Il y a une limite ?
Comment ajouter un deuxième utilisateur à notre compte entreprise ?
La facture {inv} indique un mauvais taux de TVA, pouvez-vous la réémettre ?
Le prestataire ne répond plus depuis cinq jours et le délai est dépassé. Que puis-je faire ?
Je voudrais passer d'une facturation mensuelle à annuelle.
Le paiement du jalon pour la commande {order} est bloqué « en attente » depuis une semaine.
Comment laisser un pourboire au prestataire après la livraison de la commande {order} ?
Je ne trouve pas où valider la livraison pour débloquer le paiement du prestataire.
Est-il possible de payer par virement SEPA plutôt que par carte pour les grosses commandes ?
Comment modifier la date de livraison de la commande {order} ? Le prestataire est d'accord pour la décaler.
Je n'ai pas reçu la facture {inv} par e-mail, pouvez-vous me la renvoyer ?
Est-il possible de transformer mon compte particulier en compte professionnel ?
"""
P["hard.writing"] = r"""
Pourriez-vous rédiger une politique de confidentialité pour ma boutique en ligne ? Nous sommes en France, elle doit donc être conforme au RGPD.
Merci de supprimer le deuxième paragraphe et de corriger les fautes dans l'introduction.
Nous avons besoin d'un article de blog expliquant le droit à l'oubli aux petites entreprises.
Pouvez-vous rédiger des modèles de réponse aux demandes d'accès que nous envoient nos propres clients ?
Merci de réécrire plus simplement la rubrique « Vos données, vos droits » de notre FAQ.
Le brouillon contient encore notre ancienne adresse dans les mentions légales. Merci de la mettre à jour et d'enlever l'ancien numéro.
Je cherche un consultant RGPD pour revoir notre accord de sous-traitance avec nos fournisseurs.
Nous avons besoin d'un texte clair pour notre formulaire d'inscription, expliquant comment les utilisateurs peuvent retirer leur consentement à tout moment.
Pouvez-vous rédiger la page « Gérer mes données » de notre appli ? Elle doit expliquer simplement comment exporter ses informations ou supprimer son compte.
Merci de supprimer toutes les références à notre ancien partenaire dans le livre blanc et de corriger la bibliographie.
Je voudrais un e-mail type pour informer nos clients d'un changement de notre politique de confidentialité, sans les affoler.
Relisez notre registre des traitements RGPD, s'il vous plaît : les formulations sont incohérentes et il reste beaucoup de fautes.
Pouvez-vous rédiger la clause « Données personnelles » de nos conditions générales ? Notre juriste la relira ensuite.
Merci d'effacer les répétitions dans le chapitre 4 et de rectifier les dates dans la chronologie.
Nous répondons à un appel d'offres qui exige une note sur la confidentialité des données ; pouvez-vous la rédiger, deux pages maximum ?
J'aurais besoin d'un texte pour notre site qui explique à nos clients comment on respecte la Loi 25. Quelque chose de clair, pas trop juridique.
Pourriez-vous écrire le mail de confirmation qu'on envoie quand un abonné se désinscrit de notre lettre d'information ? Ton sympa, trois lignes.
Relisez notre charte de confidentialité interne pour les salariés et supprimez le jargon, s'il vous plaît.
Il nous faut un livre blanc d'une quinzaine de pages sur l'accès aux données de santé pour les start-up de la e-santé.
"""
P["hard.translation"] = r"""
Merci de traduire notre politique de protection des données en {lang2}.
Nous avons besoin de la traduction en {lang2} de notre contrat de sous-traitance RGPD, registre juridique.
Traduisez en {lang2} l'article d'aide « Comment supprimer votre compte », s'il vous plaît.
Pouvez-vous traduire en {lang2} une décision de justice sur le droit d'accès ?
Merci de corriger les erreurs de la version en {lang2} de notre politique de confidentialité ; notre avocat en a relevé plusieurs.
Il faut traduire en {lang2} les mentions « Se désabonner » et « Gérer mes préférences » de notre newsletter.
Pouvez-vous traduire en {lang2} le formulaire de demande d'accès aux données que nous proposons à nos propres clients ?
Il faudrait traduire en {lang2} le texte de notre bannière cookies et les boutons « Accepter », « Refuser » et « Personnaliser ».
Merci de retirer de la traduction en {lang2} les passages que nous avons supprimés de la version française, puis de corriger la numérotation des articles.
Nous devons faire traduire en {lang2} l'e-mail qui confirme à nos utilisateurs la suppression de leur compte.
Traduction en {lang2} de la clause d'opposition au démarchage de nos conditions générales de vente, registre juridique, s'il vous plaît.
Pouvez-vous traduire en {lang2} notre registre des activités de traitement ? C'est un tableau Excel d'une quarantaine de lignes.
Merci de traduire en {lang2} la page d'aide « Exporter vos données » de notre logiciel.
Nous avons besoin d'une traduction en {lang2} de l'accord de confidentialité (NDA) à signer avec notre nouveau partenaire.
Corrigez la traduction en {lang2} de notre bannière cookies : le bouton « Refuser » a été traduit par « Supprimer ».
Pourriez-vous adapter notre politique de confidentialité pour le Québec, puis la traduire en {lang2} ?
Traduisez en {lang2} le courriel de notification de violation de données que nous préparons pour nos clients, au cas où.
Il faut traduire en {lang2} le lien « Se désinscrire » et le pied de page légal de nos e-mails transactionnels.
"""
P["hard.design"] = r"""
Merci de supprimer l'ancien logo de la maquette et d'utiliser le nouveau.
Retirez le filigrane des photos produits, s'il vous plaît.
Je m'oppose au changement de design de la V3 : revenons à l'en-tête bleu.
Pouvez-vous concevoir une bannière de consentement RGPD qui ne fasse pas peur ?
Merci d'effacer l'arrière-plan de ces 30 portraits.
Mettez à jour l'adresse sur le papier à en-tête, nous avons déménagé au {address}.
Pourriez-vous dessiner des icônes pour les rubriques « Mes données », « Confidentialité » et « Supprimer le compte » de notre appli ?
Merci de flouter les visages des passants sur les photos de notre vitrine avant publication.
Retirez le QR code de la plaquette et corrigez la couleur du bandeau, le vert est trop clair.
Nous voulons une maquette pour la page de désinscription de notre newsletter : sobre, avec un bouton « Rester abonné » bien visible.
Bloquez les calques du gabarit pour que l'équipe ne puisse modifier que les textes, s'il vous plaît.
Supprimez les photos de l'ancienne équipe du site et remplacez-les par les nouveaux portraits.
Pouvez-vous créer une infographie qui résume notre politique de confidentialité en cinq étapes ?
Le bouton « Se désinscrire » de notre modèle d'e-mail est illisible sur fond sombre : merci de corriger le contraste.
Merci de corriger l'adresse sur la carte de visite, c'est {address}, et d'effacer l'ancien numéro de fax.
Notre direction fait opposition à la palette orange : pouvez-vous repartir sur des tons bleus ?
Pouvez-vous pixelliser les plaques d'immatriculation sur les photos de notre parking avant qu'on les mette en ligne ?
Il nous faudrait une copie de la maquette finale en PDF haute définition ; retirez aussi le faux texte en lorem ipsum.
"""
P["hard.software"] = r"""
Ajoutez un bouton « Exporter mes données » à notre espace client pour que nos utilisateurs puissent télécharger leurs infos en CSV.
Nos utilisateurs ne peuvent pas supprimer leur compte dans l'appli que vous avez développée : le bouton renvoie une erreur 500.
Merci d'ajouter une case de désinscription pour le consentement marketing dans notre formulaire d'inscription.
Je n'ai plus accès au serveur de préproduction, ma clé SSH est refusée.
Il faut restreindre l'accès au panneau d'administration à l'IP de nos bureaux.
Écrivez un script qui anonymise les données personnelles de notre base de test.
Notre bannière cookies ne bloque pas Google Analytics avant le consentement. Pouvez-vous corriger ?
Il faut développer un endpoint d'API qui permette à nos clients de demander la suppression de leur compte, avec un délai de grâce de 30 jours.
Notre formulaire de contact enregistre les adresses IP en clair dans les logs ; pouvez-vous corriger ça et purger les anciens fichiers de logs ?
Merci de mettre en place un lien de désabonnement en un clic dans les e-mails de notre appli, conforme aux nouvelles exigences de Gmail.
Je n'arrive plus à accéder au back-office de notre site depuis la mise à jour : l'écran de connexion tourne en boucle.
Pouvez-vous ajouter un journal des consentements dans notre base Postgres, pour qu'on puisse prouver qui a accepté quoi et quand ?
Pouvez-vous coder une fonctionnalité qui supprime automatiquement les comptes inactifs depuis trois ans dans notre back-office ?
Le script d'export JSON de notre base produits plante dès qu'un champ contient un accent ; vous pouvez corriger ?
Il faudrait chiffrer les données personnelles de nos utilisateurs dans la base et restreindre les accès aux seuls administrateurs.
Notre page « Mes données » ne charge plus depuis la mise à jour de Symfony ; il faut déboguer.
Implémentez le droit de rectification dans notre appli : l'utilisateur doit pouvoir modifier son nom et son adresse depuis son profil.
Je n'ai plus accès au dépôt GitHub du projet depuis que vous avez changé les droits ; pouvez-vous me réinviter ?
Ajoutez une route d'API pour gérer les désinscriptions à la newsletter et synchronisez-la avec Brevo.
"""
P["hard.bookkeeping"] = r"""
Merci de supprimer les écritures en double pour la facture {inv}.
Corrigez la TVA sur les écritures d'octobre : vous avez passé 20 % au lieu de 5,5 %.
Je n'ai pas accès au dossier comptable partagé, le lien indique « accès refusé ».
Merci de mettre à jour l'adresse sur le modèle de facture avec celle du nouveau bureau.
Pouvez-vous exporter le grand livre en CSV pour notre expert-comptable ?
Merci de limiter l'accès au dossier des salaires à la direction et à vous.
Merci d'effacer les trois factures brouillon qui traînent dans le logiciel et de vérifier la numérotation à partir de la {inv}.
Pouvez-vous retirer l'ancien associé des accès au logiciel comptable ? Il a quitté la société le mois dernier.
Notre expert-comptable veut le FEC de l'exercice : pouvez-vous l'exporter et vérifier qu'il passe le contrôle ?
Il y a une erreur sur l'avoir lié à la facture {inv} : le montant HT est faux. Merci de le corriger et de me renvoyer le PDF.
Pouvez-vous supprimer du fichier fournisseurs les comptes inactifs depuis plus de trois ans et fusionner les doublons ?
Merci de rectifier l'écriture de la facture {inv}, elle a été imputée sur le mauvais compte de charges.
Pouvez-vous exporter la balance générale au format Excel pour le rendez-vous avec la banque ?
Supprimez les notes de frais en doublon de septembre et envoyez-moi une copie du journal corrigé.
Pouvez-vous nous rappeler les durées légales de conservation des pièces comptables ? On veut faire le tri dans les archives du cabinet.
Le comptable sortant n'a plus accès à notre logiciel ; merci de lui transmettre une copie de sauvegarde du dossier avant la clôture.
Notre contrôleur de gestion veut un accès en lecture seule à Pennylane ; pouvez-vous le configurer sans lui donner les droits de suppression ?
Merci de corriger le numéro de TVA intracommunautaire du client sur la facture {inv} et de la réémettre.
"""
P["hard.marketing"] = r"""
Le lien de désinscription ne fonctionne pas dans la newsletter que vous préparez pour nous : merci de le réparer avant l'envoi de jeudi.
Merci de supprimer toutes les adresses en erreur de notre liste de diffusion et de nettoyer les segments.
Nous voulons une campagne de re-consentement pour que nos abonnés confirment leur inscription.
Pouvez-vous configurer Mailchimp pour que les désinscrits soient retirés automatiquement de l'audience publicitaire ?
Arrêtez la campagne Facebook, elle brûle le budget : mettez toutes les annonces en pause jusqu'à lundi.
Merci d'importer notre liste de contacts dans Brevo en excluant tous ceux qui n'ont pas donné leur consentement.
Pouvez-vous préparer un e-mail de réengagement et désinscrire automatiquement les abonnés qui n'ont rien ouvert depuis un an ?
Nos annonces ont été bloquées par Google pour « contenu trompeur » ; pouvez-vous corriger les textes et les soumettre à nouveau ?
Il faudrait retirer les anciens visuels de Noël de toutes nos campagnes actives et corriger les liens UTM.
Mettez en place un formulaire d'inscription à la newsletter avec double opt-in et une case de consentement non précochée, s'il vous plaît.
Pouvez-vous nettoyer notre base prospects : retirer les contacts qui se sont désabonnés et corriger les adresses mal saisies ?
Il faut rédiger le texte de la case de consentement de notre formulaire de jeu-concours, conforme au RGPD.
Notre taux de désinscription a doublé depuis mars. Pouvez-vous analyser les campagnes et proposer un nouveau rythme d'envoi ?
Merci de bloquer la diffusion des pubs Instagram en dehors de la France et de la Belgique.
Pourriez-vous vérifier que nos campagnes de courriels respectent la Loi canadienne anti-pourriel avant l'envoi de la prochaine infolettre ?
Supprimez les publications Facebook de l'ancienne promotion et effacez les commentaires de spam sous la dernière vidéo.
On aimerait exporter la liste des abonnés de Mailchimp vers HubSpot sans perdre l'historique des opt-in ; vous savez faire ?
"""
P["hard.data_analysis"] = r"""
Exportez le tableau en CSV et supprimez les lignes de test avant de l'envoyer.
Analysez l'enquête, mais anonymisez les répondants avant : aucun nom dans le rapport.
Merci de corriger les chiffres du rapport du T3, les totaux ne tombent pas juste.
Pouvez-vous restreindre le tableau de bord pour que seule la finance voie les données de salaires ?
Nous voudrions analyser combien de clients se sont désabonnés de nos e-mails l'an dernier.
Pouvez-vous supprimer les doublons de notre fichier clients et corriger les codes postaux mal formatés avant l'analyse ?
Combien de nos visiteurs ont refusé les cookies depuis la refonte du site ? Une analyse par semaine suffirait.
L'accès à la source de données du tableau de bord Looker Studio ne fonctionne plus ; pouvez-vous la reconnecter et corriger les filtres ?
Exportez les résultats de l'enquête en JSON pour notre développeur et effacez les colonnes vides.
Nous aimerions voir, sous forme de graphique, combien de demandes RGPD (accès, suppression) nos clients nous ont envoyées chaque mois cette année.
Pouvez-vous pseudonymiser le fichier RH avant l'analyse d'absentéisme ? Les noms ne doivent apparaître nulle part.
Merci de supprimer les valeurs aberrantes du jeu de données et de corriger la colonne des dates, mal formatée.
Il nous faut un tableau de bord qui suit le nombre de désinscriptions à notre newsletter et le taux d'ouverture, semaine par semaine.
Pouvez-vous restreindre l'accès au fichier Excel partagé pour que les stagiaires ne voient que l'onglet des ventes ?
Exportez le modèle de prévision sous forme de notebook Python et envoyez-nous une copie des données nettoyées.
Nous devons faire un bilan de conformité RGPD de nos traitements clients : pouvez-vous analyser notre registre et en tirer quelques indicateurs ?
Le jeu de données contient des doublons et des opt-out mal codés (0 et 1 inversés) ; pouvez-vous rectifier avant de lancer la segmentation ?
"""
P["hard.platform_support"] = r"""
Je n'arrive plus à accéder à mon compte : l'e-mail de réinitialisation du mot de passe n'arrive jamais.
Comment supprimer un brouillon de projet créé par erreur ?
Mes codes de double authentification sont refusés, je suis [[bloqué||bloquée]].
Merci de retirer {provider} de l'équipe du projet, sa partie est terminée.
Pouvez-vous restreindre l'accès au dossier partagé pour que je sois [[le seul||la seule]] à le voir ?
Le bouton « Exporter les factures » me donne un fichier vide.
Merci de corriger le nom de la société sur mes factures : c'est {company}.
je n'arrive pas à accéder à mon compte depuis mon téléphone, l'appli me renvoie à l'écran d'accueil à chaque fois
Où puis-je exporter toutes mes factures de l'année en une seule fois pour ma comptabilité ?
Mon compte a été bloqué après trois tentatives de connexion ratées. Pouvez-vous le débloquer ?
Je reçois une notification par e-mail à chaque message du prestataire dans le projet. Comment passer à un résumé quotidien ?
Je n'ai plus accès aux fichiers que {provider} a déposés dans le projet, le lien affiche « accès refusé ».
Comment supprimer une carte bancaire enregistrée dans mon compte ? Je veux en ajouter une nouvelle.
Je ne reçois plus les notifications de nouveaux messages, alors que je ne me suis jamais [[désabonné||désabonnée]]. Vous pouvez vérifier ?
Mon accès au tableau de bord entreprise a disparu depuis que mon collègue a changé les rôles ; pouvez-vous me remettre administrateur ?
Comment faire pour que {provider} puisse télécharger les fichiers du projet ? Le message « accès restreint » s'affiche de son côté.
Le numéro de SIRET de {company} est erroné sur les factures générées par la plateforme ; où puis-je le corriger ?
Mon compte est barré depuis hier soir, je peux plus me connecter. Pouvez-vous le débarrer?
Où trouve-t-on une copie des conditions d'utilisation acceptées à l'ouverture du compte de {company} ?
"""
P["followup.writing"] = r"""
Merci pour le brouillon ! Pourriez-vous raccourcir l'intro et ajouter un appel à l'action à la fin ?
C'est très bien. Pouvez-vous couper environ 200 mots et adopter un ton un peu plus formel ?
Une modification : inverser les parties deux et trois et ajouter des intertitres.
Pouvez-vous m'envoyer la version finale en Word avec les modifications suivies ?
"""
P["followup.translation"] = r"""
Merci ! Pourriez-vous aussi traduire les deux légendes que j'avais oubliées ?
Le client préfère « client » à « usager » partout. Vous pouvez adapter ?
Pouvez-vous envoyer la traduction sous forme de tableau bilingue pour notre relecteur ?
Nous avons ajouté une page au manuel. Pouvez-vous l'inclure ?
"""
P["followup.design"] = r"""
J'aime bien la proposition B. Vous pouvez l'essayer en vert foncé avec une police un peu plus grasse ?
Merci d'envoyer les fichiers finaux en SVG et PNG, plus une version pour fond sombre.
Le titre un peu plus grand et le logo en haut à droite, s'il vous plaît.
On pourrait voir une variante avec l'illustration à gauche ?
"""
P["followup.software"] = r"""
Testé en préproduction, ça marche. Vous pouvez déployer en production ce soir ?
Le correctif fonctionne sur ordinateur, mais sur Android le bouton est encore masqué. Vous pouvez regarder ?
Pouvez-vous ajouter un petit README pour que l'équipe puisse le lancer en local ?
Encore une chose : l'export pourrait-il inclure la date de commande ?
"""
P["followup.bookkeeping"] = r"""
Merci. J'ai déposé les justificatifs manquants d'août, pouvez-vous les saisir ?
Pourriez-vous m'envoyer le projet de déclaration de TVA avant de le transmettre ?
Merci de passer aussi les deux factures fournisseurs transférées hier.
Pouvez-vous ajouter un petit récapitulatif des principaux postes de dépenses ?
"""
P["followup.marketing"] = r"""
La première campagne est bien. On peut tester un deuxième objet d'e-mail ?
Merci de décaler le lancement à mardi prochain et d'adapter le planning.
Pourriez-vous envoyer un rapport de performance chaque lundi ?
Augmentons le budget quotidien de 20 % pour le week-end.
"""
P["followup.data_analysis"] = r"""
Super travail. Pourriez-vous aussi ventiler les résultats par région ?
Pouvez-vous ajouter au tableau de bord un graphique de l'évolution mensuelle ?
Merci d'inclure les chiffres bruts en annexe.
Pourriez-vous relancer le modèle sans les données de 2020 ?
"""
P["followup.platform_support"] = r"""
Merci, mais j'ai toujours la même erreur au moment de payer.
J'ai essayé, ça ne marche toujours pas. Une autre idée ?
Le remboursement est arrivé, mais la facture indique toujours l'ancien montant.
Merci. Pourriez-vous aussi m'envoyer une facture corrigée ?
"""
P["provider.writing"] = r"""
Voici un premier jet. Dites-moi ce que vous pensez du ton.
Je vous joins la V2 avec vos remarques intégrées.
Petite question avant de commencer : quelle est la cible ?
Le texte final est dans le dossier partagé. Je peux faire de petites retouches.
"""
P["provider.translation"] = r"""
Voici la traduction. J'ai laissé les noms de produits en anglais comme convenu.
La première moitié est terminée, la suite arrive demain.
Pouvez-vous me confirmer si vous préférez le vouvoiement ou le tutoiement ?
Voici la version finale, relue par une seconde traductrice.
"""
P["provider.design"] = r"""
Voici trois premières pistes de logo. Laquelle vous plaît ?
J'ai mis en ligne le flyer revu avec les nouvelles photos.
Vous trouverez ci-joint les fichiers finaux dans tous les formats.
Avant de continuer : avez-vous une charte graphique ou une palette de couleurs ?
"""
P["provider.software"] = r"""
J'ai poussé le correctif sur une branche et l'ai déployé en préproduction pour que vous testiez.
J'ai trouvé la cause, un problème de cache dans le plugin de paiement. Le correctif est prêt.
Pourriez-vous me donner un accès en lecture au dépôt ?
C'est fait. Le script est joint, avec les instructions en en-tête.
"""
P["provider.bookkeeping"] = r"""
Septembre est rapproché ; il reste trois paiements que je n'ai pas pu affecter.
Le projet de déclaration de TVA est joint pour relecture.
Pourriez-vous m'envoyer les relevés bancaires en PDF ?
Toutes les écritures sont passées jusqu'à fin octobre.
"""
P["provider.marketing"] = r"""
La campagne est prête et attend votre validation.
Voici le planning éditorial de décembre.
Résultats de la première semaine : CTR de 2,1 %, coût par clic sous l'objectif.
Pourriez-vous me donner accès à votre compte publicitaire ?
"""
P["provider.data_analysis"] = r"""
Voici la première version du tableau de bord.
Il manque des données en mars ; je l'ai signalé dans le rapport.
Voici les résultats de la segmentation : cinq groupes au total.
Pourriez-vous m'envoyer le dictionnaire des données de l'export ?
"""
P["provider.platform_support"] = r"""
Merci pour votre message. Nous avons réinitialisé la session de paiement. Pouvez-vous réessayer ?
Nous avons remboursé le double prélèvement ; comptez 5 à 7 jours ouvrés.
Pourriez-vous nous envoyer une capture d'écran du message d'erreur ?
Nous avons transmis à notre équipe technique et revenons vers vous rapidement.
"""


# ------------------------------------------------------------------ training only
# Core lines written on 2026-11-28, after the held-out wordings were fixed: build_corpus.py
# puts them in the train split only. Written from knowledge of the language, without sight
# of this bank's validation or test lines, the sample inbox or any evaluation data; a line
# that read like a held-out line of its pool (difflib ratio above 0.6) was left out.
P_TRAIN = {}
P_TRAIN["req.access.plain"] = r"""
Depuis {year} j'ai passé pas mal de commandes chez vous. J'aimerais recevoir l'ensemble de ce que vous avez conservé à mon sujet : factures, notes du support, pièces jointes, tout.
Votre système de recommandation a l'air d'en savoir long sur moi. Quelles informations utilise-t-il me concernant, et à quelles fins ? J'aimerais en avoir une copie.
En tant que prestataire, je voudrais savoir ce que vous gardez sur moi : les avis reçus, les remarques internes, la pièce d'identité envoyée pour la vérification… Vous pouvez me transmettre tout ça ?
C'est la troisième fois que je le demande et je commence à perdre patience : envoyez-moi mon dossier complet, y compris ce que vos agents ont noté sur moi dans vos outils internes.
Pourriez-vous me faire parvenir un extrait de toutes les données enregistrées à mon nom ? Je vous remercie d'avance. Avec mes meilleures salutations.
"""
P_TRAIN["req.access.formal"] = r"""
Sur le fondement de l'article 15 du RGPD, je vous demande de me communiquer une copie des données personnelles me concernant, en précisant les finalités pour lesquelles elles sont traitées et leur origine lorsqu'elles n'ont pas été collectées auprès de moi.
Conformément au RGPD et à la loi belge du 30 juillet 2018, je vous prie de m'indiquer si Taskbridge traite des données me concernant et, dans l'affirmative, de m'en remettre une copie intégrale.
Je vous saurais gré de me faire parvenir, dans le délai d'un mois, l'ensemble des informations me concernant que vous traitez, notamment celles utilisées par votre outil d'appariement automatique, accompagnées de l'indication de leur provenance.
"""
P_TRAIN["req.deletion.plain"] = r"""
J'ai créé un compte juste pour une commande il y a deux ans et je ne m'en sers plus. Je voudrais que tout soit effacé, y compris mes coordonnées bancaires.
Je n'ai aucune envie que mon nom traîne encore sur votre site dans dix ans. Virez mon profil, mes avis, mes messages, bref tout ce qui me concerne.
Comme je cesse mon activité de [[traducteur||traductrice]], pouvez-vous retirer mon portfolio et effacer définitivement mon compte prestataire avec toutes les données qui y sont liées ?
Le droit à l'oubli, ça existe chez vous ? Parce que c'est exactement ce que je veux : qu'il ne reste plus aucune trace de moi sur Taskbridge.
Bonjour, je veux plus rien savoir de Taskbridge après l'affaire de la commande {order}. Débarrassez-vous de mon compte pis de toutes mes infos, s'il vous plaît.
"""
P_TRAIN["req.deletion.formal"] = r"""
En application de l'article 17 du RGPD, je vous demande d'effacer sans délai l'ensemble des données personnelles me concernant, y compris les transcriptions de mes échanges avec les prestataires et les justificatifs téléversés, et de m'en confirmer l'exécution.
N'entretenant plus aucune relation commerciale avec Taskbridge depuis {year}, je vous prie de procéder à la suppression de mon compte {acc} et de l'ensemble des données qui s'y rattachent.
Conformément au droit à l'effacement prévu par le RGPD, je sollicite la suppression de mon profil public, de mes évaluations et de toute donnée me concernant figurant dans vos bases actives comme dans vos sauvegardes.
"""
P_TRAIN["req.correction.plain"] = r"""
Je me suis [[marié||mariée]] cet été et j'utilise maintenant le nom {last}. Vous pouvez changer ça dans mon compte ? Sur mes factures, c'est toujours {old_last} qui apparaît.
Vous m'envoyez encore les confirmations de commande sur {old_email}, une adresse que je ne consulte plus. La bonne, c'est {email}. Changez-la dans mon dossier svp.
D'après votre fiche, je suis [[né||née]] le {wrong_dob}, ce qui me vieillit pas mal ! C'est le {dob}, merci de rectifier.
Sur mon profil prestataire, la ville affichée n'est plus la bonne : j'habite à {city} depuis des mois. Les clients croient que je suis encore à l'autre bout du pays, merci de mettre ça à jour.
Le numéro de téléphone de mon compte date de mon ancien boulot. Le nouveau, c'est le {phone} ; pourriez-vous faire le changement de votre côté ? Je ne trouve pas où le modifier.
"""
P_TRAIN["req.correction.formal"] = r"""
Conformément à l'article 16 du RGPD, je vous demande de rectifier l'adresse de facturation rattachée à mon compte {acc}, qui demeure {old_address}, et d'y substituer {address}, y compris sur les factures à venir.
Les informations de mon profil étant incomplètes, mon nom d'usage, {last}, n'y figurant pas, je vous prie de les compléter en conséquence au titre de mon droit de rectification.
Je vous saurais gré de bien vouloir remplacer l'adresse électronique {old_email}, qui n'est plus valide, par {email} dans vos fichiers, et de me confirmer par écrit que cette modification a été répercutée sur mon espace prestataire.
"""
P_TRAIN["req.portability.plain"] = r"""
je peux recup mes avis et mon historique de missions dans un fichier pour les remettre sur {other_platform} ?
Je quitte Taskbridge pour {other_platform}. Cinq ans de commandes, d'évaluations et d'échanges : j'aimerais tout emporter dans un format que leur outil sait lire. Vous faites ça ?
Est-ce qu'il y a un bouton quelque part pour télécharger toutes mes données en JSON ? Je ne le trouve pas, alors je vous le demande directement.
Bonjour, {other_platform} m'assure pouvoir importer mon profil si vous leur envoyez directement mes données. Pouvez-vous vous en charger ? Merci !
J'ai besoin de mon historique de prestations et de factures sous forme de tableur (xlsx ou csv) pour le réutiliser dans mon logiciel de gestion. Pas un PDF, un vrai fichier exploitable.
Vos concurrents proposent l'export complet du compte en un clic, pas vous. Du coup, merci de m'envoyer le mien dans un format ouvert et réutilisable, je compte partir.
"""
P_TRAIN["req.portability.formal"] = r"""
Au titre de l'article 20 du RGPD, je vous demande de me transmettre, dans un format structuré, couramment utilisé et lisible par machine, les données relatives à mes commandes, à mes évaluations et à mon portfolio que je vous ai fournies.
Je souhaite exercer mon droit à la portabilité à l'égard des données que j'ai fournies en qualité de prestataire (profil, tarifs, historique des missions, évaluations reçues) et vous prie de me les remettre au format XML ou JSON.
"""
P_TRAIN["req.restriction.plain"] = r"""
Ne touchez plus à mes données pour l'instant, ni pour les effacer ni pour vous en servir : mon avocat en a besoin pour le litige qui m'oppose à {provider}.
svp mettez mes donnees en pause : vous gardez tout mais vous n'en faites plus rien tant que le desaccord sur la facture {inv} est pas reglé
Vous soutenez que les informations de mon dossier sont exactes, moi je dis le contraire. Tant que ce n'est pas tiré au clair, je veux qu'elles soient mises de côté et plus utilisées.
J'avais demandé la suppression de mon compte, mais je me ravise : gardez tout, j'en aurai besoin si le client de la commande {order} me poursuit. En revanche, plus aucune utilisation d'ici là.
Est-ce qu'on peut « geler » mes données le temps que l'enquête de police sur l'arnaque soit terminée ? Pas les effacer, juste qu'elles ne servent plus à rien en attendant.
Je pense que vous n'aviez pas le droit de conserver une copie de ma pièce d'identité, mais je ne veux pas qu'elle soit détruite : elle me servira de preuve. Gardez-la, sans plus vous en servir.
"""
P_TRAIN["req.restriction.formal"] = r"""
Le traitement de mes données me paraissant dépourvu de base légale, je m'oppose néanmoins à leur effacement et sollicite, en lieu et place, la limitation de leur utilisation en application de l'article 18, paragraphe 1, point b), du RGPD.
Je vous prie de suspendre toute utilisation des données relatives à mon compte {acc}, à l'exception de leur conservation, jusqu'à l'issue de la médiation engagée au sujet de la commande {order}, et de m'informer avant toute levée de cette mesure.
En application du RGPD et de la loi Informatique et Libertés, je vous demande de geler les informations de mon profil prestataire dont je conteste l'exactitude, de sorte qu'elles ne soient plus affichées ni exploitées par votre algorithme de mise en relation pendant leur vérification.
"""
P_TRAIN["req.objection.plain"] = r"""
jveux pas que vos IA lisent mes messages avec les prestataires pour "améliorer le service", merci de m'exclure de ça
Je viens de lire que les fichiers de projet peuvent servir à entraîner votre outil d'IA. Pas question pour les miens : retirez mes documents de ce traitement.
Votre algorithme classe mon profil de prestataire selon un « score de réactivité » calculé on ne sait comment. Je refuse d'être [[noté||notée]] de cette façon, sortez-moi de ce classement.
Ça me dérange que vous analysiez mes habitudes d'achat pour deviner mon budget et m'orienter vers tel ou tel prestataire. Arrêtez ça pour mon compte.
Pourriez-vous faire en sorte que mes données ne servent plus à vos études internes sur le comportement des utilisateurs ? Je comprends votre intérêt, mais ce n'est pas le mien.
Votre « matching intelligent » passe mes briefs à la moulinette pour en tirer je ne sais quel profil. Je m'y oppose, faites sans moi.
"""
P_TRAIN["req.objection.formal"] = r"""
Sur le fondement de l'article 21, paragraphe 1, du RGPD, je m'oppose au traitement de mes données aux fins de l'évaluation automatisée de mes livrables et de l'attribution d'un rang dans vos résultats de recherche.
Compte tenu du caractère confidentiel de mon activité d'[[avocat||avocate]], je m'oppose à ce que les pièces et messages échangés sur la plateforme fassent l'objet d'une analyse automatisée par vos outils, quelle qu'en soit la finalité.
Au titre du droit d'opposition, je vous demande de cesser d'exploiter mes données de navigation et de commande pour établir le profil qui alimente votre moteur de recommandation de prestataires, ce traitement reposant sur votre seul intérêt légitime.
"""
P_TRAIN["req.opt_out.plain"] = r"""
arretez les sms promo svp j'en recois 3 par semaine
Depuis que j'ai commandé une traduction, je reçois chaque semaine votre lettre « Idées du moment ». Je n'ai jamais demandé ça : désinscrivez-moi.
Un commercial de chez vous m'a encore [[appelé||appelée]] pour me proposer l'offre Entreprise. Mettez mon numéro sur liste rouge chez vous, je ne veux plus être [[démarché||démarchée]].
Je ne veux pas que mes données soient vendues ou partagées avec des annonceurs. Et pas de pubs ciblées non plus, merci.
Bonjour, je souhaiterais ne plus recevoir vos courriels promotionnels ni votre infolettre, mais continuer à recevoir les avis concernant mes commandes. Merci beaucoup!
J'ai décoché la case « offres et actualités » dans mes paramètres il y a un mois et je reçois toujours vos mails de promo. Vous pouvez régler ça de votre côté ?
"""
P_TRAIN["req.opt_out.formal"] = r"""
Je vous notifie, au titre de l'article 7, paragraphe 3, du RGPD, le retrait de mon consentement à l'utilisation de mon numéro {phone} pour l'envoi de SMS et d'appels à caractère commercial.
Je vous prie de retirer mon adresse {email} de l'ensemble de vos listes de diffusion commerciales, y compris celles de vos partenaires, et de vous abstenir à l'avenir de toute sollicitation publicitaire.
En application de l'article L. 34-5 du code des postes et des communications électroniques, je vous demande de cesser toute prospection directe par courrier électronique à mon égard.
"""
P_TRAIN["req.other_privacy.plain"] = r"""
J'ai lu qu'il y a eu une fuite de données chez un de vos sous-traitants. Est-ce que mes infos sont concernées ? J'ai le droit de savoir.
Vos serveurs sont où exactement ? Mes documents partent aux États-Unis ou ils restent en Europe ?
Combien de temps gardez-vous la copie de ma pièce d'identité après la vérification de mon profil ?
Je retire toutes les autorisations que j'ai données à l'appli : contacts, localisation, tout.
Je vais saisir la CNIL si personne ne m'explique comment un prestataire a pu récupérer mon adresse perso.
Est-ce que les freelances à l'étranger avec qui je travaille voient mon adresse et mon téléphone ? Si oui, mes données sortent de l'UE, non ?
"""
P_TRAIN["req.other_privacy.formal"] = r"""
Je vous prie de me communiquer les coordonnées de votre délégué à la protection des données ainsi que celles de l'autorité de contrôle dont vous relevez.
À la suite de l'incident de sécurité évoqué dans la presse, je vous demande de m'indiquer si mes données figurent parmi celles compromises, la nature des informations concernées et les mesures prises pour en atténuer les conséquences.
Je vous prie de m'indiquer dans quels États mes données sont communiquées, en particulier si elles le sont vers un pays n'offrant pas un niveau de protection adéquat au sens de la LPD.
"""
P_TRAIN["agent_req.access"] = r"""
Notre cabinet représente {client} ; nous vous prions de nous adresser, en son nom, une copie de toutes les données que Taskbridge conserve à son sujet, échanges avec les prestataires compris.
<<Mon père||Ma mère>>, {client_first}, n'est pas à l'aise avec l'informatique et m'a [[chargé||chargée]] de vous écrire : pourriez-vous nous dire quelles données vous avez sur <<lui||elle>> et nous en envoyer une copie ?
"""
P_TRAIN["agent_req.deletion"] = r"""
<<Mon fils||Ma fille>> {client_first} a ouvert un compte chez vous alors <<qu'il était mineur||qu'elle était mineure>> ; merci de le supprimer avec toutes les données qui s'y rapportent.
Suite au décès de {client}, sa famille nous a mandatés pour demander la fermeture de son compte et l'effacement de ses données personnelles.
"""
P_TRAIN["agent_req.correction"] = r"""
En qualité de [[tuteur||tutrice]] de {client}, je vous demande de corriger l'orthographe de son nom de famille dans vos fichiers : il s'agit de {client_last}.
{client_first} a déménagé et reçoit encore vos courriers à son ancienne adresse ; sa nouvelle adresse est {client_address}, merci d'actualiser son dossier.
"""
P_TRAIN["agent_req.portability"] = r"""
Au nom de {client}, nous vous demandons d'exporter ses données de compte (commandes, factures, évaluations) au format CSV et de nous les transmettre par voie sécurisée.
{client_first} quitte la plateforme pour {other_platform} et nous a chargés de faire transférer directement son profil prestataire et ses évaluations dans un format que ce service peut importer.
"""
P_TRAIN["agent_req.restriction"] = r"""
Nous représentons {client} dans le différend relatif à la commande {order} : merci de geler ses données, sans les effacer, jusqu'à ce que l'affaire soit tranchée.
{client_first} estime que l'historique de paiements enregistré à son nom est inexact ; en attendant la vérification, merci de le conserver tel quel sans plus l'utiliser.
"""
P_TRAIN["agent_req.objection"] = r"""
<<Mon frère||Ma sœur>> {client_first} ne veut plus que son compte soit classé par votre algorithme de « fiabilité client » ; <<il||elle>> m'a demandé de vous le faire savoir.
"""
P_TRAIN["agent_req.opt_out"] = r"""
Merci de retirer {client_first} de votre newsletter et de toutes vos listes promotionnelles ; <<il||elle>> ne souhaite plus être <<sollicité||sollicitée>>.
Nous vous demandons, au nom de {client}, de ne plus transmettre ses coordonnées à vos partenaires publicitaires et de cesser tout ciblage publicitaire à son égard.
"""
P_TRAIN["agent_req.other_privacy"] = r"""
Pour le compte de {client}, nous souhaitons savoir à quels prestataires et sous-traitants ses coordonnées ont été communiquées au cours des douze derniers mois.
{client_first} souhaite déposer une réclamation sur la manière dont ses données ont été traitées ; merci de nous indiquer la marche à suivre auprès de votre DPO.
"""
P_TRAIN["combo.access+deletion"] = r"""
Je sollicite, d'une part, la communication des données me concernant et de leur origine et, d'autre part, leur effacement une fois cette communication effectuée.
"""
P_TRAIN["combo.deletion+opt_out"] = r"""
Vos SMS promo me rendent [[fou||folle]] : arrêtez-les, et tant qu'à faire, supprimez mon compte avec tout ce qu'il contient.
Désabonnez-moi de l'infolettre et fermez mon compte, avec destruction de mes renseignements personnels, merci.
"""
P_TRAIN["combo.correction+opt_out"] = r"""
Vous avez toujours {old_email} comme adresse ; remplacez-la par {email}, mais ne l'inscrivez surtout pas à votre newsletter.
Mon numéro a changé, c'est maintenant le {phone}. Merci de le mettre à jour et de ne jamais l'utiliser pour des appels ou des SMS commerciaux.
"""
P_TRAIN["combo.deletion+portability"] = r"""
Je voudrais récupérer mes devis et mes factures dans un fichier CSV ou JSON, puis que vous supprimiez complètement mon compte.
"""
P_TRAIN["combo.correction+restriction"] = r"""
Mon nom est écrit {wrong_last} au lieu de {last}. Tant que ce n'est pas rectifié, je ne veux pas que mes données servent à quoi que ce soit.
Je conteste l'exactitude de l'adresse enregistrée ({old_address}) : je vous demande de la rectifier en {address} et d'en limiter le traitement jusqu'à cette rectification.
"""
P_TRAIN["combo.objection+restriction"] = r"""
Je refuse que votre IA analyse mes conversations avec les prestataires, et tant que vous n'avez pas tranché sur ce refus, mettez mes données en pause.
Je m'oppose à l'utilisation de mes données pour le classement automatisé des prestataires et vous demande, pendant l'examen de cette opposition, d'en limiter le traitement à la seule conservation.
"""
P_TRAIN["combo.access+other_privacy"] = r"""
Envoyez-moi tout ce que vous avez sur moi, et dites-moi si ça fait partie de ce qui a fuité d'après les journaux.
"""
P_TRAIN["combo.objection+opt_out"] = r"""
Je ne veux plus de vos mails promotionnels, et je refuse aussi que mon historique de commandes alimente votre moteur de recommandation.
Je m'oppose au profilage de mes données par votre outil de mise en relation et retire mon consentement à toute communication commerciale.
"""
P_TRAIN["hard.writing"] = r"""
Pouvez-vous rédiger un article de blog de 1 200 mots sur le droit à l'oubli numérique, destiné à des lycéens ?
Il nous faut le texte de la bannière cookies et de la page « Gérer mes préférences » de notre boutique en ligne, en langage simple.
"""
P_TRAIN["hard.translation"] = r"""
Pourriez-vous traduire en {lang2} notre accord de traitement des données (DPA) avec nos sous-traitants, une douzaine de pages ?
Dans la traduction livrée, vous avez laissé le nom et l'adresse du client fictif de notre exemple ; merci de les effacer et de renvoyer le fichier.
Je m'oppose à ce qu'on garde l'anglicisme « opt-out » dans la version en {lang2} : merci de proposer un équivalent naturel.
"""
P_TRAIN["hard.design"] = r"""
Il faut effacer l'ancien logo de toutes les déclinaisons de la charte graphique et le remplacer par le nouveau.
Pouvez-vous dessiner les écrans « Supprimer mon compte » et « Télécharger mes données » de notre appli, dans le respect de notre charte ?
Nous voulons une infographie A4 qui explique à nos adhérents leurs droits RGPD : accès, rectification, effacement.
"""
P_TRAIN["hard.software"] = r"""
Il faudrait ajouter à notre site une fonction « Supprimer mon compte » qui efface aussi les commandes associées au bout de 30 jours.
Notre API renvoie les adresses e-mail des utilisateurs dans une réponse publique ; pouvez-vous corriger ça et en limiter l'accès aux administrateurs ?
Pouvez-vous anonymiser la copie de la base de production qui nous sert aux tests (noms, e-mails, téléphones) ?
"""
P_TRAIN["hard.bookkeeping"] = r"""
Merci de corriger la coquille dans le nom de notre société sur les factures émises depuis janvier et d'établir les avoirs nécessaires.
Pouvez-vous exporter le grand livre au format CSV pour notre expert-comptable ?
Nous souhaitons limiter l'accès au dossier de paie aux seuls associés ; pouvez-vous configurer les droits dans le logiciel ?
"""
P_TRAIN["hard.marketing"] = r"""
Nous avons besoin d'un audit de notre site pour vérifier que le pixel Meta ne se déclenche pas avant le consentement aux cookies.
Merci de nettoyer notre fichier de contacts : supprimez les doublons, les adresses invalides et les désinscrits.
"""
P_TRAIN["hard.data_analysis"] = r"""
Merci d'anonymiser les réponses de notre enquête auprès des salariés avant de calculer les indicateurs par service.
Pouvez-vous supprimer les lignes de test du fichier des ventes et nous renvoyer une copie propre au format CSV ?
Nous voulons mesurer l'effet du nouveau bandeau cookies sur le taux de consentement et les conversions ; pouvez-vous analyser les données de notre outil de gestion du consentement ?
"""
P_TRAIN["hard.platform_support"] = r"""
Je n'arrive pas à changer mon mot de passe, le lien me dit qu'il a expiré.
Comment retirer l'accès de notre ancienne assistante au compte entreprise de {company} ?
"""
P_TRAIN["task.writing"] = r"""
Pouvez-vous rédiger la biographie de mon grand-père à partir d'une dizaine d'heures d'entretiens ?
"""
P_TRAIN["task.translation"] = r"""
Merci de traduire en {lang2} la carte de notre restaurant, une soixantaine de plats.
"""
P_TRAIN["task.design"] = r"""
Pouvez-vous créer un kit de visuels pour nos réseaux sociaux : 10 gabarits Instagram et 5 bannières LinkedIn ?
Nous voulons refaire l'emballage de nos savons artisanaux : trois parfums, impression en une couleur.
"""
P_TRAIN["task.software"] = r"""
Il nous faut une petite application web pour gérer les réservations de salles de notre espace de coworking.
Pouvez-vous mettre à jour notre boutique PrestaShop vers la dernière version et vérifier que les modules fonctionnent toujours ?
"""
P_TRAIN["task.bookkeeping"] = r"""
Pouvez-vous faire le rapprochement bancaire des six derniers mois ? Les relevés sont dans le dossier partagé.
J'ai besoin d'aide pour ma déclaration de TVA trimestrielle, c'est la première que je fais.
"""
P_TRAIN["task.marketing"] = r"""
Nous aimerions une campagne avec des influenceurs locaux pour l'ouverture de notre salon de coiffure à {city}.
Pouvez-vous rédiger et programmer nos publications Facebook et Instagram pour le mois de décembre ?
"""
P_TRAIN["task.data_analysis"] = r"""
Pouvez-vous construire un tableau de bord Power BI qui suive nos stocks par entrepôt ?
Nous voudrions comprendre ce qui explique nos retards de livraison à partir des données logistiques de l'année.
"""
P_TRAIN["task.platform_support"] = r"""
Comment ajouter un fichier à une commande déjà en cours ?
Le prestataire de la commande {order} ne répond plus depuis une semaine ; que puis-je faire ?
"""
