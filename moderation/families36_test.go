package moderation

import "testing"

// TestEngineFileHeadingsOfRound36: a file's number given as the heading
// of a letter, the file's word opening its sentence with a capital and a
// word of a number after it, is the writer's ("Dossier MDPH n° …
// déposé en mars"). Not a file a sentence tells of, with an article or
// in small letters mid-sentence, nor a reference of the service.
func TestEngineFileHeadingsOfRound36(t *testing.T) {
	data := []Kind{KindPersonalData}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "Dossier MDPH n°", text: "Dossier MDPH n° 2022-31877 déposé en mars, toujours rien pour l'AEEH.", decision: Publish, kinds: data, gone: []string{"2022-31877"}, kept: []string{"MDPH"}},
		{name: "Dossier n° after a greeting", text: "Bonjour. Dossier n° 13-2025-00412 au nom de mon père, en attente depuis l'été.", decision: Publish, kinds: data, gone: []string{"13-2025-00412"}},
		{name: "Pratica n°", text: "Pratica n° 2025-04417 ferma da tre mesi, nessuna risposta.", decision: Publish, kinds: data, gone: []string{"2025-04417"}},
		{name: "a file told of", text: "Le dossier n° 2022-31877 est resté bloqué six mois à l'instruction.", decision: Publish, absent: data, kept: []string{"2022-31877"}},
		{name: "a file mid-sentence", text: "On m'a dit que le traitement du dossier n° 2022-31877 prendrait du temps.", decision: Publish, absent: data, kept: []string{"2022-31877"}},
		{name: "a letter's reference", text: "Suite au courrier réf. 2025/118, j'ai renvoyé les pièces.", decision: Publish, absent: data, kept: []string{"2025/118"}},
	})
}
