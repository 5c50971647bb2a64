fRoM alpine:3.20
Run echo mixed
WorkDir /app
cOpY . .
user nobody
cmd ["sh"]
