0 00 0_0 1 12_345 0x1F 0X_ff 0xdead_beef 0o17 0O_7 0b101 0B_1 1_2_3
