// Command fortune prints the quote of the day from ACME's private quotes module, and which
// user it runs as, for example:
//
//	fortune: quote of day 12: Root in a container is root you have to trust.
//	fortune: running as uid 65532, gid 65532
package main

import (
	"fmt"
	"os"

	"git.example.com/acme/quotes"
)

func main() {
	fmt.Println("fortune: quote of day 12:", quotes.Of(12))
	fmt.Printf("fortune: running as uid %d, gid %d\n", os.Getuid(), os.Getgid())
}
