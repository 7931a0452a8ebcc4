package moderation

import "testing"

// Families of texts found slipping through on a blind corpus, each with
// invented texts of the same family and clean controls next to them.

func TestEngineAnimalInsultsAimedAtPeople(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a real jug after c'est is an insult", text: "La conseillère c'est une vraie cruche, elle ne connaît pas son métier.", decision: Review, kinds: abuse},
		{name: "a turkey after est une vraie is an insult", text: "L'agente de l'accueil est une vraie dinde.", decision: Review, kinds: abuse},
		{name: "quelle dinde is an insult", text: "La dame du guichet, quelle dinde !", decision: Review, kinds: abuse},
		{name: "a big calf is an insult", text: "Le type du guichet est un gros veau.", decision: Review, kinds: abuse},
		{name: "a donkey is an insult", text: "Ce conseiller est un âne, il a tout mélangé.", decision: Review, kinds: abuse},
		{name: "a camel is an insult", text: "Le directeur est un vrai chameau avec les usagers.", decision: Review, kinds: abuse},
		{name: "espèce de thon is an insult", text: "Espèce de thon, t'as rien compris à mon dossier.", decision: Review, kinds: abuse},
		{name: "a total cow is an insult", text: "The woman at window 5 is a total cow.", decision: Review, kinds: abuse},
		{name: "a clown at a desk is an insult", text: "The man at desk 3 is a clown.", decision: Review, kinds: abuse},
		{name: "a complete muppet is an insult", text: "The clerk is a complete muppet.", decision: Review, kinds: abuse},
		{name: "an old bat is an insult", text: "That receptionist is an old bat.", decision: Review, kinds: abuse},
		{name: "a lying snake is an insult", text: "The manager is a lying snake.", decision: Review, kinds: abuse},
		{name: "an absolute knob is an insult", text: "He is an absolute knob, never again.", decision: Review, kinds: abuse},
		{name: "a smug git is an insult", text: "The adviser is a smug git.", decision: Review, kinds: abuse},
		{name: "a Spanish donkey is an insult", text: "El funcionario es un burro.", decision: Review, kinds: abuse},
		{name: "a jug of water is a jug", text: "Une cruche d'eau était à disposition dans la salle d'attente.", decision: Publish, absent: abuse},
		{name: "la vache as an exclamation is no insult", text: "La vache ! Trois heures d'attente, c'est long.", decision: Publish, absent: abuse},
		{name: "holy cow is no insult", text: "Holy cow, the queue was long but the staff were great.", decision: Publish, absent: abuse},
		{name: "cow's milk is milk", text: "I asked about cow's milk vouchers at the family centre, very helpful.", decision: Publish, absent: abuse},
		{name: "tinned tuna is food", text: "Le thon en boîte de la banque alimentaire était bon.", decision: Publish, absent: abuse},
		{name: "a clown at a party is a clown", text: "The clown at the children's party at the library was lovely.", decision: Publish, absent: abuse},
		{name: "a dog in the waiting room is a dog", text: "There was a dog in the waiting room, staff were kind.", decision: Publish, absent: abuse},
		{name: "a git repository is software", text: "My git repository for the form was accepted.", decision: Publish, absent: abuse},
		{name: "a spelled-out word after an article is still an insult", text: "The manager is a w a n k e r.", decision: Review, kinds: abuse},
		{name: "a spelled-out word starting with an article letter is an insult", text: "The clerk is a l o s e r.", decision: Review, kinds: abuse},
		{name: "a spelled-out word after an elision is an insult", text: "Espèce d'e n c u l é.", decision: Review, kinds: abuse},
		{name: "a spelled-out asshole after you is an insult", text: "you a s s h o l e", decision: Review, kinds: abuse},
		{name: "options listed letter by letter are no insult", text: "Options a b c d e sur le formulaire.", decision: Publish, absent: abuse},
	})
}

func TestEngineVeiledThreatsWithoutViolence(t *testing.T) {
	threat, clean := []Kind{KindThreat}, []Kind{KindThreat, KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "watching one's back is a threat", text: "Le conseiller a intérêt à surveiller ses arrières, un jour il va croiser la mauvaise personne.", decision: Reject, kinds: threat},
		{name: "knowing when someone finishes is a threat", text: "Je connais l'heure où tu finis. On se verra au parking.", decision: Reject, kinds: threat},
		{name: "knowing where someone parks is a threat", text: "Je sais où tu te gares, fais attention.", decision: Reject, kinds: threat},
		{name: "knowing when someone leaves is a threat", text: "I know what time you leave the office.", decision: Reject, kinds: threat},
		{name: "a meeting in the car park is a threat", text: "See you in the car park, mate.", decision: Reject, kinds: threat},
		{name: "ending badly for you is a threat", text: "Ça va mal finir pour vous, je vous le dis.", decision: Reject, kinds: threat},
		{name: "losing nothing by waiting is a threat", text: "Tu ne perds rien pour attendre.", decision: Reject, kinds: threat},
		{name: "a shame if something happened is a threat", text: "It would be a shame if something happened to your car.", decision: Reject, kinds: threat},
		{name: "waiting at the exit is a threat", text: "Je vais t'attendre à la sortie ce soir.", decision: Reject, kinds: threat},
		{name: "waiting outside after a shift is a threat", text: "I'll be waiting for you outside after your shift.", decision: Reject, kinds: threat},
		{name: "a reported shout is a report", text: "Un usager a hurlé qu'il allait « tout casser » au guichet, l'agente est restée calme.", decision: Publish, absent: clean},
		{name: "a reported cry is a report", text: "Un homme criait qu'il allait tout casser, la sécurité l'a calmé.", decision: Publish, absent: clean},
		{name: "an English reported yell is a report", text: "A man yelled that he would smash the place up, the staff stayed calm.", decision: Publish, absent: clean},
		{name: "the next appointment is no meeting outside", text: "On se verra au prochain rendez-vous, merci madame.", decision: Publish, absent: clean},
		{name: "knowing where to park is no threat", text: "Je sais où me garer maintenant, le parking est indiqué.", decision: Publish, absent: clean},
		{name: "knowing the closing time is no threat", text: "I know what time the office closes now, thanks.", decision: Publish, absent: clean},
		{name: "a file ending badly is no threat", text: "Ça va mal finir pour mon dossier si personne ne répond.", decision: Publish, absent: clean, modelReviews: true},
	})
}

func TestEngineNamesInLowerCaseAndForeignTitles(t *testing.T) {
	name := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a lower-case hyphenated first name and surname are masked", text: "jean-pierre martin a l'accueil de la cpam est tres aimable", decision: Publish, kinds: name, gone: []string{"jean-pierre", "martin"}, kept: []string{"accueil", "cpam"}},
		{name: "a lower-case hyphenated first name alone is masked", text: "merci a marie-claire du guichet 4, super accueil", decision: Publish, kinds: name, gone: []string{"marie-claire"}, kept: []string{"guichet"}},
		{name: "a first name that is a word before a known surname is masked", text: "pierre martin a l'accueil est tres aimable", decision: Publish, kinds: name, gone: []string{"pierre martin"}},
		{name: "an Italian doctor's surname is masked", text: "Il dottor Russo al pronto soccorso è stato molto professionale.", decision: Publish, kinds: name, gone: []string{"Russo"}, kept: []string{"pronto soccorso"}},
		{name: "an Italian lady's surname is masked", text: "La signora Bianchi dell'anagrafe è stata gentile.", decision: Publish, kinds: name, gone: []string{"Bianchi"}},
		{name: "a Spanish doctor's surname is masked", text: "La doctora Romero del centro de salud fue muy amable.", decision: Publish, kinds: name, gone: []string{"Romero"}},
		{name: "a Portuguese doctor's surname is masked", text: "A doutora Almeida foi muito atenciosa.", decision: Publish, kinds: name, gone: []string{"Almeida"}},
		{name: "a German surname after Herr is masked", text: "Herr Schneider im Bürgeramt war sehr freundlich.", decision: Publish, kinds: name, gone: []string{"Schneider"}},
		{name: "a stone and coffee grounds are no names", text: "la pierre est tombee sur le parking, marc de cafe partout", decision: Publish, absent: name, kept: []string{"pierre", "marc"}},
		{name: "a verb after un monsieur is no name", text: "Un monsieur criait dans la file, l'agent a été patient.", decision: Publish, absent: name, kept: []string{"criait"}},
	})
}

func TestEngineAddressKeepsTheTown(t *testing.T) {
	pii := []Kind{KindPersonalData}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "the street is masked and the town after à kept", text: "J'habite au 7 impasse des Tilleuls à Chambéry et le facteur passe tard.", decision: Publish, kinds: pii, gone: []string{"Tilleuls"}, kept: []string{"à Chambéry", "facteur"}},
		{name: "a hyphenated town after à is kept", text: "Je vis au 3 allée des Lilas à Saint-Étienne depuis dix ans.", decision: Publish, kinds: pii, gone: []string{"Lilas"}, kept: []string{"Saint-Étienne"}},
		{name: "an English street named before its street word is masked", text: "I live at 14 Station Road in Leeds and the bins are never collected.", decision: Publish, kinds: pii, gone: []string{"Station Road"}, kept: []string{"Leeds"}},
		{name: "a three-word English street is masked", text: "My flat at 3 Mill Hill Lane has had no post for weeks.", decision: Publish, kinds: pii, gone: []string{"Mill Hill Lane"}},
		{name: "a service's English address is kept", text: "The job centre at 10 High Street is well organised.", decision: Publish, absent: pii, kept: []string{"10 High Street"}},
		{name: "capitalised words after a number are no street", text: "I waited 2 Hours On Friday for nothing.", decision: Publish, absent: pii, kept: []string{"2 Hours"}},
	})
}

func TestEngineDiscountCodeInAReview(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a discount code and a shop's site in a review are spam", text: "Attente correcte à la CAF. PS : pour vos démarches essayez FormuFacile (formufacile-pro.fr), -30 % avec le code CAF30 !", decision: Review, kinds: spam},
		{name: "a French promo on photos with a code is spam", text: "Bon accueil à la mairie. Profitez de -20% sur vos photos d'identité avec le code PHOTO20 sur photomaton-express.fr", decision: Review, kinds: spam},
		{name: "an English discount code is spam", text: "Good service at the job centre. Use code SAVE15 at cvmaster.co.uk for 15% off your CV.", decision: Review, kinds: spam},
		{name: "a link in bio is spam", text: "Service rapide. Lien en bio pour gagner de l'argent depuis chez vous !", decision: Review, kinds: spam},
		{name: "a code received by text message is no coupon", text: "J'ai validé avec le code AB12 reçu par SMS, merci à la CAF.", decision: Publish, absent: spam},
		{name: "a form number and a postcode are no coupon", text: "Le formulaire CERFA 12345 est introuvable avec le code postal 75011.", decision: Publish, absent: spam},
	})
}

func TestEngineVeiledThreatsByKnowledgeAndMeeting(t *testing.T) {
	threat, clean := []Kind{KindThreat}, []Kind{KindThreat, KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "knowing where the reader's mother lives is a threat", text: "Je sais où habite ta mère.", decision: Reject, kinds: threat},
		{name: "knowing when the reader leaves is a threat", text: "On sait à quelle heure tu pars, fais gaffe.", decision: Reject, kinds: threat},
		{name: "knowing the reader's car is a threat", text: "I know your car, I know your face.", decision: Reject, kinds: threat},
		{name: "a Spanish knowledge of the car park is a threat", text: "Sé dónde aparcas el coche.", decision: Reject, kinds: threat},
		{name: "an Italian wait outside is a threat", text: "Ti aspetto fuori, vedrai.", decision: Reject, kinds: threat},
		{name: "a meeting outside is a threat", text: "You better hope we never meet outside.", decision: Reject, kinds: threat},
		{name: "a meeting in the car park is a threat", text: "On se croisera au parking un de ces soirs.", decision: Reject, kinds: threat},
		{name: "coming back with friends is a threat", text: "Je reviendrai avec mes potes et on va régler ça.", decision: Reject, kinds: threat},
		{name: "coming for the reader is a threat", text: "I'm coming for you and your colleagues.", decision: Reject, kinds: threat},
		{name: "ending in hospital is a threat", text: "Continue comme ça et tu finiras à l'hôpital.", decision: Reject, kinds: threat},
		{name: "knowing where the new office is is no threat", text: "Je sais où se trouve votre nouveau bureau maintenant, merci.", decision: Publish, absent: clean},
		{name: "a social worker quoted is no threat", text: "I'll wait for you outside the building at 9, said my social worker, very kind.", decision: Publish, absent: clean, modelReviews: true},
		{name: "a report of a threat to wait outside is no threat", text: "He said he was going to wait for her outside, so I alerted security.", decision: Publish, absent: clean},
		{name: "coming back with papers is no threat", text: "Je reviendrai avec mes papiers complets la semaine prochaine.", decision: Publish, absent: clean},
		{name: "seeing each other at the next appointment is no threat", text: "See you at the next appointment, thanks for your help.", decision: Publish, absent: clean},
		{name: "knowing the closing time to come before is no threat", text: "Je sais quand vous fermez, je viendrai avant.", decision: Publish, absent: clean},
		{name: "a counsellor quoted is no threat", text: "Je vous attendrai dehors avec les enfants, dit la conseillère, très gentil.", decision: Publish, absent: clean},
		{name: "accidents on a road are no threat", text: "Accidents happen on this road, the council should add a crossing.", decision: Publish, absent: clean},
		{name: "an agent finding a file is no threat", text: "On va te retrouver ton dossier, m'a dit l'agente, et elle l'a fait.", decision: Publish, absent: clean},
		{name: "knowing one's family file is no threat", text: "Je connais bien le dossier de ma famille, l'agent aussi.", decision: Publish, absent: clean},
	})
}

func TestEngineNameCallingOfAPerson(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "peau de vache is an insult", text: "Cette guichetière est une sacrée peau de vache.", decision: Review, kinds: abuse},
		{name: "a real ball and chain is an insult", text: "Le mec de l'accueil, un vrai boulet.", decision: Review, kinds: abuse},
		{name: "lourdaud is an insult", text: "Quel gros lourdaud ce conseiller.", decision: Review, kinds: abuse},
		{name: "vultures are an insult", text: "Bande de charognards à la CAF.", decision: Review, kinds: abuse},
		{name: "a tench is an insult", text: "l'agent est une tanche", decision: Review, kinds: abuse},
		{name: "a shrew is an insult", text: "La secrétaire de mairie est une mégère.", decision: Review, kinds: abuse},
		{name: "a boor is an insult", text: "Le médecin conseil est un vrai goujat.", decision: Review, kinds: abuse},
		{name: "a proper witch is an insult", text: "The lady on the phone was a proper witch.", decision: Review, kinds: abuse},
		{name: "a miserable cow is an insult", text: "The receptionist was a miserable cow.", decision: Review, kinds: abuse},
		{name: "a spineless worm is an insult", text: "The manager is a spineless worm.", decision: Review, kinds: abuse},
		{name: "lazy sods are an insult", text: "Useless lazy sods at the DWP.", decision: Review, kinds: abuse},
		{name: "a real pro is praise", text: "Le conseiller est un vrai pro, merci.", decision: Publish, absent: abuse},
		{name: "real angels are praise", text: "Les agents ont été des vrais anges avec ma mère.", decision: Publish, absent: abuse},
		{name: "a total star is praise", text: "She is a total star, thank you.", decision: Publish, absent: abuse},
		{name: "a donkey at a farm is a donkey", text: "Il y avait un âne et des chèvres à la ferme pédagogique de la mairie.", decision: Publish, absent: abuse},
		{name: "a water bottle is a bottle", text: "J'ai oublié ma gourde dans la salle d'attente, l'agent me l'a gardée.", decision: Publish, absent: abuse},
		{name: "treated like a dog is a complaint", text: "I was treated like a dog, it was humiliating.", decision: Publish, absent: abuse},
	})
}

func TestEngineAnimalWordsAimedAtNoOne(t *testing.T) {
	clean := []Kind{KindThreat, KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a bookworm is an idiom", text: "Mon fils est un vrai rat de bibliothèque, il adore la médiathèque.", decision: Publish, absent: clean},
		{name: "a slow form is a thing", text: "Ce formulaire est une vraie larve, il ne charge jamais.", decision: Publish, absent: clean},
		{name: "a slow website is a thing", text: "Le site est une limace, il rame.", decision: Publish, absent: clean},
		{name: "a form hard to fill in is a thing", text: "This form is a pig to fill in, but staff helped.", decision: Publish, absent: clean},
		{name: "a bad day is an idiom", text: "What a cow of a day, but the staff sorted it out.", decision: Publish, absent: clean},
		{name: "a long queue is an exclamation", text: "Quelle vache de file d'attente !", decision: Publish, absent: clean},
		{name: "a Halloween fair is no insult", text: "Our school is a witch-free zone for Halloween, the fair was fun.", decision: Publish, absent: clean},
		{name: "meeting outside the town hall is no threat", text: "See you outside the town hall at the ceremony!", decision: Publish, absent: clean},
		{name: "a guide dog is a dog", text: "Le chien guide de mon père est accepté à la CAF, merci.", decision: Publish, absent: clean},
		{name: "a rat in the waiting room is a rat", text: "Il y a un rat dans la salle d'attente, prévenez le service d'hygiène.", decision: Publish, absent: clean},
		{name: "a cow on the road is a cow", text: "There was a cow in the road near the town hall.", decision: Publish, absent: clean},
		{name: "a star is praise", text: "You are a star, thank you so much.", decision: Publish, absent: clean},
		{name: "the file manager called a moron is abuse", text: "Le gestionnaire de mon dossier est un abruti fini.", decision: Review, kinds: []Kind{KindAbuse}},
	})
}

func TestEngineThreatsOfFindingAndWaiting(t *testing.T) {
	threat, clean := []Kind{KindThreat}, []Kind{KindThreat, KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "paying for what was done is a threat", text: "Vous allez payer pour ce que vous m'avez fait.", decision: Reject, kinds: threat},
		{name: "deserving to die is a threat", text: "Vous méritez tous de crever.", decision: Reject, kinds: threat},
		{name: "finding the reader is a threat", text: "On va te retrouver.", decision: Reject, kinds: threat},
		{name: "being there after work is a threat", text: "Quand tu sortiras du boulot, je serai là.", decision: Reject, kinds: threat},
		{name: "being there after a shift is a threat", text: "I'll be there when you finish your shift.", decision: Reject, kinds: threat},
		{name: "finding the reader in English is a threat", text: "We will find you.", decision: Reject, kinds: threat},
		{name: "a quoted wait outside reported is no threat", text: "Le vigile a dit à un monsieur : « je t'attends dehors », c'était tendu.", decision: Publish, absent: clean},
		{name: "a colleague waiting after a meeting is no threat", text: "L'agent m'a dit qu'on se verrait à la sortie de la réunion pour signer.", decision: Publish, absent: clean},
		{name: "legal action is no threat", text: "Je vais écrire au préfet et au défenseur des droits, ça ne va pas se passer comme ça.", decision: Publish, absent: clean},
		{name: "a lawyer is no threat", text: "I will take this to the ombudsman, you will hear from my lawyer.", decision: Publish, absent: clean},
		{name: "being there on Monday is no threat", text: "I'll be there on Monday when you open, thanks.", decision: Publish, absent: clean},
		{name: "anger held back is no threat", text: "J'ai failli tout casser tellement j'étais énervé, mais je me suis calmé.", decision: Publish, absent: clean},
	})
}

func TestEngineTitlesBeforeLowerCaseWords(t *testing.T) {
	name := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a verb after el señor is no name", text: "El señor gritó que iba a romperlo todo, pero la funcionaria fue muy profesional.", decision: Publish, absent: []Kind{KindPersonName, KindThreat}, kept: []string{"gritó"}},
		{name: "a capitalised surname after señor is a name", text: "Gracias al señor Gutiérrez de la ventanilla 4.", decision: Publish, kinds: name, gone: []string{"Gutiérrez"}},
		{name: "a lower-case known surname after a title is a name", text: "Merci à monsieur durand pour son aide.", decision: Publish, kinds: name, gone: []string{"durand"}},
		{name: "a name after a title from a lower-case writer is a name", text: "merci a madame lefort du guichet", decision: Publish, kinds: name, gone: []string{"lefort"}},
	})
}

func TestEngineAdvertisingOwnSite(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a paid service on one's own site is spam", text: "Attente raisonnable. Pour vos papiers, passez par mon site papiers-express.com, je le fais pour 20€.", decision: Review, kinds: []Kind{KindSpam}},
		{name: "a sponsorship link is spam", text: "Bon accueil. Parrainage : utilisez mon lien de parrainage sur boursorama pour 80€ offerts.", decision: Review, kinds: []Kind{KindSpam}},
		{name: "one's own channel is spam", text: "Accueil top ! Abonnez-vous à ma chaîne YouTube pour plus d'astuces administratives.", decision: Review, kinds: []Kind{KindSpam}},
		{name: "a lawyer's ad with a free appointment is spam", text: "Service correct. Si vous cherchez un avocat pas cher, appelez le 06 11 22 33 44, premier rendez-vous gratuit !", decision: Review, kinds: []Kind{KindSpam}},
		{name: "an ad after a short thanks goes to a moderator", text: "Great help. Get your visa in 24h at fastvisa-online.net, promo code VISA24.", decision: Review, kinds: []Kind{KindSpam}},
		{name: "a verification code is no spam", text: "J'ai reçu un code de vérification par SMS, ça a marché.", decision: Publish, absent: []Kind{KindSpam}},
		{name: "the service's own site is no spam", text: "J'ai trouvé le formulaire sur mon espace du site caf.fr, très simple.", decision: Publish, absent: []Kind{KindSpam}},
	})
}

func TestEngineObfuscatedThreatsAndHate(t *testing.T) {
	threat, hate := []Kind{KindThreat}, []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a dotted kill is a threat", text: "je vais te t.u.e.r", decision: Reject, kinds: threat},
		{name: "a leet kill is a threat", text: "I'm going to k1ll you", decision: Reject, kinds: threat},
		{name: "a spelled-out kill is a threat", text: "I will k i l l you all", decision: Reject, kinds: threat},
		{name: "a masked beating is a threat", text: "je vais te b@ttre", decision: Reject, kinds: threat},
		{name: "slang for killing is a threat", text: "Je vais vous butter tous.", decision: Reject, kinds: threat},
		{name: "a masked group with contempt is hate", text: "Dirty m*slims should leave.", decision: Reject, kinds: hate},
		{name: "contempt for immigrants is hate", text: "Les sales immigrés profitent de tout.", decision: Reject, kinds: hate},
		{name: "a leet slur is hate", text: "les b0ugnoules dehors", decision: Reject, kinds: hate},
		{name: "fighting for one's rights is no threat", text: "On va se battre pour obtenir nos droits, merci à l'association.", decision: Publish, absent: []Kind{KindThreat, KindAbuse}},
		{name: "beating a waiting record is no threat", text: "Je vais battre le record d'attente à la préfecture.", decision: Publish, absent: []Kind{KindThreat, KindAbuse}},
		{name: "dirty toilets near foreigners is no hate", text: "Les toilettes sales à la mairie, et des étrangers qui attendaient depuis 3h.", decision: Publish, absent: hate},
		{name: "a group well received is no hate", text: "Les musulmans du quartier ont été très bien reçus.", decision: Publish, absent: hate},
	})
}

func TestEngineLanguageOfShortTexts(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a two-word English praise is English", text: "great service <3", decision: Publish, lang: "en"},
		{name: "an English complaint with a leet word is English", text: "sh1tty app, crashes on every single login", lang: "en"},
		{name: "a Spanish insult with French-looking articles is Spanish", text: "La tía de la ventanilla es una imbécil, me gritó delante de todos.", decision: Review, lang: "es"},
		{name: "a French sentence stays French", text: "La dame de l'accueil a été très gentille avec tous.", decision: Publish, lang: "fr"},
	})
}

func TestEngineAnimalCompounds(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a dog owner is no insult", text: "My neighbour is a dog owner and the council helped with the permit.", decision: Publish, absent: abuse},
		{name: "a sheep farmer is no insult", text: "My husband is a sheep farmer and the subsidy office was very helpful.", decision: Publish, absent: abuse},
		{name: "pest control is no insult", text: "The service is a pest control contract, it works well.", decision: Publish, absent: abuse},
		{name: "a snake bite kit is no insult", text: "This is a snake bite kit required by the school trip, thanks to the nurse.", decision: Publish, absent: abuse},
		{name: "a chicken dish is no insult", text: "Le repas des aînés : c'est un poulet basquaise, très bon.", decision: Publish, absent: abuse},
		{name: "a farm calf is no insult", text: "C'est un veau de l'exploitation qui a été déclaré à la DDPP.", decision: Publish, absent: abuse},
		{name: "dog walkers thanked is no insult", text: "Thank you dog walkers for cleaning up, the park is nice.", decision: Publish, absent: abuse},
		{name: "a total cow is still an insult", text: "The woman at the desk is a total cow.", decision: Review, kinds: abuse},
		{name: "a pig of a clerk is still an insult", text: "The clerk is a pig, he laughed at me.", decision: Review, kinds: abuse},
	})
}

func TestEngineServicePhoneNumbers(t *testing.T) {
	pii := []Kind{KindPersonalData}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a service's landline is kept", text: "Le numéro du service est le 01 23 45 67 89, ils répondent vite.", decision: Publish, absent: pii, kept: []string{"01 23 45 67 89"}},
		{name: "an agency's landline is kept", text: "Appelez la CAF au 04 72 11 22 33, ils sont efficaces.", decision: Publish, absent: pii, kept: []string{"04 72 11 22 33"}},
		{name: "the writer's landline is masked", text: "Mon numéro est le 01 23 45 67 89, rappelez-moi.", decision: Publish, kinds: pii, gone: []string{"01 23 45 67 89"}},
		{name: "a mobile after a service word is masked", text: "La mairie m'a appelé au 06 12 34 56 78.", decision: Publish, kinds: pii, gone: []string{"06 12 34 56 78"}},
		{name: "a landline given by a named agent is masked", text: "Accueil de la CAF lent, rappelée par Mme Roux au 01 45 67 89 10.", decision: Publish, kinds: pii, gone: []string{"01 45 67 89 10"}},
		{name: "a landline given by an adviser is masked", text: "À la CPAM la conseillère m'a donné le 03 21 43 65 87 pour la joindre.", decision: Publish, kinds: pii, gone: []string{"03 21 43 65 87"}},
		{name: "a landline of a named person at a service is masked", text: "Appelée par Karima Benali de la CAF au 01 45 67 89 10.", decision: Publish, kinds: pii, gone: []string{"01 45 67 89 10"}},
		{name: "a private address near a service word is masked", text: "J'habite près du service des eaux, au 12 rue des Lilas.", decision: Publish, kinds: pii, gone: []string{"rue des Lilas"}},
	})
}

func TestEngineContemptAimedAtAPerson(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "t'es qu'un minable is an insult", text: "T'es qu'un minable derrière ton guichet.", decision: Review, kinds: abuse},
		{name: "nothing but a pen pusher is an insult", text: "You're nothing but a jumped-up pen pusher.", decision: Review, kinds: abuse},
		{name: "a real pest is an insult", text: "La nana de l'accueil est une vraie peste.", decision: Review, kinds: abuse},
		{name: "thick as two short planks is an insult", text: "The advisor is thick as two short planks.", decision: Review, kinds: abuse},
		{name: "a stupid woman at the counter is an insult", text: "Stupid woman at the counter couldn't count.", decision: Review, kinds: abuse},
		{name: "a shabby service is fair comment", text: "Service minable, personne ne répond, je suis furieux.", decision: Publish, absent: abuse},
		{name: "shabby answers are fair comment", text: "Le niveau des réponses est minable, désolé.", decision: Publish, absent: abuse},
		{name: "the plague and cholera is an idiom", text: "La peste et le choléra, voilà le choix entre ces deux formulaires.", decision: Publish, absent: abuse},
		{name: "prices jumping up is no insult", text: "The fees jumped up by 20% this year, please explain.", decision: Publish, absent: abuse},
	})
}
