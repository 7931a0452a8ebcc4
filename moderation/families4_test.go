package moderation

import "testing"

// Round 4 families, found when heldout-3 was tuned on, each with invented
// texts of the same family and clean controls next to them.

func TestEngineHarmLeftUnsaid(t *testing.T) {
	threat, clean := []Kind{KindThreat}, []Kind{KindThreat, KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a pity if something happened is a threat", text: "Réglez mon dossier. Ce serait dommage qu'il vous arrive quelque chose en rentrant ce soir.", decision: Reject, kinds: threat},
		{name: "something happening to the reader's children is a threat", text: "Il arrive quelque chose à vos enfants si vous ne payez pas, réfléchissez.", decision: Reject, kinds: threat},
		{name: "an English pity is a threat", text: "Sort out my claim. It would be a pity if anything happened to your car.", decision: Reject, kinds: threat},
		{name: "a Spanish pity is a threat", text: "Sería una pena que le pasara algo a su familia, señora.", decision: Reject, kinds: threat},
		{name: "a German pity is a threat", text: "Es wäre schade, wenn Ihnen etwas passiert.", decision: Reject, kinds: threat},
		{name: "an accident soon happened is a threat", text: "Faites attention en sortant, un accident est si vite arrivé.", decision: Reject, kinds: threat},
		{name: "something that happened to a file is no threat", text: "Il est arrivé quelque chose à mon dossier, il a disparu du site.", decision: Publish, absent: clean},
		{name: "a pity about opening hours is no threat", text: "Ce serait dommage de fermer le guichet le samedi, beaucoup de gens travaillent.", decision: Publish, absent: clean},
		{name: "what happens when a form is sent is no threat", text: "Nobody explains what happens to your form once something happens on the portal.", decision: Publish, absent: clean},
	})
}

func TestEngineConsequencesAndWaiting(t *testing.T) {
	threat, clean := []Kind{KindThreat}, []Kind{KindThreat, KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "someone will pay is a threat", text: "Si mon allocation n'arrive pas lundi, quelqu'un va le payer.", decision: Reject, kinds: threat},
		{name: "someone will pay in English is a threat", text: "Third refusal this year. Someone is going to pay for this.", decision: Reject, kinds: threat},
		{name: "someone will pay in Italian is a threat", text: "Se non mi date il permesso qualcuno la pagherà.", decision: Reject, kinds: threat},
		{name: "waiting for him at the exit is a threat", text: "Le guichetier qui m'a refusé, je l'attends à la sortie ce soir.", decision: Reject, kinds: threat},
		{name: "a shooting spree with a warning is a threat", text: "Un jour je vais faire un carton dans cette agence, vous l'aurez cherché.", decision: Reject, kinds: threat},
		{name: "killing time is no threat", text: "J'ai tué le temps avec un livre, je vais tuer le temps encore demain au guichet.", decision: Publish, absent: clean},
		{name: "paying a fee is no threat", text: "Vous allez payer 25 euros pour le timbre fiscal, c'est cher.", decision: Publish, absent: clean, modelReviews: true},
		{name: "waiting for a letter is no threat", text: "Je l'attends depuis trois semaines, ce courrier de la CAF.", decision: Publish, absent: clean},
		{name: "a film that was a hit is no threat", text: "Le film projeté à la médiathèque a fait un carton, bravo.", decision: Publish, absent: clean},
	})
}

func TestEngineDehumanisingPredicates(t *testing.T) {
	hate, clean := []Kind{KindAbuse}, []Kind{KindAbuse, KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a group called vermin after a copula is hate", text: "Les migrants du foyer derrière la gare, c'est de la vermine.", decision: Reject, kinds: hate},
		{name: "a group called cockroaches further on is hate", text: "Ces Africains au guichet de la préfecture, ce sont des cafards.", decision: Reject, kinds: hate},
		{name: "an English group called rats is hate", text: "Those refugees at the job centre, they're rats living off us.", decision: Reject, kinds: hate},
		{name: "sending a group back to their country is hate", text: "Tous ces étrangers devraient voltar para a terra deles, faut tous les virer de France.", decision: Reject, kinds: hate},
		{name: "rats in a hostel are a complaint", text: "Au foyer des migrants il y a des rats partout, la mairie doit intervenir.", decision: Publish, absent: clean},
		{name: "refugees who are tired are no hate", text: "The refugees I met at the centre are exhausted, they're waiting for months.", decision: Publish, absent: clean},
	})
}

func TestEngineNamesRound4(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a hyphenated first name in capitals is masked with the surname", text: "KARINE-LAURE MOREAU-VIDAL, merci de me rappeler pour mon dossier de retraite.", decision: Publish, gone: []string{"KARINE", "MOREAU", "VIDAL"}},
		{name: "a lower-case name after Mr is masked", text: "The clerk, Mr youssef ben salah, was very patient with my mother.", decision: Publish, gone: []string{"youssef", "salah"}, kept: []string{"clerk", "patient"}},
		{name: "a lower-case surname after Mme is masked", text: "Merci à Mme fatima benali pour son aide.", decision: Publish, gone: []string{"fatima", "benali"}},
		{name: "a determiner and a title stay", text: "Monsieur le maire a répondu vite.", decision: Publish, kept: []string{"maire"}},
		{name: "a German hospital named after a person stays", text: "Im Klinikum Rudolf Virchow war die Anmeldung schnell.", decision: Publish, kept: []string{"Rudolf Virchow"}},
		{name: "an Italian school named after a person stays", text: "Il liceo Galileo Galilei ha gestito bene le iscrizioni.", decision: Publish, kept: []string{"Galileo Galilei"}},
	})
}

func TestEngineFillerText(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "keyboard rows and placeholder text are junk", text: "qsdf qsdf azerty lorem ipsum dolor 000", decision: Reject, kinds: spam},
		{name: "a password quoted in a review is no junk", text: "Le site refuse le mot de passe azerty123 sans dire pourquoi, il faudrait expliquer les règles.", decision: Publish, absent: spam},
	})
}

func TestEngineRound4Probes(t *testing.T) {
	threat, clean := []Kind{KindThreat}, []Kind{KindThreat, KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "beating the reader in the present tense is a threat", text: "Encore un refus et jte défonce, toi et ton guichet.", decision: Reject, kinds: threat},
		{name: "killing in the future tense after an intent is a threat", text: "Si vous coupez mes APL je vous jure que je le tuerai.", decision: Reject, kinds: threat},
		{name: "not knowing what I am capable of is a threat", text: "Vous ne savez pas ce dont je suis capable quand on me pousse à bout.", decision: Reject, kinds: threat},
		{name: "you will see what you will see is a threat", text: "Tu vas voir ce que tu vas voir, le gestionnaire.", decision: Reject, kinds: threat},
		{name: "coming back not to talk is a threat", text: "Demain je repasse au bureau, et pas pour discuter.", decision: Reject, kinds: threat},
		{name: "setting fire to an office is a threat", text: "Refuse my benefit again and I will set fire to your office.", decision: Reject, kinds: threat},
		{name: "waiting in Spanish at the exit is a threat", text: "Le estaré esperando a la salida, señor.", decision: Reject, kinds: threat},
		{name: "knowing the reader's car and the car park is a threat", text: "On connaît votre voiture, celle garée sur le parking derrière l'agence.", decision: Reject, kinds: threat},
		{name: "what the adviser showed me I could do is no threat", text: "La conseillère m'a montré ce dont je suis capable, merci à elle.", decision: Publish, absent: clean},
		{name: "you will see, the file moves, is no threat", text: "Vous verrez, le dossier avance bien une fois complet.", decision: Publish, absent: clean},
		{name: "an agent who knows your file is no threat", text: "Je connais votre dossier, m'a dit l'agent au guichet du parking.", decision: Publish, absent: clean},
		{name: "a site that crashes is no threat", text: "Je vous écris car le site plante tous les soirs, c'est pénible.", decision: Publish, absent: clean},
	})
}

func TestEngineRound4MoreProbes(t *testing.T) {
	threat, clean := []Kind{KindThreat}, []Kind{KindThreat, KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a rifle one knows how to use is a threat", text: "Chez moi j'ai un calibre et je sais très bien m'en servir, pensez-y.", decision: Reject, kinds: threat},
		{name: "telling the reader he is dead is a threat", text: "Si tu me refuses encore le dossier, t'es un homme mort.", decision: Reject, kinds: threat},
		{name: "getting the reader for this is a threat", text: "Lost my file twice. I'll get you for this.", decision: Reject, kinds: threat},
		{name: "broken knees are a threat", text: "Je vais lui casser les genoux à ce guichetier.", decision: Reject, kinds: threat},
		{name: "a German 'finish you off' is a threat", text: "Ich mach dich fertig, wenn du mich noch einmal warten lässt.", decision: Reject, kinds: threat},
		{name: "software one knows how to use is no threat", text: "Au début je n'y arrivais pas, maintenant je sais m'en servir de ce site.", decision: Publish, absent: clean},
		{name: "a cutter for school is no threat", text: "Un cutter est-il autorisé dans le cartable ? Le collège ne répond pas.", decision: Publish, absent: clean},
	})
}

func TestEngineRound4Heldout5Families(t *testing.T) {
	threat, abuse, clean := []Kind{KindThreat}, []Kind{KindAbuse}, []Kind{KindThreat, KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "the reader's address is a threat", text: "J'ai ton adresse, le contrôleur, à très vite.", decision: Reject, kinds: threat},
		{name: "a found address and a visit are a threat", text: "J'ai trouvé son adresse dans l'annuaire, la gestionnaire aura ma visite.", decision: Reject, kinds: threat},
		{name: "knowing where a clerk lives is a threat", text: "I know where the clerk lives, tell him to sort my file.", decision: Reject, kinds: threat},
		{name: "a bullet deserved is a threat", text: "Des fonctionnaires pareils méritent une balle.", decision: Reject, kinds: threat},
		{name: "a petrol can with a warning is a threat", text: "La prochaine fois je viens avec un jerrican, à bon entendeur.", decision: Reject, kinds: threat},
		{name: "a group judged at the end of a long sentence is hate", text: "Les Roms qui attendent toute la journée devant la sous-préfecture, faut les enfermer.", decision: Reject, kinds: abuse},
		{name: "staff called larvae after a copula is abuse", text: "Les agents du centre des impôts sont des larves.", decision: Review, kinds: abuse},
		{name: "a harpy after a title is abuse", text: "Madame Girard, cette harpie, ne m'a pas laissé parler.", decision: Review, kinds: abuse},
		{name: "an e-mail address is no threat", text: "J'ai votre adresse mail, je vous renvoie le formulaire.", decision: Publish, absent: clean},
		{name: "coming earlier next time is no threat", text: "La prochaine fois je viendrai plus tôt, la file était longue.", decision: Publish, absent: clean, modelReviews: true},
		{name: "a file ending badly is no threat", text: "Ça va mal finir pour mon dossier si personne ne répond.", decision: Publish, absent: clean, modelReviews: true},
	})
}

func TestEngineRound4Heldout6Families(t *testing.T) {
	threat, abuse, spam, clean := []Kind{KindThreat}, []Kind{KindAbuse}, []Kind{KindSpam}, []Kind{KindThreat, KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "paying in blood is a threat", text: "If they cut my benefits again somebody will pay for it in blood.", decision: Reject, kinds: threat},
		{name: "nobody left whole is a threat", text: "Si on me coupe encore l'APL, personne n'en sortira indemne à l'agence.", decision: Reject, kinds: threat},
		{name: "being remembered in Spanish is a threat", text: "Si no me pagan, te vas a acordar de mí, funcionario.", decision: Reject, kinds: threat},
		{name: "not coming alone with a warning is a threat", text: "Je ne viendrai pas seul la prochaine fois, et ça se réglera autrement.", decision: Reject, kinds: threat},
		{name: "a parked car known and a warning is a threat", text: "I know where the guy from the counter parks. He should think about that.", decision: Reject, kinds: threat},
		{name: "an agent called shit is abuse", text: "T'es qu'une merde, tu traites les gens comme du bétail.", decision: Review, kinds: abuse},
		{name: "a clairvoyant's ad is spam", text: "Voyance sérieuse, retour de l'être aimé en 3 jours : voyance-top.fr", decision: Reject, kinds: spam},
		{name: "not coming alone to translate is no threat", text: "Je ne viendrai pas seul, ma fille m'accompagnera pour traduire.", decision: Publish, absent: clean},
		{name: "a parcel that never came is no spam", text: "Votre colis n'est jamais arrivé, La Poste ne répond pas.", decision: Publish, absent: spam},
		{name: "a warning light is no clairvoyant", text: "Mon voyant moteur s'est allumé devant la préfecture, je suis arrivé en retard.", decision: Publish, absent: spam},
	})
}

func TestEngineRound4LastProbes(t *testing.T) {
	threat, clean := []Kind{KindThreat}, []Kind{KindThreat, KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "you had better not go out is a threat", text: "t'as pas intérêt à sortir ce soir, le guichetier", decision: Reject, kinds: threat},
		{name: "broken in two is a threat", text: "Si je te croise je te casse en deux.", decision: Reject, kinds: threat},
		{name: "less smug that day is a threat", text: "On se retrouvera et ce jour-là vous ferez moins le malin.", decision: Reject, kinds: threat},
		{name: "knowing who an adviser is from a past visit is no threat", text: "Je sais qui vous êtes, vous m'avez reçue l'an dernier pour mon dossier.", decision: Publish, absent: clean},
	})
}

func TestEngineLowerCaseFirstNameThatActs(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a lower-case first name that received me is masked", text: "c'est pierre qui m'a reçu au guichet, il a tout réglé", decision: Publish, gone: []string{"pierre"}},
		{name: "a lower-case first name after merci à is masked", text: "merci a rose qui m a aide pour le dossier", decision: Publish, gone: []string{"rose"}},
		{name: "a stone after an article stays", text: "la pierre qui roule n'amasse pas mousse, moi j'attends toujours", decision: Publish, kept: []string{"pierre"}},
		{name: "a country after a preposition stays", text: "je suis arrivée en france qui m'a accueillie il y a 20 ans", decision: Publish, kept: []string{"france"}},
	})
}

func TestEngineLowerCaseParticleNames(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a lower-case name with a particle after a lower-case title is masked", text: "je remercie mme da silva pour son aide a la caf", decision: Publish, gone: []string{"silva"}},
		{name: "an institution after a lower-case title stays", text: "mr de la poste m a aidé pour le colis", decision: Publish, kept: []string{"poste"}},
	})
}

func TestEngineRound4Heldout7Families(t *testing.T) {
	threat, abuse, clean := []Kind{KindThreat}, []Kind{KindAbuse}, []Kind{KindThreat, KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "ending in pieces is a threat", text: "vous allez finir en morceaux toi et ton collègue, c promis", decision: Reject, kinds: threat},
		{name: "no more talking in German is a threat", text: "Noch eine Ablehnung und es wird nicht mehr geredet.", decision: Reject, kinds: threat},
		{name: "faces broken in Spanish are a threat", text: "Si me quitan la ayuda, os parto la cara a todos.", decision: Reject, kinds: threat},
		{name: "a naze is an insult", text: "Bravo les gros nazes du centre des impôts.", decision: Review, kinds: abuse},
		{name: "penalties waived are no threat", text: "Merci à la conseillère de l'URSSAF qui a fait sauter mes pénalités de retard.", decision: Publish, absent: clean},
		{name: "a helpline from abroad stays", text: "The tax helpline from abroad is +33 8 09 40 14 01.", decision: Publish, kept: []string{"+33 8 09 40 14 01"}},
		{name: "an IBAN before an e-mail is masked", text: "My IBAN: FR76 3000 6000 0112 3456 7890 189. Contact: jo.smith@example.org", decision: Publish, gone: []string{"FR76", "7890", "jo.smith"}},
	})
}
