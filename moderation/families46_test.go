package moderation

import (
	"testing"
)

// TestEngineReportedQuotesOfRound46: slurs and threats told as received,
// from heldout-98 once read: an attacker or a youth who said them, the
// perfect of shouting in Italian and Spanish, a name someone was called
// in Portuguese, staff who stepped in (plural), harassment named; the
// English preposition "on" is no vague speaker ("the assembly on
// racism"). Not the writer's own words, nor a French "on" who said them.
func TestEngineReportedQuotesOfRound46(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "the attacker said it", text: "J'ai porté plainte après une agression. L'agresseur m'a dit « sale pédé, je vais te crever ». L'officier a pris ma plainte avec sérieux.", decision: Publish},
		{name: "a boy shouted it", text: "Al mercato un ragazzo mi ha gridato «frocio di merda». Due agenti sono intervenuti subito e mi hanno accompagnato a fare denuncia.", decision: Publish},
		{name: "called so for months", text: "O meu filho foi chamado «paneleiro» durante meses na escola. A diretora falou com as famílias e o bullying parou.", decision: Publish},
		{name: "an assembly on racism", text: "At the school assembly on racism, the head read out messages pupils had received, including \"paki go home\". Some parents complained the words were shocking.", decision: Publish},
		{name: "a French on said it", text: "On m'a dit « sale pédé, on va te crever ». J'ai porté plainte.", decision: Review},
		{name: "the writer shouted it", text: "Je lui ai crié « sale pédé, je vais te crever ». La police est venue.", decision: Reject},
	})
}

// TestEngineBurstsAndVulgarPhrasesOfRound46: a burst of anger is doubtful
// only with words to the reader within three sentences, not someone asked
// ("si quelqu'un du service pouvait…"); an insult inside a longer vulgar phrase
// about a thing is that phrase's vulgarity ("una puta vergüenza de
// sistema"), not when said to the reader or of a person.
func TestEngineBurstsAndVulgarPhrasesOfRound46(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a burst, a request later", text: "Dix-huit mois pour un dossier. Je vais exploser, sérieux. Mais je reste poli. J'ai tout envoyé dès le départ. Si quelqu'un du service pouvait vérifier le dossier, merci.", decision: Publish, absent: []Kind{KindThreat, KindAbuse}},
		{name: "a burst said to the reader", text: "Je vais exploser. La ceinture est prête, vous avez été prévenus.", decision: Review, kinds: []Kind{KindThreat}},
		{name: "a vulgar phrase about the system", text: "Joder, tres meses para una cita previa en la DGT. Una puta vergüenza de sistema.", decision: Review, kinds: []Kind{KindProfanity}, absent: []Kind{KindAbuse}},
		{name: "a vulgar phrase said to the reader", text: "Eres una puta mierda.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "a vulgar phrase said of a clerk", text: "La funcionaria es una puta mierda.", decision: Review, kinds: []Kind{KindAbuse}},
	})
}

// TestEngineNamesOfRound46: in a shouted text, a first name that is a
// frequent word starts no name ("SHE CAN COOK A MEAL", "I WILL HUNT YOU
// DOWN" hid a threat), and a first name before an article and a role is
// one ("CRAIG THE PIP ASSESSOR"); sign languages are acronyms after an
// interpreter; "Jesus" is a first name that is a word too; "branch" and
// "central" may come between a library's name and its place word.
func TestEngineNamesOfRound46(t *testing.T) {
	name := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a modal in capitals", text: "THE ASSESSOR WROTE THAT MY DAUGHTER CAN COOK A MEAL WHEN SHE CAN'T EVEN HOLD A CUP!!!", decision: Review, absent: name, kept: []string{"CAN COOK"}},
		{name: "a threat in capitals", text: "I WILL HUNT YOU DOWN, EVERY SINGLE ONE OF YOU AT THE TAX OFFICE", decision: Reject, kinds: []Kind{KindThreat}, absent: name, kept: []string{"WILL HUNT"}},
		{name: "a first name before its role", text: "CRAIG THE PIP ASSESSOR IS A LYING SCUMBAG AND A DISGRACE!!!", decision: Review, kinds: name, gone: []string{"CRAIG"}, kept: []string{"PIP ASSESSOR"}},
		{name: "a French first name before its role", text: "KARIM LE CONSEILLER M'A RACCROCHÉ AU NEZ, C'EST SCANDALEUX", decision: Review, kinds: name, gone: []string{"KARIM"}},
		{name: "a first name in capitals, a relative's", text: "MY DAUGHTER EMMA HAS WAITED SIX MONTHS FOR HER PIP", decision: Review, kinds: name, gone: []string{"EMMA"}},
		{name: "an Italian sign language", text: "Per la prima volta in Comune c'era un interprete LIS per la riunione.", decision: Publish, absent: name, kept: []string{"interprete LIS"}},
		{name: "a French sign language", text: "Le rendez-vous avec interprète LSF à la CAF a parfaitement fonctionné.", decision: Publish, absent: name, kept: []string{"interprète LSF"}},
		{name: "a story told at school", text: "Her teacher explained the story of Jesus, and the next month the class learned about Diwali.", decision: Publish, absent: name, kept: []string{"Jesus"}},
		{name: "a neighbour called Jesus", text: "My neighbour Jesus Garcia helped me fill in the form.", decision: Publish, kinds: name, gone: []string{"Jesus", "Garcia"}},
		{name: "a branch library", text: "The Charles Dickens branch library has started audiobook sessions.", decision: Publish, absent: name, kept: []string{"Charles Dickens"}},
	})
}

// TestEngineThreatsAdsAndInsultsOfRound46: the writer's company announced
// with a weapon ("on sera là avec des battes", "nous serons là avec des
// battes de baseball"), not with banners; appointments guaranteed in the
// plural and a gift for an invitation code slipped into a review; the
// arrogant ignoramus; an Italian school's head before her name.
func TestEngineThreatsAdsAndInsultsOfRound46(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "there with bats", text: "Si la mairie maintient la marche des fiertés, on sera là avec des battes. Ils ont été prévenus.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "there with bats, plural", text: "Le maire peut maintenir son foyer. Nous serons là avec des battes de baseball.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "there with banners", text: "On sera là avec des banderoles et des sifflets, manifestation pacifique.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "guaranteed appointments", text: "L'accueil de la mairie était rapide. Et pour ceux qui attendent un titre de séjour, rejoignez le groupe premium sur papiers-vip.fr : rendez-vous garantis sous 48h pour 79€ !", decision: Review, kinds: []Kind{KindSpam}},
		{name: "a gift for a code", text: "L'INPS ha risolto la mia pratica in due settimane. Ho trovato un'app fantastica per le bollette: scaricate RisparmiaFacile con il codice INVITO5, vi regalano 5 euro!", decision: Review, kinds: []Kind{KindSpam}},
		{name: "the arrogant ignoramus", text: "La dirigente scolastica Bianchi è un'ignorante arrogante. Vergognosa.", decision: Review, kinds: []Kind{KindAbuse, KindPersonName}, gone: []string{"Bianchi"}},
		{name: "what she did not know", text: "La dirigente era ignorante della normativa, ma si è scusata.", decision: Publish, absent: []Kind{KindAbuse}},
	})
}

// TestEngineProbeSet46bOfRound46: from probe set 46b once read (mixed
// languages and non-native writers): a German tax id written whole with
// its key right where the text names it; Maghrebi name-calling in French;
// the writer's cat; Mexican praise; Dutch titles; a surname in capitals
// with a first name that is a word too after it; a listed surname before
// the first name where a name is given; ads for money transfers and an
// agency's low prices.
func TestEngineProbeSet46bOfRound46(t *testing.T) {
	name, pii := []Kind{KindPersonName}, []Kind{KindPersonalData}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a Steuer-ID far from its number", text: "Expat in Berlin here. Steuer-ID arrived 3 weeks later: 47193850642. Fix the booking system please.", decision: Publish, kinds: pii, gone: []string{"47193850642"}},
		{name: "a Steuer-ID in Spanish", text: "Mi hija no tiene la Steuer-ID y la Familienkasse no paga. La mía es 86029173583, ¿no pueden usarla?", decision: Publish, kinds: pii, gone: []string{"86029173583"}},
		{name: "a key that fails", text: "Expat in Berlin here. Steuer-ID arrived 3 weeks later, parcel tracking 47193850643. Fix the booking system please.", decision: Publish, kept: []string{"47193850643"}},
		{name: "kelb", text: "Le conseiller France Travail est un gros kelb qui se prend pour le patron.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "hmara", text: "La dame du guichet 2, c'est une vraie hmara, elle m'a renvoyée chez moi pour une photocopie.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "the writer's cat", text: "Bonjour, ma chatte a été écrasée devant l'école de la rue Victor Hugo, les voitures roulent beaucoup trop vite.", decision: Publish, absent: []Kind{KindAbuse}, kept: []string{"Victor Hugo"}},
		{name: "Mexican praise", text: "¡El nuevo sistema de citas del Consulado está a toda madre, bueno, a puta madre! Neta, gracias.", decision: Review, kinds: []Kind{KindProfanity}, absent: []Kind{KindAbuse}},
		{name: "a Dutch title", text: "Merci de vérifier mon dossier. / Mevrouw van Dijk, Montcuq", decision: Publish, kinds: name, gone: []string{"Dijk"}},
		{name: "a surname in capitals, a first name that is a word", text: "Monsieur WANG Lei, restaurateur dans le 13e arrondissement, conteste les majorations de l'URSSAF.", decision: Publish, kinds: name, gone: []string{"WANG", "Lei"}},
		{name: "the surname first, after a colon", text: "Mio padre a travaillé 22 ans en France. Son nom : Esposito Gennaro, né le 3 avril 1943.", decision: Publish, kinds: name, gone: []string{"Esposito", "Gennaro"}},
		{name: "a husband in German", text: "Mein Mann Thomas und ich haben beim Standesamt lange gewartet.", decision: Publish, kinds: name, gone: []string{"Thomas"}, kept: []string{"Mein Mann"}},
		{name: "money transfer", text: "Thanks to the council for fixing the streetlight. Also, money transfer cheap rate to Nigeria Ghana Kenya, call 07404 992 318, best rate in London!!", decision: Review, kinds: []Kind{KindSpam}},
		{name: "an agency's low prices", text: "Buon servizio all'INPS di Bari. PS: badanti e colf in regola, agenzia CuraFacile, chiamate 328 771 0924, prezzi bassissimi!", decision: Review, kinds: []Kind{KindSpam}},
		{name: "a guard stepped in", text: "Un señor de la cola me llamó \"moro de mierda\" y me empujó. El vigilante lo sacó fuera enseguida.", decision: Publish},
		{name: "called a vulgar name", text: "A man in the Jobcentre queue called me a f***ing Paki and told me to go back home. Staff inside were nice and apologised.", decision: Publish},
		{name: "a vulgar name said to the reader", text: "You fucking idiot, you lost my form again.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "the writer's own words, far back", text: "Je transmets ce que j'ai écrit sur le formulaire en ligne de la préfecture après mon passage de jeudi : « Votre agent du guichet 4 est une ordure bornée. »", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "the arrogant incompetent", text: "La dottoressa del pronto soccorso è un'incapace arrogante, dovrebbe vergognarsi.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "seen the same day", text: "Dr Okafor at the Riverside surgery referred my son the same day. Shame the 8am phone queue is a lottery.", decision: Publish, absent: []Kind{KindSpam}},
	})
}

// TestEngineReviewOfRound46: the probe review's regressions of the
// round's first rules, mended: the writer's own perfect in Italian,
// Spanish and Portuguese ("gli ho gridato «…»"); "llamo" (I call) and a
// phone call ("chiamata") tell nothing received; harassment reacts only
// when it stopped; a group near keeps an insult inside a vulgar phrase;
// a town before an article and a role; a branch library's assistant; Lis
// the first name; the company announced armed only through "with" and a
// weapon ending its clause ("la vigília pelo jovem morto com uma faca");
// a gift alone is no ad; the writer's fear of being taken for an
// ignoramus, and being called one; Spanish "preside" and an office
// after "dirigente"; a shouted first name that is a word too.
func TestEngineReviewOfRound46(t *testing.T) {
	name := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "the writer shouted, Italian", text: "Al vigile gli ho gridato «ti ammazzo, bastardo». Poi è arrivata la polizia.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "the writer shouted, Spanish", text: "Le he gritado al conserje «te voy a reventar la cabeza». Vino seguridad.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "talk of bullying mocked", text: "A man shouted \"dirty paki\" at my neighbour. All this talk of bullying is snowflake stuff.", decision: Review},
		{name: "a group in a vulgar phrase", text: "Los inmigrantes del barrio son una puta mierda, que se vayan.", decision: Reject},
		{name: "a town before the doctor", text: "EM FÁTIMA O MÉDICO NÃO ME ATENDEU E ESPEREI SEIS HORAS!!!", decision: Review, absent: name, kept: []string{"FÁTIMA"}},
		{name: "a branch library's assistant", text: "Thanks to Emily Davies branch library assistant for her help with the form.", decision: Publish, kinds: name, gone: []string{"Emily", "Davies"}},
		{name: "Lis the first name", text: "La signora Lis Andersen dell'anagrafe è stata molto gentile.", decision: Publish, kinds: name, gone: []string{"Lis", "Andersen"}},
		{name: "there with knives, German", text: "Wenn die Stadt das Asylheim baut, wir sind da mit Messern.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "vegetables cut with knives", text: "Wir schneiden das Gemüse im Kochkurs der VHS mit Messern aus Solingen.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "a vigil", text: "Lá estaremos na vigília pelo jovem morto com uma faca, a câmara tem de agir.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "a talk on knife crime", text: "Allí estaremos, en la charla sobre agresiones con arma blanca del centro cívico.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "a free bottle", text: "All'evento del Comune vi regalano la borraccia se mostrate il codice invito ricevuto via email: bella idea contro la plastica.", decision: Publish, absent: []Kind{KindSpam}},
		{name: "not to be taken for one", text: "Non voglio passare per un'ignorante arrogante, ma il modulo è incomprensibile.", decision: Publish, absent: []Kind{KindAbuse}, modelReviews: true},
		{name: "called one", text: "A rececionista chamou-me uma ignorante arrogante à frente de todos. Fiz reclamação.", decision: Publish, absent: []Kind{KindAbuse}},
		{name: "Spanish preside", text: "La consejera que preside Sanidad no contesta a las asociaciones.", decision: Publish, absent: name, kept: []string{"Sanidad"}},
		{name: "an office after dirigente", text: "Il dirigente Settore Urbanistica non risponde da mesi.", decision: Publish, absent: name, kept: []string{"Settore Urbanistica"}},
		{name: "may in capitals", text: "MY MOTHER MAY LOSE HER HOME BECAUSE OF YOUR MISTAKE", decision: Review, absent: name, kept: []string{"MAY LOSE"}},
		{name: "two first names in capitals", text: "MY SON ALI HASSAN HAS BEEN WAITING SINCE MARCH FOR A SCHOOL PLACE", decision: Review, kinds: name, gone: []string{"ALI", "HASSAN"}},
	})
}

// TestEngineCodeReviewOfRound46: the code review's confirmed faults,
// mended: an article after "pour" aims a weapon only before an
// infinitive; harassment stops only right after its word or auxiliary;
// French "on" before any verb is a vague speaker; an insult in a vulgar
// phrase said of a person after it or far before; going through someone
// is no self-judgement; relatives' first names in capitals that are
// words too; Spanish "preside"; Dutch abbreviations with their dot; rates
// of a pool; the polite "Lei" after a surname in capitals; a phone call.
func TestEngineCodeReviewOfRound46(t *testing.T) {
	name := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "knives for the workshops", text: "Pour la fête de l'école on sera là avec des couteaux pour les ateliers de cuisine.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "bars to welcome them", text: "La mairie maintient la marche ? On sera là avec des barres de fer pour les accueillir.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "harassment without end", text: "Un garçon a crié « sale pédé » à mon fils. Le harcèlement continue sans cesse.", decision: Review},
		{name: "on hurlait", text: "On hurlait « sale pédé, on va te crever » sous mes fenêtres. J'ai porté plainte.", decision: Review},
		{name: "the clerk far before", text: "La funcionaria de la ventanilla tres es una puta mierda.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "going through him", text: "Hay que pasar por ese imbécil de la ventanilla para cualquier trámite.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "April in capitals", text: "MY DAUGHTER APRIL HAS WAITED SIX MONTHS FOR HER PIP", decision: Review, kinds: name, gone: []string{"APRIL"}},
		{name: "Spanish preside", text: "La consejera que preside Educación no contesta a las familias.", decision: Publish, absent: name, kept: []string{"Educación"}},
		{name: "Dutch abbreviations", text: "Bedankt aan Mevr. Peeters en Dhr. Janssens van de gemeente, merci beaucoup.", decision: Publish, kinds: name, gone: []string{"Peeters", "Janssens"}},
		{name: "rates of a pool", text: "I asked the council about the cheap rate for pensioners at the pool, and got the best rate after all.", decision: Publish, absent: []Kind{KindSpam}},
		{name: "the polite Lei", text: "Ho scritto alla dottoressa BIANCHI Lei mi aveva promesso una risposta entro marzo.", decision: Publish, kinds: name, gone: []string{"BIANCHI"}, kept: []string{"Lei mi"}},
		{name: "a phone call", text: "Ho chiamato il comune e l'impiegato mi ha risposto «siete degli idioti».", decision: Publish},
	})
}

// TestEngineProbeSet46aOfRound46: from probe set 46a once read: an emoji
// ends a clause ("je vais exploser 😂 sérieux l'URSSAF" is a burst, no
// object); name-calling borrowed from Hindi, Turkish and Antillean
// Creole; Mexican praise; a Jamaican gunshot; calls to burn mosques or
// drive people out by force; paid help with papers, flats without
// guarantees and an inheritance scam; a landlord's threat reported with
// fear said; boys who call a pupil names. Not harassment on Snapchat.
func TestEngineProbeSet46aOfRound46(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a burst before an emoji", text: "Si je reçois encore un courrier qui me demande le même justificatif je vais exploser 😂 sérieux l'URSSAF, ça fait quatre fois.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "Hindi name-calling", text: "The clerk at the High Commission visa counter is a total bewakoof, ullu ka pattha, he rejected my form.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "Turkish name-calling", text: "Herr Becker vom Jobcenter ist ein eşek, versteht nix, schickt mich jedes Mal weg.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "Antillean name-calling", text: "La dame du service social de la mairie, sé on tèbè, elle comprend rien de ma situation.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "de puta madre", text: "El nuevo sistema de cita previa está de puta madre, güey, en cinco minutos listo.", decision: Review, kinds: []Kind{KindProfanity}, absent: []Kind{KindAbuse}},
		{name: "a Jamaican gunshot", text: "Mi a go buss a shot inna di council office if dem evict mi granny, hear mi now.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "burn their mosques", text: "Muslims at the council are taking over, we need to drive them out by force before it's too late. Burn their mosques.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "an inheritance scam", text: "Hello dear, I am Barrister from Lome, you have inheritance of $4.5M from late client with your surname, send your details urgently.", decision: Reject, kinds: []Kind{KindSpam}},
		{name: "paid help with papers", text: "La préfecture c'est long mais ça marche. Pour les frères qui galèrent, contactez Mister Visa, il fait les dossiers pour 150€, garantie 100%, il connaît les gens.", decision: Review, kinds: []Kind{KindSpam}},
		{name: "a landlord's threat, feared", text: "My landlord is saying 'if you complain to council I will throw your things on road and break your legs'. I am very afraid. The officer said he will come again.", decision: Publish},
		{name: "boys call him names", text: "My son is bullied at school, the other boys call him 'curry muncher' and 'terrorist'. The head teacher was very supportive and called all the parents in.", decision: Publish},
		{name: "English name-calling in French", text: "La conseillère CAF au téléphone, what a bitch, elle m'a raccroché au nez deux fois.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "harassed on Snapchat", text: "Ma fille s'est fait menacer par un camarade sur Snapchat, le CPE a pris les choses en main immédiatement. Merci.", decision: Publish, absent: []Kind{KindSpam}},
	})
}

// TestEngineLateReviewOfRound46: the second probe review's regressions of
// 303d0d3 … 8bc461d, mended: an emoji ends a burst only when no object
// follows it ("Je vais exploser 💣 la mairie"), and no other clause;
// a purpose after a weapon aims it at a group near or before a verb of
// welcoming only ("pour la sculpture sur bois"); threats said as such,
// not reported ("les CRS ont fini par les chasser par la force", "di yute
// dem a buss a shot"); "kamina", a town; what someone "calls" a person
// only with a third person before and a pronoun after; a German dative
// is told, not telling; the writer's own answer in Italian; fear said of
// someone, not "without fear"; the guard acting; a sentence's first "On"
// before a date; adverbs before harassment stopped; a vulgar word what
// the writer was called only before an insult ("She called me fucking
// twice"); shouted first names that are words before no name ("MY SON
// CHASE BANK ACCOUNT"); a misspelt "Santo" after "Santi".
func TestEngineLateReviewOfRound46(t *testing.T) {
	name := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a bomb emoji and the mairie", text: "Je vais exploser 💣 la mairie de Créteil si rien ne bouge.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "a laughing emoji", text: "Si je reçois encore un courrier je vais exploser 😂 sérieux l'URSSAF, quatre fois que j'envoie l'attestation.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "counter-speech with an emoji", text: "Women shouldn't be paramedics 🙄 my uncle says, but the two who saved my dad were brilliant.", decision: Publish},
		{name: "knives for woodwork", text: "Pour la fête du quartier on sera là avec des couteaux pour la sculpture sur bois.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "bats for the migrants", text: "Si le foyer ouvre, on sera là avec des battes pour les migrants du foyer.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "the CRS drove them out", text: "Les CRS ont fini par les chasser par la force du square. Honteux.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "a shot reported", text: "Di yute dem a buss a shot pon di corner last night and police nuh come.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "Kamina, a town", text: "Je suis arrivée de Kamina au Katanga il y a deux ans, la préfecture ne répond pas.", decision: Publish, absent: []Kind{KindAbuse}},
		{name: "call me old-fashioned", text: "Call me old-fashioned, but the housing officer is 'a lazy cow'.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "told the landlady", text: "Ich habe der Vermieterin geschrieben: „Sie sind eine dumme Kuh“.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "the writer's answer", text: "Al telefono gli ho risposto «sei un cretino» e ho riattaccato.", decision: Review, kinds: []Kind{KindAbuse}},
		{name: "without fear", text: "Un tipo gritó «os vamos a quemar la mezquita» en la plaza. Ojalá todos perdieran el miedo a decirlo.", decision: Review},
		{name: "afraid, but he has a point", text: "A man shouted 'I'll stab the next foreigner I see' on the bus. I was afraid, but honestly he has a point.", decision: Reject},
		{name: "on a date", text: "On 12 March a man shouted \"go back to your country\" at me in the Jobcentre. We reported it to the police.", decision: Publish},
		{name: "has now stopped", text: "Boys at school shouted \"gay boy\" at my son every day. The bullying has now stopped.", decision: Publish},
		{name: "called twice", text: "She called me fucking twice at 7am about a form I had already sent.", decision: Review, kinds: []Kind{KindProfanity}},
		{name: "a bank account in capitals", text: "MY SON CHASE BANK ACCOUNT WAS FROZEN BECAUSE OF YOUR LETTER", decision: Review, absent: name, kept: []string{"CHASE BANK"}},
		{name: "a misspelt name after Santi", text: "La dott.ssa Santi mi ha visitato, o Santo come c'era scritto sul foglio.", decision: Publish, kinds: name, gone: []string{"Santi", "Santo"}},
	})
}
