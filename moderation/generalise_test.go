package moderation

import "testing"

// The cases below are families of texts the rules must generalise to:
// veiled threats, hate by generalisation, dehumanising insults and abuse
// in Spanish, German, Italian and Portuguese. Every text is invented for
// the test; each family has texts that must not be caught next to the
// ones that must.

func TestEngineVeiledThreats(t *testing.T) {
	threat, clean := []Kind{KindThreat, KindAbuse}, []Kind{KindThreat, KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "burning the town hall is a threat", text: "Si vous ne réglez pas mon dossier, je vais faire brûler votre mairie.", decision: Reject, kinds: threat},
		{name: "setting fire to the agency is a threat", text: "Un jour quelqu'un va mettre le feu à votre agence, je vous préviens.", decision: Reject, kinds: threat},
		{name: "blowing up the office is a threat", text: "Your office is going to blow up one day, I promise you that.", decision: Reject, kinds: threat},
		{name: "everything blown up in the premises is a threat", text: "Je vais tout faire péter dans vos locaux.", decision: Reject, kinds: threat},
		{name: "burning the building without an intent word is a threat", text: "Il faudrait brûler ce bâtiment avec tous ces ronds de cuir dedans.", decision: Reject, kinds: threat},
		{name: "you'll regret it is a threat", text: "Keep ignoring me and you'll regret it.", decision: Reject, kinds: threat},
		{name: "knowing where someone lives is a threat", text: "Je sais où vous habitez, madame la directrice.", decision: Reject, kinds: threat},
		{name: "watch your back is a threat", text: "I know where you live. Watch your back.", decision: Reject, kinds: threat},
		{name: "someone getting hurt at the branch is a threat", text: "Somebody will get hurt at your branch if this goes on.", decision: Reject, kinds: threat},
		{name: "settling a score at the exit is a threat", text: "Le guichetier, je vais lui régler son compte à la sortie.", decision: Reject, kinds: threat},
		{name: "Spanish veiled threat is a threat", text: "Ya verás, sé dónde vives.", decision: Reject, kinds: threat},
		{name: "German veiled threat is a threat", text: "Das werdet ihr bereuen, ich weiß wo ihr wohnt.", decision: Reject, kinds: threat},
		{name: "Italian veiled threat is a threat", text: "Ve ne pentirete, so dove lavori.", decision: Reject, kinds: threat},
		{name: "Portuguese veiled threat is a threat", text: "Vão se arrepender, sei onde moras.", decision: Reject, kinds: threat},
		{name: "a service that kills me is an idiom", text: "Ce service me tue, trois heures d'attente pour un papier.", decision: Publish, absent: clean},
		{name: "a queue killing me is an idiom", text: "This queue is killing me, honestly.", decision: Publish, absent: clean},
		{name: "losing one's temper is an idiom", text: "Je vais péter un câble si le site plante encore.", decision: Publish, absent: clean},
		{name: "a victim reporting a threat is not a threat", text: "Un usager m'a menacé de me tuer dans la file, l'agent de sécurité est intervenu très vite.", decision: Publish, absent: clean},
		{name: "a victim reporting a threat in English is not a threat", text: "The man behind me threatened to hit me and the staff called the police, thank you to them.", decision: Publish, absent: clean},
		{name: "a threat after reporting what an agent said is a threat", text: "She told me that my file is lost again. I will burn this office down.", decision: Reject, kinds: threat},
		{name: "a fine cancelled is not an explosion", text: "J'ai réussi à faire sauter ma majoration grâce à la conseillère.", decision: Publish, absent: clean},
		{name: "what will happen to the agency is a threat", text: "Continuez à me balader et vous verrez ce qui va arriver à votre agence.", decision: Reject, kinds: threat},
		{name: "an office going up in flames is a threat", text: "One day that office will go up in flames and nobody will cry.", decision: Reject, kinds: threat},
		{name: "coming with petrol is a threat", text: "Je vais venir avec de l'essence et on verra qui rigole.", decision: Reject, kinds: threat},
		{name: "a German separable verb setting fire is a threat", text: "Ich zünde euer Amt an, wenn ihr nicht zahlt.", decision: Reject, kinds: threat},
		{name: "filing a complaint is not a threat", text: "Je vais porter plainte et contacter mon député, c'est une promesse.", decision: Publish, absent: clean},
		{name: "a website overloaded is not a threat", text: "Le site va exploser avec toutes ces demandes, prévoyez plus de serveurs.", decision: Publish, absent: clean},
		{name: "knowing where the new office is is not a threat", text: "I know where your office is now, thanks for the new map.", decision: Publish, absent: clean},
		{name: "breaking the office's windows is a threat", text: "I'm gonna come down there and break every window in your office.", decision: Reject, kinds: threat},
		{name: "a bullet for someone is a threat", text: "Keep it up and I'll put a bullet in someone.", decision: Reject, kinds: threat},
		{name: "breaking a clerk's teeth is a threat", text: "Je vais lui casser les dents à ce guichetier.", decision: Reject, kinds: threat},
		{name: "a drama announced at the agency is a threat", text: "Si ça continue il va y avoir un drame à l'agence.", decision: Reject, kinds: threat},
		{name: "German blows are a threat", text: "Ich schlage dir die Fresse ein, du Penner.", decision: Reject, kinds: threat},
		{name: "Spanish blows are a threat", text: "Te voy a romper la cara, imbécil.", decision: Reject, kinds: threat},
		{name: "Italian blows are a threat", text: "Ti spacco la testa se non mi dai il modulo.", decision: Reject, kinds: threat},
		{name: "Portuguese blows are a threat", text: "Vou-te partir a cara toda.", decision: Reject, kinds: threat},
		{name: "killing time is an idiom", text: "I'm going to kill some time at the café until my appointment.", decision: Publish, absent: clean},
		{name: "a lunch break at the town hall is not a threat", text: "I took a lunch break at the town hall and came back, still no answer.", decision: Publish, absent: clean},
		{name: "a man named Peter at the town hall is no explosion", text: "Thanks to Peter at the town hall, very helpful.", decision: Publish, kinds: []Kind{KindPersonName}, absent: clean},
		{name: "losing one's temper at the desk is an idiom", text: "Je vais péter un câble au guichet si ça continue.", decision: Publish, absent: clean},
		{name: "a photo shoot at the town hall is not a threat", text: "They had a photo shoot at the town hall for the wedding, lovely staff.", decision: Publish, absent: clean},
		{name: "a past fire is not a threat", text: "Le bureau de poste a brûlé l'an dernier et il n'a jamais rouvert.", decision: Publish, absent: clean},
	})
}

func TestEngineHateByGeneralisation(t *testing.T) {
	hate := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a group called thieves is hate", text: "Les Arabes sont tous des voleurs, il faut les expulser.", decision: Reject, kinds: hate},
		{name: "a group to deport is hate", text: "Migrants should be deported, all of them are criminals.", decision: Reject, kinds: hate},
		{name: "women barred from a job is hate", text: "Women should not be allowed to run an office, they cannot think straight.", decision: Reject, kinds: hate},
		{name: "Spanish generalisation is hate", text: "Los gitanos son todos unos ladrones.", decision: Reject, kinds: hate},
		{name: "German generalisation is hate", text: "Die Ausländer sind alle faul, alle abschieben.", decision: Reject, kinds: hate},
		{name: "Italian generalisation is hate", text: "Gli zingari sono tutti ladri.", decision: Reject, kinds: hate},
		{name: "Portuguese generalisation is hate", text: "Os ciganos são todos uns ladrões.", decision: Reject, kinds: hate},
		{name: "go back to your country is hate", text: "Go back to your country, you are not welcome here.", decision: Reject, kinds: hate},
		{name: "French go back to your country is hate", text: "Rentrez dans votre pays au lieu de profiter de nos aides.", decision: Reject, kinds: hate},
		{name: "a group with complex files is not hate", text: "Les migrants ont tous des dossiers complexes, il faut plus d'agents.", decision: Publish, absent: hate, modelReviews: true},
		{name: "a group received on Tuesdays is not hate", text: "Les migrants sont tous reçus le mardi matin, c'est affiché à l'entrée.", decision: Publish, absent: hate},
		{name: "a conspiracy about a group is hate", text: "Les juifs contrôlent tout à la CAF, tout le monde le sait.", decision: Reject, kinds: hate},
		{name: "agents checking foreigners' papers is not hate", text: "Les agents contrôlent les papiers des étrangers avec courtoisie.", decision: Publish, absent: hate},
		{name: "a reported hateful shout is not hate", text: "A man in the queue shouted that migrants should be deported; the security guard did nothing.", decision: Publish, absent: hate},
		{name: "a veiled woman well received is not hate", text: "Je suis musulmane et voilée, et j'ai été très bien reçue à la mairie.", decision: Publish, absent: hate},
		{name: "staff all praised is not hate", text: "Les agents de la CAF sont tous très gentils, merci à eux.", decision: Publish, absent: hate},
		{name: "pregnant women given priority is not hate", text: "Les femmes enceintes devraient être prioritaires au guichet.", decision: Publish, absent: hate},
		{name: "a citizen reporting discrimination is not hate", text: "On m'a refusé le dossier parce que je suis étranger, c'est de la discrimination.", decision: Publish, absent: hate},
		{name: "an English report of discrimination is not hate", text: "I was told that immigrants are not a priority, that is discrimination and I want an answer.", decision: Publish, absent: hate},
	})
}

func TestEngineDehumanisingInsults(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a pack of dogs at the prefecture is abuse", text: "Bande de chiens à la préfecture, vous ne méritez pas votre salaire.", decision: Review, kinds: abuse},
		{name: "pigs at the town hall is abuse", text: "Those pigs at the town hall laughed at me.", decision: Review, kinds: abuse},
		{name: "rats of an agency is abuse", text: "Ces rats de la CAF m'ont encore coupé les aides.", decision: Review, kinds: abuse},
		{name: "vermin said to people is abuse", text: "Vermin, all of you at the desk.", decision: Review, kinds: abuse},
		{name: "German pigs of a job centre is abuse", text: "Ihr Schweine vom Jobcenter!", decision: Review, kinds: abuse},
		{name: "liars said to the staff is abuse", text: "Vous êtes des incapables et des menteurs, honte à vous.", decision: Review, kinds: abuse},
		{name: "a band of crooks in capitals is abuse", text: "BANDE D'ESCROCS, RENDEZ-MOI MON ARGENT", decision: Review, kinds: abuse},
		{name: "you crooks is abuse", text: "You crooks took my money twice.", decision: Review, kinds: abuse},
		{name: "treated like thieves is a complaint", text: "On nous traite comme des voleurs alors qu'on demande juste nos droits.", decision: Publish, absent: abuse},
		{name: "thieves who robbed a letterbox are not an insult", text: "Des voleurs ont cambriolé ma boîte aux lettres, la Poste a été réactive.", decision: Publish, absent: abuse},
		{name: "a warning about crooks is not an insult", text: "Attention aux escrocs qui se font passer pour la CAF au téléphone.", decision: Publish, absent: abuse},
		{name: "treated like cattle is a complaint", text: "On était traités comme du bétail, entassés dans un couloir sans chaises.", decision: Publish, absent: abuse},
		{name: "treated like dogs is a complaint", text: "On nous traite comme des chiens à l'accueil, personne ne répond.", decision: Publish, absent: abuse},
		{name: "big rats in a waiting room are animals", text: "Il y a de gros rats dans la salle d'attente de la préfecture.", decision: Publish, absent: abuse},
		{name: "dirty toilets and cockroaches are hygiene", text: "Les toilettes sont sales, des cafards partout.", decision: Publish, absent: abuse},
		{name: "a filthy pig said to someone is abuse", text: "Sale porc, tu vas voir.", decision: Review, kinds: abuse},
		{name: "rats in a waiting room are animals", text: "Il y avait des rats dans la salle d'attente de la préfecture, c'est insalubre.", decision: Publish, absent: abuse},
	})
}

func TestEngineAbuseOtherLanguages(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "Spanish clowns at the office is abuse", text: "Panda de payasos en la oficina de empleo.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "Italian clowns at the desk is abuse", text: "Siete dei pagliacci, tutti quanti allo sportello.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "Portuguese clowns is abuse", text: "Cambada de palhaços na segurança social.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "German bureaucrat-pig compound is abuse", text: "Diese Beamtenschweine lassen mich seit Wochen warten.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "Spanish swearword is profanity", text: "Joder, otra vez sin cita en la prefectura.", decision: Review, kinds: []Kind{KindProfanity}},
		{name: "German swearword is profanity", text: "Scheiße, schon wieder kein Termin.", decision: Review, kinds: []Kind{KindProfanity}},
	})
}

func TestEngineNameFamilies(t *testing.T) {
	name := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "first name with a particle surname is masked", text: "Un grand merci à Yasmina Ben Slimane, conseillère à la CAF de Nanterre.", kinds: name, gone: []string{"Yasmina", "Slimane"}, kept: []string{"CAF de Nanterre"}},
		{name: "lower-case particle before a known surname is masked", text: "Reçu par Paulo da Silva au guichet, très pro.", gone: []string{"Paulo", "Silva"}},
		{name: "apostrophe surname after a first name is masked", text: "Fatou N'Diaye m'a aidée pour le dossier MDPH.", gone: []string{"Fatou", "Diaye"}, kept: []string{"MDPH"}},
		{name: "known surname alone in capitals is masked", text: "MARTINEZ à l'accueil a refusé de prendre mon dossier.", kinds: name, gone: []string{"MARTINEZ"}},
		{name: "lower-case first name and surname are masked", text: "merci a fatou ndiaye de la cpam elle a tout regle", gone: []string{"fatou", "ndiaye"}, kept: []string{"cpam"}},
		{name: "Spanish titles before names are masked", text: "La señora Martínez, del consulado, me atendió muy bien. Gracias también a don Ignacio.", gone: []string{"Martínez", "Ignacio"}, lang: "es"},
		{name: "Italian titles before names are masked", text: "Il signore Russo dello sportello è stato gentilissimo, e la dottoressa Bianchi anche.", gone: []string{"Russo", "Bianchi"}, lang: "it"},
		{name: "Portuguese lower-case dona before a name is masked", text: "A dona Aparecida do balcão foi muito simpática.", gone: []string{"Aparecida"}},
		{name: "two first names and a surname are masked", text: "Muito obrigado à Maria Conceição Santos da loja do cidadão.", gone: []string{"Maria", "Conceição", "Santos"}},
		{name: "a signature is masked", text: "Dossier toujours bloqué. Cordialement, Paul Girard", gone: []string{"Paul", "Girard"}},
		{name: "Spanish first name with an accent is masked", text: "El asesor Íñigo Etxeberria me ayudó con el paro.", gone: []string{"Íñigo"}},
		{name: "a particle inside a name after a role word is masked", text: "La secrétaire Sandrine Le Goff ne répond jamais.", gone: []string{"Sandrine", "Goff"}},
		{name: "a German signature is masked", text: "Mit freundlichen Grüßen, Jürgen Weber", gone: []string{"Jürgen", "Weber"}},
		{name: "an Irish apostrophe surname is masked", text: "Thanks to Siobhan O'Connor at the council.", gone: []string{"Siobhan", "Connor"}, kept: []string{"council"}},
		{name: "places named after people are kept", text: "Rendez-vous à l'hôpital Georges Pompidou puis à la gare Saint-Lazare.", absent: name, kept: []string{"Georges Pompidou", "Saint-Lazare"}},
		{name: "a surname in capitals before what the person did is masked", text: "Je trouve que MOREAU m'a mal conseillé.", gone: []string{"MOREAU"}},
		{name: "a word in capitals that is also a surname is kept", text: "Franchement le service est MARCHAND, je suis déçu.", absent: name, kept: []string{"MARCHAND"}},
		{name: "bravo in capitals is kept", text: "BRAVO à l'équipe de la CAF.", absent: name, kept: []string{"BRAVO"}},
		{name: "shouted text keeps its words", text: "LE SITE NE MARCHE PAS, MERCI DE CORRIGER", absent: name, kept: []string{"MARCHE", "CORRIGER"}},
		{name: "acronyms in a calm text are not surnames", text: "Le formulaire CERFA est illisible, et la PAJE n'est toujours pas versée.", absent: name, kept: []string{"CERFA", "PAJE"}},
	})
}

func TestEngineAdvertisementInReview(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a review then a plumber's offer is reviewed as spam", text: "Accueil rapide à la CPAM, merci. Sinon je propose mes services de plomberie, devis gratuit, écrivez-moi sur @plomberie_du_77.", decision: Review, kinds: spam},
		{name: "a review then a cake page is reviewed as spam", text: "Super conseillère à la CAF ! Petite pub : je fais des gâteaux sur commande, allez voir ma page insta @gateaux_de_lea", decision: Review, kinds: spam},
		{name: "an English review then a photographer's handle is reviewed as spam", text: "Great help at the job centre. Also, check out my photography page @mike.shoots on insta, book with me for weddings!", decision: Review, kinds: spam},
		{name: "a Spanish review then an insurance offer is reviewed as spam", text: "Buen trato en la oficina. Por cierto, vendo seguros baratos, escríbeme por WhatsApp.", decision: Review, kinds: spam},
		{name: "an Italian review then a shop link is reviewed as spam", text: "Ottimo servizio allo sportello! Visitate il mio negozio online su www.scarpe-low-cost.it con il codice sconto SPORT10", decision: Review, kinds: spam},
		{name: "a German review then a removal offer is reviewed as spam", text: "Freundliche Beratung im Bürgeramt. Übrigens: günstige Umzüge, Angebot auf meinem Insta @umzug_berlin", decision: Review, kinds: spam},
		{name: "an advertisement opening on a good deal is rejected", text: "Bon plan ! Gagnez 500€ par jour depuis chez vous, inscrivez-vous sur argent-facile.biz", decision: Reject, kinds: spam},
		{name: "a pure advertisement is rejected", text: "Je propose mes services de plomberie, devis gratuit, prix d'ami, écrivez-moi sur @plomberie_du_77 ou plomberie77.com", decision: Reject, kinds: spam},
		{name: "selling appointment slots with payment is rejected", text: "Plus besoin d'attendre : nous vendons des rendez-vous à la sous-préfecture, paiement sécurisé sur rdv-facile.net", decision: Reject, kinds: spam},
		{name: "thanking an official account is not spam", text: "Merci @CAF_Officiel pour la réponse rapide sur Twitter.", decision: Publish, absent: spam},
		{name: "home help is a public service, not an offer", text: "L'aide à domicile de ma mère a enfin été validée par le département.", decision: Publish, absent: spam},
		{name: "news read on a social network is not spam", text: "J'ai vu l'info sur insta, le site de la préfecture n'en parlait pas.", decision: Publish, absent: spam},
	})
}

func TestEngineEscapedMarkup(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a script written as entities is removed and reviewed", text: "&lt;script&gt;fetch('x')&lt;/script&gt; mon RSA n'est pas versé", decision: Review, kinds: []Kind{KindMarkup}, gone: []string{"script", "fetch"}, kept: []string{"RSA"}},
		{name: "a swearword before an exclamation mark is found", text: "¡Joder! Otra vez sin cita en la prefectura.", decision: Review, kinds: []Kind{KindProfanity}},
	})
}

func TestEngineLanguageFamilies(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "short Spanish complaint is Spanish", text: "Otra vez la cita cancelada, nadie contesta.", lang: "es"},
		{name: "short Portuguese complaint is Portuguese", text: "Ninguém atende, isso é uma vergonha.", lang: "pt"},
		{name: "short Italian complaint is Italian", text: "Nessuno risponde allo sportello, sempre chiuso.", lang: "it"},
		{name: "short German complaint is German", text: "Niemand geht ans Telefon, jetzt schon drei Wochen.", lang: "de"},
		{name: "French with a square's name stays French", text: "Passé à la mairie de la place Jean Moulin : fermée à 16h.", lang: "fr"},
		{name: "gibberish takes the fallback language", text: "xkcdq ffffffff pqrstv wwwww lorem", lang: "fr"},
		{name: "English advertising without function words is English", text: "cheap backlinks buy now best seo", lang: "en"},
	})
}
