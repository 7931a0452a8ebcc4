package moderation

import (
	"testing"
)

// TestEngineReceivedThreatsOfRound43: a threat the writer received ("I
// got a note saying '…'"), told as a report by a reaction before "but"
// ("J'ai déposé plainte mais personne ne m'a rappelé"). Not the writer's
// own words, nor a report with no reaction.
func TestEngineReceivedThreatsOfRound43(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a note received, reported", text: "After I complained about the noise I got a letter saying 'you'll regret this'. I reported it to the police but nobody has come back to me.", decision: Publish, absent: []Kind{KindThreat, KindAbuse}},
		{name: "a message received, a complaint filed", text: "Ma fille a reçu un SMS disant « on va brûler ta voiture ». Nous avons porté plainte à la gendarmerie mais on attend toujours.", decision: Publish, absent: []Kind{KindThreat, KindAbuse}},
		{name: "the writer's own words", text: "I got so angry I told him 'you'll regret this'. The police came but did nothing.", decision: Reject, kinds: threat},
		{name: "received, nothing done about it", text: "J'ai reçu un message disant « on va brûler ta voiture ». Voilà.", decision: Review, kinds: []Kind{KindAbuse}},
	})
}

// TestEnginePremiumLinesOfRound43: a premium-rate line priced by the
// minute passed on as the way to reach a service (French 08 9x, British
// 09). Not one the writer paid for or warns of, nor a public line's price.
func TestEnginePremiumLinesOfRound43(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "French line", text: "Pour joindre la préfecture plus vite, composez le 08 92 68 12 34, 3,50 € la minute, réponse garantie.", decision: Review, kinds: spam},
		{name: "British line", text: "Council tax queries take ages. Ring the fast-track line 0909 876 5432 (£2.50 per minute), they sort it in a day.", decision: Review, kinds: spam},
		{name: "a price paid", text: "Le site m'a renvoyé vers le 08 99 12 34 56 qui m'a coûté 2,99 €/min pour rien.", decision: Publish, absent: spam},
		{name: "a warning", text: "Attention, le 0899 234 567 à 3 €/min n'est pas la CAF, c'est une arnaque.", decision: Publish, absent: spam},
		{name: "a public line's price", text: "Le 3949 coûte 0,15 €/min depuis un fixe, le site est gratuit.", decision: Publish, absent: spam},
	})
}

// TestEngineInsultsOfRound43: "un mal élevé" as a noun, the petty boss in
// the feminine, Roman "cojone", the pigeon playing chess. Not the
// adjective "incapable de", a child playing the cook, Spanish "cojones"
// at a thing, nor petrol brought for a mower.
func TestEngineInsultsOfRound43(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a noun of incapacity", text: "Le conseiller qui m'a reçu est un incapable, trois rendez-vous pour rien.", decision: Review, kinds: abuse},
		{name: "a boor", text: "L'agent d'accueil, un mal élevé qui ne dit même pas bonjour.", decision: Review, kinds: abuse},
		{name: "the petty boss", text: "À la cantine, la responsable est une vraie petite cheffe avec les parents.", decision: Review, kinds: abuse},
		{name: "a child playing the cook", text: "Ma fille de 7 ans a joué la petite cheffe à l'atelier cuisine de la médiathèque, merci !", decision: Publish, absent: abuse},
		{name: "Roman cojone", text: "Er vigile der municipio è 'n cojone, m'ha buttato fuori.", decision: Review, kinds: abuse},
		{name: "chess with a pigeon", text: "Arguing with that caseworker is like playing chess with a pigeon.", decision: Review, kinds: abuse},
		{name: "the adjective", text: "Le service est incapable de me dire où en est mon dossier.", decision: Publish, absent: abuse},
		{name: "Spanish cojones at a thing", text: "Estoy hasta los cojones de esperar la cita.", absent: abuse},
		{name: "petrol for a mower", text: "Für den Rasenmäher im Gemeinschaftsgarten bringe ich das Benzin mit, die Stadt muss nur den Schuppen aufschließen.", decision: Publish, absent: []Kind{KindThreat}},
	})
}

// TestEngineNamesOfRound43: Italian titles of engineers and lawyers,
// madame and monsieur typed short, a first name signing a shouted text.
// Not a role without a name, nor a shouted text ending on a word.
func TestEngineNamesOfRound43(t *testing.T) {
	name := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "ingegner", text: "L'ingegner Bassani dell'ufficio tecnico ci ha aiutato molto.", decision: Publish, kinds: name, gone: []string{"Bassani"}},
		{name: "avvocato", text: "Ho parlato con l'avvocato Ferri del patronato, gentilissimo.", decision: Publish, kinds: name, gone: []string{"Ferri"}},
		{name: "mdme", text: "jai vu mdme kone a la caf elle ma bien aide", decision: Publish, kinds: name, gone: []string{"kone"}},
		{name: "msieur", text: "msieur durand ma raccroche au nez deux fois", decision: Publish, kinds: name, gone: []string{"durand"}},
		{name: "a role alone", text: "L'avvocato del comune non ha mai risposto alla mia lettera.", decision: Publish, absent: name},
		{name: "shouted, signed", text: "MERCI AUX POMPIERS VENUS POUR MA MÈRE CETTE NUIT. VOUS ÊTES FORMIDABLES. MONIQUE", decision: Review, kinds: []Kind{KindPersonName, KindShouting}, gone: []string{"MONIQUE"}},
		{name: "shouted, ending on a word", text: "WE WANT OUR BUS BACK. THE 42 TO PRESTON IS GONE. JUSTICE", decision: Review, kinds: []Kind{KindShouting}, absent: name},
	})
}

// TestEngineSlimmingPillsOfRound43: a slimming product slipped into a
// review with a shop's link and free delivery. Not a doctor's advice to
// slim with a public site.
func TestEngineSlimmingPillsOfRound43(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "capsules and free delivery", text: "Pratica chiusa in fretta all'INPS. Per l'estate: pillole dimagranti su snellaoggi-store.it, spedizione gratis!", decision: Review, kinds: spam},
		{name: "free delivery and a shop", text: "Comune efficiente. PS: tisane depurative su erbefelici-shop.it, spedizione gratis!", decision: Review, kinds: spam},
		{name: "a doctor's advice", text: "Il medico dell'ASL mi ha consigliato di dimagrire, il centro nutrizionale è ottimo: www.asl.roma1.it", decision: Publish, absent: spam},
		{name: "a passport sent free", text: "Ordinato il passaporto online, spedizione gratis a casa tramite Poste: www.poste.it", decision: Publish, absent: spam},
	})
}

// TestEngineThreatsRejectedOfRound43: threats the rules now reject that the
// threat model only sent to a moderator: blows promised to someone in the
// third person, a head kicked in, leaving in pieces, a lesson by the
// writer's own hands, a visit not forgotten, the school of someone's
// children known. Not the same words reported with what was done.
func TestEngineThreatsRejectedOfRound43(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "blows, third person", text: "Le type de l'accueil, la prochaine fois que je le croise dehors je le défonce.", decision: Reject, kinds: threat},
		{name: "a circuit beaten", text: "Le nouveau parcours sportif du parc est top, le circuit je le défonce tous les matins", decision: Publish, absent: threat},
		{name: "head kicked in", text: "That housing officer comes near my flat again and he's getting his head kicked in.", decision: Reject, kinds: threat},
		{name: "leave in pieces", text: "Send another enforcement agent round and he'll leave in pieces.", decision: Reject, kinds: threat},
		{name: "own hands", text: "I'll go down there and teach your assessor a lesson with my own hands.", decision: Reject, kinds: threat},
		{name: "a visit", text: "If the grant is refused again I'll find the manager and pay him a visit he won't forget.", decision: Reject, kinds: threat},
		{name: "a visit remembered", text: "Thank you to the fire brigade for showing my gran round the station, a visit she won't forget", decision: Publish, absent: threat, modelReviews: true},
		{name: "the school known", text: "Dites à votre gestionnaire que je connais l'école de son fils.", decision: Reject, kinds: threat},
		{name: "reported with what was done", text: "Un usager a crié « je le défonce » en parlant de l'agent. La sécurité l'a fait sortir.", decision: Publish, absent: threat},
	})
}

// TestEngineDroppedJeOfRound43: French typed on a phone drops the e of
// "je" before a consonant; every French term with "je" is read so too
// ("jte plante", "j vais te retrouver"). Not an oath nor a complaint so
// typed.
func TestEngineDroppedJeOfRound43(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "glued", text: "la prochaine fois que tu me parles comme ca jte plante", decision: Reject, kinds: threat},
		{name: "apart", text: "j te plante si tu me refuses encore le dossier", decision: Reject, kinds: threat},
		{name: "an oath", text: "jte jure c la 3e fois que jappelle la caf pr rien", decision: Publish, absent: threat},
		{name: "a complaint", text: "jvais encore devoir poser une journee pr aller a la prefecture", decision: Publish, absent: threat},
	})
}

func TestDroppedJe(t *testing.T) {
	for _, tc := range []struct{ in, short, glued string }{
		{"je te plante", "j te plante", "jte plante"},
		{"si je te vois", "si j te vois", "si jte vois"},
		{"je vais te tuer", "j vais te tuer", "jvais te tuer"},
	} {
		short, glued, ok := droppedJe(tc.in)
		if !ok || short != tc.short || glued != tc.glued {
			t.Errorf("droppedJe(%q) = %q, %q, %v", tc.in, short, glued, ok)
		}
	}
	for _, in := range []string{"je aime", "jeter", "ouvre je", "deje te"} {
		if _, _, ok := droppedJe(in); ok {
			t.Errorf("droppedJe(%q) is ok", in)
		}
	}
}

// TestEngineLivingOnOthersOfRound43: a group said to profit from benefits
// in slang or to live on the backs of others is hate. Not a fact of who
// receives which benefit.
func TestEngineLivingOnOthersOfRound43(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "allocs", text: "ces arabes ils profitent des allocs et nous on paye", decision: Reject, kinds: abuse},
		{name: "on our backs", text: "les migrants vivent sur notre dos, faut arreter", decision: Reject, kinds: abuse},
		{name: "our taxes", text: "Gypsies living off our taxes again, and the council does nothing.", decision: Reject, kinds: abuse},
		{name: "a fact", text: "Les réfugiés ukrainiens vivent des aides en attendant un travail, l'association les aide bien.", decision: Publish, absent: abuse},
		{name: "benefits used", text: "Les réfugiés profitent des aides de la mairie pour apprendre le français, merci.", decision: Publish, absent: abuse},
	})
}

// TestEngineLowerAddressesOfRound43: a home's address typed in small
// letters after a word saying someone lives there ("i live at 14 elm
// grove"), and a German street cut short ("ich wohne lindenstr. 14"). Not
// a number and a street word with no such word, nor "Str." ending a
// sentence with no home named.
func TestEngineLowerAddressesOfRound43(t *testing.T) {
	pd := []Kind{KindPersonalData}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "english, lives", text: "my nan lives at 27 oak grove, hull and nobody from adult social care has been", decision: Publish, kinds: pd, gone: []string{"27 oak grove"}},
		{name: "english, live at", text: "i live at 3 mill lane and the bins havent been emptied in 3 weeks", decision: Publish, kinds: pd, gone: []string{"3 mill lane"}},
		{name: "german, cut short", text: "ich wohne bahnhofstr. 12, 04109 leipzig und der brief kam nie an", decision: Publish, kinds: pd, gone: []string{"bahnhofstr. 12"}},
		{name: "german, capitalised", text: "Ich wohne Lindenstr. 14, der Bescheid kam trotzdem an die alte Adresse.", decision: Publish, kinds: pd, gone: []string{"Lindenstr. 14"}},
		{name: "no home said", text: "my 2 kids close the door when the social worker comes", decision: Publish, absent: pd},
		{name: "a street ending a sentence", text: "Wir standen in der Hauptstr. 5 Minuten später kam der Bus.", decision: Publish, absent: pd},
	})
}

// TestEngineLowerNamesOfRound43: names typed in small letters: a
// relative's first name that is a word too after a possessive ("my
// daughter lily"), a particle and a surname after "m." ("m. dos santos"),
// N' before a consonant after a title ("mme n'diaye"); a saint abbreviated
// with a full stop names a place ("Krankenhaus St. Georg"). Not N' before
// a vowel ("mme n'a pas rappelé"), nor a street's "St." ending a sentence.
func TestEngineLowerNamesOfRound43(t *testing.T) {
	name := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "daughter lily", text: "the walk in centre was great with my daughter lily, shame about the wait", decision: Publish, kinds: name, gone: []string{"lily"}},
		{name: "mum jean", text: "my mum jean has dementia and no one came to assess her", decision: Publish, kinds: name, gone: []string{"jean"}},
		{name: "m. dos santos", text: "merci a la carsat de me rappeler. m. dos santos", decision: Publish, kinds: name, gone: []string{"santos"}},
		{name: "mme n'diaye", text: "mme n'diaye de la caf de sevran super sympa", decision: Publish, kinds: name, gone: []string{"diaye"}},
		{name: "n' before a vowel", text: "la mme n'a pas rappelé depuis lundi", decision: Publish, absent: name},
		{name: "saint abbreviated", text: "Krankenhaus St. Georg, Notaufnahme: 7 Stunden Wartezeit.", decision: Publish, absent: name, kept: []string{"St. Georg"}},
		{name: "a street ending a sentence", text: "I went to the council on Main St. Sarah at the desk was great.", decision: Publish, kinds: name, gone: []string{"Sarah"}},
	})
}

// TestEngineTextedThreatsOfRound43: English typed on a phone ("ur", "u",
// "im") reads as the lexicon's terms; a bat the writer brings, a face
// rearranged, waiting outside someone's home, walking home alone. Not a
// bat brought for children, nor "ur" and "u" in thanks.
func TestEngineTextedThreatsOfRound43(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "ur dead", text: "ur dead if my claim gets refused again", decision: Reject, kinds: threat},
		{name: "know where u live", text: "i know where u live mate", decision: Reject, kinds: threat},
		{name: "a bat", text: "ill be coming back with a bat, lets see how brave ur guard is", decision: Reject, kinds: threat},
		{name: "a bat detector", text: "Great bat walk at the nature reserve! Next time im bringing a bat detector for my son", decision: Publish, absent: threat, modelReviews: true},
		{name: "portrait", text: "si elle refuse encore jlui refais le portrait", decision: Reject, kinds: threat},
		{name: "outside her home", text: "dites a la gestionnaire que je vais l attendre devant chez elle", decision: Reject, kinds: threat},
		{name: "walking home", text: "tell ur advisor she better not be walking home alone", decision: Reject, kinds: threat},
		{name: "a bat for children", text: "I'll bring a bat and ball for the kids at the summer club.", decision: Publish, absent: threat},
		{name: "thanks", text: "thank u so much, ur the best team at the council", decision: Publish, absent: threat},
	})
}

func TestTextedEnglish(t *testing.T) {
	for _, tc := range []struct{ in, out string }{
		{"i know where you live", "i know where u live"},
		{"you re dead", "ur dead"},
		{"your days are numbered", "ur days are numbered"},
		{"i m bringing a bat", "im bringing a bat"},
	} {
		if got, ok := textedEnglish(tc.in); !ok || got != tc.out {
			t.Errorf("textedEnglish(%q) = %q, %v", tc.in, got, ok)
		}
	}
	if _, ok := textedEnglish("je vais te tuer"); ok {
		t.Error("textedEnglish changed a French term")
	}
}

// TestEngineLowerNIEOfRound43: a Spanish NIE typed in small letters, its
// letter checked. Not one whose letter does not check.
func TestEngineLowerNIEOfRound43(t *testing.T) {
	pd := []Kind{KindPersonalData}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "small letters", text: "cambie de banco y la seguridad social sigue pagando al viejo, mi nie x2481937f", decision: Publish, kinds: pd, gone: []string{"x2481937f"}},
		{name: "letter wrong", text: "el codigo del paquete es x2481937g, llego tarde", decision: Publish, absent: pd},
	})
}

// TestEngineAllOfAGroupOfRound43: a quantifier before a group that is then
// said to be something bad ("All immigrants are criminals", "Alle
// Ausländer sind kriminell", "die ganzen Ausländer im Amt sind faul"), and
// German typed without umlauts. Not denied, not a judgement further on,
// not a praise, not a treatment complained of.
func TestEngineAllOfAGroupOfRound43(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "all are", text: "All immigrants are criminals, the council should stop housing them.", decision: Reject, kinds: abuse},
		{name: "alle sind", text: "Alle Türken sind faul, das sieht man im Jobcenter.", decision: Reject, kinds: abuse},
		{name: "die ganzen, no umlaut", text: "die ganzen auslaender im amt sind faul und kriminell", decision: Reject, kinds: abuse},
		{name: "todos son", text: "todos los gitanos son ladrones, lo digo yo", decision: Reject, kinds: abuse},
		{name: "denied", text: "Not all immigrants are criminals, stop repeating that at the counter.", decision: Publish, absent: abuse},
		{name: "further on", text: "all migrants are victims of criminals who sell fake appointments", decision: Publish, absent: abuse},
		{name: "praise", text: "Die ganzen Ausländer im Amt sind sehr freundlich zu uns.", decision: Publish, absent: abuse},
		{name: "an umlaut spelled in an insult", text: "der sachbearbeiter ist ein bloedmann, hat meinen antrag verloren", decision: Review, kinds: abuse},
	})
}

// TestEnginePhoneSwearingOfRound43: swearing typed on a phone ("fkn",
// "wankr"), English "fuck" in French at a thing, "de mes deux" after a
// noun of contempt, "je dis ça je dis rien" after a weapon, coming back
// to break everything; overcharged ("se faire égorger sur le prix") is an
// idiom; a quoted threat whose receiver was in tears is a report.
func TestEnginePhoneSwearingOfRound43(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "fkn", text: "fkn website logs me out every 2 mins", decision: Review, kinds: []Kind{KindProfanity}},
		{name: "fuck in French", text: "fuck la dematerialisation, ma grand mere peut pas faire ses demarches", decision: Review, kinds: []Kind{KindProfanity}},
		{name: "wankr", text: "the traffic warden on mill st is a wankr", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "de mes deux", text: "la conseillere cette incapable de mes deux rappelle jamais", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "a weapon, je dis rien", text: "pas de logement? ok, g un fusil a la maison, jdis ca jdis rien", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "break everything", text: "la semaine pro jreviens et jcasse tout a la cpam", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "overcharged", text: "on s est fait egorger sur le prix de la cantine cette annee, +30%", decision: Publish, absent: []Kind{KindThreat, KindAbuse}},
		{name: "tears", text: "un usager a dit a la conseillere « je vais t attendre a la sortie ». elle etait en larmes la pauvre, elle a fini mon rdv quand meme.", decision: Publish, absent: []Kind{KindThreat, KindAbuse}},
	})
}

// TestEngineSentBackOfRound43: a group sent back as typed ("send em
// back"), said to come for handouts, to be all groomers or to ruin
// schools. Not cuts said to ruin schools.
func TestEngineSentBackOfRound43(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "send em back", text: "these migrants at the housing office jumping the queue, send em back", decision: Reject, kinds: abuse},
		{name: "handouts", text: "refugees only come here for handouts, the council should say no", decision: Reject, kinds: abuse},
		{name: "groomers", text: "gays are all groomers, keep them away from my kids", decision: Reject, kinds: abuse},
		{name: "cuts", text: "cuts are ruining schools in our area, the council must act", decision: Publish, absent: abuse},
	})
}

// TestEngineReviewMendsOfRound43: fair texts a review's probes found held
// or masked by the round's first rules, and the variants it found missed.
func TestEngineReviewMendsOfRound43(t *testing.T) {
	abuse, threat, spam := []Kind{KindAbuse}, []Kind{KindThreat}, []Kind{KindSpam}
	name, pd := []Kind{KindPersonName}, []Kind{KindPersonalData}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "generalisation denied after the group", text: "Alle Ausländer sind keine Verbrecher, hört auf mit dieser Hetze.", decision: Publish, absent: abuse},
		{name: "generalisation as an irony", text: "Comme si tous les migrants étaient des criminels ! On nous parle comme à des chiens.", absent: []Kind{KindThreat}},
		{name: "generalisation of others", text: "À la préfecture, tous les étrangers sont des fraudeurs pour eux, on nous traite sans respect.", decision: Publish, absent: abuse},
		{name: "nothing but", text: "All muslims are nothing but terrorists", decision: Reject, kinds: abuse},
		{name: "que des", text: "tous les migrants sont que des voleurs", decision: Reject, kinds: abuse},
		{name: "a premium line warned of", text: "Attention : un site donne le 08 99 23 45 67 (2,99 €/min) comme numéro de la préfecture, ne tombez pas dans le piège.", decision: Publish, absent: spam},
		{name: "a council's own line", text: "Your website lists 0871 234 5678 at £0.13 per minute for appointments, please give pensioners a free number.", decision: Publish, absent: spam},
		{name: "a message of the writer's", text: "Got a message for the mayor: 'we know where you live'", decision: Reject, kinds: threat},
		{name: "a distance from home", text: "my mum lives 2 hours drive from the nearest hospital, the bus is a joke", decision: Publish, absent: pd},
		{name: "a house's size", text: "we live in a 2 bedroom house with 5 kids and the council says we're not overcrowded", decision: Publish, absent: pd},
		{name: "lives on a street", text: "i live on 22 station road and the street light is out", decision: Publish, kinds: pd, gone: []string{"22 station road"}},
		{name: "a verb after a relative", text: "my husband drew a map of all the potholes on our road", decision: Publish, absent: name},
		{name: "rose at dawn", text: "my daughter rose at 5am to queue at the passport office", decision: Publish, absent: name},
		{name: "ma fille aime", text: "ma fille aime beaucoup la médiathèque, les animatrices sont top", decision: Publish, absent: name},
		{name: "ma fille rose a été", text: "ma fille rose a été super bien accueillie au centre de loisirs", decision: Publish, kinds: name, gone: []string{"rose"}},
		{name: "metres", text: "le banc est tombé à 20 m. du rocher, dangereux pour les enfants", decision: Publish, absent: name},
		{name: "a street in small letters", text: "the office on main st. sarah at the desk was really rude to me", kinds: name, gone: []string{"sarah"}},
		{name: "a small initial and a surname", text: "the council keep sending letters to my old flat (mrs e. wright)", decision: Publish, kinds: name, gone: []string{"wright"}},
		{name: "a small initial alone", text: "madame a. pris mon dossier et la caf l a perdu", decision: Publish, absent: name},
	})
}

// TestEngineStressedGeniusOfRound43: praise of wits stressed before the
// word ("a true genius", "quel génie") with a blunder after it is
// sarcasm, as after congratulations. Not what was found, nor the writer's
// own child.
func TestEngineStressedGeniusOfRound43(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a true genius", text: "Special thanks to the housing team's clerk, a true genius who has managed to lose my application three times.", decision: Review, kinds: abuse},
		{name: "quel génie", text: "quel génie ce conseiller, il a perdu mon dossier deux fois", decision: Review, kinds: abuse},
		{name: "found", text: "The new caseworker is a true genius who found my lost passport in a day.", decision: Publish, absent: abuse},
		{name: "the writer's own", text: "ma fille est un vrai génie, elle a perdu son doudou mais la crèche l'a retrouvé", decision: Publish, absent: abuse},
	})
}
