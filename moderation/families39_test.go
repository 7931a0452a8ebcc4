package moderation

import (
	"testing"
)

// TestEngineAdsInReviewsOfRound39: an advertisement slipped into a review
// that sends the readers to the writer's profile, promises a monthly
// yield or a free simulation, a bonus to try "vous aussi" or a discount
// in German figures goes to a moderator; a string of keywords repeating a
// trade and a town with an advertising word said twice is junk. Not a
// public body's simulation nor a fare said twice in a complaint.
func TestEngineAdsInReviewsOfRound39(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "lien dans mon profil", text: "Accueil correct à la CARSAT. Pour arrondir votre retraite, je conseille FutéPlacement : 6 % garantis par mois, lien dans mon profil.", decision: Review, kinds: spam},
		{name: "simulation gratuite", text: "Mon conseiller des impôts a été patient. Pour défiscaliser, investissez avec le cabinet OptiPatrimoine, simulation gratuite sur optipatrimoine-conseil.fr !", decision: Review, kinds: spam},
		{name: "essayez vous aussi", text: "Urgences correctes malgré l'attente. En attendant j'ai gagné 150 € sur RoyalSpin, essayez vous aussi, bonus de bienvenue offert !", decision: Review, kinds: spam},
		{name: "Rabatt", text: "Das Bürgeramt war schnell, danke. Übrigens: Altersvorsorge mit Silbermünzen von silber-sicher24.de, jetzt 10 % Rabatt!", decision: Review, kinds: spam},
		{name: "keywords with a town", text: "électricien pas cher lyon, électricien urgence lyon, dépannage électricité lyon 7, électricien lyon pas cher, meilleur électricien lyon", decision: Reject, kinds: spam},
		{name: "low cost", text: "avvocato low cost roma, divorzio breve roma prezzi, avvocato economico roma, avvocato roma low cost, separazione roma avvocato", decision: Reject, kinds: spam},
		{name: "the fund's simulation", text: "La simulation gratuite sur le site de la CAF m'annonçait 180 €, j'en touche 95. Pourquoi ?", decision: Publish, absent: spam},
		{name: "a low-cost airline", text: "Le vol low cost a été annulé et la préfecture refuse de décaler mon rendez-vous, je perds 200 € de billet.", decision: Publish, absent: spam},
	})
}

// TestEngineInsultsOfRound39: name-calling of Ireland, Nigeria, West
// Africa, the Antilles and Québec, and two words spelled out letter by
// letter with a wider gap between them ("un s a l e   m e n t e u r",
// "w a t c h   y o u r   b a c k"). Not the writer's own eejit, nor a
// thick layer.
func TestEngineInsultsOfRound39(t *testing.T) {
	abuse := []Kind{KindAbuse}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "gobshite", text: "The fella at the motor tax office is a total gobshite, he lost my forms twice.", decision: Review, kinds: abuse},
		{name: "that eejit", text: "That eejit at the Intreo desk told me to come back next week for the third time.", decision: Review, kinds: abuse},
		{name: "na big mumu", text: "The clerk for the tax office na big mumu, he no sabi anything.", decision: Review, kinds: abuse},
		{name: "clueless muppet", text: "Some clueless muppet at the council cancelled my bin collection.", decision: Review, kinds: abuse},
		{name: "pompous fool", text: "The head of planning is a pompous fool who never reads the objections.", decision: Review, kinds: abuse},
		{name: "gaou", text: "Le gars du guichet de la mairie est un vrai gaou, il ne sait rien.", decision: Review, kinds: abuse},
		{name: "kouyon", text: "Sé on kouyon, le monsieur de la CGSS, il perd tous les papiers.", decision: Review, kinds: abuse},
		{name: "vraie épaisse", text: "La commis au comptoir, une vraie épaisse, m'a renvoyé chez nous.", decision: Review, kinds: abuse},
		{name: "spelled, two words", text: "Le conseiller est un s a l e   m e n t e u r, rien n'a été versé.", decision: Review, kinds: abuse},
		{name: "spelled threat", text: "w a t c h   y o u r   b a c k, nurse on ward 3.", decision: Reject, kinds: []Kind{KindThreat}},
		{name: "the writer's own eejit", text: "Left my passport on the counter like a big eejit and the staff posted it back to me. Brilliant.", decision: Publish, absent: abuse},
		{name: "a thick layer", text: "Une couche épaisse de neige bloquait l'accès à la mairie, personne n'a salé.", decision: Publish, absent: abuse},
		{name: "spelled letters, one word", text: "Mon code est A B C D, le site le refuse.", decision: Publish, absent: abuse},
	})
}
