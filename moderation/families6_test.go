package moderation

import "testing"

// Families of misses found on heldout-8, written anew.

func TestEngineNamesRound5(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a lower-case surname after a lower-case first name a role word announces", text: "the adviser called nadia girard at the tax office sorted it out, thanks nadia", decision: Publish, gone: []string{"nadia", "girard"}, kept: []string{"adviser", "tax office"}},
		{name: "a lower-case first name a few words after a role word", text: "La conseillère du guichet 3, nadia il me semble, a tout repris depuis le début.", decision: Publish, gone: []string{"nadia"}, kept: []string{"conseillère", "guichet"}},
		{name: "a title and a role are no name", text: "Madame la Conseillère, je vous remercie de votre réponse rapide.", decision: Publish, kept: []string{"Conseillère"}},
		{name: "a lone first name after in is a place", text: "We moved from Leeds, been in Florence six years now, the consulate was helpful.", decision: Publish, kept: []string{"Florence"}},
		{name: "a name in capitals stops before the agency", text: "M. GARNIER DE LA MAIRIE M'A RENVOYE CHEZ MOI TROIS FOIS.", decision: Review, gone: []string{"GARNIER"}, kept: []string{"MAIRIE"}},
		{name: "a name in capitals stops before a hyphenated agency", text: "MME ROUSSEL DE LA SOUS-PREFECTURE NE REPOND JAMAIS AU TELEPHONE.", decision: Review, gone: []string{"ROUSSEL"}, kept: []string{"SOUS-PREFECTURE"}},
	})
}

func TestEngineSpamRound5(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "credit without checks in German", text: "Sofortkredit ohne Schufa bis 20.000 €, Zusage in 24 Stunden: kredit-express99.de", decision: Reject, kinds: []Kind{KindSpam}},
		{name: "a clairvoyant's free first question", text: "Voyance gratuite 24h/24, Madame Sylvie lit votre avenir amoureux, première question offerte.", decision: Reject, kinds: []Kind{KindSpam}},
		{name: "a money-doubling scheme", text: "Doublez vos aides sociales en bitcoin grâce à notre méthode secrète.", decision: Reject, kinds: []Kind{KindSpam}},
		{name: "a citizen who met a clairvoyant is no spam", text: "La voyante du marché m'avait prédit un refus, la préfecture a confirmé.", decision: Publish, absent: []Kind{KindSpam}},
	})
}

func TestEngineHateAndSexualRemarksRound5(t *testing.T) {
	clean := []Kind{KindAbuse, KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a group called a scourge", text: "Les Roms sont un fléau pour cette commune, la mairie les laisse faire.", decision: Reject, kinds: []Kind{KindAbuse}},
		{name: "a group said to hold power", text: "Tout le monde sait que ce sont les francs-maçons et les juifs qui tirent les ficelles à la préfecture.", decision: Reject, kinds: []Kind{KindAbuse}},
		{name: "a scourge that is no group", text: "Le non-recours aux droits est un fléau, la CAF devrait écrire aux familles.", decision: Publish, absent: clean},
		{name: "a remark on an intern's body", text: "La stagiaire de l'accueil a un joli cul, c'est bien la seule raison d'y aller.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "a remark on a clerk's body in English", text: "That receptionist at the tax office has a great butt, honestly.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "working one's backside off is profanity", text: "Je me suis cassé le cul à tout scanner et le dossier est encore incomplet.", decision: Review, kinds: []Kind{KindProfanity}, absent: clean},
	})
}

func TestEngineVeiledThreatsRound5(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "knowing when the reader leaves work, and accidents", text: "Je sais à quelle heure vous quittez le bureau. Un accident, ça arrive.", decision: Reject, kinds: threat},
		{name: "the same in Italian", text: "So a che ora esce dal lavoro, signora. Gli incidenti capitano.", decision: Reject, kinds: threat},
		{name: "the reader's children and a warning", text: "Vos enfants sont au collège Voltaire, je me suis renseigné. Vous êtes prévenue.", decision: Reject, kinds: threat},
		{name: "an accident of one's own is no threat", text: "Les accidents arrivent : j'ai renversé du café sur mon dossier, il faut le refaire.", decision: Publish, absent: []Kind{KindThreat, KindAbuse}},
	})
}

func TestEngineRound5Misc(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "foreigners called spongers in German", text: "Die Ausländer beim Jobcenter sind alle Schmarotzer, raus mit dem Gesindel.", decision: Reject, kinds: []Kind{KindAbuse}},
		{name: "the reader's schedule and a meeting in the car park", text: "Tu termines à 18h le jeudi, je le sais. Je serai sur le parking.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "the writer's own schedule and a meeting is no threat", text: "Je termine à 18h le jeudi, je serai sur le parking de la CAF pour mon rendez-vous.", decision: Publish, absent: []Kind{KindThreat, KindAbuse}},
	})
}

func TestEngineIdiomsRound5(t *testing.T) {
	clean := []Kind{KindAbuse, KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "dying of laughter is no threat", text: "Franchement, vous me tuez de rire avec vos formulaires en trois exemplaires.", decision: Publish, absent: clean},
		{name: "killing someone with laughter is no threat either", text: "Avec vos délais je vous tue de rire, c'est dire.", decision: Publish, absent: clean},
		{name: "a threat said with laughter is one", text: "Je vais vous tuer, et ce n'est pas pour rire.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "Spanish con is with, however short", text: "con mi hija", decision: Publish, absent: clean},
		{name: "French con before a verb is an insult", text: "Quel con il est, ce conseiller.", decision: Review, kinds: []Kind{KindAbuse}},
	})
}

func TestEngineInsultsByAddress(t *testing.T) {
	clean := []Kind{KindAbuse, KindThreat}
	runEngineCases(t, newTestEngine(t, &Options{NoModels: true}), []engineCase{
		{name: "a noun of contempt said to the reader, whatever the noun", text: "Espèce de mollusque, rendez-moi mon dossier.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "a gang of vegetables at the counter", text: "Bande de navets au guichet 4, vous ne servez à rien.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "in English", text: "You bunch of muppets, pick up the phone.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "a group after a determiner is no address", text: "Une bande de jeunes attendait devant la mairie, rien de grave.", decision: Publish, absent: clean},
		{name: "a kind of form is no address", text: "J'ai reçu une espèce de formulaire illisible de la CAF.", decision: Publish, absent: clean},
		{name: "a pile of papers is no address", text: "Il y a un tas de papiers à remplir pour la prime d'activité.", decision: Publish, absent: clean},
		{name: "a comic book is no address", text: "Bande dessinée offerte aux enfants à la médiathèque, merci.", decision: Publish, absent: clean},
	})
}

func TestEngineNamesThankedAndParticles(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a first name that is a word, thanked", text: "Gracias a Rocío, de France Services, por ayudarme con el formulario.", decision: Publish, gone: []string{"Rocío"}, kept: []string{"France Services"}},
		{name: "thanks with a first name that is a word", text: "Thanks to Rose at the front desk, she found my file.", decision: Publish, gone: []string{"Rose"}},
		{name: "thanks to an institution keep it", text: "Merci à France Services et à la mairie pour leur aide.", decision: Publish, kept: []string{"France Services", "mairie"}},
		{name: "a lower-case particle before a known surname", text: "O senhor Paulo Henrique da Silva, da CAF, resolveu tudo.", decision: Publish, gone: []string{"Paulo", "Henrique", "Silva"}},
		{name: "a town after de is kept", text: "M. Bernard de Paris m'a rappelé hier.", decision: Publish, gone: []string{"Bernard"}, kept: []string{"Paris"}},
	})
}

func TestEngineNamesRound5Titles(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a lawyer named after Me", text: "Me Khelifi, mon avocat, a relancé la préfecture trois fois.", decision: Publish, gone: []string{"Khelifi"}, kept: []string{"avocat"}},
		{name: "Me in English is no title", text: "Me and my husband waited two hours at the town hall.", decision: Publish, kept: []string{"husband"}},
		{name: "a prefect named after his role", text: "Le préfet Lambert a enfin signé l'arrêté.", decision: Publish, gone: []string{"Lambert"}},
		{name: "Madame la Préfète is a title and a role", text: "Madame la Préfète, mon titre de séjour expire le 30 juin.", decision: Publish, kept: []string{"Préfète"}},
		{name: "a shouted ME is no title", text: "VOUS ME COLLEZ DES MAJORATIONS POUR UNE ERREUR QUI VIENT DE CHEZ VOUS", decision: Review, kept: []string{"MAJORATIONS"}},
		{name: "a thanked name with an apostrophe", text: "Huge thanks to Siobhan O'Connell at the town hall for my appointment.", decision: Publish, gone: []string{"Siobhan", "O'Connell"}},
		{name: "an acronym after a role is no name", text: "Je suis gestionnaire RH dans une TPE et le portail est enfin clair.", decision: Publish, kept: []string{"RH", "TPE"}},
	})
}
