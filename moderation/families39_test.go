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
