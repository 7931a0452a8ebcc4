package moderation

import "testing"

// TestEngineThreatsOfRound24: death wished outright or left unsaid
// ("nobody would miss her"), SMS French without its ne, fear promised,
// harms wished that the lists lacked; and what stays published: a thing
// nobody would miss, a fine got rid of, a writer who will burst, and a
// threat a man made, reported.
func TestEngineThreatsOfRound24(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a death wished outright", text: "Je te souhaite une mort bien lente, toi et ton bureau.", decision: Reject, kinds: threat},
		{name: "go die", text: "Go die, the lot of you at the benefits office.", decision: Reject, kinds: threat},
		{name: "va crever", text: "Va crever avec ton dossier incomplet.", decision: Reject, kinds: threat},
		{name: "no ne before réponds", text: "Si mon APL tombe pas vendredi je réponds plus de mes actes.", decision: Reject, kinds: threat},
		{name: "fear promised", text: "The manager who closed my claim will learn what fear is.", decision: Reject, kinds: threat},
		{name: "a clerk nobody would miss", text: "Honestly no one would miss that clerk at the front desk.", decision: Reject, kinds: threat},
		{name: "personne ne regretterait", text: "Personne ne regretterait la directrice du centre des impôts, croyez-moi.", decision: Reject, kinds: threat},
		{name: "a building bombed, wished", text: "I hope your jobcentre gets bombed one of these days.", decision: Reject, kinds: threat},
		{name: "a ceiling caving in, wished", text: "I hope the ceiling caves in on you and your useless team.", decision: Reject, kinds: threat},
		{name: "covid and death, wished in SMS", text: "hope u get covid n die", decision: Reject, kinds: threat},
		{name: "a thing nobody would miss", text: "Nobody would miss the old paper form, the online one is far better.", decision: Publish, absent: threat},
		{name: "a fine got rid of", text: "Je vais faire sauter l'amende, j'ai la preuve que la voiture était vendue.", decision: Publish, absent: threat},
		{name: "a writer who will burst", text: "Je vais exploser si on me redemande encore le même justificatif.", decision: Publish, absent: threat},
		{name: "a threat reported with said he'd", text: "A man at the counter said he'd burn the whole place down. The guard calmed him down quickly.", decision: Publish, absent: threat},
		{name: "waiting outside at the end of a shift", text: "I will be waiting outside the depot when you clock off, mate.", decision: Reject, kinds: threat},
		{name: "waiting outside for the office to open", text: "I will be waiting outside the office at 9am when it opens, with all my documents.", decision: Publish, absent: threat},
		{name: "an appointment nobody would miss", text: "No one would miss their appointment if the letters arrived on time.", decision: Publish, absent: threat},
		{name: "a former director nobody would miss", text: "Personne ne regretterait l'ancien directeur, le nouveau est bien plus à l'écoute.", decision: Publish, absent: threat},
		{name: "a report, then the writer's own threat", text: "A man in the queue said he'd come back. I will burn this office down if you refuse again.", decision: Reject, kinds: threat},
		{name: "an old man who died", text: "I hope the family of the man who died in the waiting room gets answers.", decision: Publish, absent: threat},
	})
}

// TestReportedIsLocal: a report word covers its sentence and the two
// after it, not a whole text: a threat of the writer's own a paragraph
// later is his.
func TestReportedIsLocal(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a threat reported", text: "Un usager a crié qu'il allait brûler la mairie. Les agents ont gardé leur calme.", decision: Publish, absent: threat},
		{name: "a threat of one's own after a report", text: "Un usager a crié qu'il allait revenir. Les agents ont appelé la police. Ils ont bien fait. Je le dis franchement.\n\nMoi, si mon dossier n'avance pas, je vais brûler la mairie.", decision: Reject, kinds: threat},
	})
}

// TestEngineNamesOfRound24: names after initials and after a word that
// introduces a writer, plural and Singaporean titles, French verbs of
// naming; and places named after people that a place word ends, after a
// comma too ("the John Radcliffe Hospital, Dr …").
func TestEngineNamesOfRound24(t *testing.T) {
	name := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "an initial after signed by", text: "The decision letter signed by T. Achterberg was clear and fair.", decision: Publish, gone: []string{"Achterberg"}, kinds: name},
		{name: "two initials after a title", text: "Dr M. J. Thistlewood at the clinic explained the scan results.", decision: Publish, gone: []string{"Thistlewood"}, kinds: name},
		{name: "an initial after par", text: "Courrier signé par P. Kerjean, très clair sur les délais.", decision: Publish, gone: []string{"Kerjean"}, kinds: name},
		{name: "an initial ending a sentence", text: "We chose plan B. Everything went smoothly after that.", decision: Publish, kept: []string{"Everything"}, absent: name},
		{name: "an acronym with dots", text: "The U.S. Embassy answered my visa question in two days.", decision: Publish, kept: []string{"Embassy"}, absent: name},
		{name: "un dénommé", text: "Le conseiller, un dénommé Quéméner, m'a bien aidé.", decision: Publish, gone: []string{"Quéméner"}, kinds: name},
		{name: "qu'on surnomme", text: "Le gardien, qu'on surnomme Titou, a réparé la porte du hall.", decision: Publish, gone: []string{"Titou"}, kinds: name},
		{name: "Drs", text: "Drs Okafor and the whole team at the ward were excellent.", decision: Publish, gone: []string{"Okafor"}, kinds: name},
		{name: "Mdm", text: "Mdm Seah at the community centre helped me book the jab.", decision: Publish, gone: []string{"Seah"}, kinds: name},
		{name: "a place word after a comma", text: "At the Florence Nightingale Hospital, the nurses were kind.", decision: Publish, kept: []string{"Florence Nightingale Hospital"}},
		{name: "heights", text: "The library in Jackson Heights reopened with longer hours.", decision: Publish, kept: []string{"Jackson Heights"}},
		{name: "a line", text: "The Victoria line was closed but staff guided us well.", decision: Publish, kept: []string{"Victoria line"}},
		{name: "goes by", text: "The librarian, who goes by Dottie, runs the best homework club.", decision: Publish, gone: []string{"Dottie"}, kinds: name},
		{name: "calls him", text: "Everyone calls him Smudger, the lollipop man at the school.", decision: Publish, gone: []string{"Smudger"}, kinds: name},
		{name: "nicknamed", text: "The caretaker, nicknamed Bubbles, fixed the heating in a day.", decision: Publish, gone: []string{"Bubbles"}, kinds: name},
		{name: "called him Sir", text: "The children called him Sir and he loved it.", decision: Publish, kept: []string{"Sir"}, absent: name},
		{name: "went by a town", text: "I went by Leeds on the way to the tribunal.", decision: Publish, kept: []string{"Leeds"}, absent: name},
		{name: "a part of a form", text: "Please complete Part C. Answers must be in ink.", decision: Publish, kept: []string{"Answers"}, absent: name},
		{name: "a virtue said by a driver", text: "Patience, said the volunteer driver, is the key to this job.", decision: Publish, kept: []string{"Patience"}, absent: name},
		{name: "a shop that lowered its prices", text: "Leclerc a baissé ses prix sur les fournitures scolaires.", decision: Publish, kept: []string{"Leclerc"}, absent: name},
		{name: "a park after at", text: "The playground at Lincoln Park was repaired quickly.", decision: Publish, kept: []string{"Lincoln Park"}},
	})
}

// TestEngineNamesInContextOfRound24: first names that are words, set off
// before a role further on or followed by where they work further on; a
// known surname, subject of a French perfect; the other spelling given
// first; lists after plural titles of doctors; and what stays.
func TestEngineNamesInContextOfRound24(t *testing.T) {
	name := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a role four words on", text: "Hope, the friendly school crossing warden, retires this week.", decision: Publish, gone: []string{"Hope"}, kinds: name},
		{name: "a role five words on", text: "Grace, my daughter's new key worker, called us back.", decision: Publish, gone: []string{"Grace"}, kinds: name},
		{name: "a French job the list lacked", text: "Ambroise, brancardier aux urgences, a été d'une grande douceur.", decision: Publish, gone: []string{"Ambroise"}, kinds: name},
		{name: "a team four words on", text: "Will from the council housing repairs team came the same day.", decision: Publish, gone: []string{"Will"}, kinds: name},
		{name: "a surname subject of a perfect", text: "À l'accueil, Lemaire a vérifié toutes mes pièces.", decision: Publish, gone: []string{"Lemaire"}, kinds: name},
		{name: "a surname subject of a pluperfect", text: "Le dossier est bouclé. Girard avait promis de me rappeler et il l'a fait.", decision: Publish, gone: []string{"Girard"}, kinds: name},
		{name: "the other spelling first", text: "Many thanks to Jazmyn (or Jasmine?) at the tax office.", decision: Publish, gone: []string{"Jazmyn", "Jasmine"}, kinds: name},
		{name: "les docteurs", text: "Les docteurs Kaddouri et Ferhat ont été très humains.", decision: Publish, gone: []string{"Kaddouri", "Ferhat"}, kinds: name},
		{name: "Drs with an unknown second", text: "Drs Whitfield and Oduya explained the surgery twice.", decision: Publish, gone: []string{"Whitfield", "Oduya"}, kinds: name},
		{name: "after l'interne and a comma", text: "L'interne, Benhamou je crois, a rassuré tout le monde.", decision: Publish, gone: []string{"Benhamou"}, kinds: name},
		{name: "a town subject of a perfect", text: "Laval a voté le budget des écoles hier soir.", decision: Publish, kept: []string{"Laval"}, absent: name},
		{name: "les docteurs before a place", text: "Les docteurs de l'hôpital Necker sont formidables.", decision: Publish, kept: []string{"Necker"}, absent: name},
		{name: "Doctors Without Borders", text: "Doctors Without Borders helped at the camp.", decision: Publish, kept: []string{"Without Borders"}, absent: name},
		{name: "a medicine called interne", text: "Le service de médecine interne du CHU est très bien organisé.", decision: Publish, kept: []string{"interne"}, absent: name},
	})
}

// TestEngineReportedNameCallingOfRound24: what someone else called a
// person, with the words of the report around the insult (German) or a
// shout reported with "that" (Italian, Portuguese), is no insult of the
// writer's; the same words said by the writer are.
func TestEngineReportedNameCallingOfRound24(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "hat mich … genannt", text: "Ein Kunde hat mich gestern vor allen Leuten eine blöde Ziege genannt. Die Kollegen haben mir geholfen.", decision: Publish, absent: abuse},
		{name: "ha urlato che", text: "Un signore ha urlato che l'impiegata era una vacca, lei è rimasta calma. Brava.", decision: Publish, absent: abuse},
		{name: "gritou que", text: "Um senhor gritou que o funcionário era um porco, mas ele manteve a calma.", decision: Publish, absent: abuse},
		{name: "a traité l'agent de", text: "Un monsieur a traité l'agent d'abruti devant nous, l'agent est resté calme.", decision: Publish, absent: abuse},
		{name: "called the receptionist", text: "A man called the receptionist an idiot, she stayed calm, fair play.", decision: Publish, absent: abuse},
		{name: "a name between", text: "A man called the receptionist Jane an idiot in front of everyone.", decision: Review, kinds: abuse},
		{name: "called, then a comma", text: "I called the receptionist, an idiot answered and hung up.", decision: Review, kinds: abuse},
		{name: "called a helpline, then an insult", text: "I called the helpline, what an idiot that man was.", decision: Review, kinds: abuse},
		{name: "an animal who acts", text: "The carers on the ward are heartless harpies who leave the old folk in bed.", decision: Review, kinds: abuse},
		{name: "a dog who bit", text: "Our neighbour's dog who bit me was never found by the council warden.", decision: Publish, absent: abuse},
		{name: "blue tits", text: "The council cut the hedge in nesting season, a family of blue tits lost their nest.", decision: Publish, absent: abuse},
		{name: "a finger-prick test", text: "Went for a finger-prick blood test and waited 50 minutes past my slot.", decision: Publish, absent: abuse},
		{name: "the writer looked a fool", text: "J'ai eu l'air d'un idiot en oubliant mon RIB, l'agent a été patient.", decision: Publish, absent: abuse},
		{name: "the writer's own, after hat mich", text: "Der Beamte hat mich warten lassen, so eine blöde Ziege.", decision: Review, kinds: abuse},
		{name: "the writer's own, in Italian", text: "L'impiegata era una vacca, mi ha trattato malissimo.", decision: Review, kinds: abuse},
	})
}

// TestEnginePersonalDataOfRound24: e-mails in braces, after "at" with a
// dotted local part, typed with a space around every sign; phones after
// "rappelé", in words with pairs of digits; American and British
// numbers announced (SSN, UTR), a National Insurance number in hyphens;
// plates British and glued; and the addresses of public places kept.
func TestEnginePersonalDataOfRound24(t *testing.T) {
	pii := []Kind{KindPersonalData}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "an e-mail in braces", text: "Écrivez-moi à lilas.bleu{arobase}orange.fr pour les pièces.", decision: Publish, gone: []string{"lilas.bleu", "orange.fr"}, kinds: pii},
		{name: "an e-mail after at", text: "Reply to river.stone at outlook.com please, not by post.", decision: Publish, gone: []string{"river.stone", "outlook.com"}, kinds: pii},
		{name: "an e-mail spaced", text: "Le formulaire refuse mon adresse, je l'écris marie . claire @ sfr . fr sur papier.", decision: Publish, gone: []string{"marie . claire @ sfr . fr"}, kinds: pii},
		{name: "a site after at", text: "The form is available at gov.uk since Monday.", decision: Publish, kept: []string{"gov.uk"}, absent: pii},
		{name: "a phone after rappelé", text: "Personne ne m'a rappelé au 07/61/23/45/89 malgré la promesse.", decision: Publish, gone: []string{"07/61/23/45/89"}, kinds: pii},
		{name: "a phone in words and pairs", text: "Mon numéro c'est zéro six 21 quarante-trois 88 17, merci.", decision: Publish, gone: []string{"quarante-trois 88 17"}, kinds: pii},
		{name: "words and pairs that are amounts", text: "J'ai payé deux cent 45 euros puis trois 12 fois.", decision: Publish, kept: []string{"deux cent 45"}, absent: pii},
		{name: "an SSN in groups", text: "The form asked for my SSN so I typed 471 28 3390 twice.", decision: Publish, gone: []string{"471 28 3390"}, kinds: pii},
		{name: "a UTR", text: "Unique Taxpayer Reference 8291047365 is on my letter.", decision: Publish, gone: []string{"8291047365"}, kinds: pii},
		{name: "an NI number in hyphens", text: "My NI number is JT-44-81-27-C and HMRC still has it wrong.", decision: Publish, gone: []string{"JT-44-81-27-C"}, kinds: pii},
		{name: "a British plate spaced", text: "The DVLA still lists FD63 KLP under the old keeper after six weeks.", decision: Publish, gone: []string{"FD63 KLP"}, kinds: pii},
		{name: "a French plate glued", text: "Amende pour le véhicule GT482KL alors que je l'avais vendu.", decision: Publish, gone: []string{"GT482KL"}, kinds: pii},
		{name: "a postcode", text: "The office moved to LS6 1AB, form SA100 is still needed.", decision: Publish, kept: []string{"LS6 1AB", "SA100"}, absent: pii},
		{name: "a jobcentre's address", text: "The Jobcentre at 14 Mill Street closes at 4pm now.", decision: Publish, kept: []string{"14 Mill Street"}, absent: pii},
		{name: "the writer's address after a service", text: "Envoyez-moi les papiers de la CAF au 12 rue des Lilas, 75011 Paris.", decision: Publish, gone: []string{"12 rue des Lilas"}, kinds: pii},
		{name: "an address a council sent bailiffs to", text: "The council sent the bailiffs to 7 Bramble Close, Swindon, by mistake.", decision: Publish, gone: []string{"7 Bramble Close"}, kinds: pii},
		{name: "a price at a shop's site", text: "I paid 3.50 at amazon.co.uk for the printed form.", decision: Publish, kept: []string{"3.50 at amazon.co.uk"}, absent: pii},
		{name: "an at sign for at", text: "I was @ work . At 9 nobody answered the phone.", decision: Publish, kept: []string{"work . At 9"}, absent: pii},
		{name: "a dotted local part, spaced", text: "Mon adresse : jean.dupont @ free . fr, le site refuse.", decision: Publish, gone: []string{"jean.dupont", "free . fr"}, kinds: pii},
		{name: "a hamlet and its postcode", text: "J'habite Lieu-dit Les Combes, 12300 Decazeville, et le facteur se perd.", decision: Publish, gone: []string{"Les Combes", "12300 Decazeville"}, kinds: pii},
		{name: "a cottage and its postcode", text: "I live at Ivy Cottage, Mill Lane, Keswick CA12 4PQ, and couriers never find it.", decision: Publish, gone: []string{"Ivy Cottage", "CA12 4PQ"}, kinds: pii},
		{name: "a town and its postcode", text: "J'habite à Lyon, 69003 Lyon, depuis trois ans.", decision: Publish, kept: []string{"69003 Lyon"}, absent: pii},
		{name: "her address", text: "My dad's GP has her address wrong: 22 Ash Grove, Leeds, since the NHS update.", decision: Publish, gone: []string{"22 Ash Grove"}, kinds: pii},
	})
}

// TestEngineContemptOfRound24: an animal or a thing set apart after a
// person with an article and a word or two ("the team manager, a smarmy
// weasel", "Council clerk: a sentient potato"), contempt of set phrases
// and slang; and what stays: a real animal after a person, a word of
// contempt said of a form.
func TestEngineContemptOfRound24(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "an animal set apart with an adjective", text: "The housing officer, a sneering weasel, closed my file.", decision: Review, kinds: abuse},
		{name: "a thing after a colon", text: "Jobcentre adviser: a talking potato with a clipboard.", decision: Review, kinds: abuse},
		{name: "a set phrase", text: "La conseillère est bête comme ses pieds, elle a tout mélangé.", decision: Review, kinds: abuse},
		{name: "Australian slang", text: "Rang the office and got some drongo who hung up on me.", decision: Review, kinds: abuse},
		{name: "a vet and a real animal", text: "The vet, a lovely woman, saved our old goat.", decision: Publish, absent: abuse},
		{name: "a farmer's animals", text: "Le technicien, un homme patient, a compté nos sangliers d'élevage.", decision: Publish, absent: abuse},
		{name: "a form said silly", text: "Le formulaire est niaiseux, il efface tout si on recule d'une page.", decision: Publish, absent: abuse},
		{name: "women out of place at work", text: "Women have no business in the planning office, they cannot read a plan.", decision: Reject, kinds: abuse},
		{name: "disabled people a drain", text: "Disabled people are a drain on the country, stop the handouts.", decision: Reject, kinds: abuse},
		{name: "wheelchair users told to stay home", text: "Les gens en fauteuil n'ont qu'à rester chez eux au lieu de bloquer l'accueil.", decision: Reject, kinds: abuse},
		{name: "the skills of a paper bag", text: "The office manager has the organisational skills of a wet paper bag.", decision: Review, kinds: abuse},
		{name: "the empathy of a saint", text: "The doctor has the empathy of a saint, thank you.", decision: Publish, absent: abuse},
		{name: "the charm of a form", text: "The new website has the charm of a tax form, but it works.", decision: Publish, absent: abuse},
		{name: "a ramp for wheelchair users", text: "Les personnes en fauteuil ont enfin une rampe à la mairie, bravo.", decision: Publish, absent: abuse},
		{name: "a pipe that needs fixing", text: "The women's toilets at the jobcentre need fixing, the tap leaks.", decision: Publish, absent: abuse},
	})
}
