f"\N{BULLET} {x} \N{EN DASH}"
