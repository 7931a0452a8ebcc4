package moderation

import (
	"testing"
)

// TestEngineHateOfRound40: a group called a weight on society with a word
// between, sick and perverted, invaders after the group in five
// languages, useless eaters; a generalisation after a partitive "of",
// after a colon, or after a preposition of the sentence before. Not a
// generalisation said not true (a time's colon between), told in German's
// subjunctive, nor a group another noun's object, a burden a person
// feels, pigeons soiling a square, the Nazis' word told, invasive species.
func TestEngineHateOfRound40(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "nur eine Last", text: "Behinderte sind nur eine Last für die Gesellschaft, die Krankenkassen sollten nicht zahlen.", decision: Reject, kinds: abuse},
		{name: "krank und pervers", text: "Schwule sind krank und pervers, die haben in Schulen nichts verloren.", decision: Reject, kinds: abuse},
		{name: "sind pervers", text: "Lesben sind pervers und gehören nicht ins Standesamt.", decision: Reject, kinds: abuse},
		{name: "des envahisseurs", text: "Les musulmans ne sont pas d'ici, ce sont des envahisseurs, plus de logements pour eux.", decision: Reject, kinds: abuse},
		{name: "useless eaters", text: "Disabled people on benefits are useless eaters, stop paying them.", decision: Reject, kinds: abuse},
		{name: "said not true", text: "Il n'est pas vrai que les migrants nous envahissent, la mairie devrait le rappeler.", decision: Publish, absent: abuse},
		{name: "a burden felt", text: "Meine Mutter fühlt sich wie eine Last für die Gesellschaft, weil das Amt sie so behandelt.", decision: Publish, absent: abuse},
		{name: "not only a burden", text: "Die Flüchtlinge sind nicht nur eine Last, sie sind eine Chance für unsere Stadt.", decision: Publish, absent: abuse},
		{name: "pigeons", text: "Les pigeons salissent tout sur la place de la mairie, personne ne nettoie.", decision: Publish, absent: abuse},
		// Round 40's review.
		{name: "pigeons near a hostel", text: "Les pigeons autour du foyer de migrants salissent tout, la mairie doit nettoyer.", decision: Publish, absent: abuse},
		{name: "the Nazis' word, told", text: `The Nazis' "useless eaters" propaganda is explained in the new exhibition.`, decision: Publish, absent: abuse},
		{name: "seien, told", text: "Ein Kollege sagte, Behinderte seien nur eine Last für die Gesellschaft. Ich finde das widerlich.", decision: Publish, absent: abuse},
		{name: "the group another noun's", text: "Die Kosten für die Flüchtlinge sind nur eine Last, sagt mein Nachbar. Ich sehe das anders.", decision: Publish, absent: abuse},
		{name: "nicht wahr", text: "Es ist nicht wahr, dass Flüchtlinge nur eine Last für die Gesellschaft sind.", decision: Publish, absent: abuse},
		{name: "sono invasori", text: "Gli immigrati sono invasori, basta case popolari per loro.", decision: Reject, kinds: abuse},
		{name: "refugiados", text: "Os refugiados são invasores e a Segurança Social paga tudo.", decision: Reject, kinds: abuse},
		{name: "invasive species", text: "Le specie aliene sono invasori del nostro lago, il Comune intervenga.", decision: Publish, absent: abuse},
		{name: "partitive of", text: "Most of the gays are a danger to children.", decision: Reject, kinds: abuse},
		{name: "a preposition of the sentence before", text: "That's what we pay for. The gays are a danger to children.", decision: Reject, kinds: abuse},
		{name: "a time's colon", text: "It is not true that at 9:30 the immigrants are a danger to our children.", decision: Publish, absent: abuse},
		{name: "pigeons, ils", text: "Les pigeons nichent sur le foyer de migrants, ils salissent tout.", decision: Publish, absent: abuse},
		{name: "those who say", text: "Ceux qui disent que les réfugiés sont des envahisseurs devraient venir aider aux Restos du Cœur.", decision: Publish, absent: abuse, modelReviews: true},
		{name: "chi dice", text: "Chi dice che i rifugiati sono degli invasori dovrebbe venire a vedere il centro.", decision: Publish, absent: abuse},
		{name: "everyone says", text: "Tout le monde dit que les migrants sont des envahisseurs, et c'est vrai.", decision: Reject, kinds: abuse},
		{name: "the writer says", text: "Je dis que les migrants sont des envahisseurs.", decision: Reject, kinds: abuse},
		{name: "the verb last", text: "Ich finde, dass Ausländer nur eine Last sind.", decision: Reject, kinds: abuse},
		{name: "sick and perverted", text: "Gays are sick and perverted, keep them away from schools.", decision: Reject, kinds: abuse},
		{name: "all they touch", text: "Les gens du voyage salissent tout ce qu'ils touchent, la mairie doit les expulser.", decision: Reject, kinds: abuse},
		{name: "a saying someone always had", text: "Meu avô dizia que as mulheres não servem para mandar; ele estava errado.", decision: Reject, kinds: abuse},
		{name: "after a colon", text: "It is not true that we should tolerate them: Muslims are invaders.", decision: Reject, kinds: abuse},
		{name: "sale peste in Spanish", text: "Del contenedor de la calle Mayor sale peste todo el verano; pedimos que lo limpien.", decision: Publish, absent: abuse},
		{name: "a pest of caterpillars", text: "Cette sale peste de chenilles processionnaires a envahi le parc, merci aux services verts.", decision: Publish, absent: abuse},
	})
}

// TestEngineInsultsOfRound40: Italian's goat and total ignorance said of
// someone. Not a goat at a farm, nor a pest of aphids.
func TestEngineInsultsOfRound40(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "un'ignorante totale", text: "La funzionaria dell'Agenzia delle Entrate è un'ignorante totale, una capra.", decision: Review, kinds: abuse},
		{name: "una vera capra", text: "Quel vigile è una vera capra, non sa neanche compilare un verbale.", decision: Review, kinds: abuse},
		{name: "bird flu", text: "La grippe aviaire, une sale peste qui a tué toutes les poules de la ferme municipale.", decision: Publish, absent: abuse},
		{name: "aphids", text: "Cette année on a eu une sale peste de pucerons dans le jardin partagé de la mairie.", decision: Publish, absent: abuse},
		{name: "a goat at a farm", text: "Alla fattoria didattica del Comune c'è una capra nuova, bellissima.", decision: Publish, absent: abuse},
	})
}

// TestEngineQuotesOfRound40: a German report of a slur the writer was
// called ("als "…" beschimpft"), with security that only watched, is
// published, after a temporal "als" or in a passive too; the writer's
// own slur so said is not, nor words the writer means ("ernst gemeint").
// A quotation after "hat gesagt" is someone else's.
func TestEngineQuotesOfRound40(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a plural passive", text: "Wir wurden von zwei Männern als „Zigeuner“ beschimpft. Die Polizei kam nicht.", decision: Review, kinds: abuse},
		{name: "called a slur", text: `Gestern hat mich ein Mann am Schalter als "Kanake" beschimpft. Der Sicherheitsdienst hat nur zugeschaut.`, decision: Publish, absent: abuse},
		{name: "the writer's own", text: `Ich habe den Mann als "Kanake" beschimpft. Der Sicherheitsdienst hat nur zugeschaut.`, decision: Review, kinds: abuse},
		{name: "as, when", text: `Ich stand am Schalter, als mich ein Mann als "Kanake" beschimpft hat. Der Sicherheitsdienst hat nur zugeschaut.`, decision: Publish, absent: abuse},
		{name: "a passive", text: `Ich wurde im Jobcenter von einem anderen Kunden als "Kanake" beschimpft. Der Sicherheitsdienst hat ihn rausgeworfen.`, decision: Publish, absent: abuse},
		{name: "ernst gemeint", text: `Das ist ernst gemeint: "Ausländer sind Parasiten und gehören abgeschoben."`, decision: Reject, kinds: abuse},
		{name: "propaganda told", text: "En 1940, la propagande affirmait que les Juifs « salissent tout ce qu'ils touchent ». L'exposition de la mairie le montre bien.", decision: Review, absent: []Kind{KindThreat}},
		{name: "the writer's claim", text: "J'affirme que les Juifs « salissent tout ce qu'ils touchent ».", decision: Reject, kinds: abuse},
		{name: "hat gesagt", text: `Der Sachbearbeiter hat gesagt: "Ausländer sind Parasiten." Das war alles.`, decision: Review, kinds: abuse},
		// (Round 44: a complaint right after the closing quote reacts,
		// the sentence's full stop inside the quotation.)
		{name: "hat gesagt, a complaint after it", text: `Der Sachbearbeiter hat gesagt: "Ausländer sind Parasiten." Ich habe mich beschwert.`, decision: Publish},
	})
}

// TestEngineNamesOfRound40: a name after a role of two words
// ("l'assistente sociale Moretti") and after the institution the role
// serves ("el inspector de Hacienda Martínez"); Australia's customer
// reference number after "CRN"; a file's number after a label that says
// its owner and a colon ("Numéro de dossier ANTS me concernant : …"). Not a branch's town after the
// institution, nor the institution itself, nor a qualifier's capital.
func TestEngineNamesOfRound40(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "assistente sociale", text: "L'assistente sociale Moretti è stata gentile e veloce.", decision: Publish, gone: []string{"Moretti"}},
		{name: "trabajadora social", text: "La trabajadora social Fernández me ayudó con la solicitud.", decision: Publish, gone: []string{"Fernández"}},
		{name: "assistante sociale", text: "L'assistante sociale Durand a été très gentille avec nous.", decision: Publish, gone: []string{"Durand"}},
		{name: "de Hacienda", text: "El inspector de Hacienda Martínez fue muy amable conmigo.", decision: Publish, gone: []string{"Martínez"}, kept: []string{"Hacienda"}},
		{name: "vom Finanzamt", text: "Der Sachbearbeiter vom Finanzamt Müller war sehr geduldig.", decision: Publish, gone: []string{"Müller"}, kept: []string{"Finanzamt"}},
		{name: "a branch's town", text: "The agent at CPAM Bobigny was helpful, and the adviser de la CAF Lyon too.", decision: Publish, kept: []string{"Bobigny", "Lyon"}},
		{name: "a region", text: "Ho scritto al mediatore della CARSAT Rhône-Alpes, aspetto.", decision: Publish, kept: []string{"Rhône-Alpes"}},
		{name: "CRN", text: "Centrelink CRN 204 417 392K. My Youth Allowance was cut off.", decision: Publish, gone: []string{"392K"}},
		{name: "a labelled file's owner", text: "Numéro de dossier ANTS me concernant : 2311-ZK-48820. On me demande de le renseigner.", decision: Publish, gone: []string{"2311-ZK-48820"}},
		{name: "a commission's file", text: "Numéro de dossier de la commission municipale : 2023-118, voir le compte rendu.", decision: Publish, kept: []string{"2023-118"}},
		{name: "a year after CRN", text: "The CRN 2024 rules changed and nobody told us.", decision: Publish, kept: []string{"2024"}},
		{name: "an acronym's town", text: "L'agent de la CAF Laval m'a bien reçu, et l'impiegato dell'INPS Ferrara pure.", decision: Publish, kept: []string{"Laval", "Ferrara"}},
		{name: "a qualifier's capital", text: "L'assistante sociale Départementale est passée à domicile, et la trabajadora social Municipal aussi.", decision: Publish, kept: []string{"Départementale", "Municipal"}},
	})
}

// TestEngineAdsOfRound40: paid help with the price after "por apenas" or
// "a soli" and a result guaranteed is junk, its offer naming services no
// review; a need of the readers' answered at a price with a call to
// come or a referral, an offer to try a named shop, and a firm's price
// after a "PS" with its site go to a moderator. Not a public service's
// number called at once, "try asking at the desk", a fee passed on, a
// doctor's practice or a removal firm's bill after a "PS", a mother
// helped, a town after a need, nor a bus pass.
func TestEngineAdsOfRound40(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "por apenas", text: "Ajudo com processos na AIMA, NIF, IRS e Segurança Social por apenas 30€! Resultado garantido. WhatsApp +351 936 112 874", decision: Reject, kinds: spam},
		{name: "a soli", text: "Ti aiuto con permesso di soggiorno, ISEE e 730 a soli 30€, risposta garantita! Scrivimi su WhatsApp +39 351 902 4418", decision: Reject, kinds: spam},
		{name: "guaranteed approval", text: "Need help with your visa? We do everything for only £30, guaranteed approval. WhatsApp +44 7700 900874 now!", decision: Review, kinds: spam},
		{name: "a mother helped", text: "Ajudo a minha mãe com o IRS todos os anos por apenas 30€ de reembolso, contactem-me se souberem porquê.", decision: Publish, absent: spam},
		{name: "a widow's fortune", text: "hello dear I am a widow of oil engineer, I wish to donate $4.5 million to you for charity, contact me on m.w77@outlook.com", decision: Reject, kinds: spam},
		{name: "what the banks hide", text: "J'ai gagné 4 000 € en une semaine avec BitProfit AI, la plateforme que les banques veulent cacher ! Inscrivez-vous sur bitprofit-ai.com", decision: Reject, kinds: spam},
		{name: "payment once obtained", text: "Titre de séjour rapide sans rendez-vous, résultat en 10 jours, paiement après obtention. Écrire au 06.44.19.72.05 (WhatsApp, Telegram)", decision: Reject, kinds: spam},
		{name: "a wheelchair donated", text: "I wish to donate my late mother's wheelchair to the council's loan store, who do I contact?", decision: Publish, absent: spam},
		{name: "digam que vieram daqui", text: "Atendimento rápido na Loja do Cidadão. Quem precisar de fotos, a FotoExpress faz 4 fotos por 5€, digam que vieram daqui!", decision: Review, kinds: spam},
		{name: "llamad ya", text: "Me atendieron bien en la Seguridad Social. Por cierto, si necesitáis gestor, Gestoría Fuentes os hace la renta por 25€, ¡llamad ya!", decision: Review, kinds: spam},
		{name: "try a shop", text: "Waited 3 hours at A&E, staff were great though. Anyone with back pain, try FlexiBack physio on Church Street, 20% off first session!", decision: Review, kinds: spam},
		{name: "essayez un site", text: "Merci France Travail pour la formation. Pour vos CV, essayez CVmagique.fr, 1er mois offert !", decision: Review, kinds: spam},
		{name: "a public number", text: "Si necesitáis cita en la DGT, llamad al 060 a las 9, la tasa son 92€ y la web no funciona.", decision: Publish, absent: spam},
		{name: "try asking", text: "I tried to get the 20% off for pensioners, try asking at the desk.", decision: Publish, absent: spam},
		{name: "a firm after a PS", text: "Rendez-vous au centre des impôts très rapide. PS : pour vos déclarations le cabinet FiscaPlus à Lille fait tout pour 49 €, www.fiscaplus-lille.fr", decision: Review, kinds: spam},
		{name: "a doctor's practice after a PS", text: "Accueil correct. PS : le cabinet de mon médecin a fermé, la consultation à 25 € ailleurs, voir www.ameli.fr", decision: Publish, absent: spam},
		{name: "a removal firm's bill", text: "Atención correcta. PD: la empresa de mudanzas me cobró 300€ de más, os dejo su web mudanzas-rapidas.es para que no piquéis.", decision: Publish, absent: spam},
		{name: "a town after the need", text: "Si vous cherchez un logement, à Lyon les loyers sont à 900 € minimum, dites-leur que vous venez de ma part à l'agence.", decision: Publish, absent: spam},
		{name: "a bus pass", text: "If you are over 60 try Freedom Pass, it gives 100% off the buses in London.", decision: Publish, absent: spam},
		{name: "ti preparo", text: "Ti preparo la domanda di cittadinanza a soli 50€, esito garantito. Scrivimi su WhatsApp +39 351 902 4418", decision: Reject, kinds: spam},
		{name: "paid help quoted", text: "Attenzione: su Facebook c'è chi scrive «ti aiuto con l'ISEE a soli 30€, risposta garantita». Il CAF lo fa gratis.", decision: Publish, absent: spam},
		{name: "a fee passed on", text: "Si necesitáis el abono transporte, son 20€ al mes. ¡Llamad ya!", decision: Publish, absent: spam},
		{name: "a referral of a parish group", text: "Quem precisar de renovar o cartão, custa 15€ e demora uma semana. Digam que vieram daqui do grupo da freguesia!", decision: Publish, absent: spam},
	})
}

// TestEngineThreatsOfRound40: windows smashed in slang and in Italian, a
// bomb announced at a place, Portuguese "oxalá" with an illness wished,
// and an illness wished on a person whose relative clause names the
// writer's child further back ("qui a refusé l'AAH de mon fils"); the
// reader found in SMS spelling, German's pity with its word first. Not a
// bomb shelter, a heat wave, windows others tried to break, a pavement
// where someone gets hurt, the reader's file found, a bomb disposal
// exercise, nor the writer's own father wished alive.
func TestEngineThreatsOfRound40(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "péter les vitres", text: "Je vais péter toutes les vitres de votre agence, on verra si ça vous fait rire.", decision: Reject, kinds: threat},
		{name: "spacco le vetrate", text: "Se la pratica non è chiusa entro lunedì vengo in Comune e spacco tutte le vetrate.", decision: Reject, kinds: threat},
		{name: "a bomb", text: "There will be a bomb at the council offices on Monday. You have been warned.", decision: Reject, kinds: threat},
		{name: "oxalá", text: "Oxalá o juiz que me tirou os meus filhos apanhe um cancro e morra devagar.", decision: Reject, kinds: threat},
		{name: "relative clause, further", text: "J'espère que la gestionnaire qui a refusé l'AAH de mon fils attrapera un cancer et crèvera lentement.", decision: Reject, kinds: threat},
		{name: "jvai te retrouvé", text: "jvai te retrouvé toi le gros de l'accueil, tu sera pas toujour caché derière ta vitre", decision: Reject, kinds: threat},
		{name: "Schade wäre es", text: "Schade wäre es, wenn Ihren Kindern auf dem Schulweg etwas passiert. Überlegen Sie sich die Ablehnung noch mal.", decision: Reject, kinds: threat},
		{name: "the reader's file found", text: "Pas de panique, je vais te retrouver ton dossier demain matin à la CAF.", decision: Publish, absent: threat},
		{name: "a library closed", text: "Schade wäre es, wenn die Bibliothek im Sommer schließt.", decision: Publish, absent: threat},
		{name: "a bomb shelter", text: "There will be a bomb shelter open day at the war museum on Saturday.", decision: Publish, absent: threat},
		{name: "una bomba di calore", text: "Ci sarà una bomba di calore nuova nella scuola, dice il Comune.", decision: Publish, absent: threat},
		{name: "windows others tried", text: "Des jeunes ont essayé de casser les vitres de la mairie hier soir, la police est venue.", decision: Publish, absent: threat},
		{name: "getting hurt, for a moderator", text: "If my payment isn't in by Friday I'm coming down to that Jobcentre and someone is getting hurt.", decision: Review, kinds: threat},
		{name: "a crossing", text: "Someone is getting hurt at the Mill Road crossing: cars never stop for the lights.", decision: Publish, absent: threat},
		{name: "a link found", text: "jvai te retrouvé le lien du site de la mairie, attends deux min", decision: Publish, absent: threat},
		{name: "a shout heard", text: "Ho sentito un uomo urlare «spacco tutte le vetrine» davanti al Comune, ho chiamato i vigili.", decision: Review, absent: threat},
		{name: "a pavement", text: "Someone is getting hurt on that broken pavement outside the library every week, please fix it.", decision: Publish, absent: threat},
		{name: "les fenêtres", text: "je casse toutes les fenêtres de l'agence si ça continue comme ça", decision: Reject, kinds: threat},
		{name: "a bomb at the CAF", text: "Y aura une bombe à la CAF lundi, vous êtes prévenus.", decision: Reject, kinds: threat},
		{name: "a terminal illness", text: "I hope the assessor who cut my daughter's PIP gets a terminal illness.", decision: Reject, kinds: threat},
		{name: "si ammali", text: "Spero che il medico che ha negato l'invalidità a mio padre si ammali gravemente.", decision: Reject, kinds: threat},
		{name: "the writer's mother not ill", text: "Spero che mia madre non si ammali con questo freddo, il Comune spenga meno il riscaldamento.", decision: Publish, absent: threat},
		{name: "bomb disposal", text: "There will be a bomb disposal exercise near the council offices on Monday, roads closed.", decision: Publish, absent: threat},
		{name: "the writer's father", text: "Oxalá o meu pai não morra, está no hospital há um mês e a Segurança Social não paga.", decision: Publish, absent: threat},
		{name: "the writer's mother, after a comma", text: "J'espère que ma mère, qui a un cancer, ne mourra pas avant que la MDPH réponde.", decision: Publish, absent: threat},
	})
}

// TestEngineProbeSet40c: probe set 40c, read after its first scoring: a
// slur someone was called, told in the passive or with the caller after
// it, is a report; harm hoped with "that", Italian's "un brutto male";
// nothing but invaders, fit for nothing, only there to fill quotas;
// forged papers sold (for a moderator: one term and an address), a
// residence permit paid in bitcoin; the
// good-for-nothing in Italian, not the writer's own feeling; a name after
// "vom Jobcenter". Not a slur after German "wurden", nor a council hoped
// to fix a lift.
func TestEngineProbeSet40c(t *testing.T) {
	abuse, threat, spam := []Kind{KindAbuse}, []Kind{KindThreat}, []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "été insulté de", text: "J'ai été insulté de sale gitan par un contrôleur du tram, sans aucune raison.", decision: Publish, absent: abuse},
		{name: "insulted as", text: "I was insulted as a gyppo at the housing office counter. Made a formal complaint.", decision: Publish, absent: abuse},
		{name: "lo llamaron", text: "A mi hermano lo llamaron maricón en el polideportivo municipal y el monitor se rió.", decision: Publish, absent: abuse},
		{name: "insultato come", text: "Sono stato insultato come frocio da un vigile urbano. Segnalazione fatta al comandante.", decision: Publish, absent: abuse},
		{name: "chamado de", text: "O meu filho foi chamado de paneleiro pelo motorista do autocarro, já reclamei à empresa.", decision: Publish, absent: abuse},
		{name: "wurden, a slur", text: "Vor uns wurden zwei Schwuchteln bevorzugt, das gehört nicht in ein öffentliches Gebäude.", decision: Reject, kinds: abuse},
		{name: "hope that", text: "Hope that housing officer gets cancer and dies slowly, she deserves nothing less.", decision: Reject, kinds: threat},
		{name: "un brutto male", text: "Spero che all'assessore Bianchi venga un brutto male, a lui e a tutta la famiglia.", decision: Reject, kinds: threat},
		{name: "a lift hoped fixed", text: "Hope that the council fixes the lift soon, my mother can't use the stairs.", decision: Publish, absent: threat},
		{name: "que des envahisseurs", text: "Les musulmans ne sont rien d'autre que des envahisseurs qui profitent de la CAF.", decision: Reject, kinds: abuse},
		{name: "zu nichts taugen", text: "Warum dürfen Behinderte im Bürgeramt arbeiten, wenn sie doch zu nichts taugen?", decision: Reject, kinds: abuse},
		{name: "fill quotas", text: "Women in the planning department are only there to fill quotas, none of them can read a drawing.", decision: Reject, kinds: abuse},
		{name: "forged papers", text: "Buy verified driving licence and passport, fast delivery, discreet. Contact docsworld247@gmail.com", decision: Review, kinds: spam},
		{name: "paid in bitcoin", text: "Titre de séjour rapide sans rendez-vous, 100 % accepté, paiement en bitcoin. Écrivez à dossier.express@proton.me", decision: Reject, kinds: spam},
		{name: "un buono a nulla", text: "giorgio ferri dell'ufficio tributi è un buono a nulla", decision: Review, kinds: abuse},
		{name: "mi sentivo", text: "A 50 anni mi sentivo un buono a nulla. Il mio consulente a France Travail mi ha fatto fare un bilancio, grazie.", decision: Publish, absent: abuse},
		{name: "vom Jobcenter", text: "Der Sachbearbeiter vom Jobcenter Weber war sehr freundlich und hat mir alles erklärt.", decision: Publish, gone: []string{"Weber"}, kept: []string{"Jobcenter"}},
	})
}
