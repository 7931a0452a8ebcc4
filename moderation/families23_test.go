package moderation

import "testing"

// TestEnginePersonalDataOfRound23: personal data as a fresh corpus wrote
// it: bank details (RIB) whose key checks, an IBAN cut by a line break,
// a phone in slashed pairs, an e-mail with a space by its at sign, the
// number of a card or a licence, a contract's or a customer's number;
// and what stays: a time before "via", a cerfa's number, an address
// after a service named in an earlier sentence is the writer's.
func TestEnginePersonalDataOfRound23(t *testing.T) {
	pii := []Kind{KindPersonalData}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a RIB in a row", text: "Mon RIB pour le remboursement : 20041 01005 0500013M026 06, merci.", decision: Publish, gone: []string{"0500013M026"}, kinds: pii},
		{name: "a RIB with its words", text: "banque 10096 guichet 18000 compte 00012345678 clé 06 pour la cantine", decision: Publish, gone: []string{"00012345678"}, kinds: pii},
		{name: "a RIB whose key is wrong", text: "Les codes 10096 18000 00012345678 07 sont des numéros de formulaires.", decision: Publish, kept: []string{"00012345678"}, absent: pii},
		{name: "an IBAN cut by a line break", text: "Mon nouvel IBAN : FR76 3000 6000\n0112 3456 7890 189\nMerci de mettre à jour.", decision: Publish, gone: []string{"0112 3456"}, kinds: pii},
		{name: "a phone in slashed pairs", text: "Rappelez-moi au tel 07/12/34/56/78 svp, je suis dispo le matin.", decision: Publish, gone: []string{"07/12/34/56/78"}, kinds: pii},
		{name: "a date in slashes", text: "Rendez-vous le 07/12/2024 à la CAF, tout s'est bien passé.", decision: Publish, kept: []string{"07/12/2024"}, absent: pii},
		{name: "a space after the at sign", text: "Vous pouvez m'écrire à lea.morin@ laposte.net pour la suite.", decision: Publish, gone: []string{"lea.morin", "laposte.net"}, kinds: pii},
		{name: "a space before the at sign", text: "Mon adresse mail est lea.morin @laposte.net, merci.", decision: Publish, gone: []string{"lea.morin", "laposte.net"}, kinds: pii},
		{name: "an at sign before a time", text: "On se retrouve devant la mairie @ 10.30 pour la réunion.", decision: Publish, kept: []string{"10.30"}, absent: pii},
		{name: "an identity card's digits", text: "Ma carte d'identité (n° 480392817265) est périmée et aucun rendez-vous avant juin.", decision: Publish, gone: []string{"480392817265"}, kinds: pii},
		{name: "a driving licence's digits", text: "Permis de conduire 731208456902 toujours pas mis à jour par l'ANTS.", decision: Publish, gone: []string{"731208456902"}, kinds: pii},
		{name: "a residence card after n°", text: "O meu título de residência n° 5512987034 ainda não foi renovado.", decision: Publish, gone: []string{"5512987034"}, kinds: pii},
		{name: "a contract's number", text: "Contrat n° 5820194471 avec la régie de l'eau, prélevé deux fois en mars.", decision: Publish, gone: []string{"5820194471"}, kinds: pii},
		{name: "a customer number in English", text: "My EDF customer number is 6120457783 and the meter was read wrong.", decision: Publish, gone: []string{"6120457783"}, kinds: pii},
		{name: "an identifier of France Travail in Portuguese", text: "O meu identificador France Travail é 4418273K e o site dá erro.", decision: Publish, gone: []string{"4418273K"}, kinds: pii},
		{name: "a cerfa after a card", text: "Pour la carte vitale il faut le cerfa 15763*03, introuvable sur le site.", decision: Publish, kept: []string{"15763*03"}, absent: pii},
		{name: "a time before via", text: "Rendez-vous pris pour le 12 mars à 10:00 via le site, c'était simple.", decision: Publish, kept: []string{"10:00 via"}, absent: pii},
		{name: "a service in an earlier sentence", text: "The PMI nurse came to see us, brilliant service. Our new address is 4 rue des Lilas, for the next letters.", decision: Publish, gone: []string{"4 rue des Lilas"}, kinds: pii},
		{name: "a service's address in its sentence", text: "La mairie annexe, 4 rue des Lilas, est fermée le lundi.", decision: Publish, kept: []string{"4 rue des Lilas"}, absent: pii},
		{name: "the housing's address", text: "Référence client EDF 6206371122, adresse du logement 7 chemin des Vignes, 26000 Valence.", decision: Publish, gone: []string{"7 chemin des Vignes", "6206371122"}, kinds: pii},
		{name: "an IBAN mistyped after RIB", text: "Je joins mon RIB : FR12 3000 3012 3400 0512 3456 740, merci.", decision: Publish, gone: []string{"0512 3456"}, kinds: pii},
		{name: "an at sign between spaces", text: "Formulaire disponible sur le site @ service-public.fr depuis hier.", decision: Publish, kept: []string{"le site @ service-public.fr"}, absent: pii},
		{name: "a name before an at sign", text: "Écrivez-moi, Jean Dupont @gmail.com ne marche plus.", kept: []string{"@gmail.com"}},
		{name: "a phone glued to an address", text: "Tél 0612345678:4 rue des Lilas", decision: Publish, gone: []string{"0612345678", "4 rue des Lilas"}, kinds: pii},
		{name: "a list of days in slashes", text: "Fermé les 06/07/08/09/10 août pour travaux.", decision: Publish, kept: []string{"06/07/08/09/10"}, absent: pii},
		{name: "a figure after carte", text: "Sur la carte, 1250000 foyers sont couverts par la fibre.", decision: Publish, kept: []string{"1250000"}, absent: pii},
		{name: "an amount after carte grise", text: "Carte grise : 2 350 000 demandes en attente selon l'ANTS.", decision: Publish, kept: []string{"2 350 000"}, absent: pii},
		{name: "a RIB before a slashed phone", text: "Mon RIB : 10096 18000 00012345678 06 tel 07/12/34/56/78", decision: Publish, gone: []string{"00012345678", "07/12/34/56/78"}, kinds: pii},
		{name: "a region that is a first name", text: "We retired to Brittany in 2019 and the CPAM was very helpful.", decision: Publish, kept: []string{"Brittany"}, absent: []Kind{KindPersonName}},
		{name: "France-Visas", text: "Visa validé sur France-Visas mais impossible de le valider à l'arrivée.", decision: Publish, kept: []string{"France-Visas"}, absent: []Kind{KindPersonName}},
	})
}

// TestEngineAnimalsAndThingsOfRound23: a person called an animal or a
// thing in Spanish, German, Italian, Portuguese and English, with the
// people nouns of the role list; and what stays fair: the writer's own
// animals, animals in another sentence or with a verb between them and
// the person, German "man", a name shouted at someone and reported,
// not knowing where someone lives, a harm a wish would forestall.
func TestEngineAnimalsAndThingsOfRound23(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a whale in Spanish", text: "La cajera del ayuntamiento es una ballena que no cabe en la silla.", decision: Review, kinds: abuse},
		{name: "a cattle in German", text: "Der Sachbearbeiter ist so ein Rindvieh, er versteht gar nichts.", decision: Review, kinds: abuse},
		{name: "a goat in Italian", text: "La dottoressa del pronto soccorso è una capra presuntuosa.", decision: Review, kinds: abuse},
		{name: "a hen in Portuguese", text: "A secretária da junta é uma galinha choca que só faz fofoca.", decision: Review, kinds: abuse},
		{name: "a walrus in English", text: "The receptionist is a walrus who shouts at everyone.", decision: Review, kinds: abuse},
		{name: "an apposed pig", text: "Ce porc de conseiller m'a raccroché au nez.", decision: Review, kinds: abuse},
		{name: "a question answered", text: "Il consigliere Bernardi? Un maiale che grufola nelle scartoffie.", decision: Review, kinds: abuse},
		{name: "a doormat", text: "La empleada de correos es un felpudo con uniforme.", decision: Review, kinds: abuse},
		{name: "a brain after col", text: "Ma chi ci lavora, gente col cervello di una gallina?", decision: Review, kinds: abuse},
		{name: "the writer's cows", text: "Il veterinario ha controllato le nostre mucche, ispettore gentile e preciso.", decision: Publish, absent: abuse},
		{name: "rats in another sentence", text: "Im Keller gibt es seit Monaten Ratten. Der Hausmeister hat die Verwaltung informiert.", decision: Publish, absent: abuse},
		{name: "a verb between", text: "The headmaster brought a walrus skull from the museum to assembly.", decision: Publish, absent: abuse},
		{name: "German man", text: "Im Streichelzoo der Stadt darf man Schafe und Ziegen füttern.", decision: Publish, absent: abuse},
		{name: "a name shouted and reported", text: "En la prefectura un hombre gritó que la funcionaria era una ballena. Quiero declarar a su favor.", decision: Publish, absent: abuse},
		{name: "a name given and reported", text: "Um utente chamou porca à rececionista e ela manteve a calma.", decision: Publish, absent: abuse},
		{name: "a teacher shown pigs", text: "The farmer showed the teacher a pig and two cows.", decision: Publish, absent: abuse},
		{name: "a teacher shown sheep", text: "Ich habe der Lehrerin die Schafe auf unserem Hof gezeigt.", decision: Publish, absent: abuse},
		{name: "rats in a lodge", text: "Le gardien a des rats dans sa loge depuis des semaines.", decision: Publish, absent: abuse},
		{name: "an apposed walrus", text: "The receptionist, a walrus in a cardigan, shouted at everyone.", decision: Review, kinds: abuse},
		{name: "a false friend and a jackpot", text: "Beim Stadtfest kann man bei der Tombola einen Jackpot gewinnen.", decision: Publish, absent: []Kind{KindSpam, KindAbuse}},
		{name: "a teenager's brain", text: "Le médecin scolaire a expliqué comment le cerveau d'un adolescent réagit au manque de sommeil.", decision: Publish, absent: abuse},
		{name: "not knowing where she lives", text: "Não sei onde mora a assistente social nova, só queria o e-mail profissional dela.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "Portuguese moro", text: "Moro numa cidadezinha perto de Angers. A secretária é uma galinha.", decision: Review, kinds: abuse},
		{name: "a harm forestalled", text: "J'espère que le maire installera un feu avant qu'un enfant se fasse écraser.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "a time before the harm", text: "I hope before the year is out you get hit by a bus.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "sooner or later", text: "Spero che il sindaco, prima o poi, muoia di cancro.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "knowing the pupils", text: "Je connais bien vos élèves, j'étais animatrice à l'école Pasteur l'an dernier.", decision: Publish, absent: []Kind{KindThreat}},
		{name: "an e-mail holding an animal's word", text: "Mail : a.sow.famille@yahoo.fr, l'agent a mon dossier depuis mars.", decision: Publish, gone: []string{"a.sow.famille"}, absent: []Kind{KindAbuse}},
	})
}

// TestEngineWishesOfRound23: death and illness wished in God's name or
// with a pronoun of the reader no list holds alone, harms the lists
// lacked; and "vi sparo una domanda", which fires a question.
func TestEngineWishesOfRound23(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "God sends a cancer", text: "Que Dios le mande un cáncer por lo que le hace a la gente.", decision: Reject, kinds: threat},
		{name: "a slow death to Ihnen", text: "Ich wünsche Ihnen einen langsamen, qualvollen Tod.", decision: Reject, kinds: threat},
		{name: "a roof falling in Portuguese", text: "Espero que o teto da CPAM vos caia em cima na reunião de segunda.", decision: Reject, kinds: threat},
		{name: "a roof falling in Italian", text: "Speriamo che crolli il soffitto della CAF durante la riunione, tutti dentro.", decision: Reject, kinds: threat},
		{name: "the slow death of a high street", text: "I hope the council can stop the slow death of our high street.", decision: Publish, absent: threat},
		{name: "strength in an illness", text: "Que Deus lhe dê forças para enfrentar uma doença tão difícil.", decision: Publish, absent: threat},
		{name: "a recovery wished", text: "Ich wünsche Ihnen eine schnelle Genesung und alles Gute.", decision: Publish, absent: threat},
		{name: "no illness wished", text: "Espero que a minha mãe não tenha uma doença grave, o médico foi muito atencioso.", decision: Publish, absent: threat},
		{name: "a question fired", text: "Vi sparo una domanda: perché serve un appuntamento online se il sito non funziona?", absent: threat},
	})
}
