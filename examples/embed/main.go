// Command embed is an agency's own Go web server that mounts avis under
// /avis/ next to its existing pages, as a town hall or a CAF would: one
// process, one mux, avis as a plain http.Handler.
//
//	go run ./examples/embed --addr 127.0.0.1:8081
//
// then open http://127.0.0.1:8081/ (the agency's page, with the widget's
// button) and http://127.0.0.1:8081/avis/s/mairie-exemple (what citizens
// said, as published).
//
// The page loads the widget from /avis/widget/v1/widget.js; the widget
// takes everything before /widget/ in its own URL as avis's address, so it
// posts to /avis/api/v1/feedback and links to /avis/s/... pages.
package main

import (
	"context"
	"crypto/rand"
	"errors"
	"flag"
	"fmt"
	"html/template"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/avisproject/avis/feedback"
	"github.com/avisproject/avis/feedback/sqlitestore"
	"github.com/avisproject/avis/moderation"
	"github.com/avisproject/avis/server"
	"github.com/avisproject/avis/widget"
)

// serviceSlug is the avis service this agency collects feedback for.
const serviceSlug = "mairie-exemple"

func main() {
	addr := flag.String("addr", "127.0.0.1:8081", "address to listen on")
	database := flag.String("database", "embed.db", "SQLite file of avis")
	public := flag.String("public-url", "", "public URL of this site (default http://<addr>)")
	flag.Parse()
	logger := slog.New(slog.NewTextHandler(os.Stderr, nil))
	if *public == "" {
		*public = "http://" + *addr
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, *addr, *database, *public, logger); err != nil {
		logger.Error("embed", slog.Any("err", err))
		os.Exit(1)
	}
}

// run serves the agency's site until ctx is cancelled.
func run(ctx context.Context, addr, database, publicURL string, logger *slog.Logger) error {
	st, err := sqlitestore.Open(ctx, database, &sqlitestore.Options{Logger: logger})
	if err != nil {
		return err
	}
	defer st.Close()
	avis, err := newAvis(ctx, st, publicURL+"/avis", logger)
	if err != nil {
		return err
	}
	hs := &http.Server{Addr: addr, Handler: newMux(avis), ReadHeaderTimeout: 10 * time.Second}
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		hs.Shutdown(sctx)
	}()
	logger.Info("listening", slog.String("addr", addr))
	if err := hs.ListenAndServe(); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// newAvis makes sure the agency's service exists and builds the avis
// handler, whose public addresses start with baseURL.
func newAvis(ctx context.Context, st feedback.Store, baseURL string, logger *slog.Logger) (http.Handler, error) {
	svc := &feedback.Service{Slug: serviceSlug, Name: "Mairie d'Exemple-sur-Loire", Network: "Communes"}
	if err := st.CreateService(ctx, svc); err != nil && feedback.ErrorCode(err) != feedback.ECONFLICT {
		return nil, err
	}
	// A real deployment keeps this key (a file, a secret store) so that
	// duplicate detection survives restarts; the example draws one per run.
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return nil, err
	}
	engine, err := moderation.New(nil)
	if err != nil {
		return nil, err
	}
	srv, err := server.New(&server.Options{
		Store:         st,
		Moderator:     engine,
		Logger:        logger,
		ClientHashKey: key,
		BaseURL:       baseURL,
		Widget:        widget.Handler(&widget.Options{Logger: logger}),
	})
	if err != nil {
		return nil, err
	}
	return srv, nil
}

// newMux is the agency's router: its own pages, and avis under /avis/.
// StripPrefix hands avis the paths it knows (/api/v1/..., /widget/...,
// /s/...); avis's pages link relatively, so they work under the prefix.
func newMux(avis http.Handler) *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", homePage)
	mux.HandleFunc("GET /horaires", hoursPage)
	mux.Handle("/avis/", http.StripPrefix("/avis", avis))
	return mux
}

var homeTemplate = template.Must(template.New("home").Parse(`<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mairie d'Exemple-sur-Loire</title></head>
<body>
<header><p>Mairie d'Exemple-sur-Loire</p><nav><a href="/horaires">Horaires</a></nav></header>
<main>
<h1>Demander une carte d'identité</h1>
<p>Prenez rendez-vous en ligne, puis venez en mairie avec votre dossier complet.</p>
<p><a href="/avis/s/{{.}}">Ce qu'en disent les usagers</a> (avis publiés et réponses de la mairie).</p>
</main>
<script src="/avis/widget/v1/widget.js" data-service="{{.}}" data-procedure="carte-identite" async></script>
</body>
</html>
`))

// homePage is one of the agency's own pages: it embeds the widget and links
// to what avis publishes.
func homePage(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := homeTemplate.Execute(w, serviceSlug); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
	}
}

// hoursPage is another of the agency's own pages, untouched by avis.
func hoursPage(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprintln(w, "Lundi au vendredi, 8 h 30 – 17 h ; samedi 9 h – 12 h.")
}
