// Command greeter prints one greeting and a few facts about the binary that printed it.
// It uses only the standard library, so it builds without downloading anything.
package main

import (
	"fmt"
	"os"
	"runtime"
)

func main() {
	fmt.Println("stagecraft: hello from a static Go binary")
	fmt.Printf("built with %s for %s/%s\n", runtime.Version(), runtime.GOOS, runtime.GOARCH)
	fmt.Printf("running as uid %d, gid %d\n", os.Getuid(), os.Getgid())
}
