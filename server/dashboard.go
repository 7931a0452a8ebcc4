package server

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"net/http"
	"sort"
	"strconv"
	"sync"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/avisproject/avis/feedback"
)

// The observatory's bounds: it runs a few queries per service shown, so it
// shows a page of services at a time, a few procedures each, and keeps each
// rendered page for a minute.
const (
	dashboardPageSize   = 20
	dashboardProcedures = 6
	dashboardTTL        = time.Minute
	dashboardMaxCached  = 64
)

// dashboardMessages are the observatory's own words.
var dashboardMessages = map[string]map[string]string{
	"fr": {"heading": "Observatoire des avis", "intro": "Pour chaque service : le nombre d'avis publiés, la part de chaque niveau de satisfaction, la part des avis qui ont reçu une réponse de l'administration et le délai médian de la première réponse.",
		"caption": "Avis publiés par service", "service": "Service", "published": "Avis publiés", "answered": "Avis ayant reçu une réponse",
		"median": "Délai médian de première réponse", "procedures": "Par démarche", "procedure": "Démarche",
		"proc_caption": "Avis publiés par démarche — %s", "proc_note": "Démarches relevées parmi les %d derniers avis publiés de chaque service.",
		"none": "Aucun service pour l'instant.", "pages": "Pages de l'observatoire", "prev": "Services précédents", "next": "Services suivants",
		"page_of": "Page %d sur %d", "no_value": "—"},
	"en": {"heading": "Feedback observatory", "intro": "For each service: the number of published contributions, the share of each satisfaction level, the share the administration answered and the median time to its first answer.",
		"caption": "Published feedback per service", "service": "Service", "published": "Published", "answered": "Answered",
		"median": "Median time to first answer", "procedures": "Per procedure", "procedure": "Procedure",
		"proc_caption": "Published feedback per procedure — %s", "proc_note": "Procedures found among each service's latest %d published contributions.",
		"none": "No service yet.", "pages": "Observatory pages", "prev": "Previous services", "next": "Next services",
		"page_of": "Page %d of %d", "no_value": "—"},
}

// dashboardRow is one line of figures, already worded for the page's language.
type dashboardRow struct {
	Label, Href                  string
	Published                    int
	Good, Average, Bad, Answered string
	Median                       string
	Procedures                   []dashboardRow
	ProceduresCaption            string
}

type dashboardPage struct {
	publicBase
	D          map[string]string
	Rows       []dashboardRow
	WithProcs  []dashboardRow
	Page, Last int
	PageOf     string
	ProcNote   string
}

// dashboard serves /dashboard and keeps each rendered page for
// dashboardTTL, so that a busy observatory costs a few queries a minute.
type dashboard struct {
	p     *publicPages
	mu    sync.Mutex
	cache map[string]dashboardCached
}

type dashboardCached struct {
	body    []byte
	expires time.Time
}

func newDashboard(p *publicPages) *dashboard {
	return &dashboard{p: p, cache: map[string]dashboardCached{}}
}

// page answers GET /dashboard?page=N.
func (d *dashboard) page(c *gin.Context) {
	d.p.headers(c)
	const root = "./"
	n := 1
	if q := c.Query("page"); q != "" {
		v, err := strconv.Atoi(q)
		if err != nil || v < 1 || v > 100000 {
			d.p.fail(c, root, feedback.Invalid("page", "page must be a whole number from 1"))
			return
		}
		n = v
	}
	base := d.p.base(c, root)
	base.Here = "dashboard"
	key := base.Lang + "|" + strconv.Itoa(n)
	now := d.p.s.clock()
	d.mu.Lock()
	hit, ok := d.cache[key]
	d.mu.Unlock()
	if ok && now.Before(hit.expires) {
		d.send(c, hit.body)
		return
	}
	page, err := d.build(c.Request.Context(), base, n)
	if err != nil {
		d.p.fail(c, root, err)
		return
	}
	var buf bytes.Buffer
	if err := d.p.pages["dashboard"].Execute(&buf, page); err != nil {
		d.p.fail(c, root, feedback.Internal(err, "render dashboard"))
		return
	}
	d.mu.Lock()
	if len(d.cache) >= dashboardMaxCached {
		clear(d.cache)
	}
	d.cache[key] = dashboardCached{body: buf.Bytes(), expires: now.Add(dashboardTTL)}
	d.mu.Unlock()
	d.send(c, buf.Bytes())
}

func (d *dashboard) send(c *gin.Context, body []byte) {
	c.Header("Cache-Control", "public, max-age=60")
	c.Data(http.StatusOK, "text/html; charset=utf-8", body)
}

// build gathers the figures of page n of the services, ordered by slug.
func (d *dashboard) build(ctx context.Context, base publicBase, n int) (*dashboardPage, error) {
	store := d.p.s.store
	services, err := store.ListServices(ctx)
	if err != nil {
		return nil, err
	}
	last := max(1, (len(services)+dashboardPageSize-1)/dashboardPageSize)
	if n > last {
		return nil, feedback.Errorf(feedback.ENOTFOUND, "the observatory has %d pages", last)
	}
	words := dashboardMessages[base.Lang]
	page := &dashboardPage{publicBase: base, D: words, Page: n, Last: last,
		PageOf:   fmt.Sprintf(words["page_of"], n, last),
		ProcNote: fmt.Sprintf(words["proc_note"], feedback.MaxPageSize)}
	suffix := ""
	if base.Lang != "fr" {
		suffix = "?lang=" + base.Lang
	}
	for _, svc := range services[(n-1)*dashboardPageSize : min(len(services), n*dashboardPageSize)] {
		st, err := store.Stats(ctx, feedback.StatsFilter{Service: svc.Slug})
		if err != nil {
			return nil, err
		}
		row := figures(base.Lang, st)
		row.Label, row.Href = svc.Name, base.Root+"s/"+svc.Slug+suffix
		procs, err := procedures(ctx, store, svc.Slug, st.Total)
		if err != nil {
			return nil, err
		}
		for _, proc := range procs {
			pst, err := store.Stats(ctx, feedback.StatsFilter{Service: svc.Slug, Procedure: proc})
			if err != nil {
				return nil, err
			}
			pr := figures(base.Lang, pst)
			pr.Label = proc
			row.Procedures = append(row.Procedures, pr)
		}
		page.Rows = append(page.Rows, row)
		if len(row.Procedures) > 0 {
			row.ProceduresCaption = fmt.Sprintf(words["proc_caption"], svc.Name)
			page.WithProcs = append(page.WithProcs, row)
		}
	}
	return page, nil
}

// procedures returns the procedures named by a service's latest published
// contributions, most frequent first, at most dashboardProcedures: a
// sample, so that the observatory never scans a whole service.
func procedures(ctx context.Context, store feedback.Store, service string, published int) ([]string, error) {
	if published == 0 {
		return nil, nil
	}
	list, err := store.ListFeedback(ctx, feedback.Filter{Service: service, Status: feedback.StatusPublished, Limit: feedback.MaxPageSize})
	if err != nil {
		return nil, err
	}
	count := map[string]int{}
	for _, f := range list.Items {
		if f.Procedure != "" {
			count[f.Procedure]++
		}
	}
	names := make([]string, 0, len(count))
	for name := range count {
		names = append(names, name)
	}
	sort.Slice(names, func(i, j int) bool {
		if count[names[i]] != count[names[j]] {
			return count[names[i]] > count[names[j]]
		}
		return names[i] < names[j]
	})
	return names[:min(len(names), dashboardProcedures)], nil
}

// figures words a Stats for the table: shares in percent, the median delay
// in minutes, hours or days, and a dash where there is nothing to measure.
func figures(lang string, st *feedback.Stats) dashboardRow {
	none := dashboardMessages[lang]["no_value"]
	share := func(k int) string {
		if st.Total == 0 {
			return none
		}
		return percent(lang, float64(k)/float64(st.Total))
	}
	row := dashboardRow{Published: st.Total, Good: share(st.ByRating[feedback.RatingGood]),
		Average: share(st.ByRating[feedback.RatingAverage]), Bad: share(st.ByRating[feedback.RatingBad]),
		Answered: share(st.Answered), Median: none}
	if st.Answered > 0 {
		row.Median = delay(lang, st.MedianTimeToAnswer)
	}
	return row
}

// percent writes a share as a whole percentage, French style (a narrow
// no-break space before %) or English.
func percent(lang string, share float64) string {
	v := int(math.Round(share * 100))
	if lang == "fr" {
		return strconv.Itoa(v) + "\u202f%"
	}
	return strconv.Itoa(v) + "%"
}

// delay writes a duration the way a reader thinks of it: minutes under an
// hour, hours under two days, days beyond.
func delay(lang string, d time.Duration) string {
	day := "j"
	if lang == "en" {
		day = "d"
	}
	switch {
	case d < time.Hour:
		return strconv.Itoa(max(1, int(math.Round(d.Minutes())))) + " min"
	case d < 48*time.Hour:
		return strconv.Itoa(int(math.Round(d.Hours()))) + " h"
	default:
		return strconv.Itoa(int(math.Round(d.Hours()/24))) + " " + day
	}
}
