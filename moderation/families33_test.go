package moderation

import "testing"

// TestEngineContemptOfRound33: nouns of contempt for a person, insults
// once aimed ("sont des sadiques", "est un tyran frustré et une nullité",
// "a thug", "eine unfreundliche Schreckschraube", "um mal-educado"); the
// old cliché of women kept at home. Not the same words aimed at no one (a
// play's tyrant, a brute force attack, yobs who broke a shelter), a
// bully at school, a woman who stayed home with her children.
func TestEngineContemptOfRound33(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "sadistic agents", text: "Les agents du bureau des étrangers de la préfecture sont des sadiques, point final.", decision: Reject, kinds: abuse},
		{name: "a despot and a nobody", text: "Le prof de maths de mon fils, M. Garnier, est un despote frustré et une nullité en pédagogie.", decision: Review, kinds: abuse},
		{name: "a thug", text: "The bailiff the council sent round is a thug, and I'll be saying so to anyone who'll listen.", decision: Review, kinds: abuse},
		{name: "a Schreckschraube", text: "Die Dame am Empfang vom Finanzamt ist eine unfreundliche Schreckschraube.", decision: Review, kinds: abuse},
		{name: "mal-educado", text: "O funcionário das Finanças de Braga é um mal-educado, tratou-me como lixo.", decision: Review, kinds: abuse},
		{name: "maleducata", text: "L'impiegata dell'anagrafe è una maleducata.", decision: Review, kinds: abuse},
		{name: "women at home", text: "L'agence n'est gérée que par des bonnes femmes. Les femmes, c'est fait pour rester à la maison, pas pour instruire des dossiers.", decision: Reject, kinds: abuse},
		{name: "a play's tyrant", text: "La troupe du centre social a joué le rôle d'un tyran, les enfants ont adoré.", decision: Publish, absent: abuse},
		{name: "brute force", text: "The council's portal locked my account after a brute force attack, nobody at the helpdesk could unlock it.", decision: Publish, absent: abuse},
		{name: "yobs at the shelter", text: "Yobs smashed the bus shelter on Mill Road again, can the council fix it?", decision: Publish, absent: abuse},
		{name: "a bully at school", text: "The other boy in my son's class is a bully and the school does nothing.", decision: Publish, absent: abuse, modelReviews: true},
		{name: "stayed home", text: "Ma femme a dû rester à la maison avec les enfants, la crèche était fermée.", decision: Publish, absent: abuse},
		{name: "doentes mentais", text: "Pessoas trans são doentes mentais e não deviam ser atendidas no centro de saúde.", decision: Reject, kinds: abuse},
		{name: "psychisch krank", text: "Transleute sind psychisch krank, das sagt doch jeder.", decision: Reject, kinds: abuse},
		{name: "a brother ill", text: "Mein Bruder ist psychisch krank und das Jobcenter versteht das nicht.", decision: Publish, absent: abuse},
		{name: "a mannequin with a headset", text: "DWP adviser: a mannequin with a headset.", decision: Review, kinds: abuse},
		{name: "a shop's mannequin", text: "The shop had a mannequin with a headset in the window, the council's stand next to it.", decision: Publish, absent: abuse},
		{name: "in the blood", text: "Les Roms devant la gare, ils ont ça dans le sang.", decision: Reject, kinds: abuse},
		{name: "their nature", text: "Os ciganos do bairro vivem todos do RSI e não querem trabalhar, é a natureza deles.", decision: Reject, kinds: abuse},
		{name: "live like animals", text: "Since the Romanians moved in at the end it's a pigsty, they live like animals.", decision: Reject, kinds: abuse},
		{name: "breed like rabbits", text: "Die kommen nur wegen der Stütze her und vermehren sich wie Karnickel.", decision: Reject, kinds: abuse},
		{name: "a faith breeds criminals", text: "That religion breeds criminals, full stop.", decision: Reject, kinds: abuse},
		{name: "not normal, the delays", text: "Les délais ne sont pas normaux, trois mois pour une carte grise.", decision: Publish, absent: abuse},
		{name: "mou du genou", text: "Le juge aux affaires familiales, un pantin mou du genou, a encore donné raison à mon ex.", decision: Review, kinds: abuse},
		{name: "music in the blood", text: "Mon fils a la musique, ça dans le sang depuis petit.", decision: Publish, absent: abuse},
		{name: "we live like animals", text: "We live like animals in this damp flat, the council does nothing.", decision: Publish, absent: abuse},
		{name: "no beds", text: "O hospital não tem vagas para doentes mentais, os meus pais esperam há meses.", decision: Publish, absent: abuse},
	})
}

// TestEngineAdsOfRound33: ads slipped into a review, and junk. A site
// named after a person (the name masked, the link still read), a site
// spelled out over a second level ("dot co dot uk"), a sale's sticker
// with a coupon, the writer's own practice with its site, a dating
// site's bait. Not a budget's fall written "-50 %", a public service's
// site spelled out, a doctor's practice with the health insurance's
// site, a scam SMS quoted and said false.
func TestEngineAdsOfRound33(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a site of a name", text: "France Travail m'a enfin trouvé une formation. En attendant je me fais 300 €/semaine avec la méthode de Julien, tout est expliqué sur julien-revenus-passifs.com.", decision: Review, kinds: spam},
		{name: "dot co dot uk", text: "Good experience at the council recycling centre, staff helpful. Also if anyone needs a man and van in Essex, check out essexclearances dot co dot uk, cheap rates.", decision: Review, kinds: spam},
		{name: "a sticker and a coupon", text: "Accueil sympa à la mairie annexe. Petit conseil : faites vos photos chez Photo Flash, conformes ANTS et -20 % avec le code MAIRIE20 !", decision: Review, kinds: spam},
		{name: "my practice", text: "Rendez-vous à la CPAM bien passé. Et pour ceux qui galèrent avec les démarches, mon cabinet s'occupe de tout pour 49 €, simplidemarches.fr", decision: Review, kinds: spam},
		{name: "a dating bait", text: "Hey handsome, bored tonight? Lonely women in your area want to meet NOW. No credit card needed, 100% discreet. Click hot-locals-meet.xyz", decision: Reject, kinds: spam},
		{name: "a budget's fall", text: "Le budget voirie passe à 1,2 M€ contre 2,4 M€ en 2024, soit -50 %. Or la rue Gambetta est pleine de trous.", decision: Publish, absent: spam},
		{name: "gov spelled out", text: "Apply on the website, gov dot uk, it was easy in the end.", decision: Publish, absent: spam},
		{name: "a doctor's practice", text: "Mon cabinet médical a fermé en juin, le remboursement se voit sur ameli.fr mais personne ne répond.", decision: Publish, absent: spam},
		{name: "a scam SMS said false", text: "Le SMS « Votre colis La Poste est en attente, frais de réexpédition 1,99 € » est faux. Merci au guichetier qui m'a prévenue.", decision: Publish, absent: spam},
		{name: "a brother plumber", text: "Très bon accueil à la CAF, dossier traité vite. Au passage si vous cherchez un plombier pas cher sur Lyon, mon frère Sofiane : 06 27 48 13 92, il fait du bon boulot !", decision: Review, kinds: spam},
		{name: "a sister cleaner", text: "Quick turnaround on my parking permit, well done. Also if anyone needs a reliable cleaner in Bristol, my sister does it, text 07822 419 350.", decision: Review, kinds: spam},
		{name: "a brother-in-law's cars", text: "Gute Beratung bei der Krankenkasse. Übrigens: mein Schwager verkauft günstige Gebrauchtwagen, einfach anrufen unter 030 98765432!", decision: Review, kinds: spam},
		{name: "a cousin plumber", text: "Sportello dell'anagrafe veloce e gentile. Se cercate un idraulico a Roma chiamate mio cugino Marco al 333 4567890!", decision: Review, kinds: spam},
		{name: "singles", text: "Council fixed the pothole fast, cheers. Lonely? Meet local singles tonight at hotdates4u.net", decision: Review, kinds: spam},
		{name: "a prize in Portuguese", text: "Parabéns! Ganhou um iPhone. Clique aqui e pague só os portes: premios-portugal.xyz", decision: Reject, kinds: spam},
		{name: "a sister who calls back", text: "Mon père est sorti de l'hôpital sans ordonnance. Merci de rappeler ma sœur au 02 98 44 31 67, c'est elle qui s'occupe de lui.", decision: Publish, absent: spam},
		{name: "a daughter who handles the file", text: "Ma fille s'occupe de mes papiers, appelez-la au 06 12 34 56 78 svp.", decision: Publish, absent: spam},
		{name: "a psychic", text: "Retour affectif rapide. Le grand médium Maître Bakary résout tous vos problèmes : amour, travail, permis. WhatsApp +225 07 48 91 22 63", decision: Reject, kinds: spam},
		{name: "a brother-in-law in Spanish", text: "Muy buena atención en Correos. Por cierto, mi cuñado Paco hace reformas baratas, llamadle al 612 45 78 90.", decision: Review, kinds: spam},
		{name: "a cousin in Portuguese", text: "Bom atendimento na Loja do Cidadão. Já agora, a minha prima faz unhas de gel ao domicílio, contactem pelo 912 345 678.", decision: Review, kinds: spam},
		{name: "singles over 50", text: "DVLA licence renewal was easy online. Lonely? Meet genuine local singles over 50 at silverhearts dot co dot uk, first week free.", decision: Review, kinds: spam},
		{name: "a newsletter's site with a middle dot", text: "Réponse rapide de l'URSSAF. Je recommande la lettre d'info « Micro-Boss », inscription sur microboss-news·fr (remise de bienvenue).", decision: Review, kinds: spam},
		{name: "a CPF training", text: "La mairie a bien refait le trottoir, merci. Si vous voulez devenir chauffeur VTC, formation 100% financée par le CPF dans mon organisme, code MAIRIE200 !", decision: Review, kinds: spam, kept: []string{"VTC"}},
		{name: "days with middle dots", text: "Horaires de la mairie annexe : lundi · mardi · mercredi, fermé le jeudi.", decision: Publish, absent: spam},
		{name: "a CPF training followed", text: "J'ai suivi une formation financée par le CPF à France Travail, très utile.", decision: Publish, absent: spam},
		{name: "a numbered address", text: "Écrivez-moi à 12345 at gmail dot com pour le suivi de mon dossier.", decision: Publish, absent: spam, gone: []string{"12345"}},
		{name: "a brother to call back", text: "Le transport scolaire est gratuit mais jamais à l'heure. Merci de rappeler mon frère au 06 12 34 56 78, c'est lui qui s'en occupe.", decision: Publish, absent: spam},
		{name: "a brother to call back, a free service", text: "Merci de rappeler mon frère au 06 12 34 56 78, le transport scolaire est gratuit mais jamais à l'heure.", decision: Publish, absent: spam},
		{name: "a brother with the same problem", text: "Mon frère a eu le même problème, si vous cherchez des infos appelez la CAF au 3230.", decision: Publish, absent: spam},
	})
}

// TestEngineTraitsOfRound33: two traits of character one right after
// the other, said of a person ("il est très méchant et bête", "Elle est
// mal élevée, sotte et prétentieuse", "Dr X aux urgences : arrogant,
// méprisant, nul", "Tracey, lazy and vile"); "à la con" said of a thing
// is profanity, of a person abuse. Not one trait alone, traits denied,
// a reply or a letter judged, the writer's own, a thing's failings.
func TestEngineTraitsOfRound33(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "méchant et bête", text: "Le monsieur de la préfecture il est très méchant et bête, il crie sur moi parce que mon français pas bon.", decision: Review, kinds: abuse},
		{name: "mal élevée, sotte", text: "La jeune personne du guichet de La Poste m'a parlé comme à une demeurée. Elle est mal élevée, sotte et prétentieuse.", decision: Review, kinds: abuse},
		{name: "after a colon", text: "Dr Meziane aux urgences : arrogant, méprisant, nul. Un danger public en blouse blanche.", decision: Review, kinds: abuse},
		{name: "lazy and vile", text: "The nurse on ward 7 last night, Tracey, lazy and vile. Sat on her phone while my dad pressed the buzzer.", decision: Review, kinds: abuse},
		{name: "unfreundlich und unhöflich", text: "Der Sachbearbeiter im Jobcenter war unfreundlich und unhöflich, wie immer.", decision: Review, kinds: abuse},
		{name: "a reform à la con", text: "Encore une réforme à la con, plus personne ne comprend rien au calcul de la prime d'activité.", decision: Review, kinds: []Kind{KindProfanity}, absent: abuse},
		{name: "an agent à la con", text: "Cette agente à la con m'a raccroché au nez.", decision: Review, kinds: abuse},
		{name: "one trait", text: "L'agent a été méprisant quand j'ai demandé où en était mon dossier.", decision: Publish, absent: abuse},
		{name: "denied", text: "L'agent n'était ni méprisant ni arrogant, juste débordé.", decision: Publish, absent: abuse},
		{name: "a reply", text: "Une réponse arrogante et méprisante de la CAF, encore.", decision: Publish, absent: abuse},
		{name: "a letter", text: "The letter was rude and condescending, but the phone adviser sorted it out.", decision: Publish, absent: abuse},
		{name: "the writer", text: "Je suis peut-être bête et naïve mais je croyais que la CAF payait à temps.", decision: Publish, absent: abuse},
		{name: "a website", text: "Incompetent, scandalous, useless: the only words for the appointment website.", decision: Publish, absent: abuse},
		{name: "a pronoun after a person", text: "Le monsieur de l'accueil, franchement, il est hautain et odieux avec tout le monde.", decision: Review, kinds: abuse},
		{name: "a person after", text: "Il est prétentieux et méprisant, ce conseiller.", decision: Review, kinds: abuse},
		{name: "a rule", text: "Le nouveau règlement du cimetière ? Il est stupide et borné, personne ne l'a lu.", decision: Publish, absent: abuse},
		{name: "a decision", text: "Der neue Bescheid? Er ist unfreundlich und herablassend formuliert, aber korrekt.", decision: Publish, absent: abuse},
		{name: "a letter's tone", text: "Le ton du courrier de l'huissier était méprisant et hautain, pour une dette déjà réglée.", decision: Publish, absent: abuse},
		{name: "a booking system", text: "El sistema de cita previa es antipático y grosero con quien no tiene certificado digital.", decision: Publish, absent: abuse},
		{name: "told me", text: "L'agent m'a dit que j'étais arrogant et borné parce que je demandais un reçu.", decision: Publish, absent: abuse},
		{name: "people told me", text: "People told me the housing officer was rude and lazy. My experience was the opposite.", decision: Publish, absent: abuse},
		{name: "weder noch", text: "Der Beamte war weder unfreundlich noch herablassend, nur sehr gründlich.", decision: Publish, absent: abuse},
		{name: "my own son", text: "Mio figlio a volte è un maleducato, lo ammetto, ma la nota della scuola è esagerata.", decision: Publish, absent: abuse},
		{name: "the energy of a slug", text: "Ma conseillère a l'énergie d'une limace sous calmants.", decision: Review, kinds: abuse},
		{name: "nicht alle Tassen", text: "Die Sachbearbeiterin beim Jobcenter hat echt nicht alle Tassen im Schrank.", decision: Review, kinds: abuse},
		{name: "un vrai fada", text: "L'agent de la préfecture, un vrai fada, nous a fait revenir quatre fois.", decision: Review, kinds: abuse},
		{name: "oh fada", text: "oh fada la CAF de Marseille, 3 mois pour ma prime d'activité, mais la conseillère a été top.", decision: Publish, absent: abuse},
		{name: "a son's energy", text: "Mon fils a l'énergie d'un lion depuis qu'il va à la crèche municipale.", decision: Publish, absent: abuse},
		{name: "my son's teacher", text: "Il maestro di mio figlio è davvero un maleducato, urla sempre.", decision: Review, kinds: abuse},
	})
}

// TestEngineNamesOfRound33: a police constable and a councillor by their
// titles ("PC Hollingsworth", "Cllr Evans"), a first name that is a word
// after "his name is", a short Vietnamese surname after a first name
// ("Mme Huong Lê"); France Rénov' and the social security services of
// other languages are institutions. Not a computer ("mon PC Portable",
// "sur PC Windows"), a shouted "À" after a name, a short text with a
// title taken for gibberish.
func TestEngineNamesOfRound33(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "PC", text: "PC Hollingsworth was brilliant when my car was broken into.", decision: Publish, gone: []string{"Hollingsworth"}, kept: []string{"PC"}},
		{name: "Cllr", text: "Cllr Evans never replied.", decision: Publish, gone: []string{"Evans"}, absent: []Kind{KindSpam}},
		{name: "his name is rob", text: "the librarian (tall guy, think his name is rob) helped me print my docs", decision: Publish, gone: []string{"rob"}},
		{name: "Lê", text: "Je suis Mme Huong Lê, la boîte aux lettres de l'immeuble est cassée.", decision: Publish, gone: []string{"Huong", "Lê"}},
		{name: "France Rénov'", text: "Réunion très instructive, le conseiller France Rénov' était clair et concret.", decision: Publish, kept: []string{"France Rénov'"}, absent: []Kind{KindPersonName}},
		{name: "Segurança Social", text: "O senhor da Segurança Social de Setúbal foi muito simpático.", decision: Publish, kept: []string{"Segurança Social"}, absent: []Kind{KindPersonName}},
		{name: "a computer", text: "Mon PC Portable ne lit pas le site des impôts.", decision: Publish, kept: []string{"PC Portable"}, absent: []Kind{KindPersonName}},
		{name: "on Windows", text: "Sur PC Windows le site de l'ANTS plante.", decision: Publish, kept: []string{"PC Windows"}, absent: []Kind{KindPersonName}},
		{name: "a shouted À", text: "DEPUIS LE DÉPART DU DR MOREL À LA RETRAITE, PERSONNE NE L'A REMPLACÉ.", decision: Review, kept: []string{"À LA RETRAITE"}},
	})
}

// TestEnginePersonalOfRound33: a file's or a request's number said as a
// label, with a word of a number and no article ("Numéro de dossier
// CARSAT : RET-558812-B", "Dossier n° 075-2026-04518 :", "numero de
// demande ANTS 24AB09381722", "Référence dossier : 069-24-018734"). Not
// the file a sentence tells of (dev's "Le dossier n° 2023-45871 est resté
// bloqué"), a complaint's or a letter's reference, a case's.
func TestEnginePersonalOfRound33(t *testing.T) {
	data := []Kind{KindPersonalData}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "numéro de dossier", text: "Numéro de dossier CARSAT : RET-558812-B. Pension de réversion demandée en mars.", decision: Publish, kinds: data, gone: []string{"RET-558812-B", "558812"}},
		{name: "dossier n°", text: "Dossier n° 075-2026-04518 : toujours aucune nouvelle de ma demande de titre de séjour.", decision: Publish, kinds: data, gone: []string{"075-2026-04518"}},
		{name: "numero de demande", text: "numero de demande ANTS 24AB09381722, toujours rien depuis mars.", decision: Publish, kinds: data, gone: []string{"24AB09381722"}},
		{name: "référence dossier", text: "Référence dossier : 069-24-018734. Vous pouvez me rappeler en journée.", decision: Publish, kinds: data, gone: []string{"069-24-018734"}},
		{name: "le dossier", text: "Le dossier n° 2023-45871 est resté bloqué à l'étape instruction.", decision: Publish, absent: data, kept: []string{"dossier n° 2023-45871"}},
		{name: "a complaint", text: "Réclamation n° R-2024-07781 sans réponse depuis deux mois.", decision: Publish, absent: data, kept: []string{"R-2024-07781"}},
		{name: "a letter", text: "Votre courrier réf. 2024/118 est illisible.", decision: Publish, absent: data, kept: []string{"2024/118"}},
		{name: "a case", text: "Case ref HA-2024-5519 is still open after six weeks.", decision: Publish, absent: data, kept: []string{"HA-2024-5519"}},
		{name: "a sort code and an account", text: "New details: sort code 20-46-73, account 50918234. Sent twice already.", decision: Publish, kinds: data, gone: []string{"20-46-73", "50918234"}},
		{name: "the council's sort code", text: "The council's sort code 20-00-00 and account 12345678 are printed on the form but the payment bounced.", decision: Publish, absent: data},
		{name: "a sort code field", text: "The sort code field on the form is broken, it refuses every number.", decision: Publish, absent: data},
		{name: "a house's number and name", text: "I'm a carer for my brother, address 2 The Paddocks, Little Hadham SG11 2DX. The letter went to his old care home.", decision: Publish, kinds: data, gone: []string{"Paddocks"}},
		{name: "a street's number after n.º", text: "Moro na Rua das Flores, n.º 23, 2.º esq., 4050-262 Porto e as cartas continuam a ir para a morada antiga.", decision: Publish, kinds: data, gone: []string{"Flores"}},
		{name: "a street's number said of a closure", text: "La rue Gambetta, n° 12 est fermée depuis lundi pour travaux.", decision: Publish, absent: data},
		{name: "Mme Lê", text: "Mme Lê au téléphone de l'ANTS : enfin une personne qui connaît la procédure !", decision: Publish, gone: []string{"Lê"}},
	})
}

// TestEngineHazardsOfRound33: an accident foretold by a hazard is no
// threat ("Somebody is going to come off their bike", "un enfant va
// tomber un jour"); "someone is going to get hurt" said to the reader
// still goes to a moderator.
func TestEngineHazardsOfRound33(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "come off a bike", text: "Potholes on Churchill Way are getting worse every week. Somebody is going to come off their bike.", decision: Publish, absent: threat},
		{name: "a child will fall", text: "La passerelle devant l'école est rouillée, un enfant va tomber un jour. Je l'ai signalé trois fois.", decision: Publish, absent: threat},
		{name: "a target smashed", text: "We're going to smash our recycling target this year, the new food waste caddies are a great idea.", decision: Publish, absent: threat},
		{name: "a pregnant dog", text: "The vet at the animal warden service was wonderful with the pregnant bitch we brought in, she's been rehomed!", decision: Publish, absent: []Kind{KindAbuse}},
		{name: "a receptionist called a stray bitch", text: "That receptionist is a stray bitch.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "windows after a target", text: "Next time we'll smash our target: the mayor's car windows.", kinds: threat},
		{name: "someone will get hurt", text: "Keep sanctioning people like me and someone is going to get hurt, starting with you.", kinds: threat},
	})
}

// TestEngineReportsOfRound33: a threat or hate quoted from someone else
// is published when a later sentence tells what was done about it or how
// it was felt (a complaint, the police, security, fear, support); with
// none, it still goes to a moderator, and a quotation the writer makes
// his own is his.
func TestEngineReportsOfRound33(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a complaint filed", text: "J'ai reçu un mail anonyme disant « on sait où tu habites, tu vas payer ». J'ai déposé plainte au commissariat de Lorient, l'accueil a été très humain.", decision: Publish, absent: abuse},
		{name: "security", text: "A man shouted 'I'll kill you all' at the Home Office reporting centre today. Security dealt with it quickly, but I was shaking for an hour.", decision: Publish, absent: abuse},
		{name: "a son's messages", text: "Mon fils reçoit depuis septembre des messages du genre « on va te faire la peau à la sortie » de la part de deux élèves. Le CPE du collège a réagi vite et bien.", decision: Publish, absent: abuse},
		{name: "no reaction", text: "Un usager a crié « je vais tous vous tuer » au guichet ce matin.", decision: Review, kinds: abuse},
		{name: "a proverb", text: "Comme dit le proverbe : « je vais vous brûler ». À bon entendeur.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "graffiti", text: "Quelqu'un a écrit « dehors les Arabes » sur le mur du gymnase. Merci de nettoyer ça rapidement, c'est une honte pour la commune.", decision: Publish, absent: abuse},
		{name: "shouting in Italian", text: "Al consolato ho visto un signore che urlava 'vi brucio tutto'. La sicurezza lo ha accompagnato fuori con calma.", decision: Publish, absent: abuse},
		// Disguises of the round's second review: a vague speaker, the
		// reaction denied or said to the reader, a message passed on to
		// the reader, a condition of the writer's own case.
		{name: "someone said, the police will do nothing", text: "Quelqu'un a dit « je vais vous tuer ». La police ne fera rien.", decision: Review, kinds: abuse},
		{name: "call the police if you want", text: "Someone said \"I'm going to kill you\". Call the police if you want.", decision: Review, kinds: abuse},
		{name: "a message passed on", text: "Un voisin m'a dit de vous répéter « je vais te faire la peau ». Appelez le commissariat, je m'en fiche.", decision: Review, kinds: abuse},
		{name: "the writer's own case", text: "On m'a dit « si vous refusez encore mon dossier, je brûle l'agence ». C'est scandaleux que vous m'y poussiez.", decision: Review, kinds: abuse},
	})
}
