package moderation

import (
	"testing"
)

// TestEngineAdsInReviewsOfRound39: an advertisement slipped into a review
// that sends the readers to the writer's profile, promises a monthly
// yield or a free simulation, a bonus to try "vous aussi" or a discount
// in German figures goes to a moderator; a string of keywords repeating a
// trade and a town with an advertising word said twice is junk. Not a
// public body's simulation nor a fare said twice in a complaint.
func TestEngineAdsInReviewsOfRound39(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "lien dans mon profil", text: "Accueil correct à la CARSAT. Pour arrondir votre retraite, je conseille FutéPlacement : 6 % garantis par mois, lien dans mon profil.", decision: Review, kinds: spam},
		{name: "simulation gratuite", text: "Mon conseiller des impôts a été patient. Pour défiscaliser, investissez avec le cabinet OptiPatrimoine, simulation gratuite sur optipatrimoine-conseil.fr !", decision: Review, kinds: spam},
		{name: "essayez vous aussi", text: "Urgences correctes malgré l'attente. En attendant j'ai gagné 150 € sur RoyalSpin, essayez vous aussi, bonus de bienvenue offert !", decision: Review, kinds: spam},
		{name: "Rabatt", text: "Das Bürgeramt war schnell, danke. Übrigens: Altersvorsorge mit Silbermünzen von silber-sicher24.de, jetzt 10 % Rabatt!", decision: Review, kinds: spam},
		{name: "keywords with a town", text: "électricien pas cher lyon, électricien urgence lyon, dépannage électricité lyon 7, électricien lyon pas cher, meilleur électricien lyon", decision: Reject, kinds: spam},
		{name: "low cost", text: "avvocato low cost roma, divorzio breve roma prezzi, avvocato economico roma, avvocato roma low cost, separazione roma avvocato", decision: Reject, kinds: spam},
		{name: "the fund's simulation", text: "La simulation gratuite sur le site de la CAF m'annonçait 180 €, j'en touche 95. Pourquoi ?", decision: Publish, absent: spam},
		{name: "a low-cost airline", text: "Le vol low cost a été annulé et la préfecture refuse de décaler mon rendez-vous, je perds 200 € de billet.", decision: Publish, absent: spam},
	})
}

// TestEngineInsultsOfRound39: name-calling of Ireland, Nigeria, West
// Africa, the Antilles and Québec, and two words spelled out letter by
// letter with a wider gap between them ("un s a l e   m e n t e u r",
// "w a t c h   y o u r   b a c k"). Not the writer's own eejit, nor a
// thick layer.
func TestEngineInsultsOfRound39(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "gobshite", text: "The fella at the motor tax office is a total gobshite, he lost my forms twice.", decision: Review, kinds: abuse},
		{name: "that eejit", text: "That eejit at the Intreo desk told me to come back next week for the third time.", decision: Review, kinds: abuse},
		{name: "na big mumu", text: "The clerk for the tax office na big mumu, he no sabi anything.", decision: Review, kinds: abuse},
		{name: "clueless muppet", text: "Some clueless muppet at the council cancelled my bin collection.", decision: Review, kinds: abuse},
		{name: "pompous fool", text: "The head of planning is a pompous fool who never reads the objections.", decision: Review, kinds: abuse},
		{name: "gaou", text: "Le gars du guichet de la mairie est un vrai gaou, il ne sait rien.", decision: Review, kinds: abuse},
		{name: "kouyon", text: "Sé on kouyon, le monsieur de la CGSS, il perd tous les papiers.", decision: Review, kinds: abuse},
		{name: "vraie épaisse", text: "La commis au comptoir, une vraie épaisse, m'a renvoyé chez nous.", decision: Review, kinds: abuse},
		{name: "spelled, two words", text: "Le conseiller est un s a l e   m e n t e u r, rien n'a été versé.", decision: Review, kinds: abuse},
		{name: "spelled threat", text: "w a t c h   y o u r   b a c k, nurse on ward 3.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "the writer's own eejit", text: "Left my passport on the counter like a big eejit and the staff posted it back to me. Brilliant.", decision: Publish, absent: abuse},
		{name: "a thick layer", text: "Une couche épaisse de neige bloquait l'accès à la mairie, personne n'a salé.", decision: Publish, absent: abuse},
		{name: "spelled letters, one word", text: "Mon code est A B C D, le site le refuse.", decision: Publish, absent: abuse},
		{name: "spelled with hyphens", text: "Le conseiller est un s - a - l - o - p - a - r - d, rien n'a été versé.", decision: Review, kinds: abuse},
		{name: "spelled evenly wide", text: "Le conseiller est un s   a   l   o   p   a   r   d, rien.", decision: Review, kinds: abuse},
		{name: "threat spelled with hyphens", text: "I will k - i - l - l you at the desk tomorrow.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a muppet film", text: "That Muppet film the library showed on Saturday was lovely, thank you.", decision: Publish, absent: abuse},
		{name: "a fool of myself", text: "I made a pompous fool of myself at the planning meeting, but the officer was patient.", decision: Publish, absent: abuse},
		{name: "a thick fog", text: "Avec un gros épais brouillard, le bus scolaire n'est pas passé.", decision: Publish, absent: abuse},
	})
}

// TestEngineNamesAndDataOfRound39: a German job centre's household
// number, read by its shape. Not a year after BG.
func TestEngineNamesAndDataOfRound39(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "BG number", text: "Meine BG-Nummer 12345BG0098765 steht auf jedem Brief, trotzdem keine Akte.", decision: Publish, gone: []string{"12345BG0098765"}},
		{name: "a year after BG", text: "Die BG hat 2023 den Unfall nicht anerkannt, das Jobcenter auch nicht.", decision: Publish, kept: []string{"2023"}},
	})
}

// TestEngineHateOfRound39: a group said unfit for a work named in the
// plural, a group called "des boulets", and Ireland's slur for
// Travellers resumed by "they're". Not a group's doctors named in a
// complaint, nor a burden that is a thing.
func TestEngineHateOfRound39(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "no deberían ser policías", text: "Las mujeres no deberían ser policías, no valen para eso.", decision: Reject, kinds: abuse},
		{name: "ne devraient pas être juges", text: "Les femmes ne devraient pas être juges, voilà.", decision: Reject, kinds: abuse},
		{name: "des boulets", text: "Les autistes dans les classes, ce sont des boulets pour les autres élèves.", decision: Reject, kinds: abuse},
		{name: "knackers", text: "Knackers shouldn't get houses, they're thieving animals the lot of them.", decision: Reject, kinds: abuse},
		{name: "the doctors of a complaint", text: "Les médecins de la MDPH ne devraient pas être aussi pressés, l'évaluation de mon fils a duré dix minutes.", decision: Publish, absent: abuse, modelReviews: true},
		{name: "a thing as a burden", text: "Ces formulaires sont des boulets, il faut tout recopier trois fois.", decision: Publish, absent: abuse},
	})
}

// TestEngineMeatAndQuebecOfRound39: an animal served or eaten is meat,
// not a group's insult ("hanno servito solo maiale ai bambini
// musulmani"); Québec's swearing is profanity. Not a crisis ("crise de").
func TestEngineMeatAndQuebecOfRound39(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "servito maiale", text: "In mensa hanno servito solo maiale ai bambini musulmani, senza alternativa. Il regolamento lo vieta.", decision: Publish, absent: abuse},
		{name: "servi du porc", text: "La cantine a servi du porc aux élèves musulmans sans aucune alternative.", decision: Publish, absent: abuse},
		{name: "porcs de musulmans", text: "Ces porcs de musulmans envahissent la mairie.", decision: Reject, kinds: abuse},
		{name: "an order to eat", text: "Mange, porc de musulman !", decision: Reject, kinds: abuse},
		{name: "a ham", text: "On a servi du jambon de porc aux enfants musulmans sans prévenir.", decision: Publish, absent: abuse},
		{name: "tabarnak", text: "Tabarnak, le site de la SAAQ plante encore le jour de mon renouvellement.", decision: Review, kinds: []Kind{KindProfanity}, absent: abuse},
		{name: "ostie de", text: "Ostie de formulaire qui efface tout quand on revient en arrière.", decision: Review, kinds: []Kind{KindProfanity}, absent: abuse},
		{name: "crise de", text: "Mon fils a fait une crise de panique au guichet, l'agente a été adorable.", decision: Publish, absent: []Kind{KindProfanity}},
	})
}

// TestEngineThreatsOfRound39: the writer's coming as the time of the harm
// ("before I come down there and burn…"), an Andalusian threat, and the
// writer's child in a condition before a threat, which is no fear for
// the child. Not a day off burned, a sweet, an exam, nor the writer's
// child with no condition, or with one in the sentence before.
func TestEngineThreatsOfRound39(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "before I come", text: "Answer my email before I come down there and burn your office down.", decision: Reject, kinds: threat},
		{name: "le reviento la cabeza", text: "Si el monitor vuelve a gritar a mi hija, le reviento la cabeza.", decision: Reject, kinds: threat},
		{name: "a day off", text: "Please call me before I come to the office, I don't want to burn a day off for nothing.", decision: Publish, absent: threat},
		{name: "a sweet", text: "A criança leva bala na mochila e a escola confiscou.", decision: Publish, absent: threat},
		{name: "an exam", text: "Es un examen durísimo pero lo reviento, gracias a la academia municipal.", decision: Publish, absent: threat},
		{name: "the child's own harm", text: "My daughter will end up in hospital again if CAMHS keep cancelling.", decision: Publish, absent: threat},
		{name: "with my daughter, no condition", text: "With my daughter, we end up in hospital every month because CAMHS keep cancelling.", decision: Publish, absent: threat},
	})
}

// TestEngineGermanOrderOfRound39: German puts the subject between the
// verb and the illness after "Hoffentlich", and a work in the feminine
// plural after "sollten keine". Not an illness the ward should see, nor
// judges who should not judge unheard.
func TestEngineGermanOrderOfRound39(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "Hoffentlich … Schlaganfall", text: "Hoffentlich bekommt die Sachbearbeiterin einen Schlaganfall.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "Erzieherinnen", text: "Lesben sollten keine Erzieherinnen sein.", decision: Reject, kinds: []Kind{KindAbuse}},
		{name: "a ward's care", text: "Hoffentlich erkennt die Notaufnahme einen Schlaganfall schneller als bei meinem Vater.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "judges unheard", text: "Die Richter sollten keine Urteile ohne Anhörung fällen.", decision: Publish, absent: []Kind{KindAbuse}},
	})
}

// TestEngineEarningsClaimedOfRound39: earnings claimed at a rate of days
// or weeks, or money multiplied, are a clue of an advertisement, with
// another (a link on the writer's profile, an order by private message);
// so is a readers' need said as "Wer … braucht", "Quem precisar", "If
// anyone needs", with a price and a contact. Not a month's pay the
// writer gives of his own, a scam's words quoted as a warning, nor a
// charity's help passed on.
func TestEngineEarningsClaimedOfRound39(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "par semaine, profil", text: "Accueil correct à la mairie. Au fait, je gagne 250 € par semaine depuis mon téléphone avec l'appli ClicGain, le lien est sur mon profil.", decision: Review, kinds: spam},
		{name: "en una semana", text: "El trámite fue rápido. Con la app GanaYa gané 300 € en una semana, el enlace está en mi perfil.", decision: Review, kinds: spam},
		{name: "percent weekly", text: "Helpful staff at the council. Btw I turned $400 into $3,000 with crypto staking, 15% weekly returns, check my profile.", decision: Review, kinds: spam},
		{name: "Gewinn pro Woche", text: "Das Bürgerbüro war schnell. Übrigens: mit dem Bot RenditePlus mache ich 4 % Gewinn pro Woche, Link in meinem Profil.", decision: Review, kinds: spam},
		{name: "wer braucht", text: "Termin beim Bürgeramt bekommen. Wer Hilfe beim Ausfüllen des Kindergeldantrags braucht: ich mache das für 30 €, schreibt mir an 0151 7654321.", decision: Review, kinds: spam},
		{name: "quem precisar", text: "Atendimento rápido nas Finanças. Quem precisar de ajuda com o IRS, faço a declaração por 25 €, WhatsApp 913 456 789.", decision: Review, kinds: spam},
		{name: "a month's pay", text: "Je gagne 1 250 € par mois en CDD et la CAF me refuse la prime d'activité, je ne comprends pas.", decision: Publish, absent: spam},
		{name: "an hour's pay", text: "I earn £11 an hour and Universal Credit took half of it this month, please explain the taper.", decision: Publish, absent: spam},
		{name: "a scam quoted", text: "Attention aux SMS « gagnez 300 € par jour depuis chez vous » : ce n'est pas France Travail, mon conseiller me l'a confirmé.", decision: Publish, absent: spam},
		{name: "a charity passed on", text: "Wer Hilfe beim Ausfüllen des Antrags braucht: die Caritas berät kostenlos, Tel. 0221 123456.", decision: Publish, absent: spam},
	})
}

// TestEngineProbesOfRound39: what probe set 39 (a helper's, who read none
// of the corpora) found published: death wished in Italian with "gli
// auguro di morire" and in Cyrillic letters, a second wish joined with "y
// se muera", German's modal after "sein", the group opening the sentence
// as the left-out subject of "são todos", a group said to bring only
// trouble, regional insults; and held: the writer's own "Ich Depp",
// "sono stato proprio scemo". Not what a second review found broader.
func TestEngineProbesOfRound39(t *testing.T) {
	threat, abuse := []Kind{KindThreat}, []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "gli auguro di morire", text: "Al controllore gli auguro di morire sotto un tram, se lo merita.", decision: Reject, kinds: threat},
		{name: "auguro ogni bene", text: "Alla dottoressa auguro ogni bene, perché senza la sua diagnosi rischiavo di morire.", decision: Publish, absent: threat},
		{name: "mi auguro di morire", text: "Mi auguro di morire serena, ma con questa ASL è dura.", decision: Publish, absent: threat},
		{name: "Cyrillic d", text: "To the assessor who turned me down: I hope you ԁіе іn а fіrе.", decision: Reject, kinds: threat},
		{name: "nobody should die in a fire", text: "Nobody should die in a fire because the council won't fix the smoke alarms in our block.", decision: Publish, absent: threat},
		{name: "y se muera", text: "Ojalá que a la asistenta social le dé un cáncer y se muera.", decision: Reject, kinds: threat},
		{name: "Watschn", text: "Wenn der Sachbearbeiter ned bis Montag zahlt, dann kriagt er a Watschn.", decision: Reject, kinds: threat},
		{name: "a play", text: "In dem Theaterstück im Bürgerhaus kriagt er a Watschn von seiner Frau, das Publikum hat gelacht.", decision: Publish, absent: threat},
		{name: "sein dürfen", text: "Lesben sollten keine Lehrerinnen sein dürfen.", decision: Reject, kinds: abuse},
		{name: "são todos", text: "Os ciganos deviam ser proibidos nos bairros sociais, são todos uns parasitas.", decision: Reject, kinds: abuse},
		{name: "solo traen problemas", text: "Los gitanos del bloque solo traen problemas, que los echen.", decision: Reject, kinds: abuse},
		{name: "cats sterilised", text: "Les chats errants du quartier, la mairie devrait les stériliser au lieu de les empoisonner.", decision: Publish, absent: abuse},
		{name: "a group's rights", text: "Les femmes handicapées qu'on a voulu stériliser de force demandent réparation.", decision: Publish, absent: abuse},
		{name: "a doctor's advice", text: "A los musulmanes que ayunan en Ramadán, el médico les recomendó que se queden en casa si se marean.", decision: Publish, absent: abuse},
		{name: "trouble to a group", text: "Os novos horários só trazem problemas aos imigrantes que trabalham de noite.", decision: Publish, absent: abuse},
		{name: "a group not the subject", text: "I volunteer with refugees every week, and at the Home Office they are all idiots.", decision: Review, kinds: abuse},
		{name: "zievereer", text: "Le gars de la commune est un zievereer, il raconte n'importe quoi.", decision: Review, kinds: abuse},
		{name: "total ullu", text: "The RTO clerk is a total ullu, he lost my file twice.", decision: Review, kinds: abuse},
		{name: "a spoon", text: "Rajesh brought my nani a chamcha of sugar for her tea at the council office.", decision: Publish, absent: abuse},
		{name: "vacilão", text: "O atendente do INSS é um vacilão, sumiu com meus papéis.", decision: Review, kinds: abuse},
		{name: "Ich Depp", text: "Ich Depp hab meinen Pass im Bus liegen lassen, das Fundbüro hat ihn sofort zurückgegeben.", decision: Publish, absent: abuse},
		{name: "ich then another's insult", text: "Dann habe ich den Idioten vom Ordnungsamt angerufen, er hat einfach aufgelegt.", decision: Review, kinds: abuse},
		{name: "sono stato scemo", text: "Sono stato proprio scemo a perdere la ricevuta, ma all'ufficio mi hanno aiutato.", decision: Publish, absent: abuse},
	})
}

// TestEngineReviewedOfRound39: probe set 39b (a helper's) and the second
// review: illness wished on a person whose relative clause names the
// writer's dossier or the writer ("l'agent qui a refusé mon dossier
// attrapera un cancer"), in more words; a service of the writer's own at
// a price; weekly and daily pay stated by a citizen, and penalties per
// day, stay published.
func TestEngineReviewedOfRound39(t *testing.T) {
	threat, spam := []Kind{KindThreat}, []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "qui a refusé mon dossier", text: "J'espère que l'agent qui a refusé mon dossier attrapera un cancer.", decision: Reject, kinds: threat},
		{name: "que me atendeu", text: "Espero que a funcionária que me atendeu apanhe uma doença grave.", decision: Reject, kinds: threat},
		{name: "dass sie krank wird", text: "Ich wünsche der Sachbearbeiterin, dass sie krank wird.", decision: Reject, kinds: threat},
		{name: "pourvu qu'il", text: "Pourvu qu'il tombe gravement malade, ce conseiller.", decision: Reject, kinds: threat},
		{name: "che crepino tutti", text: "Che crepino tutti quelli dell'INPS.", decision: Reject, kinds: threat},
		{name: "my mother's health", text: "J'espère que ma mère n'attrapera pas un cancer avec tout ce stress.", decision: Publish, absent: threat},
		{name: "the team kept well", text: "Ich wünsche dem Team, dass keiner krank wird diesen Winter.", decision: Publish, absent: threat},
		{name: "paid help", text: "Dossier traité, merci. Si vous galérez avec vos papiers, je remplis vos formulaires CAF pour 20 €, contactez-moi au 06 12 34 56 78.", decision: Review, kinds: spam},
		{name: "la hago por", text: "Me atendieron rápido. Si necesitan ayuda con la declaración, la hago por 25 €, escríbanme al 600 123 456.", decision: Review, kinds: spam},
		{name: "the writer's errand", text: "Je fais le plein pour 60 € par semaine pour aller au travail, rappelez-moi au 06 12 34 56 78 pour mon dossier.", decision: Publish, absent: spam},
		{name: "daily pay", text: "Je gagne 60 € par jour comme aide à domicile et la CAF m'a supprimé la prime d'activité.", decision: Publish, absent: spam},
		{name: "weekly pay", text: "Ich verdiene 400 € pro Woche als Aushilfe und das Jobcenter rechnet alles an.", decision: Publish, absent: spam},
		{name: "a penalty per day", text: "Interest on the council tax arrears is charged at 0.5% per day, which seems illegal to me.", decision: Publish, absent: spam},
	})
}

// TestEngineReportsOfRound39: a report of hate shouted at someone, with a
// procedure asked for after a denial and "but" ("I'm not asking for
// heroics, but there should be a protocol"), or training asked for, is
// the writer's report; English "on" before an article is no vague
// speaker ("On the bus a man yelled …").
func TestEngineReportsOfRound39(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a protocol", text: "On the bus a man yelled 'go back to your own country' at a lady and the driver did nothing. I'm not asking for heroics, but there should be a protocol.", decision: Publish, absent: []Kind{KindAbuse}},
		{name: "training", text: "A man at the bus station told me 'you people should go back where you came from'. The staff did nothing. Please train them to step in.", decision: Publish, absent: []Kind{KindAbuse}},
		{name: "the police will do nothing", text: "Un monsieur a crié « retournez dans votre pays » à une dame. La police ne fera rien.", decision: Review, kinds: []Kind{KindAbuse}},
	})
}

// TestEngineAddressesOfRound39: a Walk after a word of the writer's own
// (not after a measure, nor an event's), Spanish and Portuguese avenues
// abbreviated before their name, German streets named by a preposition
// and a place after a word of a home. Not a service's avenue, nor a
// Monday.
func TestEngineAddressesOfRound39(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "flat at a Walk", text: "She never came to inspect the flat at 7 Larch Walk, whatever her report says.", decision: Publish, gone: []string{"7 Larch Walk"}},
		{name: "a sponsored walk", text: "Our sponsored 10 Mile Walk raised money for the hospice, thanks to the council.", decision: Publish, kept: []string{"10 Mile Walk"}},
		{name: "an event's walk", text: "The 7 Sisters Walk path is flooded again, please fix the drain.", decision: Publish, kept: []string{"7 Sisters Walk"}},
		{name: "Avda.", text: "Vivo en Avda. de la Constitución 5, 3º izq., y no me llega el correo.", decision: Publish, gone: []string{"Constitución 5"}},
		{name: "Av.", text: "Moro na Av. da Liberdade 245 e a carta nunca chegou.", decision: Publish, gone: []string{"Liberdade 245"}},
		{name: "a service's avenue", text: "La oficina de la Avda. de la Constitución 5 estaba cerrada a las diez.", decision: Publish, kept: []string{"Constitución 5"}},
		{name: "Am Markt", text: "Adresse: Am Markt 3, Erfurt. Die Post kommt nie an.", decision: Publish, gone: []string{"Am Markt 3"}},
		{name: "a Monday", text: "Am Montag 3 Termine verpasst, das Bürgeramt ist eine Katastrophe.", decision: Publish, kept: []string{"Am Montag 3"}},
	})
}

// TestEngineFinalReviewOfRound39: what a last read-only review of the
// round's code found (mended with this test): French "on a" stays a vague
// speaker; two letters before a wide gap are a word; a condition in the
// sentence before is none; a group befallen by trouble leaves the group
// before it; the wish further back when a person's relative clause names
// the writer's dossier; a month after "Im" is no street; money multiplied
// is a clue of its own.
func TestEngineFinalReviewOfRound39(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "on a crié", text: "On a crié « retourne dans ton pays » à une dame devant la mairie. J'ai porté plainte.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "two letters before a gap", text: "v a   t e   f a i r e   f o u t r e", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "a condition the sentence before", text: "I don't know if this is normal. With my daughter, we end up in hospital every month because CAMHS keep cancelling.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "trouble to another group", text: "Os ciganos do bairro só trazem problemas aos imigrantes.", decision: Reject, kinds: []Kind{KindAbuse}},
		{name: "a long relative clause", text: "J'espère que l'agent de la CAF qui a refusé mon dossier attrapera un cancer.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a month", text: "Meine Wohnung: Im Januar 3 Mal Schimmel gemeldet, die Verwaltung reagiert nicht.", decision: Publish, kept: []string{"Im Januar 3"}},
		{name: "money multiplied", text: "Quick service at the council. Btw I turned $400 into $3,000 in a month, DM me.", decision: Review, kinds: []Kind{KindSpam}},
	})
}

// TestEngineConjunctionOfRound39: "che" after "prima" is a conjunction's,
// not a relative pronoun: the writer's own heart attack feared.
func TestEngineConjunctionOfRound39(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "prima che mi venga", text: "Spero che il medico mi chiami prima che mi venga un infarto e mi ritrovino a terra.", decision: Publish, absent: []Kind{KindThreat}},
	})
}

// TestEngineProbes39bOfRound39: what probe set 39b still found published
// after its first reading: the Jews' conspiracy in French and German,
// death wished on all of a plural, junk loans and miracle cures in
// Spanish, Italian and Portuguese, German officials' nicknames. Not the
// conspiracy reported to the police, nor plants that wilt.
func TestEngineProbes39bOfRound39(t *testing.T) {
	abuse, spam := []Kind{KindAbuse}, []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "les juifs contrôlent", text: "Les juifs contrôlent la préfecture, voilà pourquoi on attend.", decision: Reject, kinds: abuse},
		{name: "die Juden stecken hinter", text: "Die Juden stecken hinter diesem Jobcenter.", decision: Reject, kinds: abuse},
		{name: "devraient tous crever", text: "Ces profiteurs devraient tous crever, la CAF les paie à rien faire.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "préstamos sin aval", text: "PRÉSTAMOS SIN AVAL EN 24 HORAS, dinero inmediato, llame ya.", decision: Reject, kinds: spam},
		{name: "chá milagroso", text: "Cura definitiva da diabetes com o chá milagroso, encomende já pelo WhatsApp.", decision: Reject, kinds: spam},
		{name: "Schnarchnasen", text: "Lauter Schnarchnasen in diesem Amt, keiner ruft zurück.", decision: Review, kinds: abuse},
		{name: "a conspiracy reported", text: "Un voisin m'a dit que « les juifs contrôlent tout », j'ai signalé ses propos au commissariat.", decision: Publish, absent: abuse},
		{name: "plants", text: "Les plantes du parc devraient toutes crever avec cette canicule, la mairie n'arrose plus.", decision: Publish, absent: []Kind{KindThreat}},
	})
}

// TestEngineNeedOpenersOfRound39: the readers' need said as "Wer …
// braucht", "Quem precisar", "If anyone needs", with a price and a phone
// and no advertising word, is an offer (each case is published with the
// words taken out of needOpener). Not a charity's help passed on.
func TestEngineNeedOpenersOfRound39(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "wer braucht", text: "Termin beim Bürgeramt bekommen. Wer Hilfe beim Umzug braucht: Umzüge ab 199 €, Tel. 0151 7654321.", decision: Review, kinds: spam},
		{name: "quem precisar", text: "Atendimento rápido nas Finanças. Quem precisar de mudanças, faço a partir de 150 €, ligue 913 456 789.", decision: Review, kinds: spam},
		{name: "if anyone needs", text: "Quick service at the council. If anyone needs a removal van, 99 £ a day, call 07911 204566.", decision: Review, kinds: spam},
		{name: "a charity", text: "Wer Hilfe beim Ausfüllen des Antrags braucht: die Caritas berät kostenlos, Tel. 0221 123456.", decision: Publish, absent: spam},
	})
}
