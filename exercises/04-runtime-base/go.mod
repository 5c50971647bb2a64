module stagecraft.dev/meetup

go 1.19
