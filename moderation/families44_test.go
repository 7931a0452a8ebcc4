package moderation

import (
	"testing"
)

// TestEngineSpelledOutOfRound44: a word spelled out letter by letter in an
// English text ("a c u n t") does not make it French: the one-letter words
// of a spelled word are not French elisions (c', n', t'). A text spelled
// out whole keeps its language.
func TestEngineSpelledOutOfRound44(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "an English insult spelled out", text: "whoever handles pip claims is a c u n t, plain and simple", kinds: []Kind{KindAbuse}, lang: "en"},
		{name: "a French text spelled out whole", text: "C E  S O I R  J E  V I E N S  V O U S  B R U L E R  T O U S", decision: Reject, lang: "fr"},
		{name: "French elisions typed without apostrophes", text: "j ai vu l agent c est nul", lang: "fr"},
	})
}

// TestEngineLowerNamesOfRound44: in small letters, a relative's first name
// and a listed surname after it, before a person's verb or the clause's
// end; a listed surname that is a verb after a first name ("said") is the
// verb. Places named after people of Spain, Italy, Portugal, Brazil and
// Britain (institutions.txt), in small letters too. Not a nurse after
// "ospedale", a child called a princess, a word after a relative's name.
func TestEngineLowerNamesOfRound44(t *testing.T) {
	name := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a grandmother's full name", text: "je fais la demarche pour ma grand mere josiane perrin qui a 91 ans", decision: Publish, kinds: name, gone: []string{"josiane", "perrin"}},
		{name: "a daughter's full name", text: "ma fille lea dupuis est inscrite depuis septembre a la creche", decision: Publish, kinds: name, gone: []string{"lea", "dupuis"}},
		{name: "a verb after the name", text: "my work coach sandra said it would be fine", decision: Publish, kinds: name, gone: []string{"sandra"}, kept: []string{"said it would"}},
		{name: "a daughter's name then a verb", text: "ma fille clara attend une place en creche", decision: Publish, gone: []string{"clara"}, kept: []string{"attend une place"}},
		{name: "an Italian hospital", text: "il pronto soccorso dell ospedale sandro pertini ha 12 ore di attesa", decision: Publish, absent: name, kept: []string{"sandro pertini"}},
		{name: "a Spanish street", text: "el centro de salud de la calle antonio machado no tiene rampa", decision: Publish, absent: name, kept: []string{"antonio machado"}},
		{name: "a Brazilian school", text: "a escola municipal paulo freire ta sem merenda faz 2 semanas", decision: Publish, absent: name, kept: []string{"paulo freire"}},
		{name: "a queen's grammar school", text: "at queen elizabeth grammar the heating has been broken since november", decision: Publish, absent: name, kept: []string{"queen elizabeth grammar"}},
		{name: "a king's playing field", text: "The King George V Playing Field needs new goalposts.", decision: Publish, absent: name, kept: []string{"King George V"}},
		{name: "a nurse in a hospital", text: "in ospedale giulia, l'infermiera, mi ha trattato benissimo", decision: Publish, kinds: name, gone: []string{"giulia"}},
		{name: "a child called a princess", text: "my little princess emma was bitten by a dog in the park", decision: Publish, kinds: name, gone: []string{"emma"}},
		{name: "a word after a relative's name", text: "helped my daughter amy hunt for a flat", decision: Publish, kept: []string{"hunt for a flat"}},
	})
}

// TestEngineHateOfRound44: a group said to behave like animals, to be sick
// in the head, to hold the banks; parasites "alle miteinander" in a clause
// after the group's. Not children at the canteen, nor one's boss, nor a
// group running restaurants.
func TestEngineHateOfRound44(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "behave like animals", text: "ces africains a la prefecture se comportent comme des animaux, ils savent pas vivre en societe", decision: Reject, kinds: abuse},
		{name: "sick in the head", text: "schwule haben in kitas nix verloren, die sind krank im kopf", decision: Reject, kinds: abuse},
		{name: "the banks, typed", text: "les juif tienne toutes les banques et les impots c pour ca qu on paye autant", decision: Reject, kinds: abuse},
		{name: "the banks, German", text: "Die Juden beherrschen die Banken.", decision: Reject, kinds: abuse},
		{name: "parasites, all of them, after a comma", text: "die ganzen flüchtlinge sind doch nur zum abkassieren hier, schmarotzer alle miteinander", decision: Reject, kinds: abuse},
		{name: "children at the canteen", text: "les enfants se comportent comme des animaux a la cantine, il faut plus de surveillants", decision: Publish, absent: abuse},
		{name: "a group running restaurants", text: "les Chinois tiennent les restaurants du quartier, super ambiance", decision: Publish, absent: abuse},
	})
}

// TestEngineBreakingEverythingOfRound44: everything broken by the writer
// who comes to break it, no place named. Not Italian "spacco tutto" (to
// ace an exam), nor what was broken by accident.
func TestEngineBreakingEverythingOfRound44(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "Portuguese, typed", text: "se cortarem meu bolsa familia eu vou la e quebro tudo, pode esperar", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "French", text: "Si je ne suis pas payé lundi je viens et je casse tout.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "an exam aced", text: "domani vengo all esame e spacco tutto", decision: Publish, absent: []Kind{KindThreat}, modelReviews: true},
		{name: "an accident", text: "je viens de casser tout le matériel par accident, désolé", decision: Publish, absent: []Kind{KindThreat}},
	})
}

// TestEngineReportedThreatsOfRound44: a threat received, the reaction in
// the rest of the quotation's sentence ("…, la police municipale m'a dit
// de porter plainte", "… and the police said"), and "messaged" as a verb
// of a message left. Not a threat the writer sent.
func TestEngineReportedThreatsOfRound44(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "the police in the same sentence", text: "signalement : mon voisin m a dit « je vais te cramer ta bagnole » apres une dispute pour le parking, la police municipale m a dit de porter plainte moi meme. c est tout ?", decision: Publish, absent: []Kind{KindAbuse, KindThreat}},
		{name: "messaged", text: "my ex messaged me 'ill burn ur house down' and the police said its a civil matter?? how is a threat a civil matter", decision: Publish, absent: []Kind{KindAbuse, KindThreat}},
		{name: "the writer's own message", text: "I messaged the council 'I will burn your office down' and nobody answered", decision: Reject, kinds: []Kind{KindThreat}},
	})
}

// TestEngineLowerStreetsOfRound44: a house number and a street in small
// letters right after "at" or "to", when the street word is seldom
// anything else ("close", "road"); not a drive of 45 minutes, nor a bus
// stop's number.
func TestEngineLowerStreetsOfRound44(t *testing.T) {
	address := []Kind{KindPersonalData}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a neighbour at her address", text: "my neighbour mrs okonkwo at 31 fairfield close has had no heating for 2 wks", decision: Publish, kinds: address, gone: []string{"fairfield"}},
		{name: "post to an address", text: "no post has come to 22 ashgrove road since the new postman started", decision: Publish, kinds: address, gone: []string{"ashgrove"}},
		{name: "a drive", text: "it went up to 45 minute drive each way", decision: Publish, absent: address, kept: []string{"45 minute drive"}},
		{name: "a bus stop", text: "bus 12 station road stop is closed", decision: Publish, absent: address, kept: []string{"station road"}},
	})
}

// TestEngineAdsOfRound44: a loan between individuals in the singular, a
// first parcel free with a shop's site. Not a parcel the writer was given
// free by La Poste.
func TestEngineAdsOfRound44(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a loan", text: "pret entre particulier rapide et serieux 2000 a 50000€ taux 2% sans frais de dossier reponse en 24h", kinds: spam},
		{name: "a parcel service", text: "la poste a perdu mon colis 😡 sinon ya mieux : livraison express par relais-colis-pro.fr , 1er envoi offert", decision: Review, kinds: spam},
		{name: "a loan refused", text: "La banque m'a refusé un prêt, la CAF m'a orientée vers le microcrédit du CCAS.", decision: Publish, absent: spam},
	})
}

// TestEngineThingAndReaderOfRound44: a charge at a thing ("le système est
// pourri") with the reader only in the clause after it is said of the
// thing. Not the reader in its own clause.
func TestEngineThingAndReaderOfRound44(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "the reader after a colon", text: "les agents sont sympas mais le systeme est pourri : on vous demande un document que vous avez deja donné 3 fois", decision: Publish, absent: []Kind{KindAbuse}},
		{name: "the reader in the clause", text: "le dossier est pourri vous savez", decision: Review, kinds: []Kind{KindAbuse}},
	})
}

// TestEngineGermanOfRound44: German "an" before a title in small letters
// is "to", not an article ("danke an frau schneider"); a quotation said of
// a pronoun before "genannt" is what someone was called ("hat mich '…'
// genannt"). Not the writer's own "Ich habe ihn '…' genannt".
func TestEngineGermanOfRound44(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "an frau", text: "vielen dank an frau schneider vom jobcenter neukölln, die hat sich echt zeit genommen", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"schneider"}},
		{name: "called, reported", text: "ein mann im wartebereich hat mich 'scheiß ausländerin' genannt und keiner vom personal hat reagiert. bitte schult eure leute", decision: Publish, absent: []Kind{KindAbuse, KindProfanity}},
		{name: "called by the writer", text: "Ich habe ihn 'Idiot' genannt, und das war richtig.", decision: Review, kinds: []Kind{KindAbuse}},
	})
}

// TestEngineReviewMendsOfRound44: what the probe review of the round's
// first rules found, mended: a threat the writer mocks in the quotation's
// sentence is not a report; the police called by the writer is; breaking
// everything at a party, a tournament or in a budget is no threat; a
// service's address and Downing Street are kept; a group that suffers,
// after the judgement, makes no hate of it.
func TestEngineReviewMendsOfRound44(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a threat mocked", text: "my mate messaged me 'we'll torch the job centre tonight', security there is a joke", kinds: []Kind{KindAbuse}},
		{name: "the police dared", text: "my mate texted me 'we will burn the job centre down tonight' and the police can try to stop us", kinds: []Kind{KindAbuse}},
		{name: "the police told us", text: "mon voisin m'a dit « je vais te tuer », la police nous a dit de porter plainte", decision: Publish, absent: []Kind{KindAbuse, KindThreat}},
		{name: "a threat, the police late", text: "Mi hermano me escribió 'vamos a quemar el ayuntamiento' y la policía llegará tarde", kinds: []Kind{KindAbuse}},
		{name: "the police called", text: "Mi vecino me gritó 'te voy a matar' y llamé a la policía", decision: Publish, absent: []Kind{KindAbuse, KindThreat}},
		{name: "a dance floor", text: "à la fête de la musique je viens et je casse tout sur la piste de danse !", decision: Publish, absent: []Kind{KindThreat}},
		{name: "a tournament", text: "au tournoi de foot municipal je viens et je casse tout, merci aux bénévoles", decision: Publish, absent: []Kind{KindThreat}},
		{name: "a budget", text: "Quand je viens au marché je casse tout mon budget", decision: Publish, absent: []Kind{KindThreat}},
		{name: "a food bank moved", text: "the food bank moved to 6 mill lane, open tuesdays", decision: Publish, absent: []Kind{KindPersonalData}, kept: []string{"6 mill lane"}},
		{name: "Downing Street", text: "I have sent letters to 10 downing street and nobody answered", decision: Publish, absent: []Kind{KindPersonalData}, kept: []string{"10 downing street"}},
		{name: "a mother's address", text: "my mum at 4 elm road needs a carer twice a day", decision: Publish, kinds: []Kind{KindPersonalData}, gone: []string{"elm road"}},
		{name: "women who suffer", text: "Some drunk men outside the pub behave like animals towards women, we need more patrols", decision: Publish, absent: []Kind{KindAbuse}},
		{name: "a mother ill", text: "Meine Mutter war krank im Kopf, die Frauen im Pflegeheim haben sich rührend gekümmert", decision: Publish, absent: []Kind{KindAbuse}},
		{name: "a charity to look up", text: "Il BancoAlimentare di zona è aperto il martedì, cercateli su Facebook per gli orari.", decision: Publish, absent: []Kind{KindSpam}},
		{name: "an ad to look up", text: "Pratica di pensione all'INPS sbloccata dopo 5 mesi, grazie. Per chi ha problemi: Servizi Facili di Bari vi fa tutto online a 30€, cercateli su Instagram!", decision: Review, kinds: []Kind{KindSpam}},
	})
}

// TestEngineItalianLandlinesOfRound44: a landline of Italy's South (083x,
// 085x, 088x), which no French 08 number starts with, after a phone word.
// Not a complaint's number after "n°".
func TestEngineItalianLandlinesOfRound44(t *testing.T) {
	phone := []Kind{KindPersonalData}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "grouped", text: "Nessuno mi risponde, chiamatemi al 0832 451 276, grazie.", decision: Publish, kinds: phone, gone: []string{"451 276"}},
		{name: "glued", text: "Il mio telefono è 0832451276, sono a casa la mattina.", decision: Publish, kinds: phone, gone: []string{"0832451276"}},
		{name: "a complaint's number", text: "Réclamation n° 0836 2345 67 toujours sans réponse.", decision: Publish, absent: phone, kept: []string{"0836 2345 67"}},
	})
}

// TestEngineLoanSitesOfRound44: sites ending in .loans or .br are links
// (the loan sellers' and Brazil's), a first session offered with a site is
// an ad; a public body's .gov.br is no spam.
func TestEngineLoanSitesOfRound44(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a loan site", text: "Thanks to the housing team. Looking for a loan? Instant approval up to £5k at quickcash-uk.loans, no credit checks!", kinds: spam},
		{name: "a Brazilian site", text: "GANHE R$ 500 POR DIA NO PIX!!! Trabalhe de casa só 1 hora por dia, sem experiência nenhuma. Vagas limitadas, garanta a sua agora mesmo em renda-extra-pix.com.br", kinds: spam},
		{name: "a first session", text: "Merci de corriger. Cordialement, Véronique — Coach bien-être & reiki à distance, 1re séance offerte sur zen-reiki-energie.fr !", decision: Review, kinds: spam},
		{name: "a public body's site", text: "A consulta no posto de saúde foi marcada pelo site saude.gov.br, muito prático", decision: Publish, absent: spam},
	})
}

// TestEngineScamWarningsOfRound44: a scam forwarded so that others do not
// fall for it, the real service never texting, is a warning.
func TestEngineScamWarningsOfRound44(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "forwarded", text: "Forwarding this text my nan got, so others don't fall for it: 'DVLA: Your vehicle tax payment failed. To avoid a fine of £1,000 update your card details at dvla-vehicle-renew.co.uk' She nearly entered her bank details. The real DVLA never texts about this. Please share.", decision: Publish, absent: []Kind{KindSpam}},
	})
}

// TestEngineGermanPostcodesOfRound44: a German street named by a
// preposition and a place, its number, then a postcode and its town after
// a comma, is an address wherever it is written; not an office's.
func TestEngineGermanPostcodesOfRound44(t *testing.T) {
	address := []Kind{KindPersonalData}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a letter asked for", text: "Bitte schicken Sie mir einen Brief an Am Mühlbach 7, 83022 Rosenheim, damit ich weiß warum.", decision: Publish, kinds: address, gone: []string{"Mühlbach"}},
		{name: "an office", text: "Das Bürgeramt Am Markt 3, 83022 Rosenheim hat samstags zu.", decision: Publish, absent: address, kept: []string{"Am Markt 3"}},
		{name: "a day", text: "Am Montag 3, 83022 Rosenheim", absent: address},
	})
}

// TestEngineProbes44bOfRound44: what probe set 44b (decisions in pasted
// correspondence) taught: a quotation ending its own sentence inside its
// marks is followed by a new one, where the reaction is read; a message a
// former partner sent, a note stuck on a door; German's plural copula with
// no article; cars that catch fire by themselves; rudeness as a noun. Not
// the writer's own message left.
func TestEngineProbes44bOfRound44(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a main courante after the quotation", text: "Je suis agent d'accueil à la mairie. Un administré m'a dit la semaine dernière : « Je connais ta voiture, la Clio grise, je vais m'en occuper. » J'ai fait une main courante.", decision: Publish, absent: []Kind{KindAbuse, KindThreat}},
		{name: "a former partner's message", text: "Les reenvío el mensaje que mi expareja me escribió: «Como sigas con los juzgados te vas a enterar, sé dónde trabajas». Lo denuncié en comisaría.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "a note on a door", text: "Ich leite Ihnen die Nachricht weiter, die mein Nachbar mir an die Tür geklebt hat: „Noch einmal beim Ordnungsamt und du wirst es bereuen.“ Ich habe Anzeige erstattet.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "the writer's own message", text: "Message que j'ai laissé au CMP après l'annulation de mon rendez-vous, recopié pour mémoire : « Docteur Meunier, vous êtes un charlatan et un lâche. Allez vous faire foutre avec vos annulations. »", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "vermin, German", text: "Die Flüchtlinge im Heim an der Bahnhofstraße sind Ungeziefer.", decision: Reject, kinds: []Kind{KindAbuse}},
		{name: "people, German", text: "Die Kinder im Heim sind doch Menschen wie wir.", decision: Publish, absent: []Kind{KindAbuse}},
		{name: "cars that burn", text: "Les recuerdo, con todo respeto, que el técnico vive en mi urbanización y que a veces los coches se incendian solos.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "rudeness as a noun", text: "Es usted una maleducada y una prepotente, y todo el barrio lo sabe.", decision: Review, kinds: []Kind{KindAbuse}},
	})
}

// TestEngineLettersOfRound44: the reader a letter informs before a
// quotation ("je vous informe que ma fille a reçu … : « … »") is no one the
// message was relayed to; Italy's security stepping in reacts; a scam
// passed on so that others can be careful is a warning; a signature
// selling a switch of insurer is an ad.
func TestEngineLettersOfRound44(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a letter informing", text: "Madame la Directrice, je vous informe que ma fille a reçu sur son téléphone le message suivant d'un camarade : « demain à la sortie t'es morte ». La CPE a été prévenue le jour même et a reçu les deux familles.", decision: Publish, absent: []Kind{KindAbuse, KindThreat}},
		{name: "a message relayed to the reader", text: "Un voisin m'a dit de vous répéter ceci : « je vais vous tuer ». La police est au courant.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "la vigilanza", text: "Sono un'infermiera del pronto soccorso. Domenica un parente di un paziente mi ha detto «ti aspetto fuori e ti spacco la testa». La vigilanza è intervenuta subito.", decision: Publish, absent: []Kind{KindAbuse, KindThreat}},
		{name: "be careful", text: "Copying a message my gran got on WhatsApp so others can be careful: \"Hi Mum, it's me, this is my new number. Can you pay a bill for me, £780, I'll pay you back tomorrow xx\" It was not her grandson. Her bank stopped the payment.", decision: Publish, absent: []Kind{KindSpam}},
		{name: "an insurer in a signature", text: "Danke an die Zulassungsstelle für die schnelle Ummeldung.\n--\nGesendet von meinem Handy. Jetzt Autoversicherung wechseln und 30 % sparen: www.spar-kfz-tarif.de", decision: Review, kinds: []Kind{KindSpam}},
	})
}

// TestEngineCodeReviewMendsOfRound44: what the code review of the round
// found, mended: fair texts the round's rules caught (a reflexive "se", a
// printer broken, batteries catching fire, a report of smugglers, some of
// a group ill, counter-speech in German, the writer's own message in
// Spanish), and insults or ads they let through (a charge with the reader
// in a relative clause, "fall for" in an ad), an address found on a second
// reading only, brackets around what is no address.
func TestEngineCodeReviewMendsOfRound44(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a reflexive se", text: "Le carreleur se déplace demain: je viens et je casse tout", decision: Publish, absent: []Kind{KindThreat}, modelReviews: true},
		{name: "a printer", text: "If I try to fix the printer myself I'll break everything.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "batteries", text: "E-bike batteries can catch fire by themselves when charging, please ban them from the stairwells.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "smugglers reported", text: "Les migrants racontent que les passeurs se comportent comme des animaux avec eux.", decision: Publish, absent: []Kind{KindAbuse}},
		{name: "some of a group", text: "Die Flüchtlinge im Heim sind oft traumatisiert, manche sind krank im Kopf und brauchen Hilfe.", decision: Publish, absent: []Kind{KindAbuse}},
		{name: "German counter-speech", text: "Der Mythos, die Juden beherrschen die Banken, ist gefährlicher Antisemitismus und muss in der Schule behandelt werden.", decision: Publish, absent: []Kind{KindAbuse}},
		{name: "the writer's own message, Spanish", text: "Le mando este mensaje al alcalde: «lo voy a matar»", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a charge and a relative clause", text: "Ce formulaire, larve que vous êtes, il est où ?", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "fall for, in an ad", text: "Don't fall for the banks' lies, earn 500 a day from home, message me on WhatsApp +44 7700 900123", decision: Reject, kinds: []Kind{KindSpam}},
		{name: "an address on the first reading", text: "Please contact Mrs Wojcikowska at 31 fairfield close about the fence.", decision: Publish},
		{name: "no address in brackets", text: "write to <a@.com> please", kinds: []Kind{KindMarkup}},
		{name: "a name many bear", text: "Mi vecino Juan Carlos Gómez pone la música a todo volumen.", decision: Publish, kinds: []Kind{KindPersonName}, gone: []string{"Gómez"}},
	})
}
