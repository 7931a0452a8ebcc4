package moderation

import "testing"

// TestEngineQualitiesComparedOfRound25: a quality a person is praised
// for too, compared with an animal's or a thing's, said of the one at a
// desk, is an insult; compared with a person's it is praise, and said of
// a place it is a complaint.
func TestEngineQualitiesComparedOfRound25(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "charisme of a shellfish", text: "La secrétaire de mairie a le charisme d'une moule, impossible d'en tirer un mot.", decision: Review, kinds: abuse},
		{name: "empathie of a breeze block", text: "Aux urgences, l'infirmier d'accueil avait l'empathie d'un bloc de béton.", decision: Review, kinds: abuse},
		{name: "autant de cœur qu'une machine", text: "Le contrôleur a autant de cœur qu'un horodateur en panne.", decision: Review, kinds: abuse},
		{name: "the warmth of a fridge", text: "The woman at the housing desk has all the warmth of a freezer.", decision: Review, kinds: abuse},
		{name: "as much empathy as a lamppost", text: "My work coach has about as much empathy as a lamppost.", decision: Review, kinds: abuse},
		{name: "the patience of a saint", text: "The nurse on the night shift had the patience of a saint with my father.", decision: Publish, absent: abuse},
		{name: "la douceur d'une mère", text: "La puéricultrice a eu la douceur d'une mère avec notre fils, merci.", decision: Publish, absent: abuse},
		{name: "the charm of a place", text: "The new waiting area has the charm of a car park, but at least it is warm.", decision: Publish, absent: abuse},
		{name: "a fridge of the household", text: "Notre frigo est tombé en panne, l'assistante sociale nous a aidés pour l'aide d'urgence.", decision: Publish, absent: abuse},
	})
}

// TestEngineWorkplaceBeforeMarkOfRound25: a person's noun with where he
// works, then a mark and a thing he is set apart as; not what he said
// after a colon.
func TestEngineWorkplaceBeforeMarkOfRound25(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "agent de + a place", text: "Conseiller de mairie : un vrai zombie, trois fois la même question.", decision: Review, kinds: abuse},
		{name: "clerk at the + a place", text: "The clerk at the tax office: a walking potato.", decision: Review, kinds: abuse},
		{name: "what the adviser said", text: "The adviser at the jobcentre told me: a form is missing, come back Monday.", decision: Publish, absent: abuse},
	})
}

// TestEngineChargesOfOnePersonOfRound25: a liar, a coward, a fool said of
// the one at a desk, a copula carried over "and a"; not a scam reported,
// a thief who stole, nor what the writer says he is not.
func TestEngineChargesOfOnePersonOfRound25(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "you are a coward and a liar", text: "Mr Barlow, you are a coward and a liar, my mother waited all day.", decision: Review, kinds: abuse},
		{name: "est un menteur after a list", text: "La gestionnaire du dossier est une incapable notoire et une menteuse.", decision: Review, kinds: abuse},
		{name: "an old fool", text: "The councillor for our ward is a doddering old fool.", decision: Review, kinds: abuse},
		{name: "a quack", text: "The locum GP was a useless quack.", decision: Review, kinds: abuse},
		{name: "a scam reported", text: "Un escroc m'a appelé en se faisant passer pour la CAF, l'agente m'a bien conseillé.", decision: Publish, absent: abuse},
		{name: "the thief who stole", text: "The thief who stole my bike was never found, the police officer was kind though.", decision: Publish, absent: abuse},
		{name: "what the writer is not", text: "Je ne suis pas un voleur, madame, j'ai payé mon ticket.", decision: Publish, absent: abuse},
		{name: "what the writer is taken for", text: "You think I'm a fraud? I have every payslip since 2019.", decision: Publish, absent: abuse},
		{name: "called a liar, reported", text: "The adviser called me a liar in front of everyone.", decision: Publish, absent: abuse},
	})
}

// TestEngineEnglishAddressesOfRound25: a house number with a letter and
// the English street words the list lacked; not an hour before a street.
func TestEngineEnglishAddressesOfRound25(t *testing.T) {
	pd := []Kind{KindPersonalData}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a lettered house number", text: "Mould in my flat at 31c Tanner Road since March, reported twice.", decision: Publish, kinds: pd, gone: []string{"31c Tanner Road"}},
		{name: "View", text: "My address is 6 Meadow View, Kendal LA9 4QT.", decision: Publish, kinds: pd, gone: []string{"6 Meadow View"}},
		{name: "Parade", text: "Send it to 3 The Parade, please, not the old flat.", decision: Publish, kinds: pd, gone: []string{"3 The Parade"}},
		{name: "an hour before a street", text: "Mon épicerie est point relais, ouverte jusqu'à 22h, rue Gambetta.", decision: Publish, absent: pd, kept: []string{"22h, rue Gambetta"}},
		{name: "a road and a size", text: "The A7 Road is closed again and the 4K Street cameras saw nothing.", decision: Publish, absent: pd, kept: []string{"A7 Road", "4K Street"}},
	})
}

// TestEnginePersonalDataOfRound25: a form's fields copied into a text, a
// month after a day's number, a tax year, the lines of public bodies and
// of a GP practice.
func TestEnginePersonalDataOfRound25(t *testing.T) {
	name, pd := []Kind{KindPersonName}, []Kind{KindPersonalData}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "Nom and Prénom fields", text: "Nom : Carrasco\nPrénom : Inès\nObjet : aide au logement suspendue depuis mars.", decision: Publish, kinds: name, gone: []string{"Carrasco", "Inès"}, kept: []string{"Objet"}},
		{name: "Surname in capitals", text: "Surname: PRENDERGAST / Claim: housing benefit, stopped in May.", decision: Publish, kinds: name, gone: []string{"PRENDERGAST"}},
		{name: "an acronym in a field", text: "Nom : CAF\nObjet : trop-perçu réclamé deux fois.", decision: Publish, absent: name, kept: []string{"CAF"}},
		{name: "a field that is no name's", text: "Nom du service : Pôle social, aucune réponse.", decision: Publish, absent: name, kept: []string{"Pôle"}},
		{name: "a month after a day", text: "Your letter of 18 June says I was overpaid by £312.", decision: Publish, absent: name, kept: []string{"18 June"}},
		{name: "May after a day", text: "Your letter of 9 May says the claim was closed.", decision: Publish, absent: name, kept: []string{"9 May"}},
		{name: "a tax year", text: "HMRC says my tax for 2021-22 was underpaid by £2,310.", decision: Publish, absent: pd, kept: []string{"2021-22"}},
		{name: "a public body's 0300 line", text: "Please keep a phone option: 0300 790 6801 is the only one I can use.", decision: Publish, absent: pd, kept: []string{"0300 790 6801"}},
		{name: "a Berlin landline after a phone word", text: "Meine Telefonnummer ist 030 12345678, bitte rufen Sie mich zurück.", decision: Publish, kinds: pd, gone: []string{"12345678"}},
		{name: "an address after in practice", text: "In practice, nobody ever delivers to 22 Orchard Close, Swindon SN3 1LP, where I live.", decision: Publish, kinds: pd, gone: []string{"22 Orchard Close"}},
		{name: "a month before a surname", text: "Counter 3 June Smith was lovely with my mother.", decision: Publish, kinds: name, gone: []string{"Smith"}},
		{name: "the next field's label", text: "Nom : Lemoine Prénom : Inès, dossier bloqué depuis mars.", decision: Publish, kinds: name, gone: []string{"Lemoine", "Inès"}, kept: []string{"Prénom"}},
		{name: "a field of a thing's name", text: "School name: Ridgeway Primary, the bus pass never came.", decision: Publish, absent: name, kept: []string{"Ridgeway Primary"}},
		{name: "no name given", text: "Nom : Inconnu\nObjet : le colis n'est jamais arrivé.", decision: Publish, absent: name, kept: []string{"Inconnu"}},
		{name: "an NI number in lower case", text: "They asked for everything again: ni jr482203a, my P45 and two payslips.", decision: Publish, kinds: pd, gone: []string{"jr482203a"}},
		{name: "taken into account", text: "Please take into account that 25000 people use this road every day.", decision: Publish, absent: pd, kept: []string{"25000"}},
		{name: "a parcel's code like an NI number", text: "Mon colis ab123456c n'est jamais arrivé au relais.", decision: Publish, absent: pd, kept: []string{"ab123456c"}},
		{name: "an account with no number", text: "My Universal Credit account was closed on 3 May without a letter.", decision: Publish, absent: pd, kept: []string{"3 May"}},
		{name: "a surname on the phone", text: "J'ai eu Martinez au téléphone le 2 avril, puis plus personne.", decision: Publish, kinds: name, gone: []string{"Martinez"}},
		{name: "a company on the phone", text: "J'ai eu Orange au téléphone pour la box, rien à voir avec la mairie.", decision: Publish, absent: name, kept: []string{"Orange"}},
		{name: "a title in the field stays", text: "Nom : M. Durand\nObjet : remboursement jamais reçu.", decision: Publish, kinds: name, gone: []string{"Durand"}, kept: []string{"M."}},
		{name: "a time before a field", text: "RDV à 10:00, Nom : Durand, personne ne m'a reçu.", decision: Publish, kinds: name, gone: []string{"Durand"}, kept: []string{"10:00"}},
		{name: "a name asked in prose", text: "I asked for her name: Reception refused to give it.", decision: Publish, absent: name, kept: []string{"Reception"}},
		{name: "a mobile after phone", text: "My phone is 07700 900 123 if anyone wants to call.", decision: Publish, kinds: pd, gone: []string{"900 123"}},
	})
}

// TestEngineHateOfRound25: a group said to be so by nature, one of them
// said to explain it, a slur in English phrases; not a child's genes, nor
// a French delay.
func TestEngineHateOfRound25(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "in their nature", text: "The gypsies at the market are always cheating, it's in their nature.", decision: Reject, kinds: abuse},
		{name: "can't trust any of them", text: "Gypsies run the car wash now, you can't trust any of them with your keys.", decision: Reject, kinds: abuse},
		{name: "a group that explains a need", text: "Many women in our village don't drive, which explains why the bus cut hurts so much.", decision: Publish, absent: abuse},
		{name: "ça explique tout of a need", text: "Les femmes du quartier travaillent de nuit, ça explique tout : les horaires de la crèche ne vont pas.", decision: Publish, absent: abuse},
		{name: "gay couples not allowed", text: "Gay couples shouldn't be allowed to adopt through the council.", decision: Reject, kinds: abuse},
		{name: "some retard", text: "Some retard at the DVLA lost my licence again.", decision: Reject, kinds: abuse},
		{name: "a child's genes", text: "My son's eczema is in his genes, the nurse said, which explains why the cream fails.", decision: Publish, absent: abuse},
		{name: "a French delay", text: "Le bus a encore du retard, trois fois cette semaine.", decision: Publish, absent: abuse},
	})
}

// TestEngineRound25Lexicon: school heads and elected officials as people,
// things and contempt said of one person, others' violence the writer
// cannot hold back, and name-calling a third person received, reported
// with where he works or with an adjective.
func TestEngineRound25Lexicon(t *testing.T) {
	abuse, threat := []Kind{KindAbuse}, []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a school head compared", text: "La proviseure a autant de charisme qu'une huître, les parents le savent.", decision: Review, kinds: abuse},
		{name: "a lazy lump", text: "The driver was a rude, lazy lump who never left his cab.", decision: Review, kinds: abuse},
		{name: "a weathervane", text: "Notre élu ? Une girouette qui change d'avis chaque semaine.", decision: Review, kinds: abuse},
		{name: "a little madam", text: "The receptionist is a snotty little madam, frankly.", decision: Review, kinds: abuse},
		{name: "passwords not remembered", text: "On me demande cinq mots de passe différents, je ne peux pas les retenir.", decision: Publish, absent: threat},
		{name: "grown sons", text: "My sons are adults now; I can't control what they do, so please stop sending their letters to me.", decision: Publish, absent: threat},
		{name: "a village GP's door", text: "In our village everybody knows where the GP lives, so people knock on her door at night.", decision: Publish, absent: threat, modelReviews: true},
		{name: "a road's danger", text: "Another accident on the roundabout. Somebody's going to get killed there unless the council acts.", decision: Publish, absent: threat},
		{name: "a place on a waiting list", text: "Fourteen months for therapy now. Is there any way to know where I am on the list?", decision: Publish, absent: threat},
		{name: "name-calling reported with a workplace", text: "Un usager a traité l'agent d'accueil de crétin devant tout le monde, inadmissible.", decision: Publish, absent: abuse},
		{name: "name-calling reported with an adjective", text: "A man in the queue called the receptionist a stupid cow; she stayed calm.", decision: Publish, absent: abuse},
		{name: "everybody knows where the office is", text: "Everybody knows where the town hall is, so put up a sign for the new annexe.", decision: Publish, absent: threat},
	})
}

// TestEngineRound25Copulas: a doctor's title names a person, a copula
// reaches over an intensifier, a petty tyrant; a rat run is a road.
func TestEngineRound25Copulas(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a doctor a disgrace and a liar", text: "Dr Okafor is a disgrace and a liar, he never read my notes.", decision: Review, kinds: abuse},
		{name: "a complete and utter clown", text: "The caseworker is a complete and utter clown, three forms lost.", decision: Review, kinds: abuse},
		{name: "a little dictator", text: "Our building manager is a power-tripping little dictator.", decision: Review, kinds: abuse},
		{name: "un petit dictateur", text: "Le gardien de la déchetterie, un petit dictateur en gilet jaune.", decision: Review, kinds: abuse},
		{name: "a complete mess", text: "The new portal is a complete mess, the clerk at the desk agreed.", decision: Publish, absent: abuse},
		{name: "a total star", text: "Ms Achebe was a total star, thank you for the help with my claim.", decision: Publish, absent: abuse},
	})
}

// TestEnginePhonesAndPlacesOfRound25: a phone with a spaced hyphen between
// every pair, a lieu-dit after "j'habite" with a single name.
func TestEnginePhonesAndPlacesOfRound25(t *testing.T) {
	pd := []Kind{KindPersonalData}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "spaced hyphens between pairs", text: "Rappelez-moi au 07 - 81 - 22 - 40 - 19 après 18h.", decision: Publish, kinds: pd, gone: []string{"81 - 22 - 40"}},
		{name: "a lieu-dit with one name", text: "J'habite au lieu-dit Puycalvel, 46100 Figeac, et le bus ne passe plus.", decision: Publish, kinds: pd, gone: []string{"Puycalvel"}},
		{name: "a score is no phone", text: "Score final 02 - 15 au tournoi de la mairie, bravo aux jeunes.", decision: Publish, absent: pd, kept: []string{"02 - 15"}},
		{name: "a town after j'habite", text: "J'habite à Crest, 26400 Crest, depuis dix ans.", decision: Publish, absent: pd},
	})
}

// TestEnginePlacePhrasesOfRound25: a public building named by its kind
// and an adjective or a second noun before the name.
func TestEnginePlacePhrasesOfRound25(t *testing.T) {
	name := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "piscine municipale", text: "La piscine municipale Léo-Lagrange est fermée pour travaux jusqu'en mai.", decision: Publish, absent: name, kept: []string{"Léo-Lagrange"}},
		{name: "foyer logement", text: "Les résidents du foyer logement Louise Michel n'ont plus de bus.", decision: Publish, absent: name, kept: []string{"Louise Michel"}},
		{name: "a name after the building", text: "À la médiathèque municipale Aimé Césaire, Sandrine m'a aidé pour mon CV.", decision: Publish, kinds: name, gone: []string{"Sandrine"}, kept: []string{"Aimé Césaire"}},
	})
}

// TestEngineReviewOfRound25: fair texts a review of the round found
// held, and the constructions it found breaking; each stays as the
// round's start had it, or better.
func TestEngineReviewOfRound25(t *testing.T) {
	abuse, pd := []Kind{KindAbuse}, []Kind{KindPersonalData}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a plural accused before who", text: "Crooks who run this council should be locked up.", decision: Review, kinds: abuse},
		{name: "a scam confirmed", text: "Le conseiller bancaire m'a confirmé que c'était un escroc et a bloqué ma carte.", decision: Publish, absent: abuse},
		{name: "the writer a fool", text: "The caseworker was fair, and I admit I was a fool to ignore the letters.", decision: Publish, absent: abuse},
		{name: "an April fool", text: "The receptionist thought my call was an April fool, but the leak is real.", decision: Publish, absent: abuse},
		{name: "a cold waiting room", text: "La conseillère était très gentille mais la salle d'attente est un vrai frigo en hiver.", decision: Publish, absent: abuse},
		{name: "a dinosaur of a system", text: "The clerk was helpful but the computer system they use is a dinosaur.", decision: Publish, absent: abuse},
		{name: "a lump found", text: "The midwife checked me and there is a lump, so she booked a scan at once.", decision: Publish, absent: abuse},
		{name: "praise, then a rat", text: "The nurse is an angel and a rat was found in the ward kitchen, which she reported.", decision: Publish, absent: abuse},
		{name: "a rat reported to the caretaker", text: "Message pour le gardien de l'immeuble : un rat dans le local poubelles depuis une semaine.", decision: Publish, absent: abuse},
		{name: "a child's attention span", text: "The teacher was lovely; my son has the attention span of a goldfish, so she sat him at the front.", decision: Publish, absent: abuse},
		{name: "a process slow as a tortoise", text: "J'ai vu la conseillère en mars et depuis, tout avance à la vitesse d'une tortue.", decision: Publish, absent: abuse},
		{name: "a little madam at home", text: "Our little madam loved the library's story time, thank you.", decision: Publish, absent: abuse},
		{name: "a bus line before a street", text: "Le bus 21c avenue Jean Jaurès a été supprimé sans prévenir.", decision: Publish, absent: pd},
		{name: "a ward's number before a street word", text: "Ward 4 Oak View was closed for cleaning, the nurses moved us.", decision: Publish, absent: pd},
		{name: "the writer's insult, not reported", text: "I called the receptionist yesterday an idiot answered the phone.", decision: Review, kinds: abuse},
	})
}

// TestMaskedNameIsLinked: a name masked links a person's noun to what he
// is set apart as, as the name did, so a second reading agrees.
func TestMaskedNameIsLinked(t *testing.T) {
	e := newTestEngine(t, nil)
	for _, text := range []string{"The adviser Tom Baker, a coward.", "La conseillère Sophie Roux, une menteuse."} {
		first, second := moderateTwice(t, e, text)
		if first.Decision != Review || second.Decision != first.Decision {
			t.Errorf("%q: %s, then %s on %q; want review twice", text, first.Decision, second.Decision, first.Text)
		}
	}
}

func TestTaxYear(t *testing.T) {
	for s, want := range map[string]bool{"2021-22": true, "2023/2024": true, "1999-00": true, "2019-1920": false, "2021-23": false, "2021-2345": false, "20a1-22": false, "1850-51": false} {
		if got := taxYear(s); got != want {
			t.Errorf("taxYear(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestEngineSecondReviewOfRound25: what a second review of the round
// found: form fields on their lines or after a name, labels of two words,
// a title kept twice, a phone's placeholder that is no name, relative
// clauses and coordinated animals, addresses on streets named like units,
// months before a team's name, public lines however written.
func TestEngineSecondReviewOfRound25(t *testing.T) {
	name, pd, abuse := []Kind{KindPersonName}, []Kind{KindPersonalData}, []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a field on a later line", text: "Objet : réclamation\nNom : Lemoine\nPrénom : Inès", decision: Publish, kinds: name, gone: []string{"Lemoine", "Inès"}, kept: []string{"Objet", "Nom", "Prénom"}},
		{name: "a field after a name", text: "Nom : Dupont Prénom : Jean, dossier en attente.", decision: Publish, kinds: name, gone: []string{"Dupont", "Jean"}, kept: []string{"Prénom"}},
		{name: "a label of two words", text: "First name: Dylan Last name: Morgan, claim stopped.", decision: Publish, kinds: name, gone: []string{"Dylan", "Morgan"}, kept: []string{"Last name"}},
		{name: "Nom de famille after a name", text: "Nom : Martin Nom de famille : Durand", decision: Publish, kinds: name, gone: []string{"Martin", "Durand"}, kept: []string{"Nom de famille"}},
		{name: "a phone is no name", text: "The adviser 0612345678, a coward.", decision: Publish, kinds: pd, absent: abuse},
		{name: "a thing then a relative clause", text: "Agent de préfecture : un vulgaire paillasson qui ne sert à rien.", decision: Review, kinds: abuse},
		{name: "an animal after et une", text: "Le conseiller est un incompétent fini et une larve.", decision: Review, kinds: abuse},
		{name: "Mile End Road", text: "I live at 5 Mile End Road, London E1 4NS, and the bins were missed.", decision: Publish, kinds: pd, gone: []string{"5 Mile End Road"}},
		{name: "a lettered number before rue", text: "J'habite au 12b rue des Lilas à Paris depuis 2010.", decision: Publish, kinds: pd, gone: []string{"12b rue des Lilas"}},
		{name: "a month before a team", text: "Your letter of 18 June Council Tax team says I owe more.", decision: Publish, absent: name, kept: []string{"June Council"}},
		{name: "0300 unseparated", text: "Call 03001234567 for the council, it is free.", decision: Publish, absent: pd, kept: []string{"03001234567"}},
		{name: "0 800 in groups", text: "Phone the helpline 0 800 123 4567 please.", decision: Publish, absent: pd, kept: []string{"0 800 123 4567"}},
	})
	e := newTestEngine(t, nil)
	for _, text := range []string{"Name: Mrs Patel, my claim is still pending.", "Nom : Dupont\nPrénom : Jean", "Nom : Dr Durand Prénom : Paul"} {
		first, second := moderateTwice(t, e, text)
		if second.Text != first.Text {
			t.Errorf("%q: %q, then %q", text, first.Text, second.Text)
		}
	}
}
