package moderation

import "testing"

// TestEngineDisguisedLinksOfRound35: a site's dot written as a word in
// brackets ("(point)", "(ponto)", "[punto]"), and endings that are also
// words (de, es, pt, info) or short (ly) after a dot spelled out or set
// apart by spaces, when the host is surely one: hyphenated, letters mixed
// with digits, or a path after the ending. Not a public service's site so
// written, a hyphenated word before a sentence's end, a point of a letter
// in brackets, a time.
func TestEngineDisguisedLinksOfRound35(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "(point)com", text: "Accueil très aimable à la CPAM, merci. Pour vos lunettes pas chères, passez sur lunettes-discount(point)com !", decision: Review, kinds: spam},
		{name: "[ponto]pt", text: "Ganhe dinheiro rápido com apostas em aposta-certa[ponto]pt, bónus de 100€!", kinds: spam},
		{name: "punkt de", text: "Günstige Kredite ohne Schufa, jetzt beantragen bei kredit-blitz24 punkt de", decision: Reject, kinds: spam},
		{name: "bit . ly with a path", text: "You have won a £500 gift card! Claim it now at bit . ly/free-gift-card-uk", decision: Reject, kinds: spam},
		{name: "a hyphenated host . info", text: "Votre remboursement ameli est bloqué, validez vos coordonnées sur ameli-remboursement-securise . info", decision: Reject, kinds: spam},
		{name: "a hyphenated host . es", text: "Buena atención en el SEPE. Por cierto, cursos baratos de inglés en ingles-facil . es, los recomiendo.", decision: Review, kinds: spam},
		{name: "service-public . fr", text: "J'ai trouvé le bon formulaire sur service-public . fr, merci à l'accueil.", decision: Publish, absent: spam},
		{name: "a hyphenated word before a sentence", text: "J'ai écrit à la mairie-annexe . Info : personne ne m'a répondu.", decision: Publish, absent: spam},
		{name: "a point in brackets", text: "Voir la page 3-4 (point 2) du courrier de la CAF.", decision: Publish, absent: spam},
		{name: "a time", text: "Ich war beim Bürger-Service punkt 8 Uhr da und musste zwei Stunden warten.", decision: Publish, absent: spam},
	})
}

// TestEngineGroupsAndClownsOfRound35: the peoples of recent migrations
// named as a group and called a plague; filth said of a group; a clown in
// Spanish, Italian and Portuguese, and "you are" said without a pronoun
// the lists can read ("Du bist", "Eres", "Sei", "És"). Not the same
// peoples given their rights, a street's filth, a child's carnival costume,
// praise after "sei un".
func TestEngineGroupsAndClownsOfRound35(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "uma praga", text: "Estes ucranianos chegam e ficam com as casas todas, são uma praga.", decision: Reject, kinds: abuse},
		{name: "filth", text: "Romanians are filth, the council should stop housing them.", decision: Reject, kinds: abuse},
		{name: "un payaso", text: "El funcionario de la ventanilla 3 es un payaso, me hizo volver cuatro veces.", decision: Review, kinds: abuse},
		{name: "sei un pagliaccio", text: "Sei un pagliaccio, non un impiegato comunale.", decision: Review, kinds: abuse},
		{name: "um palhaço", text: "O senhor da repartição é um palhaço, não sabe nada de nada.", decision: Review, kinds: abuse},
		{name: "du bist ein Esel", text: "Du bist ein Esel, lieber Sachbearbeiter, lies doch mal meinen Antrag.", decision: Review, kinds: abuse},
		{name: "rights", text: "Os brasileiros têm direito ao SNS, a junta de freguesia ajudou-nos muito.", decision: Publish, absent: abuse},
		{name: "a street's filth", text: "The streets are covered in filth since the bin strike, the council never cleans.", decision: Publish, absent: abuse},
		{name: "a carnival costume", text: "Mi hijo quiere ir disfrazado de payaso al carnaval del colegio, ¿hay ayudas?", decision: Publish, absent: abuse},
		{name: "sei un genio", text: "Sei un genio, grazie per aver sbloccato la pratica in un giorno!", decision: Publish, absent: abuse},
	})
}

// TestEngineKeywordSaladOfRound35: keywords said over and over with no
// word of grammar and no advertising word or link, a string for a search
// engine. Not one or two words said again and again in anger or thanks,
// nor a plea with one content word.
func TestEngineKeywordSaladOfRound35(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "CAF aide allocation", text: "aide CAF allocation CAF rapide aide logement CAF allocation aide rapide logement CAF", decision: Reject, kinds: spam},
		{name: "titre de séjour rdv", text: "prefecture titre sejour rdv prefecture rdv titre sejour rapide prefecture rdv", decision: Reject, kinds: spam},
		{name: "honte", text: "honte honte honte à la CAF honte honte CAF CAF honte", decision: Publish, absent: spam},
		{name: "three months", text: "RSA RSA RSA toujours rien, CAF CAF CAF, 3 mois 3 mois 3 mois sans rien", decision: Publish, absent: spam},
		{name: "merci", text: "merci merci merci la CAF merci beaucoup merci encore merci", decision: Publish, absent: spam},
	})
}

// TestEngineNamesOfRound35: a surname in capitals after an article, after
// a first name written in small letters, as forms write a name ("M.
// Hervé LE BRIS"). Not a service or a role in capitals after the first
// name.
func TestEngineNamesOfRound35(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "Hervé LE BRIS", text: "Je suis M. Hervé LE BRIS et ma pension de réversion n'est toujours pas versée.", decision: Publish, gone: []string{"Hervé", "BRIS"}},
		{name: "Morgane LE GOFF", text: "Merci à Mme Morgane LE GOFF de la CPAM pour son aide.", decision: Publish, gone: []string{"Morgane", "GOFF"}, kept: []string{"CPAM"}},
		{name: "a service after the name", text: "Mme Anne DU SERVICE CLIENT ne rappelle jamais.", decision: Publish, gone: []string{"Anne"}, kept: []string{"SERVICE CLIENT"}},
		{name: "a role after the name", text: "J'ai écrit à Mme Anne LA RESPONSABLE, sans réponse depuis mai.", decision: Publish, gone: []string{"Anne"}, kept: []string{"RESPONSABLE"}},
	})
}

// TestEngineDimWitsOfRound35: wits mocked by idioms in six languages,
// with a comparative or in the singular as well ("dumber than a bag of
// hammers", "one brick short of a load"), said of a person. Not of the
// writer, a procedure, a street lamp or an eagle; nor empty offices whose
// lights are on.
func TestEngineDimWitsOfRound35(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a bag of hammers", text: "Honestly the assessor from Capita was dumber than a bag of hammers.", decision: Review, kinds: abuse},
		{name: "a brick short", text: "The duty manager is one brick short of a load, he lost my form twice.", decision: Review, kinds: abuse},
		{name: "non è proprio un'aquila", text: "L'impiegata dello sportello non è proprio un'aquila.", decision: Review, kinds: abuse},
		{name: "l'eau tiède", text: "Le gestionnaire de mon dossier n'a pas inventé l'eau tiède, il m'a redemandé trois fois le même papier.", decision: Review, kinds: abuse},
		{name: "un'aquila", text: "L'impiegato dello sportello non è un'aquila, ha sbagliato tutto.", decision: Review, kinds: abuse},
		{name: "a lâmpada", text: "A funcionária da Segurança Social não é a lâmpada mais brilhante.", decision: Review, kinds: abuse},
		{name: "la bombilla", text: "El chico de la ventanilla no es la bombilla más brillante del SEPE.", decision: Review, kinds: abuse},
		{name: "das hellste Licht", text: "Der Sachbearbeiter ist nicht das hellste Licht im Jobcenter.", decision: Review, kinds: abuse},
		{name: "lights on in an empty office", text: "The lights are on but nobody's home at the council office after 3pm, nobody answers the door.", decision: Publish, absent: abuse},
		{name: "the writer's wits", text: "Je n'ai pas inventé la poudre, mais même moi j'ai compris que le formulaire était faux.", decision: Publish, absent: abuse},
		{name: "nicht die hellste Leuchte, the writer", text: "Ich bin nicht die hellste Leuchte bei Steuerfragen, aber die Dame im Finanzamt hat alles erklärt.", decision: Publish, absent: abuse},
		{name: "a procedure", text: "La nouvelle procédure n'a pas inventé l'eau tiède, c'est l'ancienne avec un autre formulaire.", decision: Publish, absent: abuse},
		{name: "a street lamp", text: "La farola de mi calle no es la bombilla más brillante, el ayuntamiento debería cambiarla.", decision: Publish, absent: abuse},
		{name: "an eagle", text: "Quello sul logo del comune non è un'aquila, è un falco.", decision: Publish, absent: abuse},
	})
}

// TestEnginePettyTyrantsOfRound35: a petty official called a little
// Napoleon, as a "petit chef" is, or a sorry character. Not the emperor
// named, nor a little Napoleon in wax.
func TestEnginePettyTyrantsOfRound35(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "un petit Napoléon", text: "Le chef de service est un petit Napoléon qui adore dire non, il a refusé mon dossier.", decision: Review, kinds: abuse},
		{name: "Napoléon in wax", text: "Au musée Grévin, les enfants ont adoré le petit Napoléon en cire, merci à la mairie pour la sortie.", decision: Publish, absent: abuse},
		{name: "triste personnage", text: "Triste personnage que ce responsable, il m'a raccroché au nez deux fois.", decision: Review, kinds: abuse},
		{name: "a pathetic little man", text: "The enforcement officer was a pathetic little man enjoying his power.", decision: Review, kinds: abuse},
		{name: "the emperor", text: "La médiathèque prête une très bonne biographie de Napoléon, merci aux bibliothécaires.", decision: Publish, absent: abuse},
	})
}

// TestEngineReviewedOfRound35: what a read-only review of the round's
// rules found. German "Schlange" is the queue; clowns of a circus or a
// children's ward are clowns; a group called vermin in a report of what
// someone shouted is not the writer's; a scam site a citizen warns of,
// its dot spaced, is a link like any other (but a shortener's path is
// no citizen's quote). Fire wished on the reader's thing taken up by a
// pronoun after a pity is a threat; a mill that went up in flames in
// 1992 is history.
func TestEngineReviewedOfRound35(t *testing.T) {
	abuse, threat, spam := []Kind{KindAbuse}, []Kind{KindThreat}, []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "in der Schlange", text: "Die Syrer in der Schlange vor mir im Bürgeramt waren sehr hilfsbereit.", decision: Publish, absent: abuse},
		{name: "standen Schlange", text: "Türken und Polen standen Schlange vor dem Amt, es gab keinen Dolmetscher.", decision: Publish, absent: abuse},
		{name: "a group called snakes", text: "Diese Türken sind eine Schlange, man kann ihnen nicht trauen.", decision: Reject, kinds: abuse},
		{name: "hospital clowns", text: "Os palhaços do hospital pediátrico são maravilhosos, obrigada à equipa.", decision: Publish, absent: abuse},
		{name: "circus clowns", text: "Los payasos del circo municipal encantaron a los niños del barrio.", decision: Publish, absent: abuse},
		{name: "a reported slur", text: "A man shouted that Bangladeshis are vermin at the bus stop; the station staff handled it brilliantly.", decision: Publish, absent: abuse},
		{name: "a warning with a spaced dot", text: "Cuidado con la web cita-previa-dni . es, cobra 30 € por algo gratuito. La oficial es la de la Policía.", decision: Publish, absent: spam},
		{name: "a shortener spaced", text: "Congratulations, you won a £500 voucher! Claim it at bit . ly/3xYzPrize", kinds: spam},
		{name: "qu'elle prenne feu", text: "Ta voiture grise garée derrière la mairie, ce serait dommage qu'elle prenne feu, hein.", decision: Reject, kinds: threat},
		{name: "if it caught fire", text: "Your van is parked outside every night. Would be a shame if it caught fire.", decision: Reject, kinds: threat},
		{name: "a mill in flames in 1992", text: "The old mill went up in flames in 1992, the council never rebuilt it.", decision: Publish, absent: threat},
		{name: "the writer's car", text: "My car caught fire last year on the motorway, the insurance was slow to pay.", decision: Publish, absent: threat},
		{name: "angry repetition", text: "Endless queues, endless queues, endless queues. Delays, delays, delays. Shameful.", decision: Publish, absent: spam},
	})
}

// TestEngineProbedOfRound35: what probes a helper wrote against the
// engine found it missing. A bullet deserved in German's order or in the
// persons the list lacked, revenge on every one of the readers, carnage
// promised; the disabled called useless eaters or a burden; the Jews said
// to control all banks; a parasite, a useless person, uselessness
// compared; a noun of contempt after "vaya" or "was für ein". Not
// mistletoe that is a parasite, a call that is useless, an elderly
// person's feeling of being a burden, a butcher's shop, revenge by a
// complaint.
func TestEngineProbedOfRound35(t *testing.T) {
	abuse, threat := []Kind{KindAbuse}, []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "eine Kugel verdient", text: "Der Sachbearbeiter vom Jobcenter hat eine Kugel verdient.", decision: Reject, kinds: threat},
		{name: "méritez une balle", text: "Vous méritez une balle, tous autant que vous êtes à la CAF.", decision: Reject, kinds: threat},
		{name: "me vengaré", text: "Me vengaré de todos ustedes, no se van a olvidar de mi nombre.", decision: Reject, kinds: threat},
		{name: "una carnicería", text: "Un día voy a entrar en esa oficina y voy a hacer una carnicería.", decision: Reject, kinds: threat},
		{name: "unnütze Esser", text: "Behinderte sind nur unnütze Esser auf Kosten der Steuerzahler.", decision: Reject, kinds: abuse},
		{name: "um fardo", text: "Os deficientes são um fardo, não deviam receber subsídios.", decision: Reject, kinds: abuse},
		{name: "toutes les banques", text: "Les juifs contrôlent toutes les banques et maintenant la CAF aussi.", decision: Reject, kinds: abuse},
		{name: "un parassita", text: "Il direttore dell'ufficio è un inetto e un parassita.", decision: Review, kinds: abuse},
		{name: "um inútil", text: "O diretor do centro de emprego é um inútil.", decision: Review, kinds: abuse},
		{name: "più inutile di", text: "L'impiegato è più inutile di un ombrello bucato.", decision: Review, kinds: abuse},
		{name: "vaya parásito", text: "Una sola ventanilla abierta y el de detrás mirando el móvil. Vaya parásito, cobra por respirar.", decision: Review, kinds: abuse},
		{name: "a mistletoe", text: "Il vischio è un parassita degli alberi, il comune dovrebbe potarlo.", decision: Publish, absent: abuse},
		{name: "a useless call", text: "É inútil ligar para a Segurança Social, ninguém atende.", decision: Publish, absent: abuse},
		{name: "the elderly feel a burden", text: "Os idosos sentem que são um fardo para as famílias, a junta devia ajudar mais.", decision: Publish, absent: abuse},
		{name: "a butcher's", text: "Voy a la carnicería del mercado municipal, que el ayuntamiento por fin ha reformado.", decision: Publish, absent: threat},
		{name: "revenge by complaint", text: "Ma revanche sera une plainte au médiateur, et je la gagnerai.", decision: Publish, absent: threat},
	})
}

// TestEngineSpamProbedOfRound35: what probes of spam a helper wrote found
// missing. An offer after a turn ("PD:", "P.S.", "Nebenbei") in the words
// of an advertisement, with a way to reach the seller; phishing in the
// name of the services of Spain, Germany and Portugal; recovery scams
// that name the scam; romance scams; keyword stuffing around a service's
// name. Not a charity's free help passed on after a "PS", the writer's
// own need, a warning that quotes the phishing message.
func TestEngineSpamProbedOfRound35(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "PD: reformas", text: "Me atendieron muy bien en la oficina del SEPE. PD: si necesitas reformas en tu casa, llama a Reformas García al 654 321 987.", decision: Review, kinds: spam},
		{name: "P.S. vendo", text: "O atendimento da Segurança Social por telefone melhorou. P.S. vendo Bimby usada em bom estado, contacto 936 543 210", decision: Review, kinds: spam},
		{name: "wer sucht", text: "Der Termin im Bürgeramt war pünktlich. PS: Wer einen günstigen Umzugsservice sucht – umzug-billig24.de, sagt Klaus hat euch geschickt!", decision: Review, kinds: spam},
		{name: "DGT phishing", text: "DGT: Tiene una multa pendiente de pago. Evite el recargo pagando en dgt-multas-pago.es antes de 48 horas.", decision: Reject, kinds: spam},
		{name: "Finanzamt phishing", text: "Finanzamt: Sie haben Anspruch auf eine Steuerrückerstattung. Bestätigen Sie Ihre Bankdaten unter finanzamt-erstattung.de-service.com", decision: Reject, kinds: spam},
		{name: "a recovery scam", text: "Hai perso soldi con un broker truffa? Recuperiamo i tuoi fondi al 100%. Contatta l'avvocato su Telegram @RecuperoFondiIT", decision: Reject, kinds: spam},
		{name: "a romance scam", text: "Olá querido, sou a Mariana, 27 anos, procuro um homem sincero ❤️ fala comigo em mariana.amor27@outlook.pt", kinds: spam},
		{name: "cita previa stuffing", text: "cita previa cita previa sepe cita previa paro cita previa rapida cita previa barata cita previa online sepe", decision: Reject, kinds: spam},
		{name: "SPID stuffing", text: "SPID SPID facile SPID gratis SPID subito SPID online SPID senza riconoscimento SPID veloce SPID", decision: Reject, kinds: spam},
		{name: "a charity's help", text: "Buena atención en el SEPE. PD: si necesitas ayuda con el paro, Cáritas te ayuda gratis, 91 444 10 00.", decision: Publish, absent: spam},
		{name: "France Services", text: "Très bon accueil à la mairie. PS : si vous avez besoin d'aide pour le dossier, l'espace France Services de Lens aide gratuitement, 03 21 44 55 66.", decision: Publish, absent: spam},
		{name: "the writer's need", text: "PS: I need my P60 urgently, please call 07700 900123.", decision: Publish, absent: spam},
		{name: "a warning", text: "Aviso: hay un SMS falso de la 'DGT' que dice 'tiene una multa pendiente, pague en dgt-multas-online.com'. La DGT no cobra multas por SMS.", decision: Publish, absent: spam},
		{name: "a complaint said again and again", text: "termin termin termin kein termin beim bürgeramt seit wochen kein termin online kein termin am telefon", decision: Publish, absent: spam},
	})
}

// TestEnginePersonalOfRound35: personal data that probes a helper wrote
// found left: a phone after a postscript's "PS" (an acronym, taken for a
// service's), an NHS number with dashes, the German tax identification
// number named in two words, a DNI's or a NIE's letters set apart by
// hyphens, a codice fiscale in its four groups. Not the nine-digit lines
// of Spanish and Portuguese services, which a call or no word announces.
func TestEnginePersonalOfRound35(t *testing.T) {
	data := []Kind{KindPersonalData}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a phone after PS", text: "Die Wartezeit war zu lang. PS: schreibt mir auf WhatsApp 0176 12345678.", kinds: data, gone: []string{"12345678"}},
		{name: "an NHS number with dashes", text: "The hospital letter quoted 710-382-9462 which is my NHS number, please correct it.", decision: Publish, kinds: data, gone: []string{"710-382-9462"}},
		{name: "Identifikationsnummer", text: "Steuerliche Identifikationsnummer: 39182746512, das Finanzamt antwortet nicht.", decision: Publish, kinds: data, gone: []string{"39182746512"}},
		{name: "a DNI's letter after a hyphen", text: "Mi DNI es 53.927.148-Z y no me dan cita en la comisaría.", decision: Publish, kinds: data, gone: []string{"53.927.148", "-Z"}},
		{name: "a NIE in hyphens", text: "Mi NIE es Y-7654321-G y la TIE no llega.", decision: Publish, kinds: data, gone: []string{"Y-", "7654321", "-G"}},
		{name: "a codice fiscale in groups", text: "Codice fiscale FRR LRA 92D52 L219F, la pratica è ferma da mesi.", decision: Publish, kinds: data, gone: []string{"FRR LRA", "92D52", "L219F"}},
		{name: "a Spanish service's line", text: "Para la Seguridad Social llamad al 901 10 65 70, es gratuito.", decision: Publish, absent: data, kept: []string{"901 10 65 70"}},
		{name: "a Portuguese service's line", text: "Liguem 300 502 502 para marcar, foi rápido.", decision: Publish, absent: data, kept: []string{"300 502 502"}},
		{name: "an allocataire number", text: "mon numéro allocataire 900123456, toujours rien reçu", decision: Publish, kinds: data, gone: []string{"900123456"}},
	})
}

// TestEngineVeiledOfRound35: veiled threats that only the threat model
// sent to a moderator. Two facts of someone's day known (when she leaves,
// where she parks) need no warning; fire wished on an office named in the
// sentence before; the writer who will not go down alone, or a room
// nobody leaves, after a warning, a demand or the writer's intent. Not
// the writer's children's day, a school bus's timetable, a husband who
// comes along, the wait at A&E, a fall at home.
func TestEngineVeiledOfRound35(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "when and where, es", text: "Sé a qué hora sale del trabajo la funcionaria de la ventanilla 2 y dónde aparca el coche.", decision: Reject, kinds: threat},
		{name: "when and where, de", text: "Ich weiß, wann die Dame am Schalter Feierabend macht und wo sie parkt.", decision: Reject, kinds: threat},
		{name: "when and where, fr", text: "Je sais à quelle heure la dame de l'accueil finit le soir, et je sais où elle gare sa Clio.", decision: Reject, kinds: threat},
		{name: "an office burned down", text: "Nice little office you've got there. Shame if it burned down one night.", decision: Reject, kinds: threat},
		{name: "pas seul", text: "Si je perds mon logement à cause de vous, je vous promets que je ne partirai pas seul.", decision: Reject, kinds: threat},
		{name: "down with me", text: "I'm warning you: if I lose my flat, I'm taking someone from the council down with me.", decision: Reject, kinds: threat},
		{name: "not alone to an appointment", text: "Je ne partirai pas seule, mon mari vient avec moi au rendez-vous à la préfecture.", decision: Publish, absent: threat},
		{name: "nobody walking out of A&E", text: "Nobody's walking out of that A&E in under six hours, it's a disgrace.", decision: Publish, absent: threat},
		{name: "a fall at home", text: "Avec la téléassistance du CCAS, je ne tomberai pas seul chez moi sans secours.", decision: Publish, absent: threat},
		{name: "nobody walking out", text: "One of these days I'm going to walk into that council office and nobody's walking out.", decision: Reject, kinds: threat},
		{name: "the writer's children", text: "Je sais à quelle heure mes enfants sortent de l'école et où ils prennent le bus, merci la mairie.", decision: Publish, absent: threat},
		{name: "a school bus", text: "Je sais où se gare le bus scolaire et à quelle heure il part, merci la mairie.", decision: Publish, absent: threat},
	})
}

// TestEngineReviewed2OfRound35: what a second review of the round's rules
// (208 fair probes) found held. The official sites of Spain's, Italy's,
// Germany's and Portugal's services and a French town's are no links of
// an advertisement, nor, with a name phishing borrows, of phishing
// (finanzamt-bw.fv-bwl.de); a link after "si vous cherchez" is no offer
// (a sale's, a cheap price's or earnings' is); a call back asked in
// German; thanks said again and again. A seller's own number after a PS
// is his advertisement's.
func TestEngineReviewed2OfRound35(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "the pension fund's site", text: "Mehr Infos auf www.deutsche-rentenversicherung.de, sehr hilfreich.", decision: Publish, absent: spam},
		{name: "a regional tax office's site", text: "Das Finanzamt hat finanzamt-bw.fv-bwl.de als Seite, dort ging es schnell.", decision: Publish, absent: spam},
		{name: "two official sites", text: "Per la carta d'identità andate su cartaidentita.interno.gov.it e poi entrate con spid.gov.it.", decision: Publish, absent: spam},
		{name: "a town's site after a PS", text: "P.S. si vous cherchez des infos, voyez la mairie sur www.ville-rennes.fr", decision: Publish, absent: spam},
		{name: "an official site after a PD", text: "Buena atención. PD: si necesitas pedir cita, hazlo en https://sede.sepe.gob.es que es gratis.", decision: Publish, absent: spam},
		{name: "a call back in German", text: "Gute Beratung. PS: Bitte rufen Sie mich zurück unter 0176 12345678, wegen meines Antrags.", decision: Publish, absent: spam},
		{name: "thanks again and again", text: "danke danke danke an das team vom jobcenter danke für alles danke", decision: Publish, absent: spam},
		{name: "a seller's own number", text: "Todo bien en la oficina. PD: vendo iPhone 14 barato, mi número es 612 345 678", decision: Review, kinds: spam},
		{name: "phishing with a pension fund's name", text: "Deutsche Rentenversicherung: Ihre Rentenauszahlung wurde gestoppt. Aktualisieren Sie Ihre Daten sofort: drv-bund-update.info", decision: Reject, kinds: spam},
	})
}

// TestEngineCodeReviewOfRound35: what a review of the round's diff found.
// A town's site under a prefix anyone may register is trusted only with a
// town's name ("mairie-caf-remboursement.fr" is phishing); the writer's
// earnings and "estou vendo" are no offer; a "pero" before the PS does
// not hide the ad after it; a warning that quotes a recovery offer stays
// a warning; one fact of someone's day said in two overlapping words is
// one fact; a word of a list after LE is no surname; "es um" is German;
// keywords said in one burst each are anger.
func TestEngineCodeReviewOfRound35(t *testing.T) {
	spam, threat, abuse := []Kind{KindSpam}, []Kind{KindThreat}, []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a registered town prefix", text: "CAF : votre remboursement est prêt, validez sur mairie-caf-remboursement.fr", decision: Reject, kinds: spam},
		{name: "the writer's earnings", text: "Dossier RSA bloqué. PS : je gagne 900 € par mois, mon numéro : 06 12 34 56 78, rappelez-moi.", decision: Publish, absent: spam},
		{name: "estou vendo", text: "Atendimento lento. P.S. estou vendo que ninguém responde, o meu número é 912 345 678.", decision: Publish, absent: spam},
		{name: "a but before the PS", text: "Buena atención pero lenta en el SEPE. PD: vendo iPhone 14 barato, mi número es 612 345 678", decision: Review, kinds: spam},
		{name: "a quoted recovery offer", text: "Warning: a fake firm says it can recover your funds, call 07700 900123. It's a scam, don't!", decision: Publish, absent: spam},
		{name: "one fact in two words", text: "So a che ora esce dall'ufficio l'impiegata dello sportello 3, ma non risponde mai al telefono.", decision: Publish, absent: threat, modelReviews: true},
		{name: "a word after LA", text: "Mme Claire LA DIRECTION ne répond pas à mes courriers.", decision: Publish, kept: []string{"DIRECTION"}},
		{name: "es um", text: "Im Brief ging es um einen Clown für das Kinderfest des Bezirksamts.", decision: Publish, absent: abuse},
		{name: "bursts of anger", text: "honte honte honte caf caf caf apl apl rsa rsa logement logement", decision: Publish, absent: spam},
	})
}

// TestEngineHateProbedOfRound35: hate worded without a slur that probes a
// helper wrote found published: a group's culture called backward, a
// group sent back home, likened to pests; a people called a race of
// thieves. Not what is said as often in a group's defence (a
// grandfather's saying proved wrong, refugees in tents, the old left to
// die in care homes, the rights of disabled pupils or refugees: rounds 29
// and 31), refugees who will not fit in without classes or are treated
// like animals, a film's title. A NIE whatever word announces it; an
// airport named after a person.
func TestEngineHateProbedOfRound35(t *testing.T) {
	abuse, data := []Kind{KindAbuse}, []Kind{KindPersonalData}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a backward culture", text: "These Pakistanis, their culture is backward and violent, the council should stop housing them.", decision: Reject, kinds: abuse},
		{name: "never fit in without classes", text: "Refugees will never fit in if the council keeps cutting language classes.", decision: Publish, absent: abuse},
		{name: "treated like animals", text: "Die Flüchtlinge werden wie Tiere behandelt, das Amt schämt sich nicht.", decision: Publish, absent: abuse},
		{name: "back home", text: "Die Türken sollen zurück in ihre Heimat, die haben hier im Amt nichts zu suchen.", decision: Reject, kinds: abuse},
		{name: "locusts", text: "Questi cinesi sono come cavallette, invadono i nostri negozi.", decision: Reject, kinds: abuse},
		{name: "a race of pickpockets", text: "Los rumanos son una raza de carteristas, no deberían dejarles entrar en el mercado municipal.", decision: Reject, kinds: abuse},
		{name: "a grandfather's saying", text: "Mon grand-père disait que les femmes n'ont pas leur place à la mairie, il avait tort : notre maire est formidable.", decision: Publish, absent: abuse},
		{name: "tents in winter", text: "Refugees don't belong in tents in winter; the council should open the gym.", decision: Publish, absent: abuse},
		{name: "left to die in care homes", text: "On laisse les vieux crever en silence dans les EHPAD, honte à l'ARS.", decision: Publish, absent: abuse},
		{name: "pupils' rights", text: "Les élèves handicapés n'ont pas leur place dans nos écoles faute d'AESH, c'est un scandale.", decision: Publish, absent: abuse},
		{name: "a film", text: "Projection du Dîner de cons au cinéma municipal : salle pleine, très bonne soirée.", decision: Publish, absent: abuse},
		{name: "a NIE", text: "Y8765432P es mi NIE y no aparece en el sistema.", decision: Publish, kinds: data, gone: []string{"Y8765432P"}},
		{name: "an airport", text: "Aeroporto Humberto Delgado e Avenida Almirante Reis: obras sem fim.", decision: Publish, kept: []string{"Humberto Delgado"}},
	})
}

// TestEngineSarcasmOfRound35: wits praised in irony, between
// congratulations and the blunder they mock, in five languages. Not
// praise of whoever set things right, nor praise with no blunder.
func TestEngineSarcasmOfRound35(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "the genius on desk 4", text: "Well done to the genius on desk 4 who managed to lose my passport application twice.", decision: Review, kinds: abuse},
		{name: "das Genie in Zimmer 12", text: "Glückwunsch an das Genie in Zimmer 12, das meinen Antrag zum dritten Mal verloren hat.", decision: Review, kinds: abuse},
		{name: "o génio das Finanças", text: "Parabéns ao génio das Finanças que perdeu o meu processo.", decision: Review, kinds: abuse},
		{name: "il genio dell'anagrafe", text: "Complimenti al genio dell'anagrafe, ha perso la mia pratica.", decision: Review, kinds: abuse},
		{name: "a genius who found it", text: "Thanks to the genius who found my lost passport at the desk!", decision: Publish, absent: abuse},
		{name: "a génie who set it right", text: "Merci au génie de l'informatique qui a réglé mon problème, j'avais perdu deux fois mes identifiants.", decision: Publish, absent: abuse},
		{name: "praise alone", text: "Bravo au génie de l'accueil qui a tout réglé en cinq minutes.", decision: Publish, absent: abuse},
	})
}
