package moderation

import "testing"

// TestEngineClimbedPronounsOfRound18: in Spanish, Italian and Portuguese
// the writer's pronoun may climb from the violent infinitive to the verb
// of going before it ("me voy a matar" for "voy a matarme"): his own
// death, distress a moderator may read, never a threat rejected. Another's
// pronoun there ("te", "lo", "ti") is a threat, and so is an English "me"
// before an intent, which is another verb's.
func TestEngineClimbedPronounsOfRound18(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "Spanish me before voy", text: "Si me vuelven a denegar la ayuda me voy a matar, no puedo más.", absent: threat, modelReviews: true},
		{name: "Italian mi before vado", text: "Se mi negano ancora il sussidio mi vado ad ammazzare.", decision: Publish, absent: threat, modelReviews: true},
		{name: "Portuguese me before vou", text: "Se me negarem o subsídio outra vez eu me vou matar.", absent: threat, modelReviews: true},
		{name: "Spanish te before voy", text: "Si me vuelven a denegar la ayuda te voy a matar.", decision: Reject, kinds: threat},
		{name: "Spanish lo before voy", text: "Si me niegan la ayuda lo voy a matar.", decision: Reject, kinds: threat},
		{name: "Italian ti before vado", text: "Se mi chiami ancora ti vado ad ammazzare.", decision: Reject, kinds: threat},
		{name: "English me before an intent", text: "Call me again and I'm going to kill you.", decision: Reject, kinds: threat},
		// Found by the round's review: an object after the violent verb
		// makes the pronoun a dative, and the text misdetected as
		// English or French is still Spanish by its verb.
		{name: "Italian, the director as object", text: "Domani mi vado ad ammazzare il direttore delle poste.", decision: Reject, kinds: threat},
		{name: "Italian, shooting at the mayor", text: "Mi vado a sparare al sindaco domani.", decision: Reject, kinds: threat},
		{name: "Portuguese, one of the agents", text: "Qualquer dia me vou matar um desses atendentes do INSS.", decision: Reject, kinds: threat},
		{name: "Spanish, with the one at the window", text: "Me voy a liar a tiros con el de la ventanilla.", decision: Reject, kinds: threat},
		{name: "Spanish, the guard", text: "me voy a matar al guardia de la puerta", decision: Reject, kinds: threat},
		// Found by the second review: only what cannot be an object
		// after the violent verb keeps the words distress.
		{name: "Portuguese, those layabouts", text: "Me vou matar aqueles vagabundos do INSS", decision: Reject, kinds: threat},
		{name: "Italian, someone", text: "Mi vado ad ammazzare qualcuno all'ufficio", decision: Reject, kinds: threat},
		{name: "Italian, a surname", text: "Mi vado ad ammazzare Rossi", decision: Reject, kinds: threat},
		{name: "distress with pills", text: "Me voy a matar con pastillas", absent: threat},
		{name: "distress tonight", text: "Mi vado ad ammazzare questa sera", absent: threat},
		{name: "distress, no more", text: "Me voy a matar, ya no puedo más", absent: threat},
		{name: "distress, to myself", text: "Me voy a matar a mí mismo", absent: threat},
		{name: "distress, because of an agent", text: "Me voy a matar por culpa del funcionario", absent: threat},
		{name: "short Spanish distress", text: "Me voy a matar.", absent: threat},
		{name: "short Italian distress", text: "Mi vado ad ammazzare.", absent: threat},
	})
}

// TestEngineSignaturesOfRound18: the writer's name on the last line,
// after a closing of a letter or a word of thanks, or after a dash, is a
// name even when no list knows it; an institution signing, a frequent
// word and a particle alone are not, and a closing that is no signature's
// changes nothing in the text before it.
func TestEngineSignaturesOfRound18(t *testing.T) {
	name := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "German closing and a comma", text: "Danke für alles.\nViele Grüße, Tesfaye", decision: Publish, kinds: name, gone: []string{"Tesfaye"}, kept: []string{"Viele Grüße"}},
		{name: "Portuguese Att", text: "Obrigado por tudo! Att, Wellington", decision: Publish, kinds: name, gone: []string{"Wellington"}},
		{name: "Spanish closing, name on its own line", text: "Mi contrato depende de esto.\nUn saludo,\nWilmer Quispe", decision: Publish, kinds: name, gone: []string{"Wilmer", "Quispe"}},
		{name: "French closing, unknown first name", text: "Merci pour tout.\nCordialement,\nTesfaye Bekele", decision: Publish, kinds: name, gone: []string{"Tesfaye", "Bekele"}},
		{name: "a line of thanks", text: "Le dossier est enfin passé.\nMerci d'avance,\nAïssatou N.", decision: Publish, kinds: name, gone: []string{"Aïssatou", "N."}},
		{name: "a dash opening the line", text: "Accueil parfait à la mairie.\n— Nathalie B.", decision: Publish, kinds: name, gone: []string{"Nathalie", "B."}},
		{name: "an Irish surname", text: "The form is still missing.\nThanks,\nSam O'Neill", decision: Publish, kinds: name, gone: []string{"Sam", "O'Neill"}},
		{name: "a known name and an initial, one mask", text: "A la espera del anexo G.\nSaludos, Marta G.", decision: Publish, gone: []string{"Marta", ", G"}, kept: []string{"A la espera", "anexo G."}},
		{name: "particles stay inside the name", text: "Agradeço que alguém verifique o processo da declaração de acidente. Com os melhores cumprimentos, Maria de Lurdes Figueiredo", decision: Publish, gone: []string{"Lurdes", "Figueiredo"}, kept: []string{"declaração de acidente"}},
		{name: "an institution signing", text: "Merci de votre visite.\nCordialement,\nFrance Services", decision: Publish, absent: name, kept: []string{"France Services"}},
		{name: "a citizen signing", text: "Merci quand même.\nCordialement,\nUn usager", decision: Publish, absent: name, kept: []string{"Un usager"}},
		{name: "no closing before the last line", text: "Le bureau de poste a fermé.\nSaint-Denis", decision: Publish, absent: name, kept: []string{"Saint-Denis"}},
		{name: "a hyphen inside the line", text: "Bureau ouvert lundi-Mardi", decision: Publish, absent: name},
	})
}

// TestEnginePlacesNamedAfterPeopleOfRound18: English places and bodies
// named after people, the place word after the name: an elementary
// school, a memorial trust, a park after a surname (not after a first
// name: "Sophie Park" is a person).
func TestEnginePlacesNamedAfterPeopleOfRound18(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "an elementary school", text: "My son's school, Abraham Lincoln Elementary, refused to send his file.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Abraham Lincoln Elementary"}},
		{name: "a memorial trust", text: "Why does the Winston Churchill Memorial Trust page say June?", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Winston Churchill Memorial Trust"}},
		{name: "a park after a surname", text: "Good service at the Lincoln Park post office today.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Lincoln Park"}},
		{name: "a park after a first name", text: "I was served by Sophie Park at the desk.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Sophie", "Park"}},
		{name: "a park after a title", text: "Thanks to Mr Park for his patience.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Park"}},
		{name: "a lane after a title", text: "Mrs Lane at the desk was very rude.", kinds: []Kind{KindPersonName}, gone: []string{"Lane"}},
		{name: "a place after a title and before a capital", text: "Mr Park Avenue is closed on Sundays.", absent: []Kind{KindPersonName}},
	})
}

// TestEngineRanksAndParticlesOfRound18: ranks of the police and the army
// in the other languages are roles; a name-only particle or a particle
// bound by an apostrophe starts the name after a role ("Officer van der
// Merwe", "l'avvocato Dell'Acqua"); the Brazilian "Seu" is a title with a
// capital, and before a known first name only at the start of a sentence.
func TestEngineRanksAndParticlesOfRound18(t *testing.T) {
	name := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "an Italian rank", text: "Il maresciallo De Santis della stazione è stato molto disponibile.", decision: Publish, kinds: name, gone: []string{"Santis"}},
		{name: "a Spanish rank", text: "El sargento Morales fue muy amable con mi madre.", decision: Publish, kinds: name, gone: []string{"Morales"}},
		{name: "a German rank", text: "Kommissar Brandt hat uns sehr geholfen.", decision: Publish, kinds: name, gone: []string{"Brandt"}},
		{name: "Cape Verde is no corporal", text: "Sou de Cabo Verde e preciso de um visto.", decision: Publish, absent: name, kept: []string{"Cabo Verde"}},
		{name: "a Dutch particle after a role", text: "I'd like to thank Officer van der Merwe from the sheriff's office.", decision: Publish, kinds: name, gone: []string{"Merwe"}},
		{name: "an apostrophe particle after a role", text: "Grazie all'avvocato Dell'Acqua che ha seguito il caso.", decision: Publish, kinds: name, gone: []string{"Acqua"}},
		{name: "the lawyer's abbreviation", text: "Grazie all'avv. Dell'Acqua, che ha seguito il caso.", decision: Publish, kinds: name, gone: []string{"Acqua"}},
		{name: "Seu mid-sentence", text: "Meu vizinho Seu Jurandir tem 80 anos e está sem receita.", decision: Publish, kinds: name, gone: []string{"Jurandir"}},
		{name: "seu, a possessive", text: "Sr diretor, o seu Audi está estacionado em cima da passadeira.", decision: Publish, absent: name, kept: []string{"Audi"}},
		{name: "Seu starting a sentence", text: "Seu Banco do Brasil não responde.", decision: Publish, absent: name, kept: []string{"Banco"}},
	})
}

// TestEngineNamesSaidAgainOfRound18: a masked name's possessive written
// as one word is masked too ("Müllers Kollege"); a word no list knows,
// thanked with a name in a list whose preposition is said again, is a
// name ("gracias a Yamila y a Florencia"), not God.
func TestEngineNamesSaidAgainOfRound18(t *testing.T) {
	name := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a German possessive", text: "Müller vom Bürgeramt hat mir gesagt, mein Pass sei fertig. Müllers Kollege konnte mir auch nicht helfen.", decision: Publish, kinds: name, gone: []string{"Müller"}},
		{name: "two thanked, the preposition again", text: "Gracias a Yamila y a Florencia, del consulado, por ayudarnos.", decision: Publish, kinds: name, gone: []string{"Yamila", "Florencia"}},
		{name: "thanks to God and to a person", text: "Gracias a Dios y a Florencia, todo salió bien.", decision: Publish, kinds: name, gone: []string{"Florencia"}, kept: []string{"Dios"}},
	})
}

// TestEngineInitialsBeforeNamesOfRound18: the initials written before a
// masked name go with it ("J.-P. Roux"); a lone initial that may be a
// title stays ("M. Perrin", "a D. Amélia").
func TestEngineInitialsBeforeNamesOfRound18(t *testing.T) {
	name := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "compound initials", text: "Le courrier est signé J.-P. Roux, chef de service.", decision: Publish, kinds: name, gone: []string{"J.-", "Roux"}},
		{name: "a French title stays", text: "Merci à M. Dupont pour son aide.", decision: Publish, kinds: name, gone: []string{"Dupont"}, kept: []string{"M. "}},
		{name: "Dona abbreviated stays", text: "A minha vizinha, D. Amélia Correia, esperou cinco horas.", decision: Publish, kinds: name, gone: []string{"Amélia"}, kept: []string{"D. "}},
	})
}

// TestEngineNamesAfterNamingAndRolesOfRound18: a word no list knows
// before a role set off by a comma and an article is a name ("Wanderson,
// el vigilante"), never after a preposition of place ("fui a Toledo, el
// funcionario") nor in German; the pronoun bound to a verb of naming is
// skipped ("chama-se Valdirene"); after a reflexive verb of naming, from
// a writer who capitalises nothing, a word is a name unless the name is
// asked ("come si chiama quello che…").
func TestEngineNamesAfterNamingAndRolesOfRound18(t *testing.T) {
	name := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "an unknown name before a role", text: "Doy las gracias a Wanderson, el vigilante de seguridad de la estación.", decision: Publish, kinds: name, gone: []string{"Wanderson"}},
		{name: "a town before a role", text: "Fui a Toledo, el funcionario me dijo que no.", decision: Publish, absent: name, kept: []string{"Toledo"}},
		{name: "German nouns before a role", text: "Die Wartezeit bei der Präfektur ist eine Zumutung, aber der Beamte war freundlich.", decision: Publish, absent: name, kept: []string{"Zumutung"}},
		{name: "chama-se", text: "chama-se Valdirene a moça do CRAS aqui do bairro e ela me ajudou.", decision: Publish, kinds: name, gone: []string{"Valdirene"}},
		{name: "sapelle in lower case", text: "ya un gars a la mairie il sapelle momo il est trop gentil", decision: Publish, kinds: name, gone: []string{"momo"}},
		{name: "se llama in lower case", text: "la señora se llama yamila y fue muy amable", decision: Publish, kinds: name, gone: []string{"yamila"}},
		{name: "the name asked", text: "je sais pas comment il s'appelle le monsieur du guichet", decision: Publish, absent: name},
		{name: "j'appelle is no naming", text: "j'appelle demain la caf pour savoir", decision: Publish, absent: name, kept: []string{"demain"}},
	})
}

// TestEngineWordsThatHoldNamesOfRound18: a first name bound by a hyphen
// to a frequent lower-case word names a town (Vic-sur-Cère), not a
// person, but a compound first name in lower case is one (Jean-loup); shops and regions named
// after people or holding a first name are institutions; the Portuguese
// "Vila" names a place.
func TestEngineWordsThatHoldNamesOfRound18(t *testing.T) {
	name := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a town", text: "La gendarmerie de Vic-sur-Cère est venue très vite.", decision: Publish, absent: name, kept: []string{"Vic-sur-Cère"}},
		{name: "a compound first name in lower case", text: "J'ai vu Jean-marc au guichet ce matin.", decision: Publish, kinds: name, gone: []string{"Jean-marc"}},
		{name: "a first name and a word", text: "L'agent Jean-loup m'a insulté au guichet.", kinds: name, gone: []string{"Jean-"}},
		{name: "a shop", text: "J'ai déjà acheté les pots chez Leroy Merlin et la mairie refuse la couleur.", absent: name, kept: []string{"Leroy Merlin"}},
		{name: "a region", text: "¿El plan Renove sigue vigente en Castilla y León?", decision: Publish, absent: name, kept: []string{"Castilla y León"}},
		{name: "a neighbourhood", text: "Quero registrar um elogio à equipe da UBS Vila Madalena.", decision: Publish, absent: name, kept: []string{"Vila Madalena"}},
	})
}

// TestEnginePluralTitleListsOfRound18: after a plural title, every name
// of a list that ends with "and" is a person's, a frequent word too
// ("Messieurs Durand, Petit et Faure"); a comma that starts no such list
// adds nothing ("signori della Commissione, Vi comunico").
func TestEnginePluralTitleListsOfRound18(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "three gentlemen", text: "Messieurs Durand, Petit et Faure du service urbanisme nous ont reçus.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Durand", "Petit", "Faure"}},
		{name: "two señores", text: "Los señores Ortega y Olmedo fueron muy amables.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Ortega", "Olmedo"}},
		{name: "no list", text: "Stimati signori della Commissione, Vi comunico che impugnerò la decisione.", kept: []string{"Vi comunico"}},
	})
}

// TestEngineOtherSpellingsOfRound18: a spelling one letter away from a
// masked name, after "or", is the same person's, without brackets and
// in any case ("dr benhamou ou benhamoun"); another word is not.
func TestEngineOtherSpellingsOfRound18(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "lower case, no brackets", text: "l'interne (je crois qu'il s'appelait dr benhamou ou benhamoun) ne nous a rien expliqué", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"benhamou"}},
		{name: "a letter changed", text: "Mme Lefebvre ou Lefevre, je ne sais plus, a refusé mon dossier.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Lefebvre", "Lefevre"}},
		{name: "another word", text: "J'ai vu M. Dupont ou son collègue au guichet.", decision: Publish, kept: []string{"ou son collègue"}},
	})
}

func TestOneEdit(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"benhamou", "benhamoun", true}, {"lefebvre", "lefevre", true}, {"dupont", "dupond", true}, {"martin", "matrin", true},
		{"dupont", "dupont", false}, {"dupont", "durand", false}, {"abc", "abcde", false}, {"", "a", true},
	} {
		if got := oneEdit([]byte(c.a), []byte(c.b)); got != c.want {
			t.Errorf("oneEdit(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestEngineReviewOfRound18: what the round's reviews found. Signatures:
// bodies and districts signing, the last item of a list, German nouns
// are no names (one unknown word after thanks is one: "Merci,\nKervarec";
// "Merci,\nUrgent" is masked too, the price of it). Names after roles
// with particles; with and by before an apposed name; German
// possessives only, not a noun's genitive; reflexive naming of things
// and of each other; days before a role.
func TestEngineReviewOfRound18(t *testing.T) {
	name := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a town signing", text: "Merci pour votre réponse.\nCordialement,\nVille de Bobigny", absent: name, kept: []string{"Ville de Bobigny"}},
		{name: "a list's last item", text: "Problèmes:\n- Poubelles\n- Éclairage Public", absent: name, kept: []string{"Éclairage Public"}},
		{name: "a German district after thanks", text: "Danke!\nMarzahn-Hellersdorf", absent: name, kept: []string{"Marzahn-Hellersdorf"}},
		{name: "a German body after a closing", text: "Bitte um Rückmeldung.\nMit freundlichen Grüßen\nHausverwaltung", absent: name, kept: []string{"Hausverwaltung"}},
		{name: "a German signature", text: "Ohne ihre Geduld hätte ich das nie geschafft.\nViele Grüße, Tesfaye", kinds: name, gone: []string{"Tesfaye"}},
		{name: "a known first name and a particle", text: "Agradeço que verifiquem o processo. Com os melhores cumprimentos, Maria de Lurdes Figueiredo", kinds: name, gone: []string{"Lurdes", "Figueiredo"}},
		{name: "a capitalised particle after a rank", text: "El sargento De la Fuente fue muy amable.", kinds: name, gone: []string{"Fuente"}},
		{name: "a plural particle after a rank", text: "O inspetor dos Santos ajudou muito.", kinds: name, gone: []string{"Santos"}},
		{name: "a town after a role", text: "Le conseiller de Laval m'a aidé.", absent: name, kept: []string{"Laval"}},
		{name: "with an apposed name", text: "Ho litigato con Scognamiglio, l'impiegata allo sportello.", kinds: name, gone: []string{"Scognamiglio"}},
		{name: "a noun's genitive", text: "Frau Richter hat entschieden. Die Entscheidung des Richters ist falsch.", kinds: name, kept: []string{"des Richters"}},
		{name: "an English plural", text: "Bill at the front desk was nice. Bills are still too high.", kinds: name, kept: []string{"Bills"}},
		{name: "a thing's name", text: "le formulaire s'appelle cerfa et personne ne le trouve", absent: name, kept: []string{"cerfa"}},
		{name: "each other", text: "on s'appelle demain pour en parler", absent: name, kept: []string{"demain"}},
		{name: "a day before a role", text: "Je suis passé Samedi, le guichetier m'a dit non.", absent: name, kept: []string{"Samedi"}},
		{name: "Seu after an article", text: "O Seu Valdomiro da portaria ajudou.", kinds: name, gone: []string{"Valdomiro"}},
		// The second review: one word after thanks, German names, a
		// particle after an initial, a person named further back, an
		// office's title in capitals, a hyphenated first name.
		{name: "one word after thanks", text: "Merci pour tout.\nMerci,\nKervarec", kinds: name, gone: []string{"Kervarec"}},
		{name: "a German name after thanks", text: "Danke!\nGesine Wöllmer", kinds: name, gone: []string{"Gesine", "Wöllmer"}},
		{name: "an initial and a particle", text: "Merci pour tout.\nCordialement,\nJ. de Kersauson", kinds: name, gone: []string{"Kersauson"}},
		{name: "a person further back", text: "la chica de la ventanilla se llama yamila", kinds: name, gone: []string{"yamila"}},
		{name: "a thing named", text: "el programa se llama ingreso minimo vital", absent: name, kept: []string{"ingreso"}},
		{name: "a kind named", text: "ce type de demande s'appelle recours gracieux", absent: name, kept: []string{"recours"}},
		{name: "an office's title", text: "Il Commissario Del Governo ha parlato ieri.", absent: name, kept: []string{"Del Governo"}},
		{name: "a police superintendent", text: "La comisaria Betancort no nos recibió.", kinds: name, gone: []string{"Betancort"}},
		{name: "a hyphenated first name", text: "Le conseiller Pierre-emmanuel m'a aidé.", kinds: name, gone: []string{"emmanuel"}}})
}
