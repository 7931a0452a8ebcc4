package moderation

import (
	"testing"
)

// TestEngineForeignServicesAndStreetsOfRound37: the acronyms of Italy's,
// Spain's, Germany's and Portugal's public services are no surnames
// after a role word ("un funzionario INPS"), and an Italian street's
// "via" after a preposition names a place ("in via Giuseppe Verdi"). Not
// English or French "via" before a person, nor a German signature's
// "gez.".
func TestEngineForeignServicesAndStreetsOfRound37(t *testing.T) {
	name := []Kind{KindPersonName}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "funzionario INPS", text: "Un funzionario INPS mi ha detto di tornare lunedì.", decision: Publish, absent: name, kept: []string{"INPS"}},
		{name: "agente INPS", text: "L'agente INPS allo sportello è stato gentile.", decision: Publish, absent: name, kept: []string{"INPS"}},
		{name: "Sachbearbeiterin BAMF", text: "Die Sachbearbeiterin BAMF hat den Termin verschoben.", decision: Publish, absent: name, kept: []string{"BAMF"}},
		{name: "funcionario SEPE", text: "El funcionario SEPE no sabía nada de mi prestación.", decision: Publish, absent: name, kept: []string{"SEPE"}},
		{name: "in via", text: "L'ufficio in via Giuseppe Verdi apre solo il martedì.", decision: Publish, absent: name, kept: []string{"Giuseppe Verdi"}},
		{name: "di via", text: "Lo sportello di via Luigi Einaudi è chiuso per lavori.", decision: Publish, absent: name, kept: []string{"Luigi Einaudi"}},
		{name: "per via di a person", text: "Tutto bloccato per via di Marco Bianchi che non risponde.", decision: Publish, kinds: name, gone: []string{"Bianchi"}},
		{name: "sent via a person", text: "I sent the form via John Smith at the front desk.", decision: Publish, kinds: name, gone: []string{"Smith"}},
		{name: "gez.", text: "Bitte um Rückruf. Mit freundlichen Grüßen, gez. Schulte", decision: Publish, kinds: name, gone: []string{"Schulte"}},
	})
}

// TestEngineSpelledEmailsOfRound37: an address whose "at" is in brackets
// and whose dots are words between spaces ("aminata.ndiaye (at) laposte
// point net") is the writer's e-mail, masked, no disguised link of an
// advertiser's. Not "(at) home point final".
func TestEngineSpelledEmailsOfRound37(t *testing.T) {
	data := []Kind{KindPersonalData}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "(at) … point net", text: "Pour me répondre : fatou.diallo (at) laposte point net, merci.", decision: Publish, kinds: data, absent: []Kind{KindSpam}, gone: []string{"diallo"}},
		{name: "[at] … dot com", text: "Please write to me at j.harris [at] gmail dot com about the refund.", decision: Publish, kinds: data, absent: []Kind{KindSpam}, gone: []string{"harris"}},
		{name: "no address", text: "Il est (at) home point final, rien à ajouter.", decision: Publish, absent: data},
	})
}
