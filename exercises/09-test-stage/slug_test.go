package main

import "testing"

func TestSlugify(t *testing.T) {
	cases := map[string]string{
		"Hello, World!":            "hello-world",
		"  Multi-stage   builds  ": "multi-stage-builds",
		"Go 1.22 to scratch":       "go-1-22-to-scratch",
		"":                         "",
	}
	for title, want := range cases {
		if got := Slugify(title); got != want {
			t.Errorf("Slugify(%q) = %q, want %q", title, got, want)
		}
	}
}
