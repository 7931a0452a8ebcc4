package moderation

import "testing"

// TestEngineHateOfRound31: the group words and the generalisations round 31
// added to targets.txt (peoples, faiths, sexes and disabilities named as
// groups; what a group is said to be by its culture or its race, unfit for
// a work, living off the others, taking the country over, sent back to the
// wild or locked away, with no place among us or in a school; faults after
// "are all"). Not a complaint that names
// a group neutrally, nor the phrases tried and dropped: "c'est culturel",
// "vivir de las ayudas", "nichts zu suchen" and "gehören nicht an" alone,
// "are taking over", "si stanno prendendo", "shouldn't be doing", "nous
// détestent", "auf der Tasche" alone, a burden denied.
func TestEngineHateOfRound31(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "children like rabbits", text: "Les Comoriennes de la cité font des gosses comme des lapins pour les allocs.", decision: Reject, kinds: abuse},
		{name: "polish workers all cheats", text: "Polish workers are all cheats, the council should stop hiring them for the school roof.", decision: Reject, kinds: abuse},
		{name: "in their culture", text: "Les gens de couleur à l'accueil de la mairie, c'est dans leur culture d'être en retard.", decision: Reject, kinds: abuse},
		{name: "esa raza", text: "Los moros de la oficina de extranjería, esa raza no quiere trabajar.", decision: Reject, kinds: abuse},
		{name: "back to the bush", text: "Die Nordafrikaner im Bürgeramt gehören zurück in den Busch.", decision: Reject, kinds: abuse},
		{name: "a question of race", text: "Le musulmane dell'ufficio anagrafe, è una questione di razza: non lavorano.", decision: Reject, kinds: abuse},
		{name: "not made to lead", text: "Les femmes ne sont pas faites pour diriger un service des impôts.", decision: Reject, kinds: abuse},
		{name: "nothing to do here", text: "Schwule haben bei uns nichts zu suchen, auch nicht im Rathaus.", decision: Reject, kinds: abuse},
		{name: "come to live off benefits", text: "Los gitanos del barrio vienen a vivir de las ayudas del ayuntamiento.", decision: Reject, kinds: abuse},
		{name: "taking France", text: "Gli islamici si stanno prendendo la Francia, un ufficio alla volta.", decision: Reject, kinds: abuse},
		{name: "dead weights", text: "I disabili della ASL sono pesi morti, mantenuti da noi.", decision: Reject, kinds: abuse},
		{name: "hands in everything", text: "Gli ebrei hanno le mani in pasta dappertutto, anche in comune.", decision: Reject, kinds: abuse},
		{name: "taking over our town", text: "Muslims at the school gate, taking over our town one street at a time.", decision: Reject, kinds: abuse},
		{name: "liars by nature", text: "Os congoleses da fila mentem por natureza, todos iguais.", decision: Reject, kinds: abuse},
		{name: "a burden on society", text: "Les sourds-muets de l'accueil sont un fardeau pour la société.", decision: Reject, kinds: abuse},
		{name: "locked away", text: "Schizophrenics should be locked away, not housed next to the library.", decision: Reject, kinds: abuse},
		{name: "nothing to do among us", text: "Les Tunisiens du marché n'ont rien à faire chez nous, la mairie les laisse s'installer.", decision: Reject, kinds: abuse},
		{name: "their place in an institution", text: "Les sourds-muets au guichet de la CAF ? Leur place est en institution.", decision: Reject, kinds: abuse},

		{name: "women's toilets", text: "The women's toilets at the town hall have been closed for three weeks.", decision: Publish, absent: abuse},
		{name: "a polish speaker", text: "A Polish speaker asked for a translator at the préfecture and waited two hours.", decision: Publish, absent: abuse},
		{name: "agents not made for it", text: "Les agents ne sont pas faits pour ça, ils manquent de formation.", decision: Publish, absent: abuse},
		{name: "living off benefits", text: "Living off benefits is hard with two kids, and the CAF takes months to answer.", decision: Publish, absent: abuse},
		{name: "cultural, administration", text: "C'est culturel, le rapport à l'administration en France : tout passe par le papier.", decision: Publish, absent: abuse},
		{name: "stairs not made for wheelchairs", text: "Les escaliers de la mairie ne sont pas faits pour les personnes en fauteuil.", decision: Publish, absent: abuse},
		{name: "pregnant women wait", text: "Les femmes enceintes doivent attendre debout deux heures à la CPAM, c'est indigne.", decision: Publish, absent: abuse},
		{name: "roma evicted", text: "Les Roms du campement ont été expulsés, c'est indigne, ils n'avaient nulle part où aller.", decision: Publish, absent: abuse},
		{name: "single mothers on benefits", text: "Las mujeres solas con hijos tienen que vivir de las ayudas porque no hay guarderías.", decision: Publish, absent: abuse},
		{name: "police without a warrant", text: "Die Polizei hat in der Wohnung der Flüchtlinge nichts zu suchen ohne Durchsuchungsbefehl.", decision: Publish, absent: abuse},
		{name: "women not at the stove", text: "Frauen gehören nicht an den Herd, hat die Bürgermeisterin beim Empfang gesagt.", decision: Publish, absent: abuse},
		{name: "women take over roles", text: "Women are taking over senior roles at the council, which is great news.", decision: Publish, absent: abuse},
		{name: "taking care of the garden", text: "Gli africani si stanno prendendo cura del giardino pubblico, bravissimi.", decision: Publish, absent: abuse},
		{name: "roma and mediators", text: "Pour les Roms, le lien avec l'administration est compliqué, c'est culturel, il faut des médiateurs.", decision: Publish, absent: abuse},
		{name: "agents hate us foreigners", text: "Les réfugiés du foyer disent que les agents nous détestent, nous les étrangers.", decision: Publish, absent: abuse},
		{name: "victims of scams", text: "Les femmes sont toutes victimes d'arnaques au téléphone, la mairie devrait prévenir.", decision: Publish, absent: abuse},
		{name: "not a burden", text: "Les handicapés ne sont pas un fardeau pour la société, la MDPH doit suivre.", decision: Publish, absent: abuse},
		{name: "nobody's burden", text: "Die Flüchtlinge liegen niemandem auf der Tasche, sie dürfen nur nicht arbeiten.", decision: Publish, absent: abuse},
		{name: "portuguese builders thanked", text: "Les Portugais du chantier ont fini la route en avance, merci à eux.", decision: Publish, absent: abuse},
		{name: "veiled women discriminated", text: "Las musulmanas con velo sufren discriminación en la mairie, es inaceptable.", decision: Publish, absent: abuse},
		{name: "no place in institutions", text: "Les handicapés n'ont pas leur place en institution, ils doivent vivre dans la cité.", decision: Publish, absent: abuse},
		{name: "nothing to do all day", text: "Les réfugiés me disent qu'ils n'ont rien à faire de la journée, pas de travail, pas de cours.", decision: Publish, absent: abuse},
		{name: "interviews without interpreter", text: "Refugees shouldn't be doing their interviews without an interpreter.", decision: Publish, absent: abuse},
	})
}
