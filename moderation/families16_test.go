package moderation

import "testing"

// Families of round 16 (2026-12-05), written for these tests; where a
// corpus or a battery of our own found the gap, its sentences are not
// copied.

// An address or a phone number cut by a line break, as a form's narrow
// text box or a copy from a letter leaves it, is still the person's.
func TestEnginePersonalDataAcrossALineBreak(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "e-mail cut after the at sign", text: "Pour la suite, écrivez à lucie.bernard@\nfree.fr, l'ancienne boîte est fermée.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"lucie.bernard", "free.fr"}, kept: []string{"l'ancienne boîte"}},
		{name: "e-mail cut after the at sign, spaces", text: "Send the form to tom.harris@ \n  outlook.com rather than by post.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"tom.harris", "outlook.com"}, kept: []string{"rather than by post"}},
		{name: "an at sign before a line of words", text: "Nos horaires @\nbientôt en ligne, merci la mairie.", decision: Publish, absent: []Kind{KindPersonalData}, kept: []string{"bientôt en ligne"}},
		{name: "French mobile cut by a line", text: "Rappelez-moi au 06 12 34\n56 78 après 18 h, je travaille de jour.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"06 12 34", "56 78"}, kept: []string{"après 18 h"}},
		{name: "Spanish mobile cut by a line", text: "Mi móvil es el 612 34\n56 78, llamen por la tarde.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"612 34", "56 78"}},
		{name: "Italian mobile cut by a line", text: "Il mio cellulare è 347 123\n4567, chiamate dopo pranzo.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"347 123", "4567"}},
		{name: "British mobile cut by a line", text: "Text me on 07700\n900123 if the van can't find the house.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"07700", "900123"}},
		{name: "Portuguese mobile cut by a line", text: "Podem ligar para 912 345\n678 depois das seis.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"912 345", "678 depois"}, kept: []string{"depois das seis"}},
		{name: "a whole phone before a line of numbers", text: "Tél. 06 12 34 56 78\n2 enfants à charge, aucune réponse.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"06 12 34 56 78"}, kept: []string{"2 enfants"}},
		{name: "a reference before a phone on the next line", text: "Courrier de 2024\n06 12 34 56 78 pour me joindre.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"06 12 34 56 78"}, kept: []string{"de 2024"}},
		{name: "amounts on their lines", text: "Sommes versées :\n120\n340\n560 euros au total.", decision: Publish, absent: []Kind{KindPersonalData}, kept: []string{"120\n340\n560"}},
	})
}

// Numbers with a check digit that only a person has, told by it: a
// Spanish social security number (the province and number, mod 97), a
// Brazilian health card (CNS, mod 11), a British NHS number (mod 11).
func TestEngineNumbersToldByTheirCheckDigits(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "Spanish social security number", text: "Ya di mi número en la ventanilla, lo repito: 08 41234567 30. Nadie lo apunta.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"41234567"}},
		{name: "Spanish social security number, slashes", text: "Para el alta me piden otra vez el 35/20456789/93, ya lo envié.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"20456789"}},
		{name: "a file's number in other groups that passes the key", text: "The file number 08-4123-456730 has had no news for five months.", decision: Publish, absent: []Kind{KindPersonalData}, kept: []string{"08-4123-456730"}},
		{name: "an order's number that passes the key", text: "La commande 084123456730 n'est jamais arrivée à la mairie.", decision: Publish, absent: []Kind{KindPersonalData}, kept: []string{"084123456730"}},
		{name: "twelve digits that fail the key", text: "El código del envío es 08 41234567 31 según la web.", decision: Publish, absent: []Kind{KindPersonalData}, kept: []string{"08 41234567 31"}},
		{name: "Brazilian health card", text: "Na UBS disseram que o meu 700 1234 5678 9010 está duplicado.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"5678 9010"}},
		{name: "Brazilian health card written whole", text: "O posto não aceita o cartão 898123456789042 da minha mãe.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"898123456789042"}},
		{name: "Brazilian health card announced further back", text: "O cartão nacional de saúde 700123456789010 sumiu do aplicativo.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"700123456789010"}},
		{name: "fifteen digits that fail the key", text: "O protocolo 898123456789043 foi aberto ontem.", decision: Publish, absent: []Kind{KindPersonalData}, kept: []string{"898123456789043"}},
		{name: "NHS number after another number", text: "The surgery has me down as 401 023 2137 but mine is 943 476 5919, please fix it.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"401 023 2137", "943 476 5919"}},
		{name: "ten digits in groups that fail the key", text: "The meter reads 123 456 7890 units, which cannot be right.", decision: Publish, absent: []Kind{KindPersonalData}, kept: []string{"123 456 7890"}},
	})
}

// Identifiers announced by the words of cards and files that are a
// person's: an identity card's number in German, a student grant's; a
// tax number in groups and slashes.
func TestEngineIdentifiersAnnouncedByTheirCards(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "German identity card number", text: "Meine Ausweisnummer ist T22000129, das Lesegerät erkennt sie nicht.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"T22000129"}},
		{name: "a student grant's number", text: "Meine BAföG-Förderungsnummer 212345678901 wurde falsch übertragen.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"212345678901"}},
		{name: "Austrian tax number", text: "Meine Steuernummer lautet 21 815/0815, bitte prüfen Sie den Bescheid.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"815/0815"}},
		{name: "a date after the tax office", text: "Das Finanzamt hat am 12 03/2024 nichts geschickt.", decision: Publish, absent: []Kind{KindPersonalData}, kept: []string{"03/2024"}},
	})
}

// A phone read out in two parts joined by a word for "then", after a
// word of calling: only into a national number of its country's length.
func TestEnginePhonesJoinedByThen(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "French, puis", text: "Rappelez-moi au 07 14 puis 25 36 47, le formulaire coupe le numéro.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"07 14", "25 36 47"}, kept: []string{"le formulaire"}},
		{name: "Spanish, y luego", text: "Llámenme al 622 y luego 41 90 17 cuando tengan la cita.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"622", "41 90 17"}, kept: []string{"cuando tengan"}},
		{name: "Italian, e poi", text: "Richiamatemi al 338 45 e poi 12 670, grazie.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"338 45", "12 670"}},
		{name: "Portuguese, e depois", text: "Liguem para o 936 e depois 11 72 40 por favor.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"936", "11 72 40"}},
		{name: "times after a word of calling", text: "Appelez entre 09 30 puis 12 00, c'est ouvert.", decision: Publish, absent: []Kind{KindPersonalData}, kept: []string{"09 30 puis 12 00"}},
		{name: "a key then a whole phone", text: "Appelez le 01 puis 06 12 34 56 78 pour ma fille.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"06 12 34 56 78"}, kept: []string{"01 puis"}},
	})
}

// The second of two identifiers of one kind, announced once: "my
// passport (…) and my wife's (…)".
func TestEngineSecondIdentifierOfTheSameKind(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "two passports", text: "My passport (508812334) and my husband's (508812391) went to the wrong office.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"508812334", "508812391"}},
		{name: "two allocataire numbers", text: "Numéro allocataire 4833083, celui de ma sœur 4833127, aucun versement.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"4833083", "4833127"}},
		{name: "an amount after an identifier", text: "Numéro allocataire 4833083 : on me réclame 15 euros.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"4833083"}, kept: []string{"15 euros"}},
		{name: "a date after an identity card word", text: "Passeport perdu, mon vol part le 12.08.2025, aidez-moi.", decision: Publish, absent: []Kind{KindPersonalData}, kept: []string{"12.08.2025"}},
		{name: "a Brazilian benefit number", text: "O INSS cortou o pagamento, número do benefício 164.302.118-5, sem aviso.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"164.302.118-5"}},
	})
}

// Plates in the shapes the round's battery found unread: French with
// spaces after a plate word, Italian motorbikes, Swiss, Irish, Brazilian
// Mercosur.
func TestEngineRegistrationPlatesOfRound16(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a French plate with spaces", text: "Ma voiture EK 315 RZ a été enlevée sans aucun panneau.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"EK 315 RZ"}},
		{name: "an Italian car's plate", text: "Ho preso una multa con la mia auto DZ 553 MN in pieno centro.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"DZ 553 MN"}},
		{name: "an Italian motorbike's plate", text: "Il mio scooter targato EX 48213 è stato rimosso dal marciapiede.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"EX 48213"}},
		{name: "a Swiss plate", text: "Mein Auto ZH 583102 wurde ohne Grund abgeschleppt.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"ZH 583102"}},
		{name: "an Irish plate", text: "The car, reg 191-D-48213, was clamped outside my own gate.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"191-D-48213"}},
		{name: "a Brazilian plate", text: "Meu carro placa QXT8C41 foi multado enquanto estava na oficina.", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"QXT8C41"}},
		{name: "a shouted number between two short words", text: "J'AI VU LE 123 DE LA RUE ET PERSONNE NE RÉPOND", absent: []Kind{KindPersonalData}, kept: []string{"LE 123 DE"}},
		{name: "a car's model", text: "Ma voiture GTI2000 n'a toujours pas sa carte grise.", decision: Publish, absent: []Kind{KindPersonalData}, kept: []string{"GTI2000"}},
	})
}

// Roles of public services in the other languages, and what follows a
// role that is no name: after a comma or in German only a known name, a
// possessive before a noun that is a surname too, a town after a role in
// lower case.
func TestEngineRolesOfRound16(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a Portuguese social worker set off", text: "Luz, a assistente social do centro de saúde, ajudou-nos imenso.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Luz"}, kept: []string{"assistente social"}},
		{name: "an English librarian set off", text: "Grace, the librarian on Tuesdays, found every form we needed.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Grace"}, kept: []string{"the librarian"}},
		{name: "an Italian lawyer", text: "Ho dato mandato all'avvocato Bianchi per il ricorso contro il Comune.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Bianchi"}},
		{name: "a Spanish adviser", text: "La asesora Pilar me explicó todo con paciencia en la oficina del SEPE.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Pilar"}},
		{name: "a German adviser with a known name", text: "Mein Berater Schneider beim Jobcenter hat nie zurückgerufen.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Schneider"}},
		{name: "a German noun after a role", text: "Ich prüfe mit meinem Sachbearbeiter Schadensersatz und Fristen.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Schadensersatz"}},
		{name: "a German list after a role", text: "Ich habe alles versucht: Mitarbeiter, Briefe, Anrufe, nichts.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Briefe"}},
		{name: "an institution after a role and a comma", text: "Notaio, impiegato, Agenzia delle Entrate: tre code diverse per una firma.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Agenzia delle Entrate"}},
		{name: "a possessive before a noun that is a surname", text: "Mein Mann ist Sachbearbeiter und hat keine Zeit für Anrufe.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Mein Mann"}},
		{name: "towns after a role in lower case", text: "cheapest visa adviser paris and best adviser france, call today", absent: []Kind{KindPersonName}, kept: []string{"paris", "france"}},
	})
}

// Explicit threats in Spanish, Italian, Portuguese and German that the
// rules missed: a verb of violence in the first person after its victim's
// pronoun, blows given or deserved, a bomb laid; with the rules only.
func TestEngineExplicitThreatsOfRound16(t *testing.T) {
	runEngineCases(t, newTestEngine(t, &Options{NoModels: true}), []engineCase{
		{name: "Spanish, le rajo", text: "Como vuelva a perder mis papeles le rajo la cara al de la ventanilla.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "Spanish, intent and a clitic infinitive", text: "Voy a partirle las piernas al inspector que me multó.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "Spanish, a knife", text: "Como vuelvan a negarme la cita, al de la ventanilla lo apuñalo, o le apuñalo a usted.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "Spanish, a shot deserved", text: "Ese funcionario se merece un tiro, y alguien se lo dará.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "Italian, vi sgozzo", text: "Se chiudete ancora lo sportello vi sgozzo uno per uno.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "Italian, hands laid", text: "Al prossimo rinvio gli metto le mani addosso, al dirigente.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "Italian, strangling", text: "Se mi rimandate indietro un'altra volta vi strozzo tutti.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "Portuguese, enclitic", text: "Se me voltas a mandar embora, parto-te os dentes.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "German, ich bring dich um", text: "Wenn du noch einmal auflegst, ich bring dich um.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a fist on the table", text: "Vou dar um murro na mesa e exigir uma reunião com o diretor.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "a fist on the table in Spanish", text: "Voy a dar un puñetazo en la mesa y pedir la hoja de reclamaciones.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "a thing broken", text: "Lo rompo yo mismo si hace falta, el formulario no sirve.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "rompere le scatole", text: "Vi rompo le scatole finché non mi date una risposta scritta.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "pasting a link", text: "Te pego el enlace del formulario aquí abajo.", decision: Publish, absent: []Kind{KindThreat}},
	})
	// Found by the second review of the round: fair texts the first
	// version of these phrases rejected.
	runEngineCases(t, newTestEngine(t, &Options{NoModels: true}), []engineCase{
		{name: "a photo", text: "En la excursión le disparo una foto a cada alumno para el carnet.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "bread for the children", text: "En el comedor le parto el pan a cada niño, así no se atragantan.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "first aid", text: "Si el bebé se atraganta le golpeo en la espalda, como enseñó la matrona.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "kisses", text: "A mi abuela la mato a besos cada vez que la veo en la residencia.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "a sport", text: "Le vamos a dar una paliza al equipo del barrio el domingo.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "the gunshot", text: "Ho sentito lo sparo alle tre di notte e la polizia è arrivata dopo un'ora.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "investing with a duty", text: "Ti investo della responsabilità di coordinare i volontari del quartiere.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "basil", text: "Alla mensa vi pesto il basilico fresco ogni mattina, grazie al Comune.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "helping out", text: "Quebro-lhe o galho amanhã, prometeu a técnica da junta.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "a child taken at eight", text: "Ich bring sie um 8 Uhr in die Kita, danach gehe ich zum Amt.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "a cupboard against the wall", text: "Wir wollen den Schrank an die Wand stellen, dürfen wir das in der Sozialwohnung?", decision: Publish, absent: []Kind{KindThreat}},
		{name: "hunger", text: "Na cantina social eu lhe mato a fome com uma sopa quente, disse a voluntária.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "a reminder", text: "Ich verpass dir eine Erinnerung per Mail, sagte die Sachbearbeiterin freundlich.", decision: Publish, absent: []Kind{KindThreat}},
	})
}

// Found by the review of the round's change: each failed before its fix.
func TestEngineReviewOfRound16(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a parcel's number that passes a key", text: "El paquete 878847287639424 no ha llegado todavía.", absent: []Kind{KindPersonalData}, kept: []string{"878847287639424"}},
		{name: "a barcode that passes a key", text: "The barcode on the box is 248756713602, nothing else on it.", absent: []Kind{KindPersonalData}, kept: []string{"248756713602"}},
		{name: "said after a role in lower case", text: "the nurse said i had to wait three hours at the desk", absent: []Kind{KindPersonName}, kept: []string{"nurse said"}},
		{name: "a title after a capitalised role", text: "El Director Gerente del hospital no contesta a nadie.", absent: []Kind{KindPersonName}, kept: []string{"Director Gerente"}},
		{name: "a title after a capitalised role in English", text: "The Director General never answered my three letters.", absent: []Kind{KindPersonName}, kept: []string{"Director General"}},
		{name: "a title after a capitalised role in Italian", text: "Il Direttore Sanitario dell'ASL non risponde.", absent: []Kind{KindPersonName}, kept: []string{"Direttore Sanitario"}},
		{name: "a postcode after an announced number", text: "Mon numéro fiscal 12345 et mon code postal 75012.", kept: []string{"75012"}},
		{name: "an order after an announced number", text: "Mon numéro allocataire est 1234567, ma commande 7654321.", kept: []string{"7654321"}},
		{name: "a postcode and a number on the next line", text: "Je suis à Nice 06000\n12345 personnes ont signé la pétition.", absent: []Kind{KindPersonalData}, kept: []string{"06000"}},
		{name: "orders on two lines", text: "Pedidos: 612\n345 678 y ninguno ha llegado.", absent: []Kind{KindPersonalData}, kept: []string{"345 678"}},
		{name: "an e-mail cut by a Windows line break", text: "Écrivez à jean.dupont@\r\nfree.fr merci.", kinds: []Kind{KindPersonalData}, gone: []string{"free.fr"}},
		{name: "a phone cut by a Windows line break", text: "Rappelez-moi au 06 12 34\r\n56 78 demain.", kinds: []Kind{KindPersonalData}, gone: []string{"56 78"}},
		{name: "an unknown surname after a role and a comma", text: "l'infirmière, Kpodar, a été odieuse avec ma mère.", kinds: []Kind{KindPersonName}, gone: []string{"Kpodar"}},
		{name: "an unknown surname after a German role", text: "Die Sachbearbeiterin Grzybowska hat meinen Antrag verloren.", kinds: []Kind{KindPersonName}, gone: []string{"Grzybowska"}},
		{name: "a spaced form code", text: "Formulaire SA 150 EX rempli et envoyé deux fois.", absent: []Kind{KindPersonalData}, kept: []string{"SA 150 EX"}},
		{name: "a spaced flight", text: "Le vol AF 123 DE Paris a été annulé, et la mairie ferme.", absent: []Kind{KindPersonalData}, kept: []string{"AF 123"}},
		{name: "a French medicine code", text: "La pharmacie n'a pas le médicament, code CIP 3400936, rupture.", absent: []Kind{KindPersonalData}, kept: []string{"3400936"}},
		{name: "a tax number with an office of three digits", text: "Steuernummer 123 12/345/67890 steht im Bescheid.", kept: []string{"Steuernummer 123 "}},
		{name: "then with a capital", text: "Llámenme al 612 Y luego 345 678 por favor.", kinds: []Kind{KindPersonalData}, gone: []string{"345 678"}},
		{name: "an allowance after a German role", text: "Die Sachbearbeiterin Wohngeld hat meinen Antrag verloren.", absent: []Kind{KindPersonName}, kept: []string{"Wohngeld"}},
		{name: "an unknown surname after a capitalised role", text: "El Inspector Grzybowski me multó sin motivo.", kinds: []Kind{KindPersonName}, gone: []string{"Grzybowski"}},
		{name: "a desk set off after a role", text: "Ho parlato con l'impiegata, Anagrafe, che mi ha rimandato a casa.", absent: []Kind{KindPersonName}, kept: []string{"Anagrafe"}},
		{name: "a council's number after ligue", text: "Ligue para o 213 456 789 se tiver dúvidas, é o número da junta.", absent: []Kind{KindPersonalData}, kept: []string{"213 456 789"}},
		{name: "a phone cut after two digits", text: "Appelez-moi au 06\n12 34 56 78 après 18 h.", kinds: []Kind{KindPersonalData}, gone: []string{"12 34 56 78"}},
	})
	// Idempotence: a plate after a phone masked stays as the first
	// reading left it.
	e := newTestEngine(t, nil)
	for _, text := range []string{"Carro +55 11 98765-4321 QXT8C41", "Ma voiture 06 12 34 56 78 EX 48213", "The car, 07700 900537, ZH 583102", "Tel. AB-123-CD 912 345 678"} {
		first, second := moderateTwice(t, e, text)
		if second.Text != first.Text {
			t.Errorf("%q: %q, then %q", text, first.Text, second.Text)
		}
	}
}
