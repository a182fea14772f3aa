rf"\{x}" fr'\n{y}' Rf"{z}\\" FR''
