package moderation

import "testing"

// Round 5 families: the vocabulary of threats (violence verbs in the forms
// threats use, weapons, harm promised) in six languages, from invented
// texts, with innocent look-alikes built on the same words next to them.

func TestEngineThreatVocabulary(t *testing.T) {
	threat := []Kind{KindThreat}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a French future with its object is a threat", text: "Si vous refusez encore mon dossier, je vous égorgerai un par un.", decision: Reject, kinds: threat},
		{name: "a French present in SMS spelling is a threat", text: "jte poignarde si tu me recales encore", decision: Reject, kinds: threat},
		{name: "fumer someone in French slang is a threat", text: "Jte jure jvais te fumer toi et ton chef.", decision: Reject, kinds: threat},
		{name: "a blow promised in French is a threat", text: "Je vais t'en coller une que tu vas pas oublier.", decision: Reject, kinds: threat},
		{name: "a bullet promised in French is a threat", text: "Vous allez prendre une balle, bande de nuls.", decision: Reject, kinds: threat},
		{name: "knocking teeth out is a threat", text: "Next time you hang up on me I'll knock your teeth out.", decision: Reject, kinds: threat},
		{name: "hunting the reader down is a threat", text: "I will hunt you down, caseworker.", decision: Reject, kinds: threat},
		{name: "bringing a blade is a threat", text: "I'm bringing a blade tomorrow.", decision: Reject, kinds: threat},
		{name: "a Spanish infinitive with its clitic is a threat", text: "Voy a apuñalarte en cuanto salgas.", decision: Reject, kinds: threat},
		{name: "a Spanish future with its object is a threat", text: "Os mataré a todos, lo juro.", decision: Reject, kinds: threat},
		{name: "a German shooting is a threat", text: "Ich knall dich ab, du Penner.", decision: Reject, kinds: threat},
		{name: "a German beating after ich werde is a threat", text: "Wir werden euch verprügeln.", decision: Reject, kinds: threat},
		{name: "an Italian infinitive after vado ad is a threat", text: "Vado ad ammazzarti stasera.", decision: Reject, kinds: threat},
		{name: "an Italian present with ti is a threat", text: "Ti sparo appena ti vedo.", decision: Reject, kinds: threat},
		{name: "a Portuguese stabbing is a threat", text: "Vou-te esfaquear quando saíres.", decision: Reject, kinds: threat},
		{name: "a Portuguese weapon brought is a threat", text: "Vou levar uma arma para a repartição.", decision: Reject, kinds: threat},
	})
}

func TestEngineThreatVocabularyLookAlikes(t *testing.T) {
	clean := []Kind{KindThreat, KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "breaking a waiting record is no threat", text: "Je vais exploser mon record d'attente aujourd'hui.", decision: Publish, absent: clean},
		{name: "dying of cold in a waiting room is no threat", text: "On va finir par crever de froid dans cette salle d'attente.", decision: Publish, absent: clean},
		{name: "shooting an email is no threat", text: "I'm going to shoot an email to the manager.", decision: Publish, absent: clean},
		{name: "smashing an exam is no threat", text: "I'll smash this exam thanks to the library's free courses.", decision: Publish, absent: clean},
		{name: "cutting a check is no threat", text: "I'm going to cut you a check for the fee, the clerk said.", decision: Publish, absent: clean},
		{name: "pasting a link in Spanish is no threat", text: "Te voy a pegar el enlace del formulario.", decision: Publish, absent: clean},
		{name: "a German who brings his papers is no threat", text: "Ich bringe morgen die Unterlagen vorbei.", decision: Publish, absent: clean},
		{name: "an Italian who waits to sign is no threat", text: "Ti aspetto in ufficio per la firma, grazie.", decision: Publish, absent: clean, modelReviews: true},
		{name: "missing one's homeland in Portuguese is no threat", text: "Vou matar a saudade da minha terra nas férias.", decision: Publish, absent: clean},
		{name: "taking a photo in Portuguese is no threat", text: "Vou te bater uma foto do documento e enviar por email.", decision: Publish, absent: clean},
		{name: "a street in an address is not outside", text: "Vou esperar-te na rua do centro de saúde amanhã para irmos juntos.", decision: Publish, absent: clean},
	})
}
