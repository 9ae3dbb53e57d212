"""Rules: the model shared by TOML and Python rules, the built-in rule types, and pack loading."""
