package server

import (
	"bytes"
	"html/template"
	"net/http"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/avisproject/avis/feedback"
)

// publicMessages are the words of the public pages.
var publicMessages = map[string]map[string]string{
	"fr": {"title": "Avis des usagers", "skip": "Aller au contenu",
		"intro":   "Les avis sont relus avant publication : les noms et les données personnelles sont masqués. L'administration y répond au nom d'une équipe.",
		"figures": "En chiffres", "published": "avis publiés", "answered": "avis ont reçu une réponse", "stories": "Les avis",
		"rating_good": "Satisfait", "rating_average": "Moyennement satisfait", "rating_bad": "Mécontent",
		"answer_by": "Réponse de", "none": "Aucun avis publié pour l'instant.", "older": "Avis plus anciens"},
	"en": {"title": "Users' feedback", "skip": "Skip to content",
		"intro":   "Feedback is reviewed before it is published: names and personal data are masked. The administration answers on behalf of a team.",
		"figures": "In figures", "published": "published", "answered": "answered", "stories": "Feedback",
		"rating_good": "Satisfied", "rating_average": "Fairly satisfied", "rating_bad": "Dissatisfied",
		"answer_by": "Answer from", "none": "No feedback published yet.", "older": "Older feedback"},
}

type publicPage struct {
	Lang    string
	T       map[string]string
	CSS     string
	Service *feedback.Service
	Stats   *feedback.Stats
	Ratings map[string]int // Stats.ByRating keyed by plain strings, for the template
	Items   []*feedback.Feedback
	Next    string
}

// mountPublicPages registers /s/{service}, a service's published
// contributions with the administration's answers as a page that runs no
// script at all, and its stylesheet under /s/-/ (no slug can be "-").
func (s *Server) mountPublicPages(e *gin.Engine) error {
	funcs := template.FuncMap{
		"date": func(t time.Time) string { return t.UTC().Format("02/01/2006") },
		"iso":  func(t time.Time) string { return t.UTC().Format(time.RFC3339) },
	}
	tmpl, err := template.New("public.html").Funcs(funcs).ParseFS(templateFS, "templates/public.html")
	if err != nil {
		return err
	}
	a, err := loadAssets()
	if err != nil {
		return err
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
	e.GET("/s/:service", func(c *gin.Context) { s.publicServicePage(c, tmpl, a) })
	return nil
}

func (s *Server) publicServicePage(c *gin.Context, tmpl *template.Template, a *assets) {
	h := c.Writer.Header()
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
	if c.Request.TLS != nil || strings.HasPrefix(s.baseURL, "https://") {
		h.Set("Strict-Transport-Security", "max-age=63072000; includeSubDomains")
	}
	ctx := c.Request.Context()
	fail := func(err error) {
		status, ok := statusOf[feedback.ErrorCode(err)]
		if !ok {
			status = http.StatusInternalServerError
		}
		if status == http.StatusInternalServerError {
			s.logger.Error("public page", "err", err)
		}
		c.Data(status, "text/plain; charset=utf-8", []byte(feedback.ErrorMessage(err)+"\n"))
	}
	svc, err := s.store.GetService(ctx, c.Param("service"))
	if err != nil {
		fail(err)
		return
	}
	stats, err := s.store.Stats(ctx, feedback.StatsFilter{Service: svc.Slug})
	if err != nil {
		fail(err)
		return
	}
	list, err := s.store.ListFeedback(ctx, feedback.Filter{Service: svc.Slug, Status: feedback.StatusPublished, Cursor: c.Query("cursor")})
	if err != nil {
		fail(err)
		return
	}
	lang := pageLang(c)
	p := publicPage{Lang: lang, T: publicMessages[lang], CSS: "/s/-/staff.css?v=" + a.files["staff.css"].hash,
		Service: svc, Stats: stats, Items: list.Items, Next: list.NextCursor, Ratings: map[string]int{}}
	for r, n := range stats.ByRating {
		p.Ratings[string(r)] = n
	}
	var buf bytes.Buffer
	if err := tmpl.Execute(&buf, p); err != nil {
		fail(feedback.Internal(err, "render public page"))
		return
	}
	c.Header("Cache-Control", "public, max-age=60")
	c.Data(http.StatusOK, "text/html; charset=utf-8", buf.Bytes())
}
