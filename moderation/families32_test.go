package moderation

import "testing"

// TestEngineOffersOfRound32: paid help with a procedure offered to the
// readers, appointment slots resold, a page or a group to follow, a
// firm's voice with a discount, a cleaner's small ad, a link to a site
// of a reserved domain (.example) counted as any other, words hidden by
// a style with a junk word among them. Not a self-employed citizen who
// asks for private messages, a citizen who follows the school's page,
// a home help paid in CESU, a fair review with a hidden test word.
func TestEngineOffersOfRound32(t *testing.T) {
	spam := []Kind{KindSpam}
	runEngineCases(t, newTestEngine(t, nil), []engineCase{
		{name: "a fee for PIP forms", text: "Anyone needing help with PIP forms, I charge a small fee, message me on here.", decision: Review, kinds: spam},
		{name: "slots resold", text: "Besoin d'un rendez-vous à la préfecture ? Je revends des créneaux, écrivez-moi en privé.", decision: Review, kinds: spam},
		{name: "a page to follow", text: "Seguite la mia pagina per consigli su come ottenere la carta di soggiorno velocemente, link in bio!", decision: Review, kinds: spam},
		{name: "a group to join", text: "Rejoignez notre groupe Facebook « Galères CAF 93 » pour partager vos astuces et vos modèles de courriers !", decision: Review, kinds: spam},
		{name: "a cleaner", text: "Je fais du ménage et du repassage, chèques CESU acceptés, secteur Aix, appelez le 06 12 90 44 81.", decision: Review, kinds: spam},
		{name: "a driving school", text: "Gagnez du temps : nos formateurs vous préparent au code de la route en 7 jours. Promo -30 % ce mois-ci !", decision: Review, kinds: spam},
		{name: "a paid site for a procedure", text: "Pour vos démarches de carte grise, passez par notre service en ligne rapide, 29 € seulement : cartegrise-express.example. Zéro attente !", decision: Review, kinds: spam},
		{name: "a casino", text: "Vinci subito 1000€ al casinò online!!! Registrati su slot-vincenti.example bonus senza deposito", decision: Reject, kinds: spam},
		{name: "hidden casino words", text: `<div style="display:none">casino bonus gratuit</div>Très bon accueil à la mairie, rien à redire.`, decision: Review, kinds: []Kind{KindMarkup, KindSpam}},
		{name: "hidden pills before a question", text: `<div style="display: none">viagra pas cher</div> Bonjour, j'ai une question sur la taxe foncière.`, decision: Review, kinds: []Kind{KindMarkup, KindSpam}},
		{name: "a hidden test word", text: `<div style="display:none">test</div>Accueil très correct à la CARSAT de Dijon.`, decision: Review, kinds: []Kind{KindMarkup}, absent: spam},
		{name: "hidden seo", text: `<span style="visibility:hidden">seo</span>Le site de la MSA est lent.`, decision: Review, kinds: []Kind{KindMarkup}, absent: spam},
		{name: "a self-employed citizen", text: "Je suis auto-entrepreneur, je facture mes clients chaque mois et l'URSSAF m'a radié sans prévenir. Si quelqu'un a eu le même problème, écrivez-moi en privé.", decision: Publish, absent: spam},
		{name: "our accountants", text: "Our accountants told us the HMRC letter was wrong. If anyone had the same, message me.", decision: Publish, absent: spam},
		{name: "time saved", text: "Gagnez du temps : prenez rendez-vous en ligne sur le site de la mairie, c'est zéro attente au guichet.", decision: Publish, absent: spam},
		{name: "a physiotherapist recommended", text: "Je recommande le cabinet de kiné de la rue Pasteur, toutes les infos sur leur site pour le remboursement CPAM.", decision: Publish, absent: spam},
		{name: "a home help in CESU", text: "Mon aide-ménagère est payée en chèques CESU, je fais du ménage moi-même le week-end. Appelez-moi au 06 12 34 56 78 svp pour le dossier APA.", decision: Publish, absent: spam},
		{name: "a council that will do it", text: "The council said they will do it for free but nobody came. Message me if you had the same.", decision: Publish, absent: spam},
	})
}
