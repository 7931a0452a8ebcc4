package moderation

import "testing"

// TestEngineHateOfRound28: a group named earlier in the sentence and taken
// up by a pronoun ("they are", "c'est des", "ces") before an insult; the
// conspiracy said of Jews; asylum seekers as a group. Not a pronoun that
// may stand for the staff named in between, people sent home, patients,
// a shop, a denial, rats that are rats, "ces parasites de" others.
func TestEngineHateOfRound28(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a group taken up by they are", text: "Gypsies and travellers shouldn't get a penny from the council, they are filthy thieving scum, all of them.", decision: Reject, kinds: abuse},
		{name: "a group taken up by ces", text: "Les CAF sont pleines d'étrangers qui viennent pomper nos allocs, ces parasites devraient tous être renvoyés chez eux.", decision: Reject, kinds: abuse},
		{name: "asylum seekers are all savages", text: "These asylum seekers at the hotel are all savages and rapists.", decision: Reject, kinds: abuse},
		{name: "all of a group rats", text: "Les musulmans à la CAF, c'est tous des rats.", decision: Reject, kinds: abuse},
		{name: "sent home when the counter closed", text: "Les étrangers convoqués ce matin ont dû tous être renvoyés chez eux car le système était en panne.", decision: Publish, absent: abuse},
		{name: "refugees who are patients", text: "Aux urgences les réfugiés ukrainiens attendent, c'est des malades comme les autres, soignez-les.", decision: Publish, absent: abuse, modelReviews: true},
		{name: "a deli", text: "Jews own the deli on the high street and the new parking rules are killing their trade.", decision: Publish, absent: abuse},
		{name: "shops for a century", text: "Les juifs tiennent les commerces de la rue des Rosiers depuis un siècle, la piétonnisation les tue.", decision: Publish, absent: abuse},
		{name: "a group not parasites", text: "Asylum seekers are not parasites, they are people waiting for a decision.", decision: Publish, absent: abuse},
		{name: "rooms full of rats", text: "The asylum seekers in the hotel told me the rooms are full of rats, the council must act.", decision: Publish, absent: abuse},
		{name: "rats named by an agent in between", text: "Les réfugiés ont été volés par des passeurs, ces rats ont tout pris.", decision: Publish, absent: abuse},
		{name: "parasites of others", text: "Les demandeurs d'asile sont logés à l'hôtel, ces parasites de marchands de sommeil se font un fric fou.", decision: Publish, absent: abuse},
		{name: "the conspiracy of banks", text: "Jews run the banks and now they're running the council too.", decision: Reject, kinds: abuse},
		{name: "staff named between", text: "The refugees were sent to the staff at the desk, they are idiots.", decision: Review, kinds: abuse},
		{name: "another sentence", text: "Les migrants attendent dehors depuis des heures. Les agents ? Ils sont des idiots.", decision: Review, kinds: abuse},
		{name: "asylum seekers helped", text: "The asylum seekers at the hotel were helped by the council, the staff were great.", decision: Publish, absent: abuse},
		{name: "patients who are sick", text: "Aux urgences, les patients attendent huit heures, c'est des malades qui souffrent.", decision: Publish, absent: abuse},
		{name: "a Jewish service", text: "The Jewish Care helpline was wonderful with my mother.", decision: Publish, absent: abuse},
	})
}

// TestEngineThreatsOfRound28: a beating, a throat cut, a fire wished in the
// subjunctive, a warning to look behind, knowledge of a schedule or of a
// person's address with an aside, a person's children at school; the
// intent further back when the reader follows the violence.
func TestEngineThreatsOfRound28(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a beating until", text: "When I find out which of you cut my benefits I'm going to beat you until you can't stand up.", decision: Reject, kinds: threat},
		{name: "a throat cut in SMS", text: "cut ur throat if u sanction me again", decision: Reject, kinds: threat},
		{name: "a throat cut", text: "Vous avez coupé mes allocations, moi je vais couper la gorge du premier fonctionnaire que je croise.", decision: Reject, kinds: threat},
		{name: "fire in the subjunctive", text: "Ce serait dommage que votre agence prenne feu un de ces soirs.", decision: Reject, kinds: threat},
		{name: "look behind him", text: "Dites à votre directeur qu'il ferait bien de regarder derrière lui quand il rentre le soir.", decision: Reject, kinds: threat},
		{name: "look behind the counter", text: "Vous feriez bien de regarder derrière le comptoir, mon dossier est peut-être tombé là.", decision: Publish, absent: threat, modelReviews: true},
		{name: "look behind before crossing", text: "Vous feriez bien de regarder derrière vous avant de traverser, la passerelle est glissante.", decision: Publish, absent: threat, modelReviews: true},
		{name: "a race in the queue", text: "I'll beat you in the queue tomorrow, I'm getting there at 7am! Only joking, great service.", decision: Publish, absent: threat},
		{name: "photos of you all", text: "I'm going to bring my dog to the vet clinic and shoot some photos of you all for the newsletter, thanks!", decision: Publish, absent: threat},
		{name: "a bus home and an aside", text: "I know which bus the housing officer takes home. Just saying.", decision: Reject, kinds: threat},
		{name: "an address and an aside", text: "Je connais l'adresse de la conseillère qui a bloqué mon dossier. Je dis ça, je dis rien.", decision: Reject, kinds: threat},
		{name: "her children's school", text: "Diga à assistente social que sei onde os filhos dela estudam.", decision: Reject, kinds: threat},
		{name: "told to watch his back", text: "Dites à votre directeur qu'il surveille ses arrières quand il rentre le soir.", decision: Reject, kinds: threat},
		{name: "the end of a shift and an aside", text: "Je sais à quelle heure la conseillère finit son service. Je dis ça je dis rien.", decision: Reject, kinds: threat},
		{name: "the bus a person takes and an aside", text: "Je sais quel bus prend la conseillère pour rentrer. Pensez-y.", decision: Reject, kinds: threat},
		{name: "a person's address and an aside", text: "I know the address of the adviser who sanctioned me. Just saying.", decision: Reject, kinds: threat},
		{name: "a bus route known", text: "Je sais quel bus prend le 14, merci pour les horaires. Pensez-y pour les autres.", decision: Publish, absent: threat},
		{name: "an office's address known", text: "I know the address of the office, but nobody answers. Just saying.", decision: Publish, absent: threat},
		{name: "pain to learn", text: "You lot at the council will learn what real pain feels like.", decision: Reject, kinds: threat},
		{name: "pain learned", text: "My mother learned what real pain feels like after her hip broke, and the NHS was wonderful.", decision: Publish, absent: threat},
		{name: "an office scraped off the pavement", text: "They'll be scraping bits of your office off the pavement if I don't get my deposit back.", decision: Reject, kinds: threat},
		{name: "breakage at the counter", text: "La prochaine, il y aura de la casse à l'accueil.", decision: Reject, kinds: threat},
		{name: "fists that will write", text: "Je vous donne jusqu'à vendredi. Après ça, ce sont mes poings qui rédigeront le recours.", decision: Reject, kinds: threat},
		{name: "the reader counted during a meeting", text: "I'm going to come to the council chamber and shoot every one of you during the meeting.", decision: Reject, kinds: threat},
		{name: "the intent further back", text: "I'm going to come to the council chamber and shoot every one of you who voted to close it.", decision: Reject, kinds: threat},
		{name: "beat you to it", text: "I'll beat you to it and send the form myself.", decision: Publish, absent: threat},
		{name: "beat you at chess", text: "The retired librarian said she would beat you at chess any day, lovely lady.", decision: Publish, absent: threat},
		{name: "a cut throat razor", text: "J'ai mal à la gorge depuis trois semaines et le médecin ne répond pas.", decision: Publish, absent: threat},
		{name: "a bus asked for", text: "I know which bus goes to the hospital now, thanks to the lady at the desk. Just saying thanks.", decision: Publish, absent: threat, modelReviews: true},
		{name: "an address known", text: "Je connais l'adresse de la mairie, mais personne ne répond au téléphone.", decision: Publish, absent: threat},
		{name: "a threat reported in German", text: "Ein Mann hat der Sachbearbeiterin gedroht: \"Ich weiß, wo dein Auto steht.\" Ich war Zeugin.", decision: Publish, absent: threat},
		{name: "look behind when reversing", text: "Regardez derrière vous avant de reculer, le parking de la CAF est dangereux.", decision: Publish, absent: threat},
	})
}

// TestEngineInsultsOfRound28: a muppet with an intensifier, a nasty piece of
// work, two-faced, a snob named so; not a bully at school, thick bags,
// two-faced printing.
func TestEngineInsultsOfRound28(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a total muppet", text: "ur colleague at the counter is a complete muppet, explained it to him 3 times", decision: Review, kinds: abuse},
		{name: "a nasty piece of work", text: "the woman from the housing team is a nasty piece of work and a bully", decision: Review, kinds: abuse},
		{name: "two-faced", text: "the nursery manager is a two-faced snake, all smiles", decision: Review, kinds: abuse},
		{name: "a bully at school", text: "the other boy is a bully and the school did nothing", decision: Publish, absent: abuse},
		{name: "thick bags", text: "The new bin bags, are they thick enough for glass?", decision: Publish, absent: abuse},
		{name: "two-faced printing", text: "The library printer does two-faced printing now, very handy.", decision: Publish, absent: abuse},
		{name: "une snob", text: "La directrice de l'école est une snob qui méprise les familles.", decision: Review, kinds: abuse},
		{name: "a snob district", text: "Le quartier est un peu snob mais la mairie annexe est très accueillante.", decision: Publish, absent: abuse},
		{name: "thick fog", text: "The fog was thick this morning and the bus was late.", decision: Publish, absent: abuse},
	})
}

// TestEngineSpamOfRound28: a token presale, a wallet to connect, digital
// gold; a key held down among tests; an advertisement after a sentence on
// a delay goes to a moderator, after an exclamation it is junk.
func TestEngineSpamOfRound28(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a presale", text: "🚀 $PEPE2 presale LIVE 🚀 1000x gains, don't miss out!!! Connect wallet at pepe2-launch.io", decision: Reject, kinds: spam},
		{name: "digital gold", text: "Investissez dans l'or numérique 🪙 inscription : goldcoin-invest.fr/vip", decision: Reject, kinds: spam},
		{name: "a key held down and tests", text: "aaaaaaaaaaaaaaaaaaaaaaaaa test test test ????????? ok ok ok", decision: Reject, kinds: spam},
		{name: "an exclamation before an ad", text: "Great news!!! Earn 3000€ per week from home, click www.gain-rapide-maison.com now", decision: Reject, kinds: spam},
		{name: "a site after a review", text: "Délai raisonnable pour ma carte grise. Au passage, il y a des sites « agréés », moi j'ai utilisé cartegrise-rapide-pro.com", decision: Review, kinds: spam},
		{name: "a quick ad is junk", text: "Besoin d'un rdv préfecture rapide ? Nous vendons des créneaux garantis en 48h !!! Paiement sur www.rdv-pref-express.fr", decision: Reject, kinds: spam},
		{name: "a wallet lost", text: "J'ai perdu mon portefeuille à la gare, l'agent des objets trouvés a été super.", decision: Publish, absent: spam},
	})
}

// TestEngineNamesOfRound28: a first name after a role that is a frequent
// word of another language only, before a listed surname; a listed
// lower-case surname that ends a signed text.
func TestEngineNamesOfRound28(t *testing.T) {
	name := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a Portuguese word as a first name", text: "le conseiller ali benhamou n'a jamais rappelé", decision: Publish, kinds: name, gone: []string{"ali", "benhamou"}},
		{name: "a signed surname", text: "bins not collected for 3 weeks now, nothing happens. cheers dave smith", decision: Publish, kinds: name, gone: []string{"dave", "smith"}},
		{name: "slang after the signature", text: "bins not collected for 3 weeks now. cheers dave innit", decision: Publish, kinds: name, gone: []string{"dave"}, kept: []string{"innit"}},
		{name: "a town after the signature", text: "bins not collected for 3 weeks now. cheers dave newport", decision: Publish, kinds: name, gone: []string{"dave"}, kept: []string{"newport"}},
		{name: "a word after the role", text: "l'agent per téléphone était sympa", decision: Publish, absent: name, kept: []string{"per"}},
		{name: "a surname after a full stop", text: "j ai vu l agent per. martin etait absent", decision: Publish, absent: name, kept: []string{"per"}},
		{name: "a call of mine", text: "Con una llamada mía basta para arreglarlo.", decision: Publish, absent: name, kept: []string{"mía"}},
	})
}

// TestEnginePersonalDataOfRound28: a British driving licence number, known
// by its shape and its birth date; the file number of a French licence
// after NEPH. Not a reference of the same length whose month cannot be.
func TestEnginePersonalDataOfRound28(t *testing.T) {
	pii := []Kind{KindPersonalData}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a driving licence number", text: "Renewed my photocard licence online, driver number MORGA657054SM9IJ all correct.", decision: Publish, kinds: pii, gone: []string{"MORGA657054SM9IJ"}},
		{name: "a woman's licence, padded", text: "DVLA sent it back: LEE99756214J99AB is on the card.", decision: Publish, kinds: pii, gone: []string{"LEE99756214J99AB"}},
		{name: "a NEPH", text: "mon numéro NEPH : 130875200341, toujours pas de date d'examen", decision: Publish, kinds: pii, gone: []string{"130875200341"}},
		{name: "an order of the same shape", text: "Order ref ABCDE123456FG7HI shipped late.", decision: Publish, absent: pii, kept: []string{"ABCDE123456FG7HI"}},
	})
}

// TestEngineNamesReadInHeldout72: a surname in capitals before a first name
// even when personal data is found after it (a word no list holds only
// at the start of a line); a name found with a capital is not masked
// again as a lower-case word after an article; a baby named; a month
// abbreviated after a day; initials bound by a hyphen.
func TestEngineNamesReadInHeldout72(t *testing.T) {
	name := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a surname in capitals before data", text: "LEMAIRE Olivier, n° allocataire 2846193. Je signale un changement de situation.", decision: Publish, kinds: name, gone: []string{"LEMAIRE", "Olivier", "2846193"}},
		{name: "a word that is a surname too", text: "Mon infirmière, Mme Blanc, fait ce qu'elle peut, mais la case est restée en blanc.", decision: Publish, kinds: name, kept: []string{"Mme [nom masqué]", "en blanc"}},
		{name: "a town after a title and a first name", text: "M. Martin de Lyon m'a transféré le dossier.", decision: Publish, kinds: name, kept: []string{"de Lyon"}},
		{name: "a baby named", text: "The midwife team were wonderful. Kind regards, Rhiannon (and baby Noah)", decision: Publish, kinds: name, gone: []string{"Rhiannon", "Noah"}},
		{name: "a baby bonus", text: "The baby Bonus from the council is late again.", decision: Publish, absent: name, kept: []string{"Bonus"}},
		{name: "the baby of the crib", text: "The baby Jesus statue in the church square was stolen again.", decision: Publish, absent: name, kept: []string{"Jesus"}},
		{name: "an unlisted word in capitals mid-text is no surname", text: "Service TOP Amandine à l'accueil", decision: Publish, kinds: name, kept: []string{"TOP"}},
		{name: "an unlisted surname in capitals opening a line", text: "Bonjour,\nKOWALCZYK Anna, n° allocataire 2846193.", decision: Publish, kinds: name, gone: []string{"KOWALCZYK", "Anna"}},
		{name: "a surname repeated in lower case", text: "M. Dupont m'a reçu très mal. Ensuite dupont m'a dit non.", decision: Publish, kinds: name, gone: []string{"Dupont"}},
		{name: "a comma after a listed surname on a form", text: "SMITH, Daniel. Re: Jobcentre appointment moved without notice.", decision: Publish, kinds: name, gone: []string{"SMITH", "Daniel"}},
		{name: "a month abbreviated after a day", text: "The heating has been broken since 2 Jan. Your contractor came on the 9th.", decision: Publish, absent: name, kept: []string{"2 Jan"}},
		{name: "initials bound by a hyphen", text: "Je remercie M.-C. Dupont pour son aide.", decision: Publish, kinds: name, gone: []string{"M.-C.", "Dupont"}},
	})
}

// TestEnginePersonalDataReadInHeldout72: a local part spelled with its own
// dots before a spelled host; a dotted phone cut by a line; a street ends
// before a word that opens a clause.
func TestEnginePersonalDataReadInHeldout72(t *testing.T) {
	pii := []Kind{KindPersonalData}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a dotted local part", text: "Répondez à thierry.masson at gmail dot com, merci.", decision: Publish, kinds: pii, gone: []string{"thierry", "masson", "gmail"}},
		{name: "a dotted phone across a line", text: "Mon titre expire le 30/11. Tél :\n06.34.\n77.19.82\nMerci.", decision: Publish, kinds: pii, gone: []string{"06.34", "77.19.82"}},
		{name: "a street with a lower-case word", text: "J'habite au 7 chemin des Vignes basses depuis 2010.", decision: Publish, kinds: pii, gone: []string{"basses"}},
		{name: "a street ends before malgré", text: "Le propriétaire refuse les travaux au 6 rue des Tanneurs malgré l'arrêté d'insalubrité.", decision: Publish, kinds: pii, gone: []string{"Tanneurs"}, kept: []string{"malgré l'arrêté d'insalubrité"}},
		{name: "a lower-case street goes on", text: "j'habite au 12 rue de la paix depuis dix ans", decision: Publish, kinds: pii, gone: []string{"paix"}},
		{name: "a date in a reference is no phone", text: "Réf. 06.34.\n77.19.82 pour le dossier de la mairie.", decision: Publish, absent: pii},
	})
}
