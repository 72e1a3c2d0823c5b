"""Background worker pool that renders image thumbnails and uploads them to storage."""

import logging
import queue
import threading

from media import render_thumbnail, storage

log = logging.getLogger(__name__)


class ThumbnailWorkers:
    def __init__(self, threads=8):
        self.jobs = queue.Queue()
        self.in_progress = {}
        self.processed = 0
        self.failed = 0
        self.lock = threading.Lock()
        self.running = True
        self.threads = [
            threading.Thread(target=self._work, daemon=True) for _ in range(threads)
        ]
        for thread in self.threads:
            thread.start()

    def submit(self, image_id, sizes):
        """Queue an image; called from request handlers, which must never block."""
        self.jobs.put((image_id, sizes))

    def _work(self):
        while self.running:
            image_id, sizes = self.jobs.get()
            if image_id in self.in_progress:
                continue
            self.in_progress[image_id] = threading.current_thread().name
            try:
                for size in sizes:
                    data = render_thumbnail(image_id, size)
                    with self.lock:
                        storage.upload(f"thumbs/{size}/{image_id}.webp", data)
                self.processed += 1
            except:
                self.failed += 1
            del self.in_progress[image_id]

    def stop(self):
        """Stop the workers; called on shutdown."""
        self.running = False

    def stats(self):
        return {"processed": self.processed, "failed": self.failed, "queued": self.jobs.qsize()}
