package moderation

import "testing"

// Families of round 10 (2026-12-04), written for these tests from the
// causes found in heldout-28 and the new corpora of the round: their
// texts are not copied.

func TestEngineNamesCalledByWordsOfContempt(t *testing.T) {
	clean := []Kind{KindAbuse, KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "that useless one of a surname", text: "Cet incapable de Marchand a encore égaré mes justificatifs de loyer.", decision: Review, kinds: []Kind{KindAbuse, KindPersonName}, gone: []string{"Marchand"}},
		{name: "a title after the word of contempt", text: "Cette incompétente de Mme Barbier m'a raccroché au nez.", decision: Review, kinds: []Kind{KindAbuse, KindPersonName}, gone: []string{"Barbier"}},
		{name: "useless in Spanish", text: "Esa inútil de Fernández en el consulado no sabe ni dónde está el sello.", decision: Review, kinds: []Kind{KindAbuse, KindPersonName}, gone: []string{"Fernández"}},
		{name: "a clown in Italian", text: "Quel pagliaccio di Bianchi all'ufficio anagrafe ride mentre aspettiamo.", decision: Review, kinds: []Kind{KindAbuse, KindPersonName}, gone: []string{"Bianchi"}},
		{name: "a system unable to", text: "Ce logiciel incapable de calculer mes droits a bloqué mon dossier.", decision: Publish, absent: clean},
		{name: "a clown at the fête", text: "Le clown Pipo a fait rire tous les enfants à la fête de la mairie, merci !", decision: Publish, absent: clean},
	})
}

func TestEngineNamesAtWork(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a first name that is a verb, at the desk", text: "Will at the passport desk sorted my renewal in ten minutes.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Will"}},
		{name: "a lower-case first name after thanks", text: "thanks to rose at the caf in lens she found my missing payslips", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"rose"}, kept: []string{"caf"}},
		{name: "a lower-case first name starting the text", text: "ángel del consulado me resolvió lo del pasaporte en una mañana", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"ángel"}},
		{name: "the verb before at", text: "I will at the latest come to the CAF on Monday with the forms.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"will"}},
		{name: "a bill at the post office", text: "paid the gas bill at the post office, they charged me two euros", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"bill"}},
		{name: "a first name with the library between commas", text: "Maëlle, à la médiathèque, m'a aidée à remplir ma demande de logement social.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Maëlle"}, kept: []string{"médiathèque"}},
		{name: "an English article before a word that is a first name", text: "i paid a bill at the post office yesterday and nobody told me it was wrong", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"bill"}},
		{name: "thanks to a lower-case first name, written a", text: "merci a pierre au guichet des cartes grises, super patient", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"pierre"}},
		{name: "a stone at the desk", text: "jeter la pierre au guichet ne sert à rien, c'est la loi qui est mal faite", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"pierre"}},
	})
}

func TestEngineThreatsOfRoundTen(t *testing.T) {
	clean := []Kind{KindAbuse, KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "knowing where to find you", text: "Fais gaffe à toi au guichet, je sais où te trouver le soir.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "knowing where to find you in Spanish", text: "Sé dónde encontrarte cuando sales de la oficina.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "settled man to man", text: "Plus de courriers : on va régler ça d'homme à homme avec votre chef de service.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "SMS spelling of coming back with others", text: "si jsuis pas payé jreviens avec mes cousins et on discutera plus pareil", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "or you will find out in Italian", text: "Sblocca la mia pratica entro venerdì o te ne accorgi.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "see what happens in Portuguese", text: "Cancela o meu subsídio outra vez pra você ver o que acontece.", decision: Review, kinds: []Kind{KindThreat}},
		{name: "a loaded gun in Brazilian slang", text: "tô com o berro carregado aqui, avisa o pessoal da prefeitura", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "finding the service", text: "Maintenant je sais où vous trouver : le bus France Services passe le jeudi.", decision: Publish, absent: clean},
		{name: "finding a form", text: "Le formulaire cerfa, je sais où le trouver maintenant, merci pour le lien.", decision: Publish, absent: clean},
		{name: "talking man to man", text: "Le conseiller m'a parlé d'homme à homme et m'a expliqué mes droits, merci.", decision: Publish, absent: clean},
		{name: "trying again in Portuguese", text: "Tentei de novo pra ver o que acontece com o site e funcionou.", decision: Publish, absent: clean},
	})
}

func TestEngineHateInTheBlood(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "thieves by nature", text: "Les Roms sont des voleurs par nature, il faut arrêter de les aider.", decision: Reject, kinds: []Kind{KindAbuse}},
		{name: "in their blood in Spanish", text: "No contratéis a gitanos, lo llevan en la sangre.", decision: Reject, kinds: []Kind{KindAbuse}},
	})
}

func TestEngineModelsDoNotReadIdioms(t *testing.T) {
	clean := []Kind{KindAbuse, KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "killing time in Portuguese", text: "Vou matar o tempo a ler o regulamento enquanto espero que a secretaria atenda o telefone.", decision: Publish, absent: clean},
		{name: "killing time in English", text: "Going to kill some time in the queue, the app says forty people ahead of me.", decision: Publish, absent: clean},
	})
}

func TestEngineStaffListedAfterAColon(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "surnames listed after the agents", text: "Les agents de l'accueil ce jour-là : Moreau, Benali et Petitjean. Aucun n'a su répondre.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Moreau", "Benali", "Petitjean"}},
		{name: "first names listed after the advisers", text: "Mes conseillères successives : Nadia, Chantal, Océane.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Nadia", "Chantal", "Océane"}},
		{name: "days listed after the agents", text: "Permanence des agents : Lundi, Mardi et Jeudi de 9h à 12h.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Lundi", "Mardi", "Jeudi"}},
		{name: "documents listed after the agent", text: "Pièces demandées par l'agent : Passeport, Visa et Acte de naissance.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Passeport", "Visa"}},
	})
}

func TestEngineNamesCalledNounsOfContempt(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a surname is an idiot", text: "Lefebvre est un idiot, il m'a raccroché au nez deux fois.", decision: Review, kinds: []Kind{KindAbuse, KindPersonName}, gone: []string{"Lefebvre"}},
		{name: "a title and an adverb", text: "Mme Garnier est vraiment une incompétente.", decision: Review, kinds: []Kind{KindAbuse, KindPersonName}, gone: []string{"Garnier"}},
		{name: "a shouted surname", text: "GAUTHIER EST UN INCAPABLE, IL A PERDU MON DOSSIER", decision: Review, kinds: []Kind{KindAbuse, KindPersonName, KindShouting}, gone: []string{"GAUTHIER"}},
		{name: "a shouted list of thanks", text: "MERCI KARIM ET SOPHIE DE LA CAF, J'AI ENFIN MON APL !!!", decision: Review, kinds: []Kind{KindPersonName, KindShouting}, gone: []string{"KARIM", "SOPHIE"}},
		{name: "a town unable to", text: "Paris est incapable de gérer les inscriptions à la crèche.", decision: Publish, absent: []Kind{KindAbuse, KindPersonName}, kept: []string{"Paris"}},
	})
}

func TestEngineChildrenNamedWithAWarning(t *testing.T) {
	clean := []Kind{KindAbuse, KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "the reader's daughter and a dispute taken out of the office", text: "Votre fille est en CM2 à l'école Pasteur, comme mon fils. Il serait regrettable que notre désaccord sorte du cadre administratif.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a regret about a file", text: "Il serait regrettable que mon dossier soit encore perdu : ma fille attend sa bourse.", decision: Publish, absent: clean},
		{name: "the writer's daughter", text: "Ma fille est au collège Jean Moulin, et sa bourse est bloquée depuis mars : réfléchissez-y.", decision: Publish, absent: clean},
	})
}

func TestEnginePhoneAfterAStreetFirstAddress(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a phone number right after the house number", text: "Vous pouvez m'écrire Via Roma 12 06 12 34 56 78 merci", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"Roma 12", "06 12 34 56 78"}},
	})
}

func TestEnginePersonalDataOfRoundTen(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a passport number announced in Spanish", text: "Me quitaron el pasaporte XDA903412 en la prefectura y no me lo devuelven.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"XDA903412"}},
		{name: "a NIE in brackets", text: "Para el canje del permiso me pidieron el NIE (Z1234567R) otra vez.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"Z1234567R"}},
		{name: "a residence permit number", text: "Mon numéro de titre de séjour est 7501234567, il expire en mars.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"7501234567"}},
		{name: "a Portuguese street with do", text: "Mudei-me para a Rua do Carmo 45, 1200-093 Lisboa e as cartas não chegam.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"Carmo 45"}, kept: []string{"Lisboa"}},
		{name: "an obfuscated address at proton.me", text: "Write to me: lena.weber(at)proton.me, thanks.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"lena.weber", "proton.me"}},
		{name: "a street abbreviated with a full stop", text: "J'habite au 8 av. de la Libération depuis mars, la CAF a encore l'ancienne adresse.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"Libération"}},
		{name: "before Christ is no avenue", text: "Le musée expose une amphore de 300 av. J.-C., très belle visite.", decision: Publish, absent: []Kind{KindPersonalData}, kept: []string{"300 av. J.-C."}},
		{name: "a country code in brackets", text: "If someone at the mairie wants to call: (+33) 745128903, evenings only.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"745128903"}},
		{name: "an international prefix dialled 00 with a trunk zero", text: "Je vis en Suisse, rappelez-moi sur 0033 (0)6 58 41 27 90 svp.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"58 41 27 90"}},
		{name: "a country code alone", text: "L'indicatif (+33) est celui de la France, pas besoin du zéro.", decision: Publish, absent: []Kind{KindPersonalData}, kept: []string{"(+33)"}},
		{name: "a flight number", text: "Vol AF1234 annulé, mon passeport est pourtant valide jusqu'en 2030.", decision: Publish, absent: []Kind{KindPersonalData}, kept: []string{"AF1234"}},
		{name: "a letter signed with an old first name", text: "Veuillez agréer mes salutations distinguées. Paulette Girard", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Paulette", "Girard"}},
	})
}

// TestEngineResidenceIsNoIdentifierWord: "résidence" announces no
// identifier, so the postcode after a residence's name is no number of a
// person. (Since round 24, after "j'habite" the residence's name, its
// postcode and town are the writer's address and masked as one:
// TestEnginePersonalDataOfRound24.)
func TestEngineResidenceIsNoIdentifierWord(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a residence's postcode", text: "La Résidence du Parc, 69003 Lyon, bâtiment C : le facteur ne passe plus.", decision: Publish, kept: []string{"69003"}},
	})
}

func TestEngineInitialsAndRolesWithAColon(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "an initial alone after a title", text: "Mme D. au téléphone m'a juste dit que c'était comme ça.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"D."}},
		{name: "an initial before a surname", text: "Mme D. Lefort a rappelé le lendemain, très aimable.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Lefort"}},
		{name: "a role, a colon and a first name", text: "Très bonne prise en charge. Infirmier : Maxime. Aucune attente.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Maxime"}},
		{name: "a role, a colon and no name", text: "Horaires du conseiller : Lundi et Mardi matin.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Lundi"}},
	})
}
