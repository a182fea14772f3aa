a ~= b
