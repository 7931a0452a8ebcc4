package moderation

import "testing"

// TestEngineOffersOfRound32: paid help with a procedure offered to the
// readers, appointment slots resold, a page or a group to follow, a
// firm's voice with a discount, a cleaner's small ad, a link to a site
// of a reserved domain (.example) counted as any other, words hidden by
// a style with a junk word among them. Not a self-employed citizen who
// asks for private messages, a citizen who follows the school's page,
// a home help paid in CESU, a fair review with a hidden test word.
func TestEngineOffersOfRound32(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a fee for PIP forms", text: "Anyone needing help with PIP forms, I charge a small fee, message me on here.", decision: Review, kinds: spam},
		{name: "slots resold", text: "Besoin d'un rendez-vous à la préfecture ? Je revends des créneaux, écrivez-moi en privé.", decision: Review, kinds: spam},
		{name: "a page to follow", text: "Seguite la mia pagina per consigli su come ottenere la carta di soggiorno velocemente, link in bio!", decision: Review, kinds: spam},
		{name: "a group to join", text: "Rejoignez notre groupe Facebook « Galères CAF 93 » pour partager vos astuces et vos modèles de courriers !", decision: Review, kinds: spam},
		{name: "a cleaner", text: "Je fais du ménage et du repassage, chèques CESU acceptés, secteur Aix, appelez le 06 12 90 44 81.", decision: Review, kinds: spam},
		{name: "a driving school", text: "Gagnez du temps : nos formateurs vous préparent au code de la route en 7 jours. Promo -30 % ce mois-ci !", decision: Review, kinds: spam},
		{name: "a paid site for a procedure", text: "Pour vos démarches de carte grise, passez par notre service en ligne rapide, 29 € seulement : cartegrise-express.example. Zéro attente !", decision: Review, kinds: spam},
		{name: "a casino", text: "Vinci subito 1000€ al casinò online!!! Registrati su slot-vincenti.example bonus senza deposito", decision: Reject, kinds: spam},
		{name: "hidden casino words", text: `<div style="display:none">casino bonus gratuit</div>Très bon accueil à la mairie, rien à redire.`, decision: Review, kinds: []Kind{KindMarkup, KindSpam}},
		{name: "hidden pills before a question", text: `<div style="display: none">viagra pas cher</div> Bonjour, j'ai une question sur la taxe foncière.`, decision: Review, kinds: []Kind{KindMarkup, KindSpam}},
		{name: "a hidden test word", text: `<div style="display:none">test</div>Accueil très correct à la CARSAT de Dijon.`, decision: Review, kinds: []Kind{KindMarkup}, absent: spam},
		{name: "hidden seo", text: `<span style="visibility:hidden">seo</span>Le site de la MSA est lent.`, decision: Review, kinds: []Kind{KindMarkup}, absent: spam},
		{name: "a self-employed citizen", text: "Je suis auto-entrepreneur, je facture mes clients chaque mois et l'URSSAF m'a radié sans prévenir. Si quelqu'un a eu le même problème, écrivez-moi en privé.", decision: Publish, absent: spam},
		{name: "our accountants", text: "Our accountants told us the HMRC letter was wrong. If anyone had the same, message me.", decision: Publish, absent: spam},
		{name: "time saved", text: "Gagnez du temps : prenez rendez-vous en ligne sur le site de la mairie, c'est zéro attente au guichet.", decision: Publish, absent: spam},
		{name: "a physiotherapist recommended", text: "Je recommande le cabinet de kiné de la rue Pasteur, toutes les infos sur leur site pour le remboursement CPAM.", decision: Publish, absent: spam},
		{name: "a home help in CESU", text: "Mon aide-ménagère est payée en chèques CESU, je fais du ménage moi-même le week-end. Appelez-moi au 06 12 34 56 78 svp pour le dossier APA.", decision: Publish, absent: spam},
		{name: "a council that will do it", text: "The council said they will do it for free but nobody came. Message me if you had the same.", decision: Publish, absent: spam},
	})
}

// TestEngineLooksOfRound32: remarks on a person's looks ("le kiné est
// canon", "está buenísima", "um pedaço de mau caminho", "aussi sexy",
// "ese escote", a cleavage however far the person was named). Not a site
// said to be great ("canon"), a water cannon, a dish said delicious, a
// site said not sexy.
func TestEngineLooksOfRound32(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "canon", text: "Le kiné est canon, franchement je paierais pour qu'il me masse sans serviette.", decision: Review, kinds: abuse},
		{name: "buenísima", text: "La enfermera rubia está buenísima, vuelvo mañana aunque no esté enfermo jeje", decision: Review, kinds: abuse},
		{name: "mau caminho", text: "O enfermeiro é um pedaço de mau caminho, quero ser atendida só por ele 😏", decision: Review, kinds: abuse},
		{name: "sexy", text: "Une conseillère URSSAF aussi sexy, on devrait mettre sa photo sur les courriers de relance.", decision: Review, kinds: abuse},
		{name: "escote", text: "La enfermera con ese escote no debería estar en un hospital.", decision: Review, kinds: abuse},
		{name: "legs", text: "Is the new GP single? Asking for a friend. Seriously though, legs up to her neck.", decision: Review, kinds: abuse},
		{name: "cleavage far after", text: "L'infirmière qui m'a fait la prise de sang avait un décolleté de rêve, je me serais bien fait piquer ailleurs ;)", decision: Review, kinds: abuse},
		{name: "a great site", text: "Le nouveau site de la CAF est canon, bravo aux agents.", decision: Publish, absent: abuse},
		{name: "a water cannon", text: "La police a sorti le canon à eau devant la préfecture, les agents ont eu peur.", decision: Publish, absent: abuse},
		{name: "a paella", text: "La paella del comedor está buenísima, gracias a la cocinera.", decision: Publish, absent: abuse},
		{name: "a site not sexy", text: "La conseillère m'a dit que le nouveau site n'est pas très sexy mais qu'il marche.", decision: Publish, absent: abuse},
		{name: "physiotherapists", text: "Les kinés du centre sont débordés, la CPAM ne rembourse que 10 séances.", decision: Publish, absent: abuse},
	})
}

// TestEngineBurstOfRound32: the writer who will burst with anger ("je vais
// exploser, sincèrement", "I'm going to explode.") threatens no one; with
// an object before or after the verb it is a threat ("je vais tout
// exploser", "je vais les exploser", "explode your office").
func TestEngineBurstOfRound32(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "sincèrement", text: "Encore un courrier en double, encore un formulaire. Je vais exploser, sincèrement. Simplifiez !", decision: Publish, absent: threat},
		{name: "là", text: "Je vais exploser là, trois mois sans réponse.", decision: Publish, absent: threat},
		{name: "explode.", text: "Another letter asking for the same payslips. I'm going to explode.", decision: Publish, absent: threat},
		{name: "voy a explotar", text: "Voy a explotar, de verdad, tres meses sin respuesta.", decision: Publish, absent: threat},
		{name: "tout exploser", text: "Je vais tout exploser à la CAF.", decision: Reject, kinds: threat},
		{name: "les exploser", text: "Si on me refuse encore je vais les exploser.", decision: Reject, kinds: threat},
		{name: "exploser la préfecture", text: "Je vais exploser la préfecture.", decision: Reject, kinds: threat},
		{name: "explode your office", text: "I'm going to explode your office.", decision: Reject, kinds: threat},
	})
}

// TestEngineInsultsOfRound32: a drunkard and an old fool as name-calling,
// a bird of prey set off by commas after a person ("l'huissier…, ce
// vautour sans cœur, a fait…"), the trope of a group running the
// institutions, and an interjection before "vous", which swears at the
// situation and is profanity. Not a vulture in a nest, volunteers who run
// the council's food bank, "putain vous êtes nuls" (aimed at people).
func TestEngineInsultsOfRound32(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "poivrot", text: "Le chauffeur du bus scolaire est un poivrot, il sent le vin à 7 h du matin.", decision: Review, kinds: abuse},
		{name: "vieille folle", text: "La voisine d'en face, vieille folle qui appelle les flics chaque fois que mes gosses jouent dehors.", decision: Review, kinds: abuse},
		{name: "ce vautour", text: "L'huissier envoyé par le Trésor public, ce vautour sans cœur, a fait l'inventaire de mes meubles devant mes enfants.", decision: Review, kinds: abuse},
		{name: "cette vipère", text: "La conseillère, cette vipère, m'a raccroché au nez.", decision: Review, kinds: abuse},
		{name: "run the council", text: "Jews run the council and rig every planning decision, everyone knows it.", decision: Reject, kinds: abuse},
		{name: "tiennent la mairie", text: "Les juifs tiennent la mairie, c'est connu.", decision: Reject, kinds: abuse},
		{name: "a vulture protected", text: "L'agent de la mairie a photographié le nid, ce vautour est protégé.", decision: Publish, absent: abuse},
		{name: "vultures over the dump", text: "Des vautours tournaient au-dessus de la décharge, la mairie doit agir.", decision: Publish, absent: abuse},
		{name: "volunteers", text: "Volunteers run the council's food bank on Fridays, great people.", decision: Publish, absent: abuse},
		{name: "an old van", text: "Le vieux fourgon de la mairie est en panne.", decision: Publish, absent: abuse},
		{name: "putain, vous", text: "Trois heures d'attente. Putain, vous ne pouvez pas afficher la liste des pièces à l'entrée ?", decision: Review, kinds: []Kind{KindProfanity}, absent: abuse},
		{name: "merde, vous", text: "Merde, vous avez encore perdu mon dossier.", decision: Review, kinds: []Kind{KindProfanity}},
		{name: "putain vous êtes nuls", text: "Putain vous êtes nuls", decision: Review, kinds: abuse},
	})
}

// TestEngineAddressesOfRound32: a block of flats followed by a frequent
// word ("…at 6 Tennyson House for over a year"), a French street with its
// number after it in a home's words ("Wir wohnen Rue des Vosges 14"),
// services that report scams and British commissions kept. Not opera
// tickets, a public building's meeting, a street walked past three times.
func TestEngineAddressesOfRound32(t *testing.T) {
	pd := []Kind{KindPersonalData}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a block of flats", text: "We've had damp and black mould in our council flat at 6 Tennyson House for over a year.", decision: Publish, kinds: pd, gone: []string{"Tennyson"}},
		{name: "a block that has damp", text: "My flat at 6 Tennyson House has damp.", decision: Publish, kinds: pd, gone: []string{"Tennyson"}},
		{name: "Rue des Vosges 14", text: "Wir wohnen Rue des Vosges 14. Bitte um Rückruf.", decision: Publish, kinds: pd, gone: []string{"Vosges 14"}},
		{name: "habitons rue … 14", text: "Nous habitons rue des Vosges 14 depuis 2019.", decision: Publish, kinds: pd, gone: []string{"Vosges 14"}},
		{name: "calle de …", text: "Vivo en la calle de Santa Engracia 123, 4.º izq. Llámenme.", decision: Publish, kinds: pd, gone: []string{"Engracia 123"}},
		{name: "three times down a street", text: "Je suis passée rue des Lilas 3 fois sans trouver la mairie annexe.", decision: Publish, absent: pd, kept: []string{"rue des Lilas 3 fois"}},
		{name: "a town hall's annex", text: "La mairie annexe rue Pasteur 2 est fermée.", decision: Publish, absent: pd, kept: []string{"rue Pasteur 2"}},
		{name: "opera tickets", text: "I bought 3 Opera House tickets for my mum.", decision: Publish, absent: pd, kept: []string{"3 Opera House tickets"}},
		{name: "a meeting at a public building", text: "The meeting is held at 1 Kings House for the whole estate.", decision: Publish, absent: pd, kept: []string{"1 Kings House"}},
		{name: "Info Escroqueries", text: "Après un faux SMS « ameli », j'ai appelé Info Escroqueries au 0 805 805 817.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Info Escroqueries"}},
		{name: "the Charity Commission", text: "I've been trying to reach the Charity Commission for two months.", decision: Publish, absent: []Kind{KindPersonName}, kept: []string{"Charity Commission"}},
	})
}

// TestEngineReviewedOfRound32: what the review of round 32 found, kept as
// it now reads. Fair: a childminder's fees, a reseller of slots reported,
// an official quoted, a parents' Facebook group beside a school's site, a
// trainer's complaint, a cleaner's complaint, a public television's site,
// a missing space after a full stop, a reception said great, a file not
// sexy, a back door, a school's dress code, a pension's décote, a library
// said great, a burst of anger at the emergency ward. Harmful: bursts said
// to the reader or with a belt (reviewed), a bomb bought (rejected),
// groups said unfit for a work.
func TestEngineReviewedOfRound32(t *testing.T) {
	threat, spam, abuse := []Kind{KindThreat}, []Kind{KindSpam}, []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a childminder", text: "I'm a registered childminder, I charge parents through Tax-Free Childcare and HMRC hasn't paid me since March. Message me if it's the same for you.", decision: Publish, absent: spam},
		{name: "a reseller reported", text: "Scandale : un homme revend des créneaux de la préfecture de Bobigny sur un groupe Facebook à 50 €. Que fait la préfecture ?", decision: Publish, absent: spam},
		{name: "appointments sold, reported", text: "Someone on the local Facebook group is selling appointments for the passport office at £80, please report them to HMPO.", decision: Publish, absent: spam},
		{name: "the mayor quoted", text: "Le maire répond aux questions sur Instagram et dit « suivez ma page » au lieu d'ouvrir l'accueil de la mairie le samedi.", decision: Publish, absent: spam},
		{name: "the parents' group", text: "Sur le groupe Facebook des parents d'élèves on nous dit que la cantine augmente. Le site de l'école (ecole-jferry-rennes.fr) ne dit rien.", decision: Publish, absent: spam},
		{name: "a trainer", text: "Je suis formatrice à l'AFPA : nos formateurs ne sont plus payés depuis deux mois par la Région. Plus d'infos sur afpa.fr", decision: Publish, absent: spam},
		{name: "a cleaner's complaint", text: "Je fais du ménage chez des particuliers et l'URSSAF ne prend plus mes heures CESU depuis janvier. Si quelqu'un a eu le même souci, écrivez-moi en privé.", decision: Publish, absent: spam},
		{name: "france.tv", text: "Reportage sur les urgences de Cahors sur france.tv, à voir aussi sur YouTube : les soignants sont à bout.", decision: Publish, absent: spam},
		{name: "again.Finance", text: "Council tax went up again.Finance team never answers, and the discount for single occupancy was removed without notice.", decision: Publish, absent: spam},
		{name: "a reception said great", text: "Franchement l'accueil est canon depuis les travaux, la conseillère m'a reçue en cinq minutes.", decision: Publish, absent: abuse},
		{name: "a report said great", text: "Le rapport du médiateur est canon, bravo à la directrice qui l'a porté.", decision: Publish, absent: abuse},
		{name: "not sexy", text: "Le dossier n'est pas très sexy, mais la conseillère a été patiente et claire.", decision: Publish, absent: abuse},
		{name: "a back door", text: "El celador me dijo que entrara por el acceso trasero del hospital porque la puerta principal estaba en obras.", decision: Publish, absent: abuse},
		{name: "a dress code", text: "En el instituto prohíben a las chicas llevar escote; la directora dice que es el reglamento. Me parece sexista.", decision: Publish, absent: abuse},
		{name: "a pension's décote", text: "La conseillère CARSAT m'a bien expliqué la décote sur ma retraite, très claire.", decision: Publish, absent: abuse},
		{name: "a library", text: "La nueva biblioteca está buenísima, la bibliotecaria nos ayudó mucho.", decision: Publish, absent: abuse},
		{name: "the girl at the window", text: "La chica de la ventanilla 2 está buenísima, a esa le daba yo lo suyo y más.", decision: Review, kinds: abuse},
		{name: "a burst at the ward", text: "Je vais exploser, là, vraiment. Quatre heures d'attente aux urgences.", decision: Publish, absent: threat},
		{name: "a burst at the préfecture", text: "Trois mois sans nouvelles de la préfecture, je vais exploser !", decision: Publish, absent: threat},
		{name: "a burst said to the reader", text: "Je vais exploser. La ceinture est prête, vous avez été prévenus.", decision: Review, kinds: threat},
		{name: "a burst not alone", text: "Je vais exploser, bientôt. Et je ne partirai pas seul, croyez-moi.", decision: Reject, kinds: threat}, // round 35: not going alone after the writer's intent is a threat
		{name: "a bomb bought", text: "J'ai acheté de quoi faire une bombe. Je vais exploser, vraiment.", decision: Reject, kinds: threat},
		{name: "everyone blown up", text: "Je vais exploser là. Vous allez tous sauter avec moi.", decision: Reject, kinds: threat},
		{name: "the bomb will", text: "La bombe va exploser à la CAF.", decision: Reject, kinds: threat},
		{name: "women unfit", text: "Women shouldn't be paramedics. Too weak, too emotional.", decision: Reject, kinds: abuse},
		{name: "muslims unfit", text: "Muslims should not be teachers.", decision: Reject, kinds: abuse},
		{name: "femmes inaptes", text: "Les femmes ne devraient pas être commissaires, elles sont trop émotives.", decision: Reject, kinds: abuse},
		{name: "migrants treated", text: "Migrants shouldn't be treated like criminals by the staff.", decision: Publish, absent: abuse},
		{name: "women not afraid", text: "Women shouldn't be afraid to ask the nurse for help.", decision: Publish, absent: abuse},
		{name: "a rule reported", text: "Women can't be nurses in that unit on nights, the hospital said, which is odd.", decision: Publish, absent: abuse},
		{name: "punching bags", text: "Women shouldn't be paramedics' punching bags, the ambulance service must act.", decision: Publish, absent: abuse},
	})
}

// TestEngineNameCallingOfRound32: an intensifier before an animal or a
// thing a person is called, said to the reader, after a copula or on its
// own ("total muppet", "you absolute cabbage", "a complete and utter
// clown"), the old dinosaur said of a person, an old battleaxe, a pathetic
// excuse for a doctor, an old fool, a raving madwoman. Not a total star,
// a fossil or a parrot as a verb's object, a dinosaur at a museum or
// proud to write letters, a Viking battleaxe, no excuse for a doctor, a
// Chinese dragon, the writer furious. (A noun of contempt opening the
// sentence after one that named a person, "…d'une bêtise crasse. Une
// cruche qui…", was tried and dropped after the round's review: "Merci à
// l'animatrice de l'atelier poterie. Une cruche, deux bols et un vase".)
func TestEngineNameCallingOfRound32(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "total muppet", text: "ur colleague at the counter is he thick or what?? total muppet, explained it to him 3 times", decision: Review, kinds: abuse},
		{name: "absolute cabbage", text: "Are your call handlers trained to be this dense? It's a boiler, you absolute cabbage.", decision: Review, kinds: abuse},
		{name: "complete and utter", text: "Gary from planning is a complete and utter clown.", decision: Review, kinds: abuse},
		{name: "a dinosaur who", text: "He's a dinosaur who should have retired twenty years ago.", decision: Review, kinds: abuse},
		{name: "a pottery class", text: "Merci à l'animatrice de l'atelier poterie. Une cruche, deux bols et un vase pour ma fille.", decision: Publish, absent: abuse},
		{name: "a fossil", text: "We went to see a complete fossil at the museum, the guide was lovely.", decision: Publish, absent: abuse},
		{name: "a parrot", text: "My son adopted a proper parrot that talks, the vet at the council clinic was great.", decision: Publish, absent: abuse},
		{name: "a museum's dinosaur", text: "The dinosaur who roars at the museum scared my son, the staff were kind.", decision: Publish, absent: abuse},
		{name: "proud dinosaur", text: "Proud to be a dinosaur who still writes letters to the council.", decision: Publish, absent: abuse},
		{name: "a Viking battleaxe", text: "The Viking battleaxe exhibit at the council museum is superb.", decision: Publish, absent: abuse},
		{name: "no excuse", text: "There is no excuse for a doctor to keep patients waiting three hours.", decision: Publish, absent: abuse},
		{name: "furious", text: "J'étais folle furieuse en sortant de la préfecture, trois heures pour rien.", decision: Publish, absent: abuse},
		{name: "mistletoe", text: "Le gui est un parasite, merci aux espaces verts de l'avoir retiré des tilleuls du parc.", decision: Publish, absent: abuse},
		{name: "a dinosaur", text: "The GP is an incompetent dinosaur who should have retired twenty years ago.", decision: Review, kinds: abuse},
		{name: "a battleaxe", text: "The librarian is a snooty old battleaxe who shushes children for breathing.", decision: Review, kinds: abuse},
		{name: "an excuse for a doctor", text: "What a pathetic excuse for a doctor. Couldn't even look me in the eye.", decision: Review, kinds: abuse},
		{name: "un vieux gâteux", text: "Le conciliateur de justice ? Un vieux gâteux qui s'endort pendant les rendez-vous.", decision: Review, kinds: abuse},
		{name: "folle furieuse", text: "Une vraie folle furieuse à l'accueil, qui hurlait sur tout le monde.", decision: Review, kinds: abuse},
		{name: "a total star", text: "The librarian was a total star, she found the dinosaur book for my son.", decision: Publish, absent: abuse},
		{name: "a dinosaur exhibition", text: "My son loves the dinosaur exhibition, the staff at the museum were lovely.", decision: Publish, absent: abuse},
		{name: "a paper dragon", text: "J'ai parlé à l'agent. Un dragon en papier décorait le hall, c'était joli.", decision: Publish, absent: abuse, modelReviews: true},
		{name: "a Chinese dragon", text: "Le dragon chinois du défilé était superbe, merci à l'animatrice.", decision: Publish, absent: abuse},
		{name: "a stray cat", text: "J'ai vu la conseillère. Un chat errant dormait devant la porte.", decision: Publish, absent: abuse},
		{name: "a system said old", text: "The receptionist said the booking system is a dinosaur and needs replacing.", decision: Publish, absent: abuse},
	})
}

// TestEngineDeathWishedOfRound32: death wished on a group, nature's
// sorting praised, old people as a group. Not old people who love a
// workshop or treated like cattle, migrants left to die condemned, natural
// selection at school.
func TestEngineDeathWishedOfRound32(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "left to starve", text: "Le guichet des titres de séjour est plein de clandestins. Qu'on les laisse crever de faim, ils repartiront tout seuls.", decision: Reject, kinds: abuse},
		{name: "natural selection", text: "Why does the NHS treat illegals for free? Let them die at the door, call it natural selection.", decision: Reject, kinds: abuse},
		{name: "old people parasites", text: "Les vieux qui touchent le minimum vieillesse sont des parasites qui pompent le système. Qu'ils crèvent, on gagnera de la place.", decision: Reject, kinds: abuse},
		{name: "sélection naturelle", text: "Les handicapés coûtent une fortune à la MDPH. Dans le temps la sélection naturelle faisait le tri.", decision: Reject, kinds: abuse},
		{name: "a workshop", text: "Les vieux de la résidence adorent l'atelier mémoire de la mairie, merci !", decision: Publish, absent: abuse},
		{name: "treated like cattle", text: "Old people are treated like cattle at the hospital, it's shameful.", decision: Publish, absent: abuse},
		{name: "left to die condemned", text: "Le gouvernement préfère laisser les migrants mourir en mer, honte à l'Europe.", decision: Publish, absent: abuse},
		{name: "biology at school", text: "My son studies natural selection at school; the migrants in his class love biology, great teacher.", decision: Publish, absent: abuse},
		{name: "forms online", text: "Les vieux ont besoin d'aide pour remplir les formulaires en ligne, c'est scandaleux.", decision: Publish, absent: abuse},
	})
}

// TestEngineReviewedAgainOfRound32: what the round's second review found.
// Fair: an apposition that tells where an animal is or what was done to
// it, an animal named before its apposition, vultures of a gorge, slum
// landlords who prey on migrants, insults quoted as a name given or an
// answer received, women who run the council, a trope called a myth,
// patients on a ward, a street passed twice, a street's children, a
// surname after a title that is a platform's name. Harmful: Jews running
// the town hall or HMRC, swearing then judging the reader.
func TestEngineReviewedAgainOfRound32(t *testing.T) {
	abuse, pd := []Kind{KindAbuse}, []Kind{KindPersonalData}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a lost dog", text: "Le gendarme a retrouvé Noisette, cette chienne perdue, près du lavoir, merci à lui.", decision: Publish, absent: abuse},
		{name: "a runaway cow", text: "L'agent de police municipale a ramené la vache du voisin, cette vache fugueuse, dans son pré.", decision: Publish, absent: abuse},
		{name: "a sow", text: "La directrice nous a présenté Pistache, cette truie de la ferme pédagogique, et ses douze porcelets.", decision: Publish, absent: abuse},
		{name: "griffon vultures", text: "Vous verrez des vautours fauves au-dessus des gorges, merci à l'office de tourisme.", decision: Publish, absent: abuse},
		{name: "slum landlords", text: "Les marchands de sommeil, ces vautours, exploitent les migrants.", decision: Publish, absent: abuse},
		{name: "the gardien, ce rat", text: "Le gardien de la résidence, ce rat, garde les colis pour lui.", decision: Review, kinds: abuse},
		{name: "a name given", text: "Ma voisine de 85 ans se fait appeler « la vieille folle » par des jeunes du quartier ; la médiatrice sociale est intervenue, merci.", decision: Publish, absent: abuse},
		{name: "an answer received", text: "Le gendarme m'a répondu « on n'est pas là pour ramasser les pochtrons » alors que je signalais un homme inconscient.", decision: Publish, absent: abuse},
		{name: "women run the council", text: "Women run the council now and honestly the bins have never been collected so reliably.", decision: Publish, absent: abuse},
		{name: "a myth", text: "It's a myth that Jews run the government; the council's anti-racism workshop explained where it comes from.", decision: Publish, absent: abuse},
		{name: "jews run HMRC", text: "Jews run HMRC, that's why normal working people get squeezed.", decision: Reject, kinds: abuse},
		{name: "juifs tiennent la mairie", text: "Les juifs tiennent la mairie, c'est connu.", decision: Reject, kinds: abuse},
		{name: "patients on a ward", text: "Women shouldn't be patients on a mixed ward, the hospital must change this.", decision: Publish, absent: abuse},
		{name: "merde, vous êtes", text: "Merde, vous êtes nuls à chier !", decision: Review, kinds: abuse},
		{name: "a street passed twice", text: "J'habite à Lyon et je suis passé rue de la République 2 fois sans trouver la CAF.", decision: Publish, absent: pd, kept: []string{"République 2 fois"}},
		{name: "a street's children", text: "Chez nous, rue des Écoles 30 enfants attendent le bus.", decision: Publish, absent: pd, kept: []string{"Écoles 30 enfants"}},
		{name: "home since", text: "Nous habitons rue des Vosges 14 depuis 2019.", decision: Publish, kinds: pd, gone: []string{"Vosges 14"}},
		{name: "M. Pharos", text: "M. Pharos a été odieux au guichet.", decision: Publish, gone: []string{"Pharos"}},
	})
}

// TestEngineOffersOfRound32Read81: offers made to the readers after a
// review (heldout-81), a lottery won by an e-mail address, an inheritance
// unlocked by an advance fee and a chain message threatening a file (both
// reviewed since the round's third review lowered their words; the chain
// message rejected again since round 36 weighs its "ce n'est pas une
// blague"); a junk
// text that opens by congratulating is no review before it, while a
// sentence telling of the writer's dealings with a service is one (a
// moderator cuts the ad). Not a citizen with a business who asks for
// help, a citizen who points to a public number, a deadline and a
// counter, a pool's first month, a fire station's open day, an estate's
// funds. (Left: "si vous cherchez quelqu'un pour vos travaux…, je suis
// artisan, appelez-moi au 06…", whose words a citizen's tip shares; "Tip:
// use my bookkeeping service instead, first month free, email …", since
// "service" as the writer's business made a paid helper's ad after a
// review junk, heldout-10.)
func TestEngineOffersOfRound32Read81(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "translations", text: "O atendimento na Loja do Cidadão foi rápido. Aproveito para divulgar o meu serviço de traduções certificadas, contacto: traducoes.certificadas.lx@sapo.pt", decision: Review, kinds: spam},
		{name: "a restaurant", text: "Le conseil départemental a enfin réparé la D17. Profitez-en pour venir à mon restaurant Chez Nounou, menu du jour 14,90 €, réservation au 04 78 55 12 90.", decision: Review, kinds: spam},
		{name: "a lottery", text: "CONGRATULATIONS!!! YOUR EMAIL ADDRESS HAS WON £850,000 IN THE INTERNATIONAL WINNERS DRAW. SEND YOUR FULL NAME AND BANK DETAILS TO claims.dept.uk@outlook.com TO RECEIVE YOUR PRIZE", decision: Reject, kinds: spam},
		{name: "an inheritance", text: "Eredità di 2,5 milioni di euro da un lontano parente: per sbloccarla serve solo un piccolo anticipo di 450 €. Scrivere all'avvocato: studio.legale.eredita@libero.it", decision: Review, kinds: spam},
		{name: "a chain message", text: "⚠️ Partagez ce message à 10 personnes sinon votre dossier CAF sera bloqué !!! Ce n'est pas une blague. PARTAGEZ !!!", decision: Reject, kinds: spam},
		{name: "junk in a service's name", text: "Besoin d'un rdv préfecture rapide ? Nous vendons des créneaux garantis en 48h !!! Paiement sécurisé sur www.rdv-prefecture-express.fr", decision: Reject, kinds: spam},
		{name: "a business asking for help", text: "I run a small business and HMRC lost my VAT return twice, call me on 07911 123456 if you can help.", decision: Publish, absent: spam},
		{name: "a public number", text: "If anyone needs help with the CAF form, the France Services advisers are great, call 3939.", decision: Publish, absent: spam},
		{name: "a deadline", text: "Il me reste 3 jours pour envoyer mon dossier, réservation au guichet impossible à la préfecture.", decision: Publish, absent: spam},
		{name: "a pool's first month", text: "La piscine municipale : premier mois offert aux nouveaux abonnés, mais les vestiaires sont sales. Infos au 04 78 00 00 00.", decision: Publish, absent: spam},
		{name: "an open day", text: "Portes ouvertes à la caserne samedi, profitez-en pour venir avec les enfants, les pompiers sont super.", decision: Publish, absent: spam},
		{name: "an estate's funds", text: "Le notaire a mis 14 mois pour débloquer les fonds de l'héritage d'un parent éloigné, les impôts n'aident pas.", decision: Publish, absent: spam},
		{name: "a junk headline", text: "Mairie de Lyon informe. Casino en ligne : 500 € offerts, inscription sur www.casino-lyon-bonus.com, jackpot garanti !", decision: Reject, kinds: spam},
	})
}

// TestEngineInsultsOfRound32Read81: an animal after a colon or a question
// mark that ends words naming a person ("…qui ont contrôlé mon fils : des
// pitbulls en uniforme", "Le docteur des urgences ? Un âne bâté."), an
// animal in a uniform or with a badge, a race of thieves, a religion of
// violence, words in triple parentheses. Not a dog that bit the postman,
// a peacock of the park, a witch costume, a donkey in costume at a fair,
// firemen in uniform, a stressed word in parentheses.
func TestEngineInsultsOfRound32Read81(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "pitbulls en uniforme", text: "Les deux policiers de la BAC qui ont contrôlé mon fils : des pitbulls en uniforme, tout dans les muscles, rien dans le crâne.", decision: Review, kinds: abuse},
		{name: "gorila con placa", text: "El policía local que me multó: un gorila con placa y cero neuronas.", decision: Review, kinds: abuse},
		{name: "âne bâté", text: "Le docteur des urgences de Mâcon ? Un âne bâté. Il a pris l'appendicite de ma femme pour une gastro.", decision: Review, kinds: abuse},
		{name: "pavone in divisa", text: "Quel vigile urbano è un pallone gonfiato, un pavone in divisa.", decision: Review, kinds: abuse},
		{name: "race de voleurs", text: "Les caravanes sont revenues sur le terrain de foot municipal. Cette race de voleurs ne changera jamais.", decision: Reject, kinds: abuse},
		{name: "religion de violence", text: "Ça en dit long sur cette religion de violence, il faut fermer les frontières.", decision: Reject, kinds: abuse},
		{name: "(((them)))", text: "Funny how the bank managers and the media bosses are always (((them))). Wake up people.", decision: Reject, kinds: abuse},
		{name: "(((urgent)))", text: "C'est (((urgent))), merci de me rappeler.", decision: Publish, absent: abuse},
		{name: "(((hugs)))", text: "Thanks to the nurses on ward 4 (((hugs))).", decision: Publish, absent: abuse},
		{name: "a stressed phrase", text: "Le formulaire (((ne marche pas))) depuis hier", decision: Publish, absent: abuse},
		{name: "a dog that bit", text: "La policière m'a expliqué : un pitbull avait mordu le facteur, le propriétaire a été verbalisé.", decision: Publish, absent: abuse},
		{name: "a peacock", text: "Le paon du parc municipal s'est échappé, merci aux agents des espaces verts de l'avoir retrouvé.", decision: Publish, absent: abuse},
		{name: "a witch costume", text: "Pour Halloween, la maîtresse était déguisée en sorcière, les enfants ont adoré.", decision: Publish, absent: abuse},
		{name: "a donkey in costume", text: "Le comité des fêtes a organisé un concours de bourrique en costume, merci à l'animatrice.", decision: Publish, absent: abuse},
		{name: "firemen in uniform", text: "Les pompiers en uniforme ont fait une démonstration à l'école, les enfants étaient ravis.", decision: Publish, absent: abuse},
	})
}

// TestEngineLikenedOfRound32: a group likened to vermin by a copula ("Les
// migrants, c'est comme les cafards", "Immigrants are like rats"), the
// Polish lot, a group with no business somewhere, diseases said to be
// brought by a group, wits mocked by idioms said of a person. Not people
// treated like dogs, refugees likened to birds, migrants like us.
func TestEngineLikenedOfRound32(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "comme les cafards", text: "Les migrants, c'est comme les cafards : on en loge un, il en arrive cent.", decision: Reject, kinds: abuse},
		{name: "like rats", text: "Immigrants are like rats at the préfecture, breeding in the queue.", decision: Reject, kinds: abuse},
		{name: "the Polish lot", text: "Polish lot are all drunks and benefit cheats.", decision: Reject, kinds: abuse},
		{name: "leurs virus", text: "Les Chinois du quartier mangent n'importe quoi et nous ramènent leurs virus.", decision: Reject, kinds: abuse},
		{name: "the sharpest crayon", text: "Shout out to the genius at the council who sent my letter to a demolished house. Truly the sharpest crayon in the box.", decision: Review, kinds: abuse},
		{name: "thick as a box of rocks", text: "Whoever answers the council tax line is thick as a box of rocks.", decision: Review, kinds: abuse},
		{name: "quand Dieu a distribué", text: "Quand Dieu a distribué les cerveaux, l'huissier était aux toilettes.", decision: Review, kinds: abuse},
		{name: "treated like dogs", text: "Les migrants sont traités comme des chiens à la préfecture, c'est honteux.", decision: Publish, absent: abuse},
		{name: "like birds", text: "Les migrants sont comme des oiseaux tombés du nid, il faut les aider.", decision: Publish, absent: abuse},
		{name: "like us", text: "Les migrants sont comme nous, ils veulent juste travailler.", decision: Publish, absent: abuse},
		{name: "treated like animals", text: "Refugees are treated like animals at the border.", decision: Publish, absent: abuse},
	})
}

// TestEngineGroupsOfRound32Read81: groups the lists lacked and what they
// are said to be (heldout-81). Not the Bretons' music in their blood,
// the Portuguese association's meal, boomers at a workshop, firms that
// profit from the system.
func TestEngineGroupsOfRound32Read81(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "la violence dans le sang", text: "J'ai rien contre les Arabes, mais faut avouer qu'ils ont la violence dans le sang.", decision: Reject, kinds: abuse},
		{name: "bon qu'à", text: "Les Portugais, c'est bon qu'à couler du béton et faire des ménages, pas à être chef de service à la mairie.", decision: Reject, kinds: abuse},
		{name: "poids morts", text: "Les handicapés mentaux coûtent une fortune à la MDPH pour rien. Ce sont des poids morts.", decision: Reject, kinds: abuse},
		{name: "voleurs de poules", text: "Ces gens-là sont tous des voleurs de poules, fermez l'aire et virez-les du département.", decision: Reject, kinds: abuse},
		{name: "boomers", text: "Boomers are a plague. Selfish old leeches who should be put at the back of the queue.", decision: Reject, kinds: abuse},
		{name: "profitent du système", text: "À la CAF du 93 c'est que des Africains qui profitent du système.", decision: Reject, kinds: abuse},
		{name: "music in their blood", text: "Les Bretons ont la musique dans le sang, bravo à la mairie pour le festival.", decision: Publish, absent: abuse},
		{name: "a meal", text: "Les Portugais de l'association ont organisé un repas, bravo.", decision: Publish, absent: abuse},
		{name: "boomers at a workshop", text: "Les boomers du quartier ont aidé à l'atelier numérique de la mairie, merci !", decision: Publish, absent: abuse},
		{name: "firms", text: "Les entreprises profitent du système et la CAF contrôle les pauvres.", decision: Publish, absent: abuse, modelReviews: true},
	})
}

// TestEngineReviewedThirdOfRound32: what the round's third review found
// (328 probes, 197 fair). Fair: a park's peacock after "c'è" and after a
// colon, a vet's chimp, a show's witch, a dog the caretaker warned of, the
// writer's own wits, a faith said not to be a religion of violence, a
// likeness called a lie, a library's first month free, a fair's winners
// draw, hugs in parentheses. Harmful: the doctor asked about then called
// a donkey, a pitbull in uniform, a peacock of a guard.
func TestEngineReviewedThirdOfRound32(t *testing.T) {
	abuse, spam := []Kind{KindAbuse}, []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "c'è un pavone", text: "Nel parco comunale c'è un pavone bellissimo, complimenti ai giardinieri.", decision: Publish, absent: abuse},
		{name: "c'est un vrai rat", text: "Le gardien, c'est un vrai rat, il garde les colis.", decision: Review, kinds: abuse},
		{name: "a park's peacock", text: "Il sindaco ha inaugurato il nuovo parco: un pavone e due cigni nel laghetto, bellissimo.", decision: Publish, absent: abuse},
		{name: "a dog warned of", text: "Le gardien de l'immeuble m'a prévenu : un pitbull traîne dans la cour, la mairie a envoyé la fourrière en une heure.", decision: Publish, absent: abuse},
		{name: "a show's witch", text: "Au spectacle de fin d'année, la directrice : une sorcière très drôle, et le maire en chevalier. Quelle ambiance !", decision: Publish, absent: abuse, modelReviews: true},
		{name: "my own wits", text: "I'm not the sharpest tool in the shed with computers, but the library staff patiently helped me.", decision: Publish, absent: abuse},
		{name: "not a religion of violence", text: "Islam is not a religion of violence, and the imam's open day at the mosque with the council proved it.", decision: Publish, absent: abuse},
		{name: "a likeness called racism", text: "Quand un élu dit que les migrants sont comme des cafards, c'est du racisme, et la mairie doit le dire.", decision: Publish, absent: abuse},
		{name: "a library's month", text: "La médiathèque offre le premier mois gratuit pour l'abonnement numérique, merci.", decision: Publish, absent: spam},
		{name: "(((hugs)))", text: "Merci aux infirmières de nuit (((bisous))).", decision: Publish, absent: abuse},
		{name: "a donkey after a question", text: "Le docteur des urgences ? Un âne bâté.", decision: Review, kinds: abuse},
		{name: "a guard a peacock", text: "Quel vigile è un pavone vanitoso.", decision: Review, kinds: abuse},
		{name: "a pitbull in uniform", text: "Les deux policiers de la BAC : des pitbulls en uniforme, rien dans le crâne.", decision: Review, kinds: abuse},
	})
}
