x.y .5 ... x..y 1..real
