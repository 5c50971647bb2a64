package main

import (
	"fmt"
	"os"
	"strings"
)

// slugger prints the slug of its arguments, or of a title of its own:
// with no arguments it prints
// "stagecraft: tested-in-one-stage-shipped-from-another".
func main() {
	title := "Tested in one stage, shipped from another"
	if len(os.Args) > 1 {
		title = strings.Join(os.Args[1:], " ")
	}
	fmt.Println("stagecraft: " + Slugify(title))
}
