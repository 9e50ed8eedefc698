"""Neural encoders read straight from installed packages' weight files (numpy only, no torch)."""
