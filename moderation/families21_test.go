package moderation

import "testing"

// TestEngineBirthNamesOfRound21: a birth or former name written after a
// person's ("née", "geb.", "ved.", "viuda de") is masked on its own, the
// mark kept; "née" before a place or a year is no name.
func TestEngineBirthNamesOfRound21(t *testing.T) {
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "née after a comma", text: "Mme Durand, née Lefèvre, a été très aimable au guichet.", decision: Publish, gone: []string{"Durand", "Lefèvre"}, kept: []string{"née"}},
		{name: "geb. in German", text: "Frau Weber, geb. Schneider, war sehr nett am Schalter.", decision: Publish, gone: []string{"Weber", "Schneider"}, kept: []string{"geb."}},
		{name: "ved. signing a letter", text: "Non ricevo la pensione di reversibilità. Distinti saluti, Maria Scarpa ved. Colombo", decision: Publish, gone: []string{"Scarpa", "Colombo"}, kept: []string{"ved."}},
		{name: "viuda de with its particle", text: "Carmen Ruiz viuda de Soto me atendió en la oficina de correos.", decision: Publish, gone: []string{"Ruiz", "Soto"}, kept: []string{"viuda de"}},
		{name: "a hyphenated married name", text: "Mme Dupont épouse Lefèvre-Martin attend son attestation.", decision: Publish, gone: []string{"Dupont", "Lefèvre", "Martin"}},
		{name: "née in a place", text: "Mme Martin, née à Lyon, attend son acte de naissance depuis un mois.", decision: Publish, gone: []string{"Martin"}, kept: []string{"née à Lyon"}},
		{name: "a war widow", text: "Mme Dupont, veuve de guerre, attend sa pension depuis trois mois.", decision: Publish, gone: []string{"Dupont"}, kept: []string{"veuve de guerre"}},
	})
}

// TestEngineInsultsOfRound21: name-calling of Spanish, Portuguese,
// German and Italian the lists lacked, and fair texts of the review that
// kept the rest out of them.
func TestEngineInsultsOfRound21(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "comemierdas", text: "Los de la prefectura son unos comemierdas, tres meses para una cita.", decision: Review, kinds: abuse},
		{name: "pilantras", text: "Esses pilantras da CAF perderam outra vez o meu processo.", decision: Review, kinds: abuse},
		{name: "Lahmarsch", text: "Der Lahmarsch am Schalter hat zwei Stunden für ein Formular gebraucht.", decision: Review, kinds: abuse},
		{name: "scansafatiche", text: "Quegli scansafatiche del consolato non rispondono mai al telefono.", decision: Review, kinds: abuse},
		{name: "checché", text: "Checché ne dica il funzionario, la pratica era completa e ben compilata.", decision: Publish, absent: abuse},
		{name: "the Mongolian steppe", text: "La estepa mongola es preciosa; el consulado nos ayudó con el visado en una semana.", decision: Publish, absent: abuse},
		{name: "a dairy cow", text: "O técnico explicou ao meu pai como inscrever a sua vaca leiteira no registo de bovinos.", decision: Publish, absent: abuse},
		{name: "a long queue in Portugal", text: "Havia uma bichona enorme na Loja do Cidadão, mas atenderam-nos depressa.", decision: Publish, absent: abuse},
		{name: "a scam warning", text: "Attenzione ai lestofanti che telefonano fingendosi della CAF: la CAF non chiede mai il codice.", decision: Publish, absent: abuse},
		{name: "the Moselle in Luxembourgish", text: "Ich wohne an der Musel bei Remich und die Grenzgängerberatung war sehr hilfreich.", decision: Publish, absent: abuse},
		{name: "a denial", text: "Ich bin doch kein Nichtsnutz, nur weil ich seit drei Monaten Arbeit suche.", decision: Publish, absent: abuse},
	})
}
