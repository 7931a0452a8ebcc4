package redistest

import "testing"

func TestServerLifecycle(t *testing.T) {
	s := Start(t)
	steps := []struct {
		name   string
		do     func()
		answer bool
	}{
		{name: "a started server answers PING", do: func() {}, answer: true},
		{name: "a paused server does not answer", do: s.Pause, answer: false},
		{name: "a resumed server answers again", do: s.Resume, answer: true},
		{name: "a killed server refuses connections", do: s.Kill, answer: false},
		{name: "a restarted server answers on the same address", do: s.Restart, answer: true},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			st.do()
			if err := ping(s.Addr()); (err == nil) != st.answer {
				t.Errorf("PING on %s: err = %v, want answer %v", s.Addr(), err, st.answer)
			}
		})
	}
	if got, want := s.URL(), "redis://"+s.Addr()+"/0"; got != want {
		t.Errorf("URL() = %q, want %q", got, want)
	}
}
