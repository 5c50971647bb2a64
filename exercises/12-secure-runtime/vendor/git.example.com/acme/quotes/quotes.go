// Package quotes is ACME's private module: in the real project it is downloaded from
// git.example.com with a token; here it is vendored so the exercise builds offline.
package quotes

var all = []string{
	"Ship the binary, not the workshop.",
	"A secret deleted in a later layer is a secret published.",
	"Root in a container is root you have to trust.",
	"Every package you leave out is a CVE you never read about.",
	"The smallest attack surface is the one that is not there.",
}

// Of returns the quote of a day; the same day always gives the same quote.
func Of(day int) string {
	return all[day%len(all)]
}
