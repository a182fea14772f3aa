a
b
cd
