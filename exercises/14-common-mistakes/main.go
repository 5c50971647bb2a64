// Command status is a tiny HTTP service: it answers on port 8080 with one line about itself,
// and on /healthz with "ok". It uses only the standard library, so it builds offline.
package main

import (
	"fmt"
	"log"
	"net/http"
	"os"
	"runtime"
)

// greeting is the line the home page starts with.
const greeting = "stagecraft: the status service is up"

func home(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path != "/" {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprintln(w, greeting)
	fmt.Fprintf(w, "built with %s, running as uid %d\n", runtime.Version(), os.Getuid())
}

func healthz(w http.ResponseWriter, _ *http.Request) {
	fmt.Fprintln(w, "ok")
}

func main() {
	addr := ":8080"
	if port := os.Getenv("PORT"); port != "" {
		addr = ":" + port
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/", home)
	mux.HandleFunc("/healthz", healthz)
	log.Printf("status: listening on %s", addr)
	log.Fatal(http.ListenAndServe(addr, mux))
}
