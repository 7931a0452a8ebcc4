package moderation

import "testing"

// Families of round 11 (2026-12-04), written for these tests from the
// causes found in heldout-32, 35, 36 and 37, the corpora of names and
// personal data in other languages: their texts are not copied.

func TestEngineNamesOfRelatives(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "an Italian daughter", text: "Mia figlia Sofia non ha ancora ricevuto la borsa del CROUS.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Sofia"}, kept: []string{"CROUS"}},
		{name: "a German son in the dative", text: "Die Schule meines Sohnes ist gut, aber meinem Sohn Lukas fehlt ein Platz in der Kantine.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Lukas"}},
		{name: "a Spanish list of children after a comma", text: "Mis hijos, Pablo, Lucía y Marta, esperan plaza en el comedor desde septiembre.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Pablo", "Lucía", "Marta"}},
		{name: "a Portuguese aunt", text: "Fiquei em casa da minha tia Rosa enquanto esperava o título de residência.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Rosa"}},
		{name: "a happy son is no name", text: "Le centre aéré est super, mon fils est ravi. Il manque juste des poubelles.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"ravi"}},
		{name: "a daughter who speaks French", text: "Volto às Finanças amanhã com a minha filha, que fala melhor francês.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"francês"}},
		{name: "a wife's social network", text: "My wife's Facebook is full of people asking the same thing about the CAF.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Facebook"}},
		{name: "a word quoted after a son", text: "Der Beamte hat meinen Sohn 'Faulpelz' genannt, das geht nicht.", absent: []Kind{KindPersonName}, kept: []string{"Faulpelz"}},
		{name: "Father Christmas", text: "Merci pour la visite du Père Noël à la crèche municipale !", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Noël"}},
		{name: "a shouted husband", text: "LA PENSION DE RÉVERSION N'EST TOUJOURS PAS VERSÉE DEPUIS LE DÉCÈS DE MON MARI EN MARS", decision: Review, absent: []Kind{KindPersonName}, kept: []string{"MARS"}},
	})
}

func TestEngineNamesAfterClosingsAndVerbsOfNaming(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a German closing and two first names", text: "Danke für die schnelle Hilfe bei der CAF. Liebe Grüße, Jonas und Lea", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Jonas", "Lea"}},
		{name: "a Spanish closing", text: "Por fin tengo mi tarjeta sanitaria. Un abrazo, Pablo", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Pablo"}},
		{name: "a Portuguese woman called", text: "Fui atendida por uma senhora chamada Rosa Teixeira, muito simpática.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Rosa", "Teixeira"}},
		{name: "a German lower-case writer's heißt", text: "die frau am telefon (ich glaub sie heißt monika) war echt nett", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"monika"}},
		{name: "a shouted heißt", text: "JEDE WOCHE HEISST ES NÄCHSTE WOCHE. DAS IST KEINE VERWALTUNG, DAS IST EIN ZIRKUS.", decision: Review, absent: []Kind{KindPersonName}, kept: []string{"NÄCHSTE"}},
		{name: "a title after a certain one", text: "La funcionaria, una tal Sra. Moreau, me dijo que estaría listo en abril.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Moreau"}, kept: []string{"Sra."}},
	})
}

func TestEngineTitlesOfOtherLanguages(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a German Hr.", text: "Hr. Girard am Telefon der CARSAT hat einfach aufgelegt.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Girard"}, kept: []string{"CARSAT"}},
		{name: "a lower-case fr. before a known surname", text: "die direktorin fr. gauthier hat es uns versprochen", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"gauthier"}},
		{name: "a German doctor's faculty", text: "Frau Dr. med. Weber hat alle Formulare ausgefüllt.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Weber"}},
		{name: "Mister", text: "Dites à Mister Harrington que mon dossier est complet depuis mars.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Harrington"}},
		{name: "a shouted Spanish Sr.", text: "LLEVO SEIS MESES ESPERANDO. EL SR. FERNÁNDEZ DE LA MDPH ME DIJO QUE ESTABA APROBADO.", decision: Review, kinds: []Kind{KindPersonName, KindShouting}, gone: []string{"FERNÁNDEZ"}, kept: []string{"MDPH"}},
		{name: "a shouted title before an institution", text: "LA SEÑORA DUPONT DE LA PREFECTURA DE NANTERRE ME HA PERDIDO EL EXPEDIENTE", decision: Review, kinds: []Kind{KindPersonName, KindShouting}, gone: []string{"DUPONT"}, kept: []string{"PREFECTURA"}},
		{name: "a shouted role before a word", text: "DERNIER DÉLAI VENDREDI. APRÈS, C'EST LE MÉDIATEUR PUIS LE TRIBUNAL ADMINISTRATIF.", decision: Review, absent: []Kind{KindPersonName}, kept: []string{"PUIS"}},
	})
}

func TestEngineTwoSurnames(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a Spanish first name and two surnames", text: "Atentamente, María José López Fernández", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"María", "López", "Fernández"}},
		{name: "Portuguese particles between surnames", text: "Eu, Ana Maria dos Santos Ferreira, venho reclamar do atraso da pensão.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Ana", "Santos", "Ferreira"}},
		{name: "a town after the name stays", text: "Merci à M. Martin de Paris pour son aide.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Martin"}, kept: []string{"Paris"}},
	})
}

func TestEnginePhonesOfOtherCountries(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a Spanish mobile with no phone word", text: "Pueden hablar con mi hijo en el 654 321 987, él me ayuda.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"654 321 987"}},
		{name: "an Italian mobile with no phone word", text: "Se serve, il mio numero è 347 1234567.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"1234567"}},
		{name: "an area code in brackets", text: "Best to reach me on (212) 555-0175 after six.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"555-0175"}},
		{name: "a German number with a slash", text: "Bitte rufen Sie mich an: 030/12345678.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"12345678"}},
		{name: "a SIREN stays", text: "Mon entreprise (SIREN 732 829 320) attend toujours le remboursement.", decision: Publish, absent: []Kind{KindPersonalData}, kept: []string{"732 829 320"}},
	})
}

func TestEnginePersonalNumbersOfOtherCountries(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "an American social security number", text: "The SSA asked again, so here it is: 421-37-9058. Thanks.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"421-37-9058"}},
		{name: "a Brazilian CPF", text: "Meu CPF é 215.730.948-61, se precisarem.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"215.730.948-61"}},
		{name: "the French CPF is a training account", text: "Mon CPF contient 1 850 €, et le site dit 0 €.", decision: Publish, absent: []Kind{KindPersonalData}, kept: []string{"1 850"}},
		{name: "a Belgian mobile after GSM with a slash", text: "Mon GSM : 0475/21.43.65, merci de rappeler.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"21.43.65"}},
		{name: "a German number with spaces round the slash", text: "Erreichbar bin ich unter 0151 / 2345 678.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"2345 678"}},
		{name: "a client number in Spanish", text: "Mi número de cliente es 48213377 y nadie contesta.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"48213377"}},
		{name: "a date with spaces round the slash stays", text: "Le courrier du 03 / 2024 est arrivé en retard.", decision: Publish, absent: []Kind{KindPersonalData}, kept: []string{"2024"}},
	})
}

func TestEngineNamesOfRoundElevenInContext(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "an Italian sig. after its article", text: "Ogni volta il sig. Rinaldi, il mio referente, rifiuta i documenti.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Rinaldi"}},
		{name: "an Italian sig.ra in lower case", text: "Grazie al dott. Ferrara e alla sig.ra Lombardi della farmacia.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Ferrara", "Lombardi"}},
		{name: "a lower-case sra from a lower-case writer", text: "xfa q alguien le diga a la sra gómez d la mairie q me llame", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"gómez"}, kept: []string{"mairie"}},
		{name: "the end of a host is no title", text: "Tout est sur legifrance.gouv.fr. Allez-y avant de signer.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Allez-y"}},
		{name: "a title, an initial and a surname", text: "Dr. J. O'Connor, our GP in Cork, sent the file in March.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"O'Connor"}},
		{name: "a title after a title and a comma", text: "À la préfecture le monsieur, M. Kouassi, a été très patient.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Kouassi"}, kept: []string{"M."}},
		{name: "an Irish surname after a first name", text: "A staff member, Ms. Niamh O'Donnell, found the letters.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Niamh", "O'Donnell"}},
		{name: "a family signing", text: "Merci pour votre aide. Familie Hoffmann", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Hoffmann"}},
		{name: "German nouns listed after family", text: "Sie verlieren nichts. Wir schon: Familie, Haus, Auto.", absent: []Kind{KindPersonName}, kept: []string{"Haus"}},
		{name: "a known surname in lower case after called", text: "some guy called lefebvre at the prefecture never answers", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"lefebvre"}},
		{name: "a possessive after a role and a comma", text: "t'inquiète le facteur, ton nom circule dans le quartier", absent: []Kind{KindPersonName}, kept: []string{"ton"}},
		{name: "a German street named after people", text: "Ich wohne an der Karl-Marx-Allee und brauche eine Bescheinigung.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Karl-Marx-Allee"}},
	})
}

func TestEngineEnglishNegationIsNoFrenchYou(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "cows that don't wait", text: "I'm a dairy farmer and the subsidy is late again. Cows don't wait for paperwork.", decision: Publish, absent: []Kind{KindAbuse}},
		{name: "dogs that weren't allowed", text: "Reception said guide dogs weren't allowed until a nurse sorted it out.", decision: Publish, absent: []Kind{KindAbuse}},
		{name: "the French t' still aims at the reader", text: "t'es qu'un porc derrière ton guichet", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "tyres slashed by the writer's intent", text: "i'll slash the tyres of every la poste van in the depot if my letter isn't here this week", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "tyres slashed, suffered", text: "someone slashed the tyres of my car in the car park and the police did nothing", decision: Publish, absent: []Kind{KindThreat}, modelReviews: true},
	})
}

func TestEnginePortugueseCompoundFirstNames(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a first name with a particle, then a surname", text: "Obrigada pela ajuda. Maria do Céu Antunes", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Maria", "Céu", "Antunes"}},
		{name: "the counter after a title's particle stays", text: "depois de 2 horas o senhor do guiche 2 resolveu tudo", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"guiche"}},
		{name: "SMS pr before an article stays", text: "jsuis allée a la mairie pr la carte d'identite, 3h d'attente", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"carte"}},
		{name: "a street with do stays an address", text: "Moro na Rua do Almada 310, no Porto, e a carta nunca chegou.", decision: Publish, absent: []Kind{KindPersonName}},
	})
}

func TestEngineNamesApposedToRelativesAndAtWork(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a sister apposed", text: "Blanca, mi hermana, nos tradujo la carta de la CAF.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Blanca"}},
		{name: "a German neighbour apposed", text: "Ernst, mein Nachbar, hat für mich bei der CAF angerufen.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Ernst"}},
		{name: "a surname of the prefecture in Italian", text: "Dite a Ferraro della prefettura che aspetto ancora.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Ferraro"}, kept: []string{"prefettura"}},
		{name: "two shouted first names", text: "JÁ LIGUEI 40 VEZES PARA A CAF!!! A SANDRA E O KEVIN DIZEM QUE O PROCESSO ESTÁ BLOQUEADO", decision: Review, kinds: []Kind{KindPersonName, KindShouting}, gone: []string{"SANDRA", "KEVIN"}},
		{name: "two shouted words that are first names stay", text: "ROSE ET MARINE SONT LES COULEURS DU NOUVEAU LOGO DE LA MAIRIE", decision: Review, absent: []Kind{KindPersonName}, kept: []string{"ROSE", "MARINE"}},
	})
}

func TestEngineParticlesOfNamesOnlyAfterATitle(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a lower-case surname after ben", text: "mme ben amor a la caf de venissieux est tres gentille", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"amor"}},
		{name: "a Spanish article after a title stays", text: "hablé con la señora el martes pasado y no sabía nada", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"martes"}},
	})
}

func TestEngineFirstNamesActingOnTheWriter(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "an English first name that is a word, driving", text: "Hope drove me to the CPAM office in Lens, the bus never came.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Hope"}, kept: []string{"CPAM"}},
		{name: "a Spanish first name and a pronoun", text: "Lucía me acompañó a la prefectura porque no hablo francés.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Lucía"}},
		{name: "a country that is a first name, before French me", text: "France me doit encore 300 euros depuis mars.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"France"}},
		{name: "a city that is a first name, before French me", text: "Florence me manque, j'y ai vécu deux ans avant de rentrer.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Florence"}},
	})
}

func TestEngineReadInHeldout41(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a Portuguese call to deport a group", text: "A CAF só dá dinheiro a pretos e muçulmanos, deviam ser todos deportados.", decision: Reject, kinds: []Kind{KindAbuse}},
		{name: "a French call to expel a group", text: "La CAF ne paie que les noirs et les musulmans, il faudrait tous les expulser.", decision: Reject, kinds: []Kind{KindAbuse}},
		{name: "a husband facing expulsion is no hate", text: "Mon mari risque d'être expulsé, les migrants comme nous vivent dans la peur.", decision: Publish, absent: []Kind{KindAbuse}},
		{name: "an insult reported in Italian", text: "Un signore in fila ha dato della \"stronza\" all'impiegata perché mancava una fotocopia.", decision: Publish, absent: []Kind{KindAbuse}},
		{name: "an insult reported in Spanish", text: "La funcionaria me llamó inútil delante de todos.", decision: Publish, absent: []Kind{KindAbuse}},
		{name: "a viper in Italian", text: "La signora della mairie è una vipera, lo sanno tutti in paese.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "the mild Portuguese insult", text: "O funcionário da préfecture é um filho da mãe.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "setting fire to the office in Spanish", text: "Como no me paguen el lunes voy a la oficina de la CAF y le prendo fuego.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a massacre in Italian", text: "Se domani non mi danno il permesso vengo in prefettura e faccio una strage.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a massacre of mosquitoes", text: "Con questo caldo faccio una strage di zanzare nella sala d'attesa.", decision: Publish, absent: []Kind{KindThreat}},
	})
}

func TestEngineAdsSlippedIntoAReview(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a Spanish ad after a review", text: "Buena atención en la mairie para el PACS. Por cierto, si buscáis fotógrafo de bodas, mirad fotos-sol-biarritz.com", decision: Review, kinds: []Kind{KindSpam}},
		{name: "a Portuguese ad after a review", text: "Demoraram 2 meses mas aprovaram o RSA. Quem precisar de limpezas em Paris contacte pelo site limpa-casa-paris.fr", decision: Review, kinds: []Kind{KindSpam}},
		{name: "an official link after a question stays", text: "Si buscáis el formulario, está en service-public.fr, me costó encontrarlo.", decision: Publish, absent: []Kind{KindSpam}},
		{name: "an ad selling appointments is still junk", text: "Besoin d'un rdv préfecture rapide ? Nous vendons des créneaux garantis en 48h !!! Paiement sur www.rdv-pref-express.fr", decision: Reject, kinds: []Kind{KindSpam}},
	})
}

func TestEngineInsultsAsAComparisonAboutUs(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "waiting like idiots", text: "Forty of us stood in the rain like idiots, and nobody said sorry.", decision: Publish, absent: []Kind{KindAbuse}},
		{name: "treated like idiots", text: "Ils nous traitent comme des idiots au guichet des cartes grises.", decision: Publish, absent: []Kind{KindAbuse}},
		{name: "you are like idiots", text: "Vous êtes comme des idiots derrière votre guichet.", decision: Review, kinds: []Kind{KindAbuse}},
	})
}

func TestEngineSurnamesBeforeANegation(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "an English surname that never answers", text: "Kowalski never answers my emails about the housing benefit.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Kowalski"}},
		{name: "an Italian surname that does not answer", text: "Esposito non risponde mai alle mail della pratica.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Esposito"}},
		{name: "a town that never sleeps", text: "Paris never sleeps, but its préfecture does.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Paris"}},
	})
}
