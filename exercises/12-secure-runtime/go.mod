module stagecraft.dev/fortune

go 1.19

require git.example.com/acme/quotes v1.2.0
