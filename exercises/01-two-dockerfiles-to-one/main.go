// Command parcel says it arrived, and reports what it finds around itself: how big its own binary
// is, which user runs it, and whether a Go toolchain came along in the image. It uses only the
// standard library, so it builds without downloading anything.
package main

import (
	"fmt"
	"os"
	"os/exec"
)

func main() {
	fmt.Println("stagecraft: the parcel arrived in one piece")
	if exe, err := os.Executable(); err == nil {
		if info, err := os.Stat(exe); err == nil {
			fmt.Printf("binary: %s, %.1f MB\n", exe, float64(info.Size())/1e6)
		}
	}
	fmt.Printf("running as uid %d\n", os.Getuid())
	if path, err := exec.LookPath("go"); err == nil {
		fmt.Printf("a Go toolchain came along: %s\n", path)
	} else {
		fmt.Println("no Go toolchain in this image")
	}
}
