"""Usage: read-fifo.py FIFO COMMAND...: makes the FIFO, runs COMMAND (which
writes to it), then prints what it wrote and whether FIFO is still a FIFO."""
import os
import stat
import subprocess
import sys

fifo = sys.argv[1]
os.mkfifo(fifo)
# Opened for reading first and without blocking, so the writer's open does
# not wait; a small output fits in the pipe's buffer.
fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
rc = subprocess.run(sys.argv[2:]).returncode
data = b""
while True:
    try:
        chunk = os.read(fd, 65536)
    except BlockingIOError:
        break
    if not chunk:
        break
    data += chunk
sys.stdout.write(data.decode())
print("exit status:", rc)
print("still a FIFO:", stat.S_ISFIFO(os.stat(fifo).st_mode))
