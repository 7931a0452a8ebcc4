package server

import (
	"bytes"
	"fmt"
	"html/template"
	"net/http"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/avisproject/avis/feedback"
)

// publicMessages are the words of the public pages: a service's stories,
// one contribution, and the observatory.
var publicMessages = map[string]map[string]string{
	"fr": {"title": "Avis des usagers", "skip": "Aller au contenu", "colon": "\u00a0:", "other_lang": "English", "other_code": "en",
		"intro":   "Les avis sont relus avant publication : les noms et les données personnelles sont masqués. L'administration y répond au nom d'une équipe.",
		"figures": "En chiffres", "published": "avis publiés", "answered": "avis ont reçu une réponse", "stories": "Les avis",
		"rating_good": "Satisfait", "rating_average": "Moyennement satisfait", "rating_bad": "Mécontent",
		"answer_by": "Réponse de", "none": "Aucun avis publié pour l'instant.", "older": "Avis plus anciens",
		"permalink": "Lien vers cet avis", "nav": "Navigation", "dashboard": "Observatoire des avis",
		"one_title": "Un avis sur", "rating": "Satisfaction", "channel": "Démarche faite", "procedure": "Démarche",
		"clarity": "Clarté des informations", "clarity_of": "sur 5", "date": "Déposé le",
		"answers": "Réponses de l'administration", "no_answer": "L'administration n'a pas encore répondu.",
		"pending": "Votre avis a bien été reçu. Il sera lu par un modérateur avant sa publication : revenez sur cette page pour le voir une fois publié.",
		"all_of":  "Tous les avis sur", "not_found": "Page introuvable",
		"not_found_text": "Cet avis ou ce service n'existe pas, ou n'est pas public.", "bad_request": "Adresse invalide", "failure": "Erreur du service",
		"failure_text":   "La page n'a pas pu être affichée. Réessayez dans quelques instants.",
		"channel_online": "En ligne", "channel_counter": "Au guichet", "channel_phone": "Par téléphone", "channel_email": "Par courriel",
		"channel_france-services": "Dans une maison France Services", "channel_other": "Autrement"},
	"en": {"title": "Users' feedback", "skip": "Skip to content", "colon": ":", "other_lang": "Français", "other_code": "fr",
		"intro":   "Feedback is reviewed before it is published: names and personal data are masked. The administration answers on behalf of a team.",
		"figures": "In figures", "published": "published", "answered": "answered", "stories": "Feedback",
		"rating_good": "Satisfied", "rating_average": "Fairly satisfied", "rating_bad": "Dissatisfied",
		"answer_by": "Answer from", "none": "No feedback published yet.", "older": "Older feedback",
		"permalink": "Link to this feedback", "nav": "Navigation", "dashboard": "Feedback observatory",
		"one_title": "Feedback about", "rating": "Satisfaction", "channel": "Procedure done", "procedure": "Procedure",
		"clarity": "Clarity of the information", "clarity_of": "out of 5", "date": "Sent on",
		"answers": "The administration's answers", "no_answer": "The administration has not answered yet.",
		"pending": "Your feedback was received. A moderator will read it before it is published: come back to this page to see it once published.",
		"all_of":  "All feedback about", "not_found": "Page not found",
		"not_found_text": "This feedback or this service does not exist, or is not public.", "bad_request": "Invalid address", "failure": "Service error",
		"failure_text":   "The page could not be shown. Please try again in a moment.",
		"channel_online": "Online", "channel_counter": "At a counter", "channel_phone": "By phone", "channel_email": "By e-mail",
		"channel_france-services": "In a France Services office", "channel_other": "Another way"},
}

// publicCSP lets the public pages load their stylesheet and nothing else:
// they run no script at all.
const publicCSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

// publicBase is what every public page template gets. Root is the relative
// way back to avis's root from the page ("../" from /s/demo), so that the
// pages keep working when avis is mounted under a path prefix.
type publicBase struct {
	Lang string
	T    map[string]string
	Root string
	CSS  string
	Here string // "dashboard" on the observatory, for aria-current
}

type publicPage struct {
	publicBase
	Service *feedback.Service
	Stats   *feedback.Stats
	Ratings map[string]int // Stats.ByRating keyed by plain strings, for the template
	Items   []*feedback.Feedback
	Next    string
}

type contributionPage struct {
	publicBase
	Service  *feedback.Service
	Feedback *feedback.Feedback
}

type errorPage struct {
	publicBase
	Title, Text string
}

// publicPages renders the pages anyone may read.
type publicPages struct {
	s     *Server
	pages map[string]*template.Template
	css   string // the stylesheet's path from the root, with its content hash
}

// publicFuncs returns the template functions of the public pages.
func publicFuncs() template.FuncMap {
	return template.FuncMap{
		"date": func(t time.Time) string { return t.UTC().Format("02/01/2006") },
		"iso":  func(t time.Time) string { return t.UTC().Format(time.RFC3339) },
		"add":  func(a, b int) int { return a + b },
		"dict": func(kv ...any) map[string]any {
			m := make(map[string]any, len(kv)/2)
			for i := 0; i+1 < len(kv); i += 2 {
				m[kv[i].(string)] = kv[i+1]
			}
			return m
		},
	}
}

// mountPublicPages registers the pages that run no script at all:
// /s/{service}, a service's published contributions with the
// administration's answers; /s/{service}/avis/{id}, one contribution; and
// /dashboard, the observatory. Their stylesheet is under /s/-/ (no slug can
// be "-").
func (s *Server) mountPublicPages(e *gin.Engine) error {
	a, err := loadAssets()
	if err != nil {
		return err
	}
	p := &publicPages{s: s, pages: map[string]*template.Template{}, css: "s/-/staff.css?v=" + a.files["staff.css"].hash}
	for _, name := range []string{"public", "contribution", "dashboard", "public_error"} {
		t, err := template.New("public_layout.html").Funcs(publicFuncs()).ParseFS(templateFS, "templates/public_layout.html", "templates/"+name+".html")
		if err != nil {
			return fmt.Errorf("server: parse public page %s: %w", name, err)
		}
		p.pages[name] = t
	}
	e.GET("/s/-/:file", func(c *gin.Context) {
		f, ok := a.files[c.Param("file")]
		if !ok || c.Param("file") != "staff.css" {
			c.Status(http.StatusNotFound)
			return
		}
		c.Header("X-Content-Type-Options", "nosniff")
		c.Header("Cache-Control", "public, max-age=31536000, immutable")
		c.Data(http.StatusOK, f.ctype, f.body)
	})
	e.GET("/s/:service", p.servicePage)
	e.GET("/s/:service/avis/:id", p.contributionPage)
	e.GET("/dashboard", newDashboard(p).page)
	return nil
}

// base fills what every public page needs; root is the relative path back
// to avis's root from the page.
func (p *publicPages) base(c *gin.Context, root string) publicBase {
	lang := pageLang(c)
	return publicBase{Lang: lang, T: publicMessages[lang], Root: root, CSS: root + p.css}
}

// headers sets the security headers of a public page.
func (p *publicPages) headers(c *gin.Context) {
	h := c.Writer.Header()
	h.Set("Content-Security-Policy", publicCSP)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
	h.Set("Vary", "Accept-Language")
	if c.Request.TLS != nil || strings.HasPrefix(p.s.baseURL, "https://") {
		h.Set("Strict-Transport-Security", "max-age=63072000; includeSubDomains")
	}
}

// render executes a page and sends it, or the error page if it fails.
func (p *publicPages) render(c *gin.Context, name string, status int, cache string, data any) {
	var buf bytes.Buffer
	if err := p.pages[name].Execute(&buf, data); err != nil {
		p.fail(c, "", feedback.Internal(err, "render public page %s", name))
		return
	}
	c.Header("Cache-Control", cache)
	c.Data(status, "text/html; charset=utf-8", buf.Bytes())
}

// fail answers err as an HTML page with the status of its code; only
// internal errors are logged.
func (p *publicPages) fail(c *gin.Context, root string, err error) {
	status, ok := statusOf[feedback.ErrorCode(err)]
	if !ok {
		status = http.StatusInternalServerError
	}
	b := p.base(c, root)
	page := errorPage{publicBase: b, Title: b.T["failure"], Text: b.T["failure_text"]}
	switch {
	case status == http.StatusNotFound:
		page.Title, page.Text = b.T["not_found"], b.T["not_found_text"]
	case status < 500:
		page.Title, page.Text = b.T["bad_request"], feedback.ErrorMessage(err)
	default:
		p.s.logger.Error("public page", "path", c.Request.URL.Path, "err", err)
	}
	var buf bytes.Buffer
	if rerr := p.pages["public_error"].Execute(&buf, page); rerr != nil {
		p.s.logger.Error("public error page", "err", rerr)
		c.Data(status, "text/plain; charset=utf-8", []byte(page.Text+"\n"))
		return
	}
	c.Header("Cache-Control", "no-store")
	c.Data(status, "text/html; charset=utf-8", buf.Bytes())
}

// servicePage shows a service's published contributions, newest first.
func (p *publicPages) servicePage(c *gin.Context) {
	p.headers(c)
	const root = "../"
	ctx := c.Request.Context()
	svc, err := p.s.store.GetService(ctx, c.Param("service"))
	if err != nil {
		p.fail(c, root, err)
		return
	}
	stats, err := p.s.store.Stats(ctx, feedback.StatsFilter{Service: svc.Slug})
	if err != nil {
		p.fail(c, root, err)
		return
	}
	list, err := p.s.store.ListFeedback(ctx, feedback.Filter{Service: svc.Slug, Status: feedback.StatusPublished, Cursor: c.Query("cursor")})
	if err != nil {
		p.fail(c, root, err)
		return
	}
	page := publicPage{publicBase: p.base(c, root), Service: svc, Stats: stats, Items: list.Items, Next: list.NextCursor, Ratings: map[string]int{}}
	for r, n := range stats.ByRating {
		page.Ratings[string(r)] = n
	}
	p.render(c, "public", http.StatusOK, "public, max-age=60", page)
}

// contributionPage shows one contribution: in full once published, as a
// sentence while it waits for a moderator (its author follows the link the
// widget gave), and not at all when rejected or filed under another service.
func (p *publicPages) contributionPage(c *gin.Context) {
	p.headers(c)
	const root = "../../../"
	ctx := c.Request.Context()
	f, err := p.s.store.GetFeedback(ctx, c.Param("id"))
	if err == nil && (f.Status == feedback.StatusRejected || f.Service != c.Param("service")) {
		err = feedback.Errorf(feedback.ENOTFOUND, "no such contribution")
	}
	if err != nil {
		p.fail(c, root, err)
		return
	}
	svc, err := p.s.store.GetService(ctx, f.Service)
	if err != nil {
		p.fail(c, root, err)
		return
	}
	cache := "public, max-age=60"
	if f.Status != feedback.StatusPublished {
		// Its author comes back to see it published: always ask again, and
		// keep the waiting page out of search engines.
		cache = "no-cache"
		c.Header("X-Robots-Tag", "noindex")
		f = &feedback.Feedback{ID: f.ID, Service: f.Service, Status: f.Status, CreatedAt: f.CreatedAt}
	}
	p.render(c, "contribution", http.StatusOK, cache, contributionPage{publicBase: p.base(c, root), Service: svc, Feedback: f})
}
