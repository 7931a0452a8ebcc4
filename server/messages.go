package server

import (
	"strings"

	"github.com/gin-gonic/gin"
)

// messages holds the staff pages' words, French first. A missing English
// entry falls back to French at startup (see pageLang).
var messages = map[string]map[string]string{
	"fr": {
		"app": "avis — espace modération", "skip": "Aller au contenu",
		"nav": "Navigation de l'espace modération", "nav_queue": "File de modération", "nav_answers": "Réponses",
		"nav_users": "Comptes", "logout": "Se déconnecter", "signed_as": "Connecté·e en tant que",
		"login_title": "Connexion", "login": "Identifiant", "password": "Mot de passe", "sign_in": "Se connecter",
		"login_intro": "Réservé aux équipes de modération et de réponse des services publics.",
		"queue_title": "Avis en attente de modération", "filters": "Filtrer la file", "service": "Service",
		"all_services": "Tous mes services", "kind": "Signalement", "any_kind": "Tous", "older_than": "Ancienneté",
		"any_age": "Toutes", "apply": "Appliquer", "none_pending": "Aucun avis n'attend de décision.",
		"pending_count": "avis en attente", "shown": "affichés", "received": "Reçu", "open": "Examiner l'avis",
		"rating": "Satisfaction", "channel": "Canal", "procedure": "Démarche", "clarity": "Clarté",
		"help": "Aide reçue", "status": "Statut", "author": "Auteur", "threat_first": "Menace — à traiter en priorité",
		"item_title": "Avis", "original": "Texte d'origine (privé)", "flags": "Signalements",
		"no_flags": "Aucun signalement.", "proposed": "Texte proposé à la publication", "decide": "Décision",
		"publish": "Publier tel que proposé", "edit": "Modifier puis publier", "edited_text": "Texte à publier",
		"edit_help":    "Le texte modifié repasse par la modération : les noms et données personnelles restants seront masqués.",
		"override":     "Publier les noms ou numéros tels que saisis (dérogation consignée au journal)",
		"publish_edit": "Publier le texte modifié", "reject": "Refuser", "reject_reason": "Motif (charte de modération)",
		"note": "Note interne (facultative)", "reject_btn": "Refuser l'avis", "not_public": "Hors service public",
		"not_public_btn": "Classer hors service public", "answers": "Réponses de l'administration",
		"no_answers": "Pas encore de réponse.", "answer_title": "Répondre au nom de l'équipe",
		"answer_text": "Réponse publique", "answer_help": "Signée par votre équipe. Les noms et données personnelles sont masqués.",
		"answer_btn": "Publier la réponse", "signed_by": "Signée", "audit": "Journal des actions",
		"audit_when": "Date", "audit_who": "Par", "audit_what": "Action", "audit_reason": "Motif",
		"answers_title": "Avis publiés sans réponse", "overdue": "En retard", "none_awaiting": "Tous les avis publiés ont une réponse.",
		"delay": "Délai de réponse", "users_title": "Comptes", "display_name": "Nom affiché", "role": "Rôle",
		"team": "Équipe", "services": "Services (séparés par des virgules, * pour tous)", "email": "Courriel (digest)",
		"create_user": "Créer le compte", "disable": "Désactiver", "disabled": "Désactivé", "active": "Actif",
		"new_user": "Nouveau compte", "error_title": "Erreur", "back_queue": "Retour à la file",
		"shortcuts": "Raccourcis clavier", "shortcuts_on": "Activer les raccourcis clavier",
		"shortcuts_help": "p : publier · e : modifier · r : refuser · h : hors service public · j / k : avis suivant / précédent",
		"done_publish":   "Avis publié.", "done_edit": "Avis modifié et publié.", "done_reject": "Avis refusé.",
		"done_not_public_service": "Avis classé hors service public.", "done_answer": "Réponse publiée.",
		"masked_again": "Masqué à nouveau dans le texte modifié :", "notified": "L'auteur a été prévenu par courriel.",
		"role_administrator": "Administrateur·rice", "role_moderator": "Modérateur·rice", "role_answerer": "Répondant·e",
		"rating_good": "Satisfait", "rating_average": "Moyennement satisfait", "rating_bad": "Mécontent",
		"st_pending": "En attente", "st_published": "Publié", "st_rejected": "Refusé",
		"decided_elsewhere": "Cet avis a déjà été traité par quelqu'un d'autre", "decided_by_you": "Vous avez déjà traité cet avis",
		"decided_engine": "la modération automatique", "decided_now": "Statut actuel :", "not_recorded": "Votre décision n'a pas été enregistrée.",
		"k_threat": "menace", "k_abuse": "injure", "k_profanity": "grossièreté", "k_shouting": "majuscules",
		"k_spam": "spam", "k_markup": "balisage", "k_person_name": "nom de personne", "k_personal_data": "donnée personnelle",
		"highlight_start": "début du passage signalé", "highlight_end": "fin du passage signalé",
	},
	"en": {
		"app": "avis — moderation", "skip": "Skip to content",
		"nav": "Moderation navigation", "nav_queue": "Moderation queue", "nav_answers": "Answers",
		"nav_users": "Accounts", "logout": "Sign out", "signed_as": "Signed in as",
		"login_title": "Sign in", "login": "Login", "password": "Password", "sign_in": "Sign in",
		"login_intro": "For public services' moderation and answering teams only.",
		"queue_title": "Contributions awaiting moderation", "filters": "Filter the queue", "service": "Service",
		"all_services": "All my services", "kind": "Flag", "any_kind": "Any", "older_than": "Age",
		"any_age": "Any", "apply": "Apply", "none_pending": "No contribution awaits a decision.",
		"pending_count": "pending", "shown": "shown", "received": "Received", "open": "Review",
		"rating": "Satisfaction", "channel": "Channel", "procedure": "Procedure", "clarity": "Clarity",
		"help": "Help received", "status": "Status", "author": "Author", "threat_first": "Threat — handle first",
		"item_title": "Contribution", "original": "Original text (private)", "flags": "Flags",
		"no_flags": "No flag.", "proposed": "Text proposed for publication", "decide": "Decision",
		"publish": "Publish as proposed", "edit": "Edit then publish", "edited_text": "Text to publish",
		"edit_help":    "The edited text is moderated again: remaining names and personal data will be masked.",
		"override":     "Publish names or numbers as typed (override recorded in the audit trail)",
		"publish_edit": "Publish the edited text", "reject": "Reject", "reject_reason": "Reason (moderation charter)",
		"note": "Internal note (optional)", "reject_btn": "Reject the contribution", "not_public": "Not a public-service matter",
		"not_public_btn": "File as not a public-service matter", "answers": "The administration's answers",
		"no_answers": "No answer yet.", "answer_title": "Answer on behalf of your team",
		"answer_text": "Public answer", "answer_help": "Signed by your team. Names and personal data are masked.",
		"answer_btn": "Publish the answer", "signed_by": "Signed", "audit": "Audit trail",
		"audit_when": "Date", "audit_who": "By", "audit_what": "Action", "audit_reason": "Reason",
		"answers_title": "Published contributions without an answer", "overdue": "Overdue", "none_awaiting": "Every published contribution has an answer.",
		"delay": "Answer delay", "users_title": "Accounts", "display_name": "Display name", "role": "Role",
		"team": "Team", "services": "Services (comma-separated, * for all)", "email": "E-mail (digest)",
		"create_user": "Create the account", "disable": "Disable", "disabled": "Disabled", "active": "Active",
		"new_user": "New account", "error_title": "Error", "back_queue": "Back to the queue",
		"shortcuts": "Keyboard shortcuts", "shortcuts_on": "Enable keyboard shortcuts",
		"shortcuts_help": "p: publish · e: edit · r: reject · h: not public service · j / k: next / previous",
		"done_publish":   "Contribution published.", "done_edit": "Contribution edited and published.", "done_reject": "Contribution rejected.",
		"done_not_public_service": "Filed as not a public-service matter.", "done_answer": "Answer published.",
		"masked_again": "Masked again in the edited text:", "notified": "The author was notified by e-mail.",
		"role_administrator": "Administrator", "role_moderator": "Moderator", "role_answerer": "Answerer",
		"rating_good": "Satisfied", "rating_average": "Fairly satisfied", "rating_bad": "Dissatisfied",
		"st_pending": "Pending", "st_published": "Published", "st_rejected": "Rejected",
		"decided_elsewhere": "This contribution was already decided by someone else", "decided_by_you": "You already decided on this contribution",
		"decided_engine": "the moderation engine", "decided_now": "Status now:", "not_recorded": "Your decision was not recorded.",
		"k_threat": "threat", "k_abuse": "abuse", "k_profanity": "profanity", "k_shouting": "shouting",
		"k_spam": "spam", "k_markup": "markup", "k_person_name": "person's name", "k_personal_data": "personal data",
		"highlight_start": "flagged passage starts", "highlight_end": "flagged passage ends",
	},
}

// pageLang picks the pages' language: ?lang=, then Accept-Language, then
// French.
func pageLang(c *gin.Context) string {
	if l := c.Query("lang"); l == "fr" || l == "en" {
		return l
	}
	for _, part := range strings.Split(c.GetHeader("Accept-Language"), ",") {
		tag, _, _ := strings.Cut(strings.TrimSpace(part), ";")
		base, _, _ := strings.Cut(strings.ToLower(tag), "-")
		if base == "fr" || base == "en" {
			return base
		}
	}
	return "fr"
}

// reasonLabel returns a charter reason's wording in lang.
func reasonLabel(r charterReason, lang string) string {
	if lang == "en" {
		return r.EN
	}
	return r.FR
}
