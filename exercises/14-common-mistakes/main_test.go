package main

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestHomeGreets(t *testing.T) {
	rec := httptest.NewRecorder()
	home(rec, httptest.NewRequest(http.MethodGet, "/", nil))
	if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Body.String(), greeting) {
		t.Fatalf("GET / = %d %q", rec.Code, rec.Body.String())
	}
}

func TestHealthz(t *testing.T) {
	rec := httptest.NewRecorder()
	healthz(rec, httptest.NewRequest(http.MethodGet, "/healthz", nil))
	if strings.TrimSpace(rec.Body.String()) != "ok" {
		t.Fatalf("GET /healthz = %q", rec.Body.String())
	}
}
