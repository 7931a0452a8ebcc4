package server

import (
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/avisproject/avis/feedback"
)

// publicService is what anyone may read about a service.
type publicService struct {
	Slug    string      `json:"slug"`
	Name    string      `json:"name"`
	Network string      `json:"network,omitempty"`
	Stats   publicStats `json:"stats"`
}

// publicStats summarises a service's published contributions.
type publicStats struct {
	Total         int                     `json:"total"`
	ByRating      map[feedback.Rating]int `json:"by_rating"`
	Answered      int                     `json:"answered"`
	ShareAnswered float64                 `json:"share_answered"`
	// MedianSecondsToAnswer is the median delay to a first answer, 0 when
	// none is answered.
	MedianSecondsToAnswer float64 `json:"median_seconds_to_answer"`
}

// getService shows a service and the figures of its published contributions.
func (s *Server) getService(c *gin.Context) {
	ctx := c.Request.Context()
	svc, err := s.store.GetService(ctx, c.Param("service"))
	if err != nil {
		s.writeError(c, err)
		return
	}
	st, err := s.store.Stats(ctx, feedback.StatsFilter{Service: svc.Slug})
	if err != nil {
		s.writeError(c, err)
		return
	}
	c.JSON(http.StatusOK, publicService{
		Slug: svc.Slug, Name: svc.Name, Network: svc.Network,
		Stats: publicStats{
			Total: st.Total, ByRating: st.ByRating, Answered: st.Answered,
			ShareAnswered:         st.ShareAnswered,
			MedianSecondsToAnswer: st.MedianTimeToAnswer.Seconds(),
		},
	})
}

// feedbackPage is one page of a service's published contributions.
type feedbackPage struct {
	Items      []publicFeedback `json:"items"`
	NextCursor string           `json:"next_cursor,omitempty"`
}

// listFeedback pages through a service's published contributions, newest
// first, with their answers.
func (s *Server) listFeedback(c *gin.Context) {
	ctx := c.Request.Context()
	filter := feedback.Filter{
		Service:   c.Param("service"),
		Procedure: c.Query("procedure"),
		Status:    feedback.StatusPublished,
		Cursor:    c.Query("cursor"),
	}
	if l := c.Query("limit"); l != "" {
		n, err := strconv.Atoi(l)
		if err != nil || n < 1 || n > feedback.MaxPageSize {
			s.writeError(c, feedback.Invalid("limit", "limit must be a number between 1 and %d", feedback.MaxPageSize))
			return
		}
		filter.Limit = n
	}
	if filter.Procedure != "" && !feedback.ValidSlug(filter.Procedure) {
		s.writeError(c, feedback.Invalid("procedure", "procedure must be a slug such as carte-grise"))
		return
	}
	if _, err := s.store.GetService(ctx, filter.Service); err != nil {
		s.writeError(c, err)
		return
	}
	page, err := s.store.ListFeedback(ctx, filter)
	if err != nil {
		s.writeError(c, err)
		return
	}
	out := feedbackPage{Items: make([]publicFeedback, 0, len(page.Items)), NextCursor: page.NextCursor}
	for _, f := range page.Items {
		out.Items = append(out.Items, publicView(f))
	}
	c.JSON(http.StatusOK, out)
}
