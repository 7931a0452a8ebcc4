package moderation

import (
	"testing"
)

// TestEngineReportedQuotesOfRound45: slurs and threats someone else said
// to the writer, told as reports: a complaint filed before the quotation
// in its sentence, a question asked ("chiesto se"), the police who did
// not take the complaint, a thing said not to be acceptable, the
// gendarme, staff stepping in, the writer protected; "nous" the object of
// the verb of saying, messages received by "us". The threat model does
// not hold a threat so reported either. Not the writer's own words behind
// a quotation, nor one said by "nous", nor a report the text mocks.
func TestEngineReportedQuotesOfRound45(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a complaint filed before the quotation", text: "J'ai enfin pu déposer plainte contre mon voisin qui me traite de « sale pédé » chaque fois que je rentre avec mon compagnon.", decision: Publish},
		{name: "a question asked, no condition", text: "Un signore mi ha detto «negro, tornatene in Africa». Un agente della Polizia l'ha allontanato e mi ha chiesto se volevo sporgere denuncia.", decision: Publish},
		{name: "the police would not take the complaint", text: "Un vecino me gritó \"moro de mierda, vete a tu país\" en el ascensor y la Policía Local no quiso tomarme la denuncia.", decision: Publish},
		{name: "not acceptable", text: "L'agent m'a dit « retourne dans ton pays si t'es pas contente ». Je veux qu'une sanction soit prise, ce n'est pas acceptable dans un service public.", decision: Publish},
		{name: "staff stepped in", text: "Un usager derrière moi m'a lancé « retourne dans ton pays avec ton voile ». L'agent d'accueil est intervenu tout de suite. Je me suis sentie protégée.", decision: Publish},
		{name: "said to us", text: "Un riverain est venu nous dire « si vous êtes encore là lundi je brûle vos caravanes ». On a porté plainte au commissariat.", decision: Publish},
		{name: "a message we received", text: "Recebemos uma mensagem anónima: «paneleiros, vamos partir-vos as pernas». Apresentámos queixa na PSP.", decision: Publish},
		{name: "the threat model, a report", text: "I work on the front desk at the council's homelessness service. Last week a man told me \"I'll find out where you live\". Security walked him out and my manager arranged a debrief the same day.", decision: Publish},
		{name: "a slur's stars are no I", text: "A man in the waiting room called me a \"P**i\" and told me to \"go back to where you came from\". The receptionist called the practice manager and I reported it to the police.", decision: Publish},
		{name: "on a road, no vague speaker", text: "I was at the GP surgery on Cowley Road when a man told me \"go back to where you came from\". I reported it to the police.", decision: Publish},
		{name: "graffiti not yet removed", text: "Des tags « Mort aux Arabes » ont été peints sur le mur de la mosquée. La mairie ne les a toujours pas fait effacer.", decision: Publish},
		{name: "graffiti the writer keeps", text: "Des tags « Mort aux Arabes » ont été peints sur le mur. On ne va pas les effacer, ils le méritent.", decision: Review},
		{name: "leaflets someone left", text: "Someone's been leaving leaflets saying \"No more mosques\" on cars outside the community centre. I've reported it to the council's hate crime officer.", decision: Publish},
		{name: "a message an ex left", text: "Mon ex-conjoint a laissé sur mon répondeur : « tu vas voir ce qui va t'arriver si tu demandes la garde ». J'ai porté plainte.", decision: Publish},
		{name: "a message left by no one named", text: "Message laissé au CMP hier : « je vais tous vous crever ». J'ai porté plainte.", decision: Reject},
		{name: "all of us said it", text: "Nous tous avons dit au maire « on va brûler ta maison ». Le gendarme est venu.", decision: Reject},
		{name: "emphasis is no slur's stars", text: "*I* told the mayor “I am going to burn your house down”. The police came round the next day.", decision: Reject},
		{name: "we welcomed him so", text: "Recibimos al nuevo alcalde con una pancarta: «te vamos a matar, cerdo». La policía intervino enseguida.", decision: Reject},
		{name: "the neighbourhood protected", text: "Un voisin m'a crié « dehors les bougnoules ». Notre quartier doit être protégé.", decision: Review},
		{name: "their presence not acceptable", text: "Un voisin m'a dit « retourne dans ton pays, sale bougnoule ». Franchement, leur présence ici n'est pas acceptable.", decision: Review},
		{name: "the threat said again", text: "Last week a man told me \"I'll find out where you live\". Security walked him out. Well, to the manager who let him in: I'll find out where you live too.", decision: Review},
		{name: "the writer's words to them", text: "Il faut aller leur dire « on va brûler vos caravanes si vous restez ». Même la gendarmerie est d'accord.", decision: Reject},
		{name: "a complaint or not", text: "Plainte ou pas, un voisin leur a hurlé « on va brûler vos caravanes », bien fait.", decision: Review},
		{name: "said by us", text: "Nous avons dit à l'agent « on va te crever ». La police ne fera rien.", decision: Reject},
		{name: "no reaction told", text: "Un riverain est venu nous dire « si vous êtes encore là lundi je brûle vos caravanes ». Voilà.", decision: Review},
		{name: "a reaction mocked", text: "Un riverain est venu nous dire « je brûle vos caravanes ». La police peut toujours courir.", decision: Review},
	})
}

// TestEngineThreatsToPlacesOfRound45: a place named in the condition that
// opens the act's sentence when the act falls on a pronoun; "rebento
// com", "avisados estáis" after a weapon. Not candles, incense or
// champagne; not fire told of places of worship or caravans, whose words
// are no places of threats (the probe review: history lessons, tyres).
func TestEngineThreatsToPlacesOfRound45(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "the town hall blown up", text: "Ou me dão a casa ou eu rebento com essa Câmara toda.", decision: Reject, kinds: threat},
		{name: "petrol, you are warned", text: "O lo cerráis vosotros o lo cerramos nosotros con gasolina. Avisados estáis.", decision: Reject, kinds: threat},
		{name: "candles at a vigil", text: "Wenn die NPD vor der Moschee marschiert, zünden wir Kerzen an.", decision: Publish, absent: threat},
		{name: "Hanukkah candles in a synagogue", text: "In der Synagoge zünden wir jeden Abend die Chanukkakerzen an.", decision: Publish, absent: threat},
		{name: "incense in a mosque", text: "Nella moschea bruciamo l'incenso ogni venerdì.", decision: Publish, absent: threat},
		{name: "champagne after a match", text: "Je travaille à la mairie. Si on gagne le match samedi, on fera péter le champagne !", decision: Publish, absent: threat},
		{name: "Kristallnacht told", text: "On Kristallnacht in 1938, mobs set fire to synagogues across Germany.", decision: Publish, absent: threat},
		{name: "a caravan's tyre", text: "The tyre on my caravan could explode in this heat, so check the pressure.", decision: Publish, absent: threat},
		{name: "candles before the town hall", text: "Vor dem Rathaus zünden wir heute Abend Kerzen für die Opfer an.", decision: Publish, absent: threat},
	})
}

// TestEngineNamesAndNumbersOfRound45: the writer's name after "me llamo",
// "mi chiamo", "ich heiße"; a British residence permit's number after
// "BRP". Not "te llamo mañana", "vi chiamo lunedì"; not "line" after a
// role in English ("ur interpreter line"), which stays a name after one
// in French.
func TestEngineNamesAndNumbersOfRound45(t *testing.T) {
	name, pii := []Kind{KindPersonName}, []Kind{KindPersonalData}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "me llamo", text: "Me llamo Yeferson Quispe, peruano, y espero cita en Extranjería.", decision: Publish, kinds: name, gone: []string{"Yeferson", "Quispe"}},
		{name: "mi chiamo", text: "Mi chiamo Ahmed Faraj e vivo a Torino da dieci anni.", decision: Publish, kinds: name, gone: []string{"Ahmed", "Faraj"}},
		{name: "ich heiße", text: "Ich heiße Yusuf Demirtaş und warte seit Mai auf meinen Termin.", decision: Publish, kinds: name, gone: []string{"Yusuf", "Demirtaş"}},
		{name: "my name is, no list knows it", text: "O meu nome é Bishnu Gurung, do Nepal, e a AIMA não responde.", decision: Publish, kinds: name, gone: []string{"Bishnu Gurung"}, kept: []string{"Nepal", "AIMA"}},
		{name: "mi nombre es, a particle", text: "Mi nombre es Yeferson de la Cruz y vivo en Lorca.", decision: Publish, kinds: name, gone: []string{"Yeferson de la Cruz"}, kept: []string{"Lorca"}},
		{name: "my name is on the list", text: "My name is on the list but Universal Credit says no.", decision: Publish, absent: name},
		{name: "ich heiße … gut", text: "Ich heiße Ihre Entscheidung nicht gut.", decision: Publish, absent: name, kept: []string{"Ihre Entscheidung"}},
		{name: "te llamo mañana", text: "Le dije a mi hermana: te llamo mañana desde la oficina.", decision: Publish, absent: name},
		{name: "vi chiamo Lunedì", text: "Allo sportello mi hanno detto: vi chiamo Lunedì.", decision: Publish, absent: name, kept: []string{"Lunedì"}},
		{name: "a BRP number", text: "My BRP number is ZR9123456 and the Home Office has not replied.", decision: Publish, kinds: pii, gone: []string{"ZR9123456"}},
		{name: "an interpreter line", text: "pls stop sending letters in english only, ur interpreter line is never answered", decision: Publish, absent: name, kept: []string{"interpreter line"}},
		{name: "Line after a role in French", text: "l'agent line m'a bien reçue", decision: Publish, kinds: name, gone: []string{"line"}},
	})
}

// TestEngineHateOfRound45: a group said to have infiltrated the offices,
// to have brought covid, to have no brain for a work; Italian's plural
// copula without an article. Not straps ("des brides"), nor
// children who brought covid home, extremists infiltrating the police,
// a son with no brain for maths, pets at the hospital.
func TestEngineHateOfRound45(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "infiltrated the offices", text: "Die Juden haben doch die ganzen Ämter unterwandert.", decision: Reject, kinds: abuse},
		{name: "brought covid", text: "Ces Asiatiques mangent n'importe quoi et nous ont apporté le covid.", decision: Reject, kinds: abuse},
		{name: "no brain for it", text: "Les femmes n'ont pas le cerveau pour diriger un service.", decision: Reject, kinds: abuse},
		{name: "sono animali after a complement", text: "Gli immigrati del centro d'accoglienza sono animali, bisognerebbe chiuderli.", decision: Reject, kinds: abuse},
		{name: "straps, no slur", text: "J'ai acheté des brides pour fixer le tuyau, le plombier de la mairie n'est jamais venu.", decision: Publish, absent: abuse},
		{name: "children brought covid home", text: "Les enfants ont apporté le covid à la maison.", decision: Publish, absent: abuse},
		{name: "extremists infiltrated the police", text: "Die Rechtsextremen haben die Polizei unterwandert.", decision: Publish, absent: abuse},
		{name: "a son and maths", text: "Mon fils n'a pas le cerveau pour les maths, dit-il, mais il progresse.", decision: Publish, absent: abuse},
		{name: "pets at the hospital", text: "Sono animali domestici ammessi in ospedale?", decision: Publish, absent: abuse},
	})
}

// TestEngineInsultsAndPlacesOfRound45: lazy said of a person in Spanish
// and Portuguese, the noun after "usted" or an article; Welsh streets
// ("Heol y Nant"), not a Spanish "y" after a street; a collège's head
// after a title. Not "una vaga idea", "não sou preguiçosa", "no eres un
// vago", "the principal reason", a British officer's grade.
func TestEngineInsultsAndPlacesOfRound45(t *testing.T) {
	abuse, pii, name := []Kind{KindAbuse}, []Kind{KindPersonalData}, []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "usted una vaga", text: "Sra. Navarro, es usted una vaga y una inepta. Seis meses para mirar un papel.", decision: Review, kinds: abuse},
		{name: "um preguiçoso", text: "Sr. Matos, o senhor é um preguiçoso e um incapaz.", decision: Review, kinds: abuse},
		{name: "una vaga idea", text: "Tengo una vaga idea de cuándo llegó la carta de Hacienda.", decision: Publish, absent: abuse},
		{name: "não sou preguiçosa", text: "Não sou preguiçosa, trabalho há vinte anos e a Segurança Social não me responde.", decision: Publish, absent: abuse},
		{name: "a Welsh street", text: "My address is 6 Heol y Parc, Pontypridd, in case the form can simply be posted.", decision: Publish, kinds: pii, gone: []string{"Heol y Parc"}, kept: []string{"Pontypridd"}},
		{name: "a Spanish y after a street", text: "Vivo al 4 Calle Sol y Hacienda me manda las cartas a otra casa.", decision: Publish, kept: []string{"Hacienda me manda"}},
		{name: "Madame la Principale", text: "Madame la Principale, ma fille est harcelée depuis novembre.", decision: Publish, absent: name, kept: []string{"Principale"}},
		{name: "a British officer's grade", text: "I emailed the Principal Social Worker twice about my mother.", decision: Publish, absent: name, kept: []string{"Principal Social Worker"}},
		{name: "no eres un vago", text: "Mi médico me dijo: no eres un vago, es la depresión, y por eso pido la baja.", decision: Publish, absent: abuse},
		{name: "the principal reason", text: "the principal reason is the cost of the bus", decision: Publish, absent: name},
	})
}

// TestEngineScamWarningsOfRound45: a service that sends no such message,
// the reader nearly taken in, as a warning of the scam quoted; "reported"
// alone warns of none ("the streetlight, reported three times…, check out
// brightyard-solar.com, use code LIGHT10").
func TestEngineScamWarningsOfRound45(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "the DGT sends no such SMS", text: "Os copio el SMS que me ha llegado esta mañana: «DGT: tiene una multa pendiente de pago. Evite el recargo abonándola hoy en dgt-multas-pago.com». La DGT no manda SMS así, lo he comprobado en la web oficial. Cuidado, mi padre de 78 años casi pica.", decision: Publish, absent: spam},
		{name: "the phisher's own no", text: "DGT: tiene una multa pendiente. Si no manda el pago hoy en dgt-multas-pago.com sufrirá un recargo.", decision: Reject, kinds: spam},
		{name: "an ad after a fault reported", text: "The council still hasn't fixed the streetlight outside my house, reported three times since October. Anyway, if you want cheap solar lights in the meantime, check out brightyard-solar.com, use code LIGHT10, they're great.", decision: Review, kinds: spam},
	})
}

// TestEngineContactsAndArticlesOfRound45: the name a word of contact
// announces before a phone number or an e-mail address, a listed first
// name first; Arabic's article joined to a surname after a
// first name. Not a service's contact, nor the Red Cross, nor words no
// list knows as a first name ("Hodan Abdi" is left).
func TestEngineContactsAndArticlesOfRound45(t *testing.T) {
	name := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "contact before a phone", text: "Please send someone today. Contact Amina Abdi on 07700 925 604.", decision: Publish, kinds: name, gone: []string{"Amina Abdi"}},
		{name: "contact before an e-mail", text: "Kontakt: Ayşe Yılmaz, ayse.y@example.de", decision: Publish, kinds: name, gone: []string{"Ayşe", "Yılmaz"}},
		{name: "a service's contact", text: "Contact France Travail au 3949 si besoin.", decision: Publish, absent: name, kept: []string{"France Travail"}},
		{name: "an institution of surnames", text: "Contacto: Cruz Roja, 900 22 11 22.", decision: Publish, absent: name, kept: []string{"Cruz Roja"}},
		{name: "Dr Chapel", text: "Dr Sarah Chapel refused my referral.", decision: Publish, kinds: name, gone: []string{"Sarah"}},
		{name: "customer services", text: "Contact Customer Services on 0300 123 4567 for a refund.", decision: Publish, absent: name, kept: []string{"Customer Services"}},
		{name: "al- after a first name", text: "Mr Abdulrahman al-Khatib, my father, needs a wheelchair.", decision: Publish, kinds: name, gone: []string{"Abdulrahman", "al-Khatib"}},
		{name: "a mosque named after its name", text: "Someone sprayed graffiti on the bus shelter by the Al-Noor mosque.", decision: Publish, absent: name, kept: []string{"Al-Noor mosque"}},
		{name: "a person at church", text: "I met Sarah at church and she helped me fill the form.", decision: Publish, kinds: name, gone: []string{"Sarah"}},
		{name: "a word-name from a flat", text: "hi its tom from flat 4, my number is 07912 345 678", decision: Publish, kinds: name, gone: []string{"tom"}},
		{name: "a message quoted", text: "text i sent to my housing officer: 'hi its jade from flat 4 the damp is back' no reply after 9 days", decision: Publish, kinds: name, gone: []string{"jade"}},
		{name: "grace from god", text: "its grace from god that i got the flat", decision: Publish, absent: name},
		{name: "el- after a first name", text: "Mme Samira el-Amrani au guichet m'a bien aidée.", decision: Publish, kinds: name, gone: []string{"Samira", "el-Amrani"}},
	})
}

// TestEngineWriterKilledOfRound45: the writer the object of a Romance
// future of violence ("me va a matar", "vai me matar") is distress at a
// form, even with the office named. Not an English "me" before "will",
// nor the reader the object.
func TestEngineWriterKilledOfRound45(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "the form will kill me", text: "Este formulario de Hacienda me va a matar.", decision: Publish, absent: threat},
		{name: "the bureaucracy will kill me", text: "A burocracia da Segurança Social vai me matar.", decision: Publish, absent: threat},
		{name: "an English me before will", text: "the next advisor who hangs up on me will get hurt. Badly.", decision: Reject, kinds: threat},
		{name: "the reader killed", text: "Te voy a matar.", decision: Reject, kinds: threat},
	})
}

// TestEngineGermanLandlinesOfRound45: an East German landline grouped
// four, four and three after a German word of the telephone is a phone,
// not a British line of a public body; a British 0345 after "Tel:" stays
// the body's.
func TestEngineGermanLandlinesOfRound45(t *testing.T) {
	pii := []Kind{KindPersonalData}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "Leipzig after Telefon", text: "Das Versorgungsamt antwortet nicht. Telefon: 0341 5589 207", decision: Publish, kinds: pii, gone: []string{"0341 5589 207"}},
		{name: "Dresden after erreichbar", text: "Ich bin telefonisch erreichbar unter 0351 4471 209.", decision: Publish, kinds: pii, gone: []string{"0351 4471 209"}},
		{name: "a British public line", text: "Tel: 0345 300 3900, the DVLA's number, rang out.", decision: Publish, absent: pii, kept: []string{"0345 300 3900"}},
	})
}
