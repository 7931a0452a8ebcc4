package moderation

import (
	"testing"
)

// TestEngineStarredInsultsOfRound41: insults masked with a run of stars
// in German, Italian and Spanish, the run with no vowel when five letters
// are left ("A****loch"). Not a starred word of no insult.
func TestEngineStarredInsultsOfRound41(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "A****loch", text: "Der Kontrolleur in der S-Bahn war ein A****loch erster Güte.", decision: Review, kinds: abuse},
		{name: "str***a", text: "La segretaria della scuola è una str***a, ha perso la domanda.", decision: Review, kinds: abuse},
		{name: "cogl***e", text: "Quel cogl***e allo sportello mi ha fatto tornare tre volte.", decision: Review, kinds: abuse},
		{name: "cabr*n", text: "El funcionario de la ventanilla es un cabr*n, no me atendió.", decision: Review, kinds: abuse},
		{name: "sal**d", text: "Ce sal**d de contrôleur m'a mis une amende pour rien.", decision: Review, kinds: abuse},
		{name: "Sch***e, a thing", text: "Die neue App vom Bürgeramt ist Sch***e, nichts funktioniert.", decision: Review, kinds: []Kind{KindProfanity}, absent: abuse},
		{name: "stars of a rating", text: "Note : 4**** pour l'accueil, 1* pour l'attente à la CAF.", decision: Publish, absent: abuse},
	})
}

// TestEngineRepeatedPhraseOfRound41: one phrase of three words or more
// said over and over is junk. Not a threat said three times (rejected as
// a threat), nor a citizen repeating himself before he says more.
func TestEngineRepeatedPhraseOfRound41(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "four times", text: "achetez des followers pas chers achetez des followers pas chers achetez des followers pas chers achetez des followers pas chers", decision: Reject, kinds: spam},
		{name: "three times, five words", text: "cheap tickets to Paris online cheap tickets to Paris online cheap tickets to Paris online", decision: Reject, kinds: spam},
		{name: "a sentence said over and over", text: "Der Aufzug ist kaputt. Der Aufzug ist kaputt. Der Aufzug ist kaputt. Der Aufzug ist kaputt. Seit Wochen!", decision: Publish, absent: spam},
		{name: "thanks over and over", text: "Danke für die Hilfe, danke für die Hilfe, danke für die Hilfe, danke für die Hilfe!", decision: Publish, absent: spam},
		{name: "a citizen at the end of his tether", text: "J'en ai marre, j'en ai marre, j'en ai marre. Trois mois sans ARE, je vais craquer.", decision: Publish, absent: spam},
		{name: "said twice", text: "Merci à l'équipe de la CPAM de Lille, merci à l'équipe de la CPAM de Lille pour tout.", decision: Publish, absent: spam},
	})
}

// TestEnginePersonalNumbersOfRound41: an Australian Medicare card's number
// in its groups, with its check digit; a Canadian social insurance number
// after "NAS" or "SIN" in capitals, with its Luhn check; an Aadhaar number
// after its name; premium-rate lines, French and British, a business's.
// Not a SIREN, nor nine digits after Spanish "sin" or Portuguese "nas",
// nor after "SIN" in a text in capitals, nor a Medicare-shaped number
// whose check fails, nor a premium-shaped claim's or tracking number, nor
// the free 0800 and a service's 0 810.
func TestEnginePersonalNumbersOfRound41(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "Medicare", text: "Medicare rejected my claim saying the card number is invalid. It's 4187 20363 2, exactly as printed.", decision: Publish, gone: []string{"4187 20363 2"}},
		{name: "Medicare, bad check", text: "The parcel 4187 20364 2 never came, nor did the refund.", decision: Publish, kept: []string{"4187 20364 2"}},
		{name: "NAS", text: "Service Canada a mal saisi mon NAS (273 819 045) et depuis, mes prestations sont bloquées.", decision: Publish, gone: []string{"273 819 045"}},
		{name: "SIN", text: "My SIN 130 692 544 was entered wrong by Service Canada.", decision: Publish, gone: []string{"130 692 544"}},
		{name: "assurance sociale", text: "Mon numéro d'assurance sociale : 130 692 544, mal saisi.", decision: Publish, gone: []string{"130 692 544"}},
		{name: "sin in Spanish", text: "La empresa con SIREN 732 829 320 nos dejó sin 130 692 544 de nada.", decision: Publish, kept: []string{"732 829 320", "130 692 544"}},
		{name: "Aadhaar", text: "My Aadhaar 4820 7361 9520 is linked to someone else's mobile.", decision: Publish, gone: []string{"4820 7361 9520"}},
		{name: "08 99", text: "Appelez vite le 08 99 23 45 67 pour débloquer votre prime CAF, service payant.", gone: []string{"08 99 23 45 67"}},
		{name: "0871", text: "Struggling with your claim? Our advisors get your money in 48 hrs, call 0871 555 0198 now.", gone: []string{"0871 555 0198"}},
		{name: "SIN in a text in capitals", text: "Factura SIN IVA 130 692 544 pagada en la oficina de Correos.", decision: Publish, kept: []string{"130 692 544"}},
		{name: "a claim's number", text: "Réclamation n° 0891 2345 67 ouverte le 3 mars, toujours rien.", decision: Publish, kept: []string{"0891 2345 67"}},
		{name: "a tracking number", text: "Tracking number 0970 123 4567 says delivered but nothing came.", decision: Publish, kept: []string{"0970 123 4567"}},
		{name: "+33 8 99", text: "Un escroc m'a appelé depuis le +33 8 99 23 45 67, attention.", decision: Publish, gone: []string{"+33 8 99 23 45 67"}},
		{name: "0800 and 0 810", text: "Le 0800 123 456 est gratuit, le 0 810 25 75 10 de la CAF aussi maintenant.", decision: Publish, kept: []string{"0800 123 456", "0 810 25 75 10"}},
	})
}

// TestEngineHateOfRound41: the Sinti by nature in German; a group to be
// locked up, incompatible with the Republic, called termites, suspected
// of what it does to children; Brazilian "são tudo". Not a quotation said
// false, termites in a flat, a group the victim of criminals, a son
// treated like a criminal, refugees with nothing to do, attackers or
// prisoners locked up, a restaurant.
func TestEngineHateOfRound41(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "von Natur aus", text: "Sinti und Roma sind von Natur aus kriminell, man sollte sie aus der Stadt schaffen.", decision: Reject, kinds: abuse},
		{name: "enfermés", text: "Les handicapés mentaux devraient être enfermés plutôt que mis dans des classes normales.", decision: Reject, kinds: abuse},
		{name: "la République", text: "Les musulmans ne sont pas compatibles avec la République, la mairie devrait le savoir.", decision: Reject, kinds: abuse},
		{name: "termites", text: "These Bangladeshis are termites eating our country, and the council helps them.", decision: Reject, kinds: abuse},
		{name: "aux enfants", text: "Pas d'homos comme animateurs au centre de loisirs, tout le monde sait ce qu'ils font aux enfants.", decision: Reject, kinds: abuse},
		{name: "são tudo", text: "Os nordestinos são tudo ladrões, o INSS daqui não anda por causa deles.", decision: Reject, kinds: abuse},
		{name: "counter-speech", text: "Dire que « les migrants sont des criminels » est faux : les chiffres de l'INSEE le montrent.", decision: Publish, absent: abuse},
		{name: "termites in a flat", text: "Our council flat has termites and the migrants next door too, nobody comes.", decision: Publish, absent: abuse},
		{name: "victims of criminals", text: "Les migrants sont souvent victimes de criminels, la préfecture doit les protéger.", decision: Publish, absent: abuse},
		{name: "treated like a criminal", text: "Mon fils a été traité comme un criminel par l'agent de sécurité de la CAF.", decision: Publish, absent: abuse},
		{name: "nothing to do", text: "Les réfugiés n'ont rien à faire comme activité au centre d'accueil, il faudrait des cours.", decision: Publish, absent: abuse},
		{name: "attackers locked up", text: "The men who attacked the refugees at the station should be locked up.", decision: Publish, absent: abuse},
		{name: "prisoners", text: "Les détenus devraient être enfermés plus longtemps selon le préfet, on verra.", decision: Publish, absent: abuse},
		{name: "a restaurant", text: "The Bangladeshi restaurant next to the council offices is great.", decision: Publish, absent: abuse},
	})
}

// TestEngineNamesOfRound41: Austria's and Germany's degrees between the
// title and the name ("Frau Mag. Hofbauer-Lindner", "Frau Dipl.-Ing.
// Weber", "Herr Prof. Dr. Braun"); "de", "du" or "von" before any
// capitalised word after a title and a first name that is no surname,
// set apart by a comma ("Dr Anne-Sophie de Kerhoas, urgentiste"). Not a
// degree's word taken for the name, nor a town after a surname that is a first name too ("M. Martin de
// Paris"), nor an institution after a first name, nor where she works.
func TestEngineNamesOfRound41(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "Mag.", text: "Die Beraterin, Frau Mag. Hofbauer-Lindner, war sehr bemüht.", decision: Publish, gone: []string{"Hofbauer", "Lindner"}, kept: []string{"Mag."}},
		{name: "Dipl.-Ing.", text: "Frau Dipl.-Ing. Weber vom Bauamt war super.", decision: Publish, gone: []string{"Weber"}, kept: []string{"Dipl.-Ing."}},
		{name: "Prof. Dr.", text: "Herr Prof. Dr. Braun hat uns sehr geholfen.", decision: Publish, gone: []string{"Braun"}, kept: []string{"Prof. Dr."}},
		{name: "de Kerhoas", text: "Un immense merci au Dr Anne-Sophie de Kerhoas, urgentiste au CHU de Brest.", decision: Publish, gone: []string{"Kerhoas"}, kept: []string{"CHU de Brest"}},
		{name: "du Plessis", text: "Merci à Mme Anne du Plessis, assistante sociale du département.", decision: Publish, gone: []string{"Plessis"}},
		{name: "Dipl.-Kfm.", text: "Herr Dipl.-Kfm. Oberhuber hat meinen Antrag verloren.", decision: Publish, gone: []string{"Oberhuber"}},
		{name: "where she works", text: "Merci à Mme Sylvie de Chronopost qui a retrouvé mon colis.", decision: Publish, kept: []string{"Chronopost"}},
		{name: "M. Martin de Paris", text: "Merci à M. Martin de Paris pour son accueil.", decision: Publish, gone: []string{"Martin"}, kept: []string{"Paris"}},
		{name: "de France Travail", text: "Mme Claire de France Travail m'a aidé à refaire mon CV.", decision: Publish, gone: []string{"Claire"}, kept: []string{"France Travail"}},
	})
}

// TestEngineAdsOfRound41: money from home promised in Portuguese and
// English, a loan with "no checks", home data entry with a salary, a
// side job, a private service that sells what is free. Not a citizen's
// warning about a private service, nor a hurried call to the CAF.
func TestEngineAdsOfRound41(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "trabalhando de casa", text: "Ganhe R$ 5.000 por semana trabalhando de casa! Chama no zap (11) 98765-4321 e garanta sua vaga!!!", decision: Reject, kinds: spam},
		{name: "weekly guaranteed", text: "Earn $$$ from home!!! 5000 USD weekly guaranteed, no experience needed. WhatsApp +1 (202) 555-0143 now!!!", decision: Reject, kinds: spam},
		{name: "pas de fichage", text: "Prêt entre particuliers sérieux et rapide de 3 000 à 500 000 €. Pas de fichage Banque de France. Écrivez à pret.rapide@gmail.com.", decision: Reject, kinds: spam},
		{name: "saisie à domicile", text: "Recrutement urgent : agents de saisie à domicile, 1 800 €/mois, envoyez votre CV à recrutement.saisie@outlook.fr", decision: Reject, kinds: spam},
		{name: "seriöser Nebenjob", text: "Seriöser Nebenjob: 2.500 € im Monat für 10 Std/Woche. Melden Sie sich über WhatsApp +49 151 28473619.", decision: Review, kinds: spam},
		{name: "service privé payant", text: "AIDE CAF EXCEPTIONNELLE : une prime de 450 €. Appelez vite le 08 99 23 45 67 pour débloquer votre dossier (service privé payant).", decision: Review, kinds: spam},
		{name: "a warning", text: "Attention : le site qui vend les cartes grises est un service privé payant, passez par l'ANTS.", decision: Publish, absent: spam},
		{name: "a hurried call", text: "Appelez vite la CAF si votre dossier bloque, ils sont efficaces.", decision: Publish, absent: spam},
	})
}

// TestEngineDimOfRound41: a person's wits judged, the person the subject
// just before, stretched letters read once. Not a rule or a form, nor
// denied, nor the writer's own feeling, nor what the writer told.
func TestEngineDimOfRound41(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "stretched", text: "that DMV guy is sooooo stupiddddd omg he couldnt even find my appointment", decision: Review, kinds: abuse},
		{name: "so dumb", text: "The woman at the counter is so dumb, she sent me to the wrong floor twice.", decision: Review, kinds: abuse},
		{name: "è stupida", text: "L'impiegata dell'anagrafe è stupida, ha sbagliato il mio nome tre volte.", decision: Review, kinds: abuse},
		{name: "a rule", text: "The new rule is stupid and the agent agreed with me.", decision: Publish, absent: abuse},
		{name: "a form", text: "The form the agent gave me is stupid, it asks the same thing twice.", decision: Publish, absent: abuse},
		{name: "the writer's feeling", text: "The agent made me feel so stupid for asking twice.", decision: Publish, absent: abuse},
		{name: "denied", text: "The agent is not stupid, just overworked and badly trained.", decision: Publish, absent: abuse},
		{name: "told", text: "I told the adviser it was stupid to close on Mondays.", decision: Publish, absent: abuse},
		{name: "like I was", text: "The agent spoke to me like I was stupid.", decision: Publish, absent: abuse},
		{name: "it is stupid", text: "I called the agent again and it is stupid that I must come back.", decision: Publish, absent: abuse},
	})
}

// TestEngineRegionalInsultsOfRound41: regional and colloquial insults
// said of a person in the six languages (Québec, Scotland, Andalusia,
// Bavaria, Naples, Brazil). Not the same words in their everyday sense:
// a cellar, a roaster, shade, a fool made of by a scam.
func TestEngineRegionalInsultsOfRound41(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "maudit cave", text: "L'agent au comptoir de la SAAQ m'a renvoyé trois fois chez moi. Maudit cave, il sait même pas lire un formulaire.", decision: Review, kinds: abuse},
		{name: "absolute roaster", text: "The woman at the council tax desk was an absolute roaster, shouted at me for bringing the exact form.", decision: Review, kinds: abuse},
		{name: "malasombra", text: "El funcionario de la ventanilla del ayuntamiento es un malasombra, me hizo volver tres veces.", decision: Review, kinds: abuse},
		{name: "Haderlump", text: "Der Sachbearbeiter im Landratsamt ist ein richtiger Haderlump, hat meinen Antrag liegen lassen.", decision: Review, kinds: abuse},
		{name: "nzallanuto", text: "L'impiegato dell'anagrafe di Napoli è proprio 'nzallanuto, mi ha fatto rifare il modulo quattro volte.", decision: Review, kinds: abuse},
		{name: "songamonga", text: "O atendente do INSS é um songamonga, ficou meia hora olhando para a tela e não resolveu nada.", decision: Review, kinds: abuse},
		{name: "a cellar", text: "La cave de notre immeuble HLM est inondée depuis trois semaines, merci de relancer le bailleur.", decision: Publish, absent: abuse},
		{name: "a roaster", text: "The old roaster at the community kitchen broke down again, so the lunch club served sandwiches.", decision: Publish, absent: abuse},
		{name: "mala sombra", text: "Pedimos más árboles en la plaza: a mediodía hay muy mala sombra y los niños no pueden jugar.", decision: Publish, absent: abuse},
		{name: "made a fool of", text: "Mi hanno fatto fesso con un finto tecnico del gas: lo segnalo alla polizia municipale.", decision: Publish, absent: abuse},
		{name: "cojones in Spanish", text: "Estoy hasta los cojones de la web de la DGT, no funciona nunca.", absent: abuse},
	})
}

// TestEngineAdsOfProbeSet41c: German dating ads, a German tip for a
// business's site at a price. Not a citizen who recommends a town's desk.
func TestEngineAdsOfProbeSet41c(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "heiße Singles", text: "Heiße Singles in deiner Nähe warten auf dich!!! Jetzt kostenlos anmelden auf flirt-sofort24.de", decision: Reject, kinds: spam},
		{name: "mein Tipp", text: "Beim Bürgeramt nie einen Termin bekommen. Mein Tipp: TerminProfi besorgt dir für 35 € einen Termin, einfach auf terminprofi-berlin.de buchen!", decision: Review, kinds: spam},
		{name: "a town's desk", text: "Aluguei casa sem fiador graças ao programa de arrendamento da câmara, recomendo o balcão da habitação.", decision: Publish, absent: spam},
	})
}

// TestEngineHateOfProbeSet41c: East Germans with no work ethic, migrants
// all profiteers, women unfit to work or to run an office. Not colleagues
// a boss judges, a claim said not true, stairs unfit to use.
func TestEngineHateOfProbeSet41c(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "keine Arbeitsmoral", text: "Ossis haben einfach keine Arbeitsmoral, das Landratsamt sollte keinen mehr einstellen.", decision: Reject, kinds: abuse},
		{name: "aproveitadores", text: "Os brasileiros que vêm para cá são todos uns aproveitadores, enchem o SNS.", decision: Reject, kinds: abuse},
		{name: "no valen para trabajar", text: "Las mujeres no valen para trabajar en el SEPE, son lentas.", decision: Reject, kinds: abuse},
		{name: "aren't fit to", text: "Women aren't fit to run an office, the council should know.", decision: Reject, kinds: abuse},
		{name: "colleagues", text: "Meine Kollegen haben keine Arbeitsmoral, sagt mein Chef.", decision: Publish, absent: abuse},
		{name: "not true", text: "Es ist nicht wahr, dass Ossis keine Arbeitsmoral haben.", decision: Publish, absent: abuse},
		{name: "stairs", text: "The lift and the stairs aren't fit to use, the council must act.", decision: Publish, absent: abuse},
	})
}

// TestEngineRegretOfProbeSet41c: regret foretold, then the writer's own
// recourse to a mediator, an MP or the press, is lawful. Not the reader's
// lawyer, nor a complaint the reader is dared to make, nor a law word
// before the regret.
func TestEngineRegretOfProbeSet41c(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "médiateur et député", text: "Vous allez le regretter : je vais écrire au médiateur de la CPAM et à mon député.", decision: Publish, absent: threat},
		{name: "MP and press", text: "You'll regret this: I'm writing to my MP and the local press.", decision: Publish, absent: threat},
		{name: "the reader's lawyer", text: "Tu vas le regretter, même ton avocat ne te sauvera pas.", decision: Reject, kinds: threat},
		{name: "a complaint dared", text: "« Tu vas le regretter, sale fonctionnaire. » Voilà, portez plainte.", decision: Reject, kinds: threat},
		{name: "a tribunal's clerk", text: "I'll make that tribunal clerk regret the day she was born. Try me.", decision: Reject, kinds: threat},
	})
}

// TestEngineMeetingAtARecourseOfProbeSet41c: a meeting at the polls or in
// court is no veiled threat (the threat model may still send it to a
// moderator); a meeting outside after a warning still is.
func TestEngineMeetingAtARecourseOfProbeSet41c(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "the ballot box", text: "Mark my words, we'll see you at the ballot box.", decision: Review},
		{name: "au tribunal", text: "On se verra au tribunal, croyez-moi.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "outside", text: "Je vous préviens, on se verra dehors.", decision: Reject, kinds: []Kind{KindThreat}},
	})
}

// TestEngineMyselfOfProbeSet41c: the writer's own feeling in European
// Portuguese, Italian's passato prossimo and German. Not an agent called
// a donkey after the writer's feeling.
func TestEngineMyselfOfProbeSet41c(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "senti-me", text: "Senti-me um burro com tanta papelada, mas a funcionária ajudou-me imenso.", decision: Publish, absent: abuse},
		{name: "mi sono sentito", text: "Mi sono sentito un idiota allo sportello, ma l'impiegata è stata gentile.", decision: Publish, absent: abuse},
		{name: "ich kam mir", text: "Ich kam mir vor wie ein Idiot am Schalter, aber die Dame war geduldig.", decision: Publish, absent: abuse},
		{name: "the agent after", text: "Senti-me mal, o funcionário é um burro.", decision: Review, kinds: abuse},
	})
}
